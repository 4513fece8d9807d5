//! Extraction as the library keeps it: run on import, one document registry across
//! articles and spellings, events merged across outlets, user work kept on re-runs.

use briefdesk_core::model::{DirectiveUpdate, DocKind, ItemState, Span};
use briefdesk_core::store::migrations;
use briefdesk_core::{ImportOptions, Library};
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn lib_in(dir: &Path) -> Library {
    Library::open(&dir.join("lib.sqlite")).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn import(lib: &mut Library, paths: &[PathBuf]) {
    let r = lib.import_paths(paths, &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(r.failed, 0, "{r:?}");
}

#[test]
fn the_seed_library_holds_the_two_ministry_assignments_both_documents_and_one_conference() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    import(&mut lib, &[samples_dir()]);

    let concrete: Vec<_> = lib.list_directives().unwrap().into_iter().filter(|d| d.concrete).collect();
    assert_eq!(concrete.len(), 2, "{concrete:#?}");
    assert!(concrete.iter().all(|d| d.assignee.as_deref() == Some("Bộ Ngoại giao")), "{concrete:#?}");
    let review = concrete.iter().find(|d| d.action.contains("sơ kết Chỉ thị 12")).expect("the Directive 12 review");
    let strategy = concrete.iter().find(|d| d.action.contains("Chiến lược")).expect("the 2045 strategy");
    assert!(strategy.action.contains("2045"));
    assert_eq!(review.documents.len(), 1);
    assert_eq!(review.documents[0].kind, DocKind::Directive);
    assert_eq!(strategy.documents[0].kind, DocKind::Strategy);
    // The sentence is the article's own text at the stored span.
    assert!(review.sentence.contains("Bộ Ngoại giao") && review.sentence.contains("Chỉ thị 12"), "{}", review.sentence);

    let docs = lib.list_documents().unwrap();
    let d12 = docs.iter().find(|d| d.kind == DocKind::Directive && d.number.as_deref() == Some("12")).expect("Chỉ thị 12");
    assert!(d12.label.starts_with("Chỉ thị 12"), "{}", d12.label);
    let s = docs.iter().find(|d| d.kind == DocKind::Strategy).expect("the strategy");
    assert_eq!(s.horizon, Some(2045));
    assert!(s.directives >= 1);

    let conferences: Vec<_> = lib.list_events().unwrap().into_iter().filter(|e| e.date == "2025-12-30").collect();
    assert_eq!(conferences.len(), 1, "{conferences:#?}");
    assert_eq!(conferences[0].sources.len(), 2, "reported by both seeds: {conferences:#?}");
    let mut sources: Vec<&str> = conferences[0].sources.iter().map(|s| s.article_published.as_deref().unwrap()).collect();
    sources.sort();
    assert_eq!(sources, ["2025-12-29", "2025-12-30"]);
}

#[test]
fn one_registry_entry_per_document_across_articles_and_spellings() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    let files = [
        write(dir.path(), "a.txt", " date 2025-03-01 Tin A\n\nBộ Tư pháp được giao chủ trì sơ kết Chỉ thị 12 trong quý II/2025."),
        write(dir.path(), "b.txt", " date 2025-03-02 Tin B\n\nBan Bí thư ban hành Chỉ thị số 12-CT/TW về công tác đối ngoại."),
        write(dir.path(), "c.txt", " date 2025-03-03 News C\n\nThe Secretariat issued Directive No. 12-CT/TW on people-to-people diplomacy."),
        write(dir.path(), "d.txt", " date 2025-03-04 Tin D\n\nThủ tướng ký Chỉ thị số 12/CT-TTg về phòng cháy, chữa cháy."),
    ];
    import(&mut lib, &files);
    let twelves: Vec<_> = lib.list_documents().unwrap().into_iter().filter(|d| d.kind == DocKind::Directive && d.number.as_deref() == Some("12")).collect();
    assert_eq!(twelves.len(), 2, "Party and State numbering kept apart: {twelves:#?}");
    let party = twelves.iter().find(|d| d.code.as_deref() == Some("12-CT/TW")).expect("12-CT/TW");
    assert_eq!((party.articles, party.mentions), (3, 3), "{party:#?}");
    let state = twelves.iter().find(|d| d.code.as_deref() == Some("12/CT-TTg")).expect("12/CT-TTg");
    assert_eq!(state.articles, 1);

    // Every mention is kept, with the text as written at its span.
    let a = lib.list_articles().unwrap().into_iter().find(|a| a.source_name == "c.txt").unwrap();
    let x = lib.article_extraction(a.id).unwrap();
    let m = x.mentions.iter().find(|m| m.document.id == party.id).expect("mention in c.txt");
    let body = lib.article(a.id).unwrap().body;
    let written: String = body.chars().skip(m.span.start as usize).take((m.span.end - m.span.start) as usize).collect();
    assert!(written.contains("12-CT/TW"), "{written}");
}

#[test]
fn a_document_is_labelled_by_the_head_word_it_was_named_by() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    let files = [
        write(dir.path(), "a.txt", " date 2025-05-01 Tin A\n\nSở Y tế có Công văn số 215/SYT-NV về phòng dịch sốt xuất huyết."),
        write(dir.path(), "b.txt", " date 2025-05-02 Tin B\n\nThủ tướng ký Công điện số 47/CĐ-TTg về ứng phó bão."),
        write(dir.path(), "c.txt", " date 2025-05-03 Tin C\n\nHội đồng ban hành Quy chế số 9-QC/HĐ về làm việc."),
    ];
    import(&mut lib, &files);
    let docs = lib.list_documents().unwrap();
    let label = |n: &str| docs.iter().find(|d| d.number.as_deref() == Some(n)).map(|d| (d.kind, d.label.clone())).unwrap();
    assert_eq!(label("215"), (DocKind::Dispatch, "Công văn 215/SYT-NV".to_string()));
    assert_eq!(label("47"), (DocKind::Dispatch, "Công điện 47/CĐ-TTg".to_string()));
    assert_eq!(label("9"), (DocKind::Regulation, "Quy chế 9-QC/HĐ".to_string()));
    // The reader's highlights carry the same label.
    let a = lib.list_articles().unwrap().into_iter().find(|a| a.source_name == "a.txt").unwrap();
    let x = lib.article_extraction(a.id).unwrap();
    assert_eq!(x.mentions[0].document.label, "Công văn 215/SYT-NV");
}

#[test]
fn rerunning_extraction_keeps_everything_the_user_touched() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    import(&mut lib, &[samples_dir()]);
    let before = lib.list_directives().unwrap();
    assert!(before.len() >= 2);
    let confirmed = lib.confirm_directive(before[0].id).unwrap();
    let edited = lib.update_directive(before[1].id, &DirectiveUpdate { action: Some("tự tay sửa nội dung".into()), due: Some("2026-Q1".into()), ..Default::default() }).unwrap();
    assert_eq!(edited.state, ItemState::Edited);
    let rejected = before.get(2).map(|d| lib.reject_directive(d.id).unwrap());
    let article = lib.list_articles().unwrap()[0].id;
    let manual = lib.add_directive(article, Span { start: 0, end: 20 }, Some("Phòng Tổng hợp"), "theo dõi sát", Some("2026-02-01")).unwrap();
    assert_eq!(manual.state, ItemState::Manual);
    assert_eq!(lib.update_directive(manual.id, &DirectiveUpdate { due: Some("tuần sau".into()), ..Default::default() }).unwrap_err().code().as_str(), "invalid_date");

    let report = lib.reextract(None).unwrap();
    assert_eq!(report.articles, 2);
    assert_eq!(report.kept, 3 + rejected.is_some() as u32);

    let all = lib.list_directives().unwrap();
    for kept in [&confirmed, &edited, &manual] {
        let now = all.iter().find(|d| d.id == kept.id).expect("kept with the same id");
        assert_eq!(now, kept, "unchanged");
    }
    if let Some(r) = &rejected {
        assert!(all.iter().all(|d| d.id != r.id), "rejected stays hidden");
        assert!(all.iter().all(|d| !(d.span == r.span && d.action == r.action)), "and is not made again");
        assert_eq!(lib.directive(r.id).unwrap().state, ItemState::Rejected, "but not deleted");
    }
    // No duplicate of the confirmed one was added by the re-run.
    assert_eq!(all.iter().filter(|d| d.span == confirmed.span && d.action == confirmed.action).count(), 1);
    // The same number of directives as before, plus the hand-added one, minus the rejected.
    assert_eq!(all.len(), before.len() + 1 - rejected.is_some() as usize);
    let log = lib.changes(Some(("directive", edited.id))).unwrap();
    assert_eq!(log[0].action, "edit");
    assert_eq!(log[0].detail["to"]["due"], "2026-Q1");
}

#[test]
fn removing_an_article_removes_what_only_it_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    let files = [
        write(dir.path(), "a.txt", " date 2025-03-01 Tin A\n\nBộ Y tế được giao chủ trì xây dựng Đề án 99 trước ngày 15/6."),
        write(dir.path(), "b.txt", " date 2025-03-02 Tin B\n\nBộ Công an chủ trì tổng kết Nghị quyết số 77/NQ-CP trong năm 2025."),
    ];
    import(&mut lib, &files);
    let a = lib.list_articles().unwrap().into_iter().find(|a| a.source_name == "a.txt").unwrap();
    assert!(lib.list_documents().unwrap().iter().any(|d| d.kind == DocKind::Project));
    lib.delete_article(a.id).unwrap();
    let docs = lib.list_documents().unwrap();
    assert!(!docs.iter().any(|d| d.kind == DocKind::Project), "{docs:#?}");
    assert!(docs.iter().any(|d| d.kind == DocKind::Resolution));
    assert!(lib.list_directives().unwrap().iter().all(|d| d.article_id != a.id));
}

#[test]
fn setting_a_date_resolves_relative_deadlines_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = lib_in(dir.path());
    import(&mut lib, &[write(dir.path(), "x.txt", "Tin không ngày\n\nBộ Tài chính được giao hoàn thiện Đề án 88 trước ngày 15/3.")]);
    let id = lib.list_articles().unwrap()[0].id;
    lib.set_article_date(id, "2026-01-10").unwrap();
    let d = lib.list_directives().unwrap().into_iter().find(|d| d.article_id == id).expect("a directive");
    assert_eq!(d.due.as_deref(), Some("2026-03-15"));
}

#[test]
fn a_library_from_before_extraction_is_extracted_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let mut c = rusqlite::Connection::open(&path).unwrap();
        migrations::migrate_to(&mut c, "old", 3).unwrap();
        let body = "Bộ Ngoại giao được giao chủ trì sơ kết Chỉ thị 12 trước ngày 15/1.";
        c.execute(
            "INSERT INTO articles(title, body, published, source_name, format, sha256, text_hash, imported_at)
             VALUES ('Cũ', ?1, '2025-12-30', 'old.txt', 'plain-text', 'x', 'h', '2025-12-30T00:00:00Z')",
            [body],
        )
        .unwrap();
    }
    let mut lib = Library::open(&path).unwrap();
    assert!(lib.list_directives().unwrap().is_empty());
    let r = lib.extract_pending().unwrap();
    assert_eq!(r.articles, 1);
    let d = &lib.list_directives().unwrap()[0];
    assert_eq!(d.assignee.as_deref(), Some("Bộ Ngoại giao"));
    assert_eq!(d.due.as_deref(), Some("2026-01-15"));
    assert_eq!(lib.extract_pending().unwrap().articles, 0, "nothing left pending");
}
