//! The UI's TypeScript types (ui/src/lib/bindings/) are generated from the Rust types.
//! This test fails when they are stale; `UPDATE_BINDINGS=1 cargo test -p briefdesk-core
//! --test bindings` rewrites them.

use briefdesk_core::model::*;
use std::path::PathBuf;
use ts_rs::TS;

fn check<T: TS + 'static>(stale: &mut Vec<String>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings");
    let file = dir.join(format!("{}.ts", T::name()));
    let generated = T::export_to_string().expect("ts-rs export");
    let committed = std::fs::read_to_string(&file).unwrap_or_default();
    if committed != generated {
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&file, generated).unwrap();
        } else {
            stale.push(file.display().to_string());
        }
    }
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let mut stale = Vec::new();
    check::<ArticleSummary>(&mut stale);
    check::<Article>(&mut stale);
    check::<LibraryStats>(&mut stale);
    check::<Segment>(&mut stale);
    check::<SearchHit>(&mut stale);
    check::<SearchResults>(&mut stale);
    check::<ImportStatus>(&mut stale);
    check::<ImportFileResult>(&mut stale);
    check::<ImportReport>(&mut stale);
    check::<ImportProgress>(&mut stale);
    check::<ApiError>(&mut stale);
    check::<ErrorCode>(&mut stale);
    check::<Span>(&mut stale);
    check::<DocKind>(&mut stale);
    check::<ExtractedDocument>(&mut stale);
    check::<ExtractedDirective>(&mut stale);
    check::<ScoredDirective>(&mut stale);
    check::<ExtractedEvent>(&mut stale);
    check::<Extraction>(&mut stale);
    check::<DocumentRef>(&mut stale);
    check::<LibraryDocument>(&mut stale);
    check::<ItemState>(&mut stale);
    check::<LibraryDirective>(&mut stale);
    check::<EventSource>(&mut stale);
    check::<LibraryEvent>(&mut stale);
    check::<DocumentMention>(&mut stale);
    check::<ArticleExtraction>(&mut stale);
    check::<ExtractReport>(&mut stale);
    check::<DirectiveStatus>(&mut stale);
    check::<Priority>(&mut stale);
    check::<DuePrecision>(&mut stale);
    check::<DueDate>(&mut stale);
    check::<DueState>(&mut stale);
    check::<Progress>(&mut stale);
    check::<FollowUp>(&mut stale);
    check::<FollowupTask>(&mut stale);
    check::<DirectiveUpdate>(&mut stale);
    check::<TaskUpdate>(&mut stale);
    check::<DueWindow>(&mut stale);
    check::<DirectiveFilter>(&mut stale);
    check::<FieldChange>(&mut stale);
    check::<HistoryEntry>(&mut stale);
    check::<DirectiveDetail>(&mut stale);
    check::<UpcomingItem>(&mut stale);
    check::<Upcoming>(&mut stale);
    check::<DocumentEntryKind>(&mut stale);
    check::<DocumentEntry>(&mut stale);
    check::<DocumentPage>(&mut stale);
    check::<TimelineKind>(&mut stale);
    check::<TimelineItem>(&mut stale);
    check::<Preferences>(&mut stale);
    check::<ReviewCursor>(&mut stale);
    check::<ReviewPage>(&mut stale);
    {
        use briefdesk_core::briefing::*;
        check::<BriefingLang>(&mut stale);
        check::<BriefingOptions>(&mut stale);
        check::<BriefingFormat>(&mut stale);
        check::<BriefingExport>(&mut stale);
        check::<BriefingSummary>(&mut stale);
        check::<BriefDirective>(&mut stale);
        check::<BriefEvent>(&mut stale);
        check::<BriefDocument>(&mut stale);
        check::<BriefSource>(&mut stale);
        check::<BriefNote>(&mut stale);
        check::<BriefFilter>(&mut stale);
        check::<Briefing>(&mut stale);
        check::<Labels>(&mut stale);
        check::<BriefingPreview>(&mut stale);
    }
    assert!(stale.is_empty(), "stale TypeScript bindings (run UPDATE_BINDINGS=1 cargo test -p briefdesk-core --test bindings): {stale:?}");
}

#[test]
fn error_codes_are_spelled_once_and_serialize_as_written() {
    let mut seen = std::collections::HashSet::new();
    for &c in ErrorCode::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), serde_json::Value::String(c.as_str().into()));
        assert!(seen.insert(c.as_str()), "{} twice", c.as_str());
        let back: ErrorCode = serde_json::from_value(serde_json::Value::String(c.as_str().into())).unwrap();
        assert_eq!(back, c);
    }
}
