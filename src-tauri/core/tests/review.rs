//! Confidence of machine-made directives and the review queue: doubtful readings score
//! lower than sure ones, the queue serves untouched directives least confident first a page
//! at a time, and what the user confirms, rejects or edits from it survives re-extraction.

use briefdesk_core::article::PubDate;
use briefdesk_core::extract::{confidence, extract, Lexicon};
use briefdesk_core::model::*;
use briefdesk_core::store::migrations;
use briefdesk_core::{ImportOptions, Library};
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn seeded(dir: &Path) -> Library {
    let mut lib = Library::open(&dir.join("lib.sqlite")).unwrap();
    let r = lib.import_paths(&[samples_dir()], &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(r.failed, 0);
    lib
}

/// The confidence of the only (or first) directive of `text`.
fn confidence(text: &str) -> f32 {
    let x = extract(&Lexicon::builtin(), text, PubDate::parse("2026-01-10"));
    assert!(!x.directives.is_empty(), "no directive in {text:?}");
    x.directives[0].confidence
}

#[test]
fn a_named_body_with_a_task_a_document_and_a_deadline_is_surer_than_guidance() {
    let sure = confidence("Thủ tướng giao Bộ Tài chính chủ trì xây dựng dự thảo Nghị định về thuế tối thiểu, trình Chính phủ trước ngày 30/6/2026.");
    let guidance = confidence("Các địa phương cần tiếp tục đẩy mạnh cải cách hành chính.");
    let nobody = confidence("Đại biểu nêu rõ: phải tăng cường kỷ luật, kỷ cương hành chính.");
    assert!(sure > 0.8, "sure {sure}");
    assert!(sure > guidance, "sure {sure} > guidance {guidance}");
    assert!(guidance > nobody || nobody < 0.7, "guidance {guidance}, nobody {nobody}");
    for c in [sure, guidance, nobody] {
        assert!((0.0..=1.0).contains(&c));
    }
    // English reads the same way.
    let en_sure = confidence("The Prime Minister asked the Ministry of Finance to submit the draft decree to the Government before June 30, 2026.");
    let en_vague = confidence("Strengthen discipline.");
    assert!(en_sure > en_vague, "{en_sure} > {en_vague}");
}

#[test]
fn a_capitalised_guess_and_a_headline_are_doubtful() {
    // The same reading of two sentences, one naming a body the lexicon knows.
    let lex = Lexicon::builtin();
    let read = |who: &str| {
        let text = format!("{who} chủ trì rà soát quy hoạch điện lực.");
        let n = text.chars().count() as u32;
        let w = who.chars().count() as u32;
        let d = ExtractedDirective {
            assignee: Some(who.to_string()),
            action: "chủ trì rà soát quy hoạch điện lực".into(),
            documents: vec![],
            due: None,
            concrete: true,
            span: Span { start: 0, end: n },
            action_span: Some(Span { start: w + 1, end: n - 1 }),
        };
        let s = confidence::signals_in(&lex, &text, std::slice::from_ref(&d))[0];
        (s, confidence::confidences_in(&lex, &text, &[d])[0])
    };
    let (ks, known) = read("Bộ Công Thương");
    let (gs, guessed) = read("Nhà Xuất Bản Bình Minh");
    assert!(ks.known_body && !gs.known_body, "{ks:?} {gs:?}");
    assert_eq!((ks.who, ks.opener), (confidence::Who::Named, confidence::Opener::Task));
    assert!(known > guessed, "known {known} > guessed {guessed}");
    // The same words as a sentence of the body and as a headline (a line without a stop).
    let sentence = "Bộ Công Thương khẩn trương trình đề án sắp xếp lại các tổng công ty";
    let at = |text: &str| {
        let start = text[..text.find(sentence).unwrap()].chars().count() as u32;
        let n = sentence.chars().count() as u32;
        let d = ExtractedDirective {
            assignee: Some("Bộ Công Thương".into()),
            action: "khẩn trương trình đề án sắp xếp lại các tổng công ty".into(),
            documents: vec![],
            due: None,
            concrete: true,
            span: Span { start, end: start + n },
            action_span: Some(Span { start: start + 15, end: start + n }),
        };
        (confidence::signals_in(&lex, text, std::slice::from_ref(&d))[0], confidence::confidences_in(&lex, text, &[d])[0])
    };
    let (bs, body) = at(&format!("Tiêu đề\n\n{sentence}."));
    let (hs, headline) = at(&format!("{sentence}\n\nCâu sau."));
    assert!(!bs.heading && hs.heading, "{bs:?} {hs:?}");
    assert!(body > headline, "body {body} > headline {headline}");
}

#[test]
fn the_queue_is_every_untouched_directive_least_confident_first_page_by_page() {
    let dir = tempfile::tempdir().unwrap();
    let lib = seeded(dir.path());
    let machine: Vec<LibraryDirective> = lib.list_directives().unwrap().into_iter().filter(|d| d.state == ItemState::Machine).collect();
    assert!(machine.len() >= 3, "the seeds give a few directives ({})", machine.len());
    assert!(machine.iter().all(|d| d.confidence.is_some_and(|c| (0.0..=1.0).contains(&c))));

    let all = lib.review_queue(None, Some(500)).unwrap();
    assert_eq!(all.total as usize, machine.len());
    assert_eq!(all.items.len(), machine.len());
    assert!(all.next.is_none());
    let keys: Vec<(f32, i64)> = all.items.iter().map(|d| (d.confidence.unwrap(), d.id)).collect();
    let mut sorted = keys.clone();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    assert_eq!(keys, sorted, "least confident first, ties by id");

    // Two at a time, the pages join up to the whole queue.
    let mut paged = Vec::new();
    let mut after = None;
    loop {
        let p = lib.review_queue(after, Some(2)).unwrap();
        assert!(p.items.len() <= 2);
        assert_eq!(p.total, all.total);
        paged.extend(p.items.iter().map(|d| d.id));
        match p.next {
            Some(c) => after = Some(c),
            None => break,
        }
    }
    assert_eq!(paged, all.items.iter().map(|d| d.id).collect::<Vec<_>>());
}

#[test]
fn confirm_reject_and_edit_from_the_queue_survive_reextraction() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path());
    let first = lib.review_queue(None, Some(2)).unwrap();
    let total = first.total;
    assert!(total >= 3);
    let (a, b) = (first.items[0].id, first.items[1].id);
    // Confirming and rejecting the first page does not shift the next one.
    let next = first.next.expect("a second page");
    lib.confirm_directive(a).unwrap();
    lib.reject_directive(b).unwrap();
    let second = lib.review_queue(Some(next), Some(1)).unwrap();
    let c = second.items[0].id;
    assert_eq!(second.total, total - 2, "confirmed and rejected ones leave the queue");
    let edited = lib.update_directive(c, &DirectiveUpdate { action: Some("rà soát lại theo cách hiểu của người dùng".into()), ..Default::default() }).unwrap();
    assert_eq!(edited.state, ItemState::Edited);
    let queue = lib.review_queue(None, Some(500)).unwrap();
    assert_eq!(queue.total, total - 3);
    assert!(queue.items.iter().all(|d| ![a, b, c].contains(&d.id)));

    let report = lib.reextract(None).unwrap();
    assert_eq!(report.kept, 3, "{report:?}");
    assert_eq!(lib.directive(a).unwrap().state, ItemState::Confirmed);
    assert_eq!(lib.directive(b).unwrap().state, ItemState::Rejected);
    let c2 = lib.directive(c).unwrap();
    assert_eq!((c2.state, c2.action.as_str()), (ItemState::Edited, "rà soát lại theo cách hiểu của người dùng"));
    let after = lib.review_queue(None, Some(500)).unwrap();
    assert_eq!(after.total, total - 3, "re-extraction makes none of them again");
    let sentence = |id: i64| lib.directive(id).unwrap().span;
    for id in [a, b, c] {
        assert!(after.items.iter().all(|d| d.span != sentence(id) || d.action != lib.directive(id).unwrap().action));
    }

    // Undo puts a confirmed directive back in the queue.
    lib.undo_last(Some(a)).unwrap();
    assert_eq!(lib.directive(a).unwrap().state, ItemState::Machine);
    assert_eq!(lib.review_queue(None, Some(500)).unwrap().total, total - 2);
}

#[test]
fn a_library_from_before_confidence_gets_one_for_every_machine_directive() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let mut c = rusqlite::Connection::open(&path).unwrap();
        migrations::migrate_to(&mut c, "old", 5).unwrap();
        let body = "Thủ tướng giao Bộ Ngoại giao chủ trì sơ kết Chỉ thị 12 trước ngày 15/1/2026.";
        c.execute(
            "INSERT INTO articles(title, body, published, source_name, format, sha256, text_hash, imported_at)
             VALUES ('Cũ', ?1, '2025-12-30', 'old.txt', 'plain-text', 'x', 'h', '2025-12-30T00:00:00Z')",
            [body],
        )
        .unwrap();
        let n = body.chars().count() as i64;
        let start = body.find("chủ trì").map(|b| body[..b].chars().count() as i64).unwrap();
        for (state, assignee) in [("machine", Some("Bộ Ngoại giao")), ("manual", None)] {
            c.execute(
                "INSERT INTO directives(article_id, assignee, action, machine_action, due, concrete, span_start, span_end,
                    action_start, action_end, state, created_at, updated_at)
                 VALUES (1, ?1, 'chủ trì sơ kết Chỉ thị 12', 'chủ trì sơ kết Chỉ thị 12', '2026-01-15', 1, 0, ?2, ?3, ?4, ?5,
                    '2025-12-30T00:00:00Z', '2025-12-30T00:00:00Z')",
                rusqlite::params![assignee, n - 1, start, start + 25, state],
            )
            .unwrap();
        }
        c.execute("INSERT INTO extraction_runs(article_id, extractor, ran_at) VALUES (1, ?1, '2025-12-30T00:00:00Z')", [briefdesk_core::store::EXTRACTOR_VERSION]).unwrap();
    }
    let lib = Library::open(&path).unwrap();
    assert_eq!(migrations::version(lib.conn()).unwrap(), migrations::latest());
    let ds = lib.list_directives().unwrap();
    let machine = ds.iter().find(|d| d.state == ItemState::Machine).unwrap();
    let manual = ds.iter().find(|d| d.state == ItemState::Manual).unwrap();
    assert!(machine.confidence.is_some_and(|c| c > 0.7), "{:?}", machine.confidence);
    assert_eq!(manual.confidence, None, "a hand-added directive has no machine confidence");
    assert_eq!(lib.review_queue(None, None).unwrap().items.iter().map(|d| d.id).collect::<Vec<_>>(), vec![machine.id]);
}
