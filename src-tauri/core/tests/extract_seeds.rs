//! The two seed articles (data/samples): exactly the two Bộ Ngoại giao assignments as
//! concrete directives, both documents, and the 30/12/2025 conference in both.

use briefdesk_core::extract::{extract, same_event, Lexicon};
use briefdesk_core::import::load_file;
use briefdesk_core::model::{DocKind, Extraction};
use std::path::PathBuf;

fn seeds() -> Vec<(String, String, Extraction)> {
    let lex = Lexicon::builtin();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    assert_eq!(files.len(), 2);
    files
        .into_iter()
        .map(|p| {
            let a = load_file(&p, None).unwrap().article;
            let x = extract(&lex, &a.body, a.published);
            (p.file_name().unwrap().to_string_lossy().into_owned(), a.body, x)
        })
        .collect()
}

fn chars(s: &str, span: briefdesk_core::model::Span) -> String {
    s.chars().skip(span.start as usize).take((span.end - span.start) as usize).collect()
}

#[test]
fn exactly_the_two_ministry_assignments_are_concrete() {
    let all = seeds();
    let concrete: Vec<_> = all.iter().flat_map(|(_, body, x)| x.directives.iter().filter(|d| d.concrete).map(move |d| (body, x, d))).collect();
    assert_eq!(concrete.len(), 2, "{:#?}", concrete.iter().map(|c| c.2).collect::<Vec<_>>());
    for (_, _, d) in &concrete {
        assert_eq!(d.assignee.as_deref(), Some("Bộ Ngoại giao"));
    }
    let (body, x, review) = concrete.iter().find(|c| c.2.action.contains("sơ kết Chỉ thị 12")).expect("the Directive 12 review");
    assert_eq!(review.action, "chủ trì sơ kết Chỉ thị 12");
    let doc = x.documents.iter().find(|d| d.id == review.documents[0]).unwrap();
    assert_eq!((doc.kind, doc.number.as_deref()), (DocKind::Directive, Some("12")));
    // The spans point at the article's own words.
    assert_eq!(chars(body, review.action_span.unwrap()), review.action);
    assert!(chars(body, review.span).starts_with("Bộ Ngoại giao được giao"));

    let (_, x, strategy) = concrete.iter().find(|c| c.2.action.contains("Chiến lược")).expect("the 2045 strategy");
    assert!(strategy.action.starts_with("tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045"), "{}", strategy.action);
    let doc = x.documents.iter().find(|d| d.id == strategy.documents[0]).unwrap();
    assert_eq!(doc.kind, DocKind::Strategy);
}

#[test]
fn both_documents_with_their_identity() {
    let all = seeds();
    let docs: Vec<_> = all.iter().flat_map(|(_, _, x)| x.documents.iter()).collect();
    assert_eq!(docs.len(), 2, "{docs:#?}");
    let d12 = docs.iter().find(|d| d.kind == DocKind::Directive).unwrap();
    assert_eq!(d12.number.as_deref(), Some("12"));
    assert_eq!(briefdesk_core::extract::document_key(d12).as_deref(), Some("directive:12"));
    let s = docs.iter().find(|d| d.kind == DocKind::Strategy).unwrap();
    assert_eq!(s.title.as_deref(), Some("Chiến lược đối ngoại Nhân dân"));
    assert_eq!(s.horizon, Some(2045));
}

#[test]
fn the_conference_of_30_december_is_in_both_seeds() {
    let all = seeds();
    let conf: Vec<_> = all.iter().map(|(_, _, x)| x.events.iter().find(|e| e.date == "2025-12-30").expect("the conference")).collect();
    assert_eq!(conf.len(), 2);
    for e in &conf {
        assert!(e.title.to_lowercase().starts_with("hội nghị tổng kết công tác đối ngoại nhân dân năm 2025"), "{}", e.title);
    }
    assert!(same_event(conf[0], conf[1]), "{conf:#?}");
    assert_eq!(conf[0].place.as_deref(), Some("Hà Nội"));
}
