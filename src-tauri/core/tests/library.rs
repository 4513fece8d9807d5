//! The library as a user meets it: import the seed articles and others from real files
//! in a temp dir, search, date, remove, reopen; bad files; migrations.

use briefdesk_core::model::{ImportReport, ImportStatus};
use briefdesk_core::store::migrations;
use briefdesk_core::{ImportOptions, Library};
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn import(lib: &mut Library, paths: &[PathBuf]) -> ImportReport {
    lib.import_paths(paths, &ImportOptions::default(), &mut |_| {}).unwrap()
}

fn seeded() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&dir.path().join("lib.sqlite")).unwrap();
    let r = import(&mut lib, &[samples_dir()]);
    assert_eq!((r.imported, r.duplicates, r.failed), (2, 0, 0), "{r:?}");
    (dir, lib)
}

fn found_sources(lib: &Library, q: &str) -> Vec<String> {
    lib.search(q, 20).unwrap().hits.into_iter().map(|h| h.article.source_name).collect()
}

#[test]
fn seeds_import_with_dates_titles_and_hashes() {
    let (_d, lib) = seeded();
    let list = lib.list_articles().unwrap();
    assert_eq!(list.len(), 2);
    // Newest first.
    assert_eq!(list[0].published.as_deref(), Some("2025-12-30"));
    assert_eq!(list[0].title, "Phát huy “sức mạnh mềm” của đối ngoại Nhân dân");
    assert_eq!(list[1].published.as_deref(), Some("2025-12-29"));
    assert!(list[1].title.starts_with("Công tác đối ngoại nhân dân năm 2025"));
    assert!(list[1].title.ends_with('…'));
    let a = lib.article(list[0].id).unwrap();
    assert!(a.body.starts_with("Phát huy"), "the date header is not part of the text");
    assert!(a.body.contains("Chỉ thị 12"));
    assert_eq!(a.sha256.len(), 64);
    let stats = lib.stats().unwrap();
    assert_eq!((stats.articles, stats.needing_date, stats.samples), (2, 0, 0));
}

#[test]
fn importing_again_adds_nothing_and_says_so() {
    let (dir, mut lib) = seeded();
    let r = import(&mut lib, &[samples_dir()]);
    assert_eq!((r.imported, r.duplicates, r.failed), (0, 2, 0));
    assert!(r.files.iter().all(|f| f.status == ImportStatus::Duplicate && f.article_id.is_some()));
    assert!(r.files[0].message.as_deref().unwrap().contains("already in the library"));
    // Same text, other line wrapping and spacing, other file name: still the same article.
    let text = std::fs::read_to_string(samples_dir().join("001_a02c5875a2555c23.txt")).unwrap();
    let rewrapped = dir.path().join("copy.txt");
    std::fs::write(&rewrapped, text.replace("\n\n", "\n\n\n").replace(", ", ",  ")).unwrap();
    let r = import(&mut lib, &[rewrapped]);
    assert_eq!((r.imported, r.duplicates), (0, 1));
    assert_eq!(lib.list_articles().unwrap().len(), 2);
}

#[test]
fn search_folds_diacritics_case_and_d_bar() {
    let (_d, lib) = seeded();
    for q in ["chi thi 12", "Chỉ thị 12", "CHỈ THỊ 12"] {
        assert_eq!(found_sources(&lib, q), ["001_a02c5875a2555c23.txt"], "query {q}");
    }
    let mut both = found_sources(&lib, "doi ngoai nhan dan");
    both.sort();
    assert_eq!(both, ["000_80ff9dd1ad399cf6.txt", "001_a02c5875a2555c23.txt"]);
    assert_eq!(found_sources(&lib, "DOI NGOAI").len(), 2, "đ folds to d");
    assert!(found_sources(&lib, "tu khoa khong co").is_empty());
}

#[test]
fn exact_diacritics_rank_above_folded_matches_and_tone_placement_is_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&dir.path().join("l.sqlite")).unwrap();
    let f = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    // The folded-only article is imported first, so id order cannot explain the ranking.
    let files =
        [f("a.txt", " date 2025-01-01 Bàn về quy dinh\n\nQuý định, quy đinh và quy dinh đều khác nhau."), f("b.txt", " date 2025-01-02 Tin khác\n\nChính phủ ban hành Quy định mới về hòa giải.")];
    import(&mut lib, &files);
    let res = lib.search("Quy định", 10).unwrap();
    assert_eq!(res.total, 2);
    assert_eq!(res.hits[0].article.source_name, "b.txt");
    assert!(res.hits[0].exact && !res.hits[1].exact);
    // "Hoà" (old tone placement) finds "hòa" as an exact match.
    let res = lib.search("hoà giải", 10).unwrap();
    assert_eq!(res.hits.len(), 1);
    assert!(res.hits[0].exact);
}

#[test]
fn results_carry_highlighted_title_and_snippet_from_the_text_as_written() {
    let (_d, lib) = seeded();
    let res = lib.search("chi thi 12", 5).unwrap();
    let hit = &res.hits[0];
    let marked: Vec<&str> = hit.snippet.iter().filter(|s| s.hit).map(|s| s.text.as_str()).collect();
    assert_eq!(marked, ["Chỉ", "thị", "12"]);
    let res = lib.search("suc manh mem", 5).unwrap();
    let title_marks: Vec<&str> = res.hits[0].title.iter().filter(|s| s.hit).map(|s| s.text.as_str()).collect();
    assert_eq!(title_marks, ["sức", "mạnh", "mềm"]);
}

#[test]
fn any_query_string_is_accepted() {
    let (_d, lib) = seeded();
    for q in ["\"", "*", "NEAR(", "a OR", "-", "(", "^", ":", "\"unterminated", "col:val", "{x}", "AND", "' OR 1=1 --", "", "   ", "🙂", "\u{0301}"] {
        lib.search(q, 10).unwrap_or_else(|e| panic!("query {q:?} failed: {e}"));
    }
    assert_eq!(lib.search("   ", 10).unwrap().hits.len(), 0);
}

#[test]
fn prefix_of_the_word_being_typed_matches() {
    let (_d, lib) = seeded();
    // "th" is still being typed: "thị" matches it.
    assert_eq!(found_sources(&lib, "chi thi 1"), Vec::<String>::new(), "numbers are whole words");
    assert!(found_sources(&lib, "sơ kết chỉ th").contains(&"001_a02c5875a2555c23.txt".to_string()));
    // A space after the word means it is complete: no prefix matching.
    assert!(found_sources(&lib, "so ket chi th ").is_empty());
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn bad_files_fail_alone_with_a_clear_reason_and_nothing_stored_changes() {
    let (dir, mut lib) = seeded();
    let before = lib.list_articles().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir(&d).unwrap();
    let latin1 = write(&d, "latin1.txt", b"Ha N\xf4i, ng\xe0y 1");
    let empty = write(&d, "empty.txt", b"");
    let blank = write(&d, "blank.md", b"  \n\n ");
    let big = write(&d, "big.txt", &vec![b'a'; 10 * 1024 * 1024 + 1]);
    let good = write(&d, "good.txt", " date 2026-01-15 Tin tốt\n\nNội dung.".as_bytes());
    let missing = d.join("missing-folder");
    let r = lib.import_paths(&[latin1, empty, blank, big, good, missing.clone()], &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!((r.imported, r.failed), (1, 5), "{r:?}");
    let reason = |name: &str| {
        let f = r.files.iter().find(|f| f.path.ends_with(name)).unwrap();
        assert_eq!(f.status, ImportStatus::Failed);
        let msg = f.message.clone().unwrap();
        assert!(msg.contains(name), "message names the file: {msg}");
        (f.code.unwrap().as_str(), msg)
    };
    assert_eq!(reason("latin1.txt").0, "not_utf8");
    assert!(reason("latin1.txt").1.contains("UTF-8"));
    assert_eq!(reason("empty.txt").0, "empty");
    assert_eq!(reason("blank.md").0, "empty");
    assert_eq!(reason("big.txt").0, "too_large");
    assert_eq!(reason("missing-folder").0, "not_found");
    let after = lib.list_articles().unwrap();
    assert_eq!(after.len(), before.len() + 1);
    for a in &before {
        assert!(after.contains(a), "stored article changed: {a:?}");
    }
}

#[test]
fn a_folder_is_imported_at_any_depth_skipping_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("news");
    std::fs::create_dir_all(root.join("2025/12")).unwrap();
    write(&root.join("2025/12"), "a.txt", " date 2025-12-01 Bài A\n\nA.".as_bytes());
    write(&root, "b.md", "# Bài B\n\nKhông có ngày.".as_bytes());
    write(&root, "photo.jpg", b"\xff\xd8\xff");
    write(&root, ".hidden.txt", b"secret");
    let mut lib = Library::open(&dir.path().join("l.sqlite")).unwrap();
    let r = import(&mut lib, &[root]);
    assert_eq!((r.imported, r.failed), (2, 0), "{r:?}");
    let b = r.files.iter().find(|f| f.path.ends_with("b.md")).unwrap();
    assert!(b.needs_date);
    assert_eq!(b.title.as_deref(), Some("Bài B"));
    assert_eq!(lib.stats().unwrap().needing_date, 1);
}

#[test]
fn undated_articles_get_the_given_date_or_are_flagged_until_set() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&dir.path().join("l.sqlite")).unwrap();
    let a = write(dir.path(), "a.txt", "Tin một\n\nNội dung một.".as_bytes());
    let b = write(dir.path(), "b.txt", "Tin hai\n\nNội dung hai.".as_bytes());
    let r = lib.import_paths(&[a], &ImportOptions { date: Some("2026-02-03".into()) }, &mut |_| {}).unwrap();
    assert!(!r.files[0].needs_date);
    let r = import(&mut lib, &[b]);
    let id = r.files[0].article_id.unwrap();
    assert!(lib.article_summary(id).unwrap().needs_date);
    assert_eq!(lib.list_articles().unwrap().last().unwrap().id, id, "undated last");
    assert_eq!(lib.set_article_date(id, "2026-02-30").unwrap_err().code().as_str(), "invalid_date");
    let s = lib.set_article_date(id, "2026-02-04").unwrap();
    assert!(!s.needs_date);
    assert_eq!(lib.list_articles().unwrap()[0].id, id, "now the newest");
    let log = lib.changes(Some(("article", id))).unwrap();
    assert_eq!(log[0].action, "set_date");
    assert_eq!(log[0].detail["to"], "2026-02-04");
    assert!(lib.import_paths(&[], &ImportOptions { date: Some("3/2/2026".into()) }, &mut |_| {}).is_err());
}

#[test]
fn large_imports_report_progress_and_go_in_batches() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("many");
    std::fs::create_dir(&src).unwrap();
    for i in 0..1203 {
        write(&src, &format!("{i:05}.txt"), format!(" date 2025-06-{:02} Tin số {i}\n\nNội dung số {i} về Nghị quyết {i}.", i % 28 + 1).as_bytes());
    }
    let mut lib = Library::open(&dir.path().join("l.sqlite")).unwrap();
    let mut seen = Vec::new();
    let r = lib.import_paths(&[src], &ImportOptions::default(), &mut |p| seen.push((p.done, p.total))).unwrap();
    assert_eq!(r.imported, 1203);
    assert_eq!(seen.len(), 1203);
    assert!(seen.iter().enumerate().all(|(i, &(d, t))| d as usize == i + 1 && t == 1203));
    assert_eq!(lib.search("nghi quyet 1202", 5).unwrap().hits[0].article.title, "Tin số 1202");
}

#[test]
fn first_start_offers_samples_once_and_removed_samples_stay_removed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.sqlite");
    let mut lib = Library::open(&path).unwrap();
    let r = lib.seed_samples_if_first_start().unwrap().expect("first start imports samples");
    assert_eq!(r.imported, 2);
    assert_eq!(lib.stats().unwrap().samples, 2);
    assert!(lib.list_articles().unwrap().iter().all(|a| a.is_sample && a.source_path.is_none()));
    assert_eq!(lib.remove_samples().unwrap(), 2);
    assert_eq!(lib.stats().unwrap().articles, 0);
    assert!(lib.search("doi ngoai", 5).unwrap().hits.is_empty(), "removed from the index too");
    assert_eq!(lib.changes(None).unwrap().iter().filter(|c| c.action == "delete").count(), 2);
    drop(lib);
    let mut lib = Library::open(&path).unwrap();
    assert!(lib.seed_samples_if_first_start().unwrap().is_none());
    assert_eq!(lib.stats().unwrap().articles, 0);
}

#[test]
fn a_library_is_kept_across_reopening() {
    let (dir, lib) = seeded();
    let path = lib.path().unwrap().to_path_buf();
    drop(lib);
    let lib = Library::open(&path).unwrap();
    assert_eq!(lib.list_articles().unwrap().len(), 2);
    assert_eq!(found_sources(&lib, "chi thi 12").len(), 1);
    let mode: String = lib.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = lib.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 1);
    drop(dir);
}

#[test]
fn a_library_from_a_newer_briefdesk_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future(x); INSERT INTO future VALUES (1); PRAGMA user_version = 99;").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let e = Library::open(&path).err().expect("refused");
    assert_eq!(e.code().as_str(), "newer_library");
    let msg = e.to_string();
    assert!(msg.contains("newer Briefdesk") && msg.contains("future.sqlite"), "{msg}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "file untouched");
    assert!(!dir.path().join("future.sqlite-wal").exists());
}

#[test]
fn every_earlier_schema_upgrades_to_the_current_one() {
    for start in 0..migrations::latest() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            let mut c = rusqlite::Connection::open(&path).unwrap();
            migrations::migrate_to(&mut c, "old", start).unwrap();
            if start >= 1 {
                c.execute(
                    "INSERT INTO articles(title, body, published, source_name, format, sha256, text_hash, imported_at)
                     VALUES ('Nghị quyết cũ', 'Văn bản về Chỉ thị 12 của Ban Bí thư.', '2024-05-01', 'old.txt', 'plain-text', 'x', 'h', '2024-05-01T00:00:00Z')",
                    [],
                )
                .unwrap();
                if start >= 2 {
                    c.execute(
                        "INSERT INTO articles_fts(rowid, title_exact, body_exact, title_fold, body_fold) VALUES (1, 'nghị quyết cũ', 'văn bản về chỉ thị 12 của ban bí thư.', 'nghi quyet cu', 'van ban ve chi thi 12 cua ban bi thu.')",
                        [],
                    )
                    .unwrap();
                }
            }
        }
        let lib = Library::open(&path).unwrap();
        assert_eq!(migrations::version(lib.conn()).unwrap(), migrations::latest(), "from v{start}");
        if start >= 1 {
            let hits = lib.search("chi thi 12", 5).unwrap().hits;
            assert_eq!(hits.len(), 1, "article from v{start} is searchable");
            assert_eq!(hits[0].article.title, "Nghị quyết cũ");
        }
        lib.changes(None).unwrap();
    }
}
