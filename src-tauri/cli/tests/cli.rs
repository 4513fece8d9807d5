//! The `briefdesk` binary as a user runs it, on a real library file in a temp dir.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn bd(db: &Path) -> Command {
    let mut c = Command::cargo_bin("briefdesk").unwrap();
    c.arg("--db").arg(db).env_remove("BRIEFDESK_DB");
    c
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn import_list_show_search_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    let o = bd(&db).arg("import").arg(samples()).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 imported, 0 already in the library, 0 failed"));

    let o = bd(&db).args(["import"]).arg(samples()).output().unwrap();
    assert!(o.status.success(), "already present is success");
    assert!(stderr(&o).contains("0 imported, 2 already in the library"), "{}", stderr(&o));

    let o = bd(&db).args(["articles", "--json"]).output().unwrap();
    let list = json(&o.stdout);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["published"], "2025-12-30");
    assert_eq!(list[0]["sourceName"], "001_a02c5875a2555c23.txt");
    let id = list[0]["id"].as_i64().unwrap();

    let o = bd(&db).args(["articles"]).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("2025-12-30") && text.contains("Phát huy “sức mạnh mềm” của đối ngoại Nhân dân"), "{text}");

    let o = bd(&db).args(["show", &id.to_string(), "--json"]).output().unwrap();
    let a = json(&o.stdout);
    assert!(a["body"].as_str().unwrap().contains("tầm nhìn đến năm 2045"));

    let o = bd(&db).args(["show", &id.to_string()]).output().unwrap();
    assert!(String::from_utf8(o.stdout).unwrap().contains("Bộ Ngoại giao"));

    for q in ["chi thi 12", "Chỉ thị 12", "CHỈ THỊ 12"] {
        let o = bd(&db).args(["search", q, "--json"]).output().unwrap();
        let r = json(&o.stdout);
        assert_eq!(r["total"], 1, "{q}");
        assert_eq!(r["hits"][0]["article"]["id"], id);
        let marked: Vec<&str> = r["hits"][0]["snippet"].as_array().unwrap().iter().filter(|s| s["hit"] == true).map(|s| s["text"].as_str().unwrap()).collect();
        assert_eq!(marked, ["Chỉ", "thị", "12"]);
    }
    let o = bd(&db).args(["search", "doi ngoai nhan dan", "--json", "--limit", "1"]).output().unwrap();
    let r = json(&o.stdout);
    assert_eq!((r["total"].as_i64(), r["hits"].as_array().unwrap().len()), (Some(2), 1));

    let o = bd(&db).args(["search", "\"NEAR( OR *"]).output().unwrap();
    assert!(o.status.success(), "FTS syntax in a query is not an error: {}", stderr(&o));
}

#[test]
fn a_failed_file_is_named_the_rest_goes_in_and_the_exit_code_is_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    let bad = dir.path().join("cp1258.txt");
    std::fs::write(&bad, b"Ch\xd2 th\xf2 12").unwrap();
    let good = dir.path().join("ok.md");
    std::fs::write(&good, "# Kế hoạch mới\n\nNội dung về Kế hoạch.").unwrap();
    let o = bd(&db).arg("import").arg(&bad).arg(&good).arg(dir.path().join("nowhere")).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cp1258.txt") && err.contains("not valid UTF-8"), "{err}");
    assert!(err.contains("nowhere") && err.contains("no such file or folder"), "{err}");
    assert!(err.contains("imported without a date") && err.contains("set-date"), "{err}");
    assert!(err.contains("1 imported, 0 already in the library, 2 failed"), "{err}");
    assert!(o.stdout.is_empty(), "messages go to stderr");
    let list = json(&bd(&db).args(["articles", "--json"]).output().unwrap().stdout);
    assert_eq!(list[0]["title"], "Kế hoạch mới");
    assert_eq!(list[0]["needsDate"], true);
}

#[test]
fn date_option_dates_undated_articles_and_set_date_fixes_one_later() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "Tin A\n\nNội dung A.").unwrap();
    let b = dir.path().join("b.txt");
    std::fs::write(&b, "Tin B\n\nNội dung B.").unwrap();
    assert!(bd(&db).arg("import").arg(&a).args(["--date", "2026-03-01"]).output().unwrap().status.success());
    let o = bd(&db).arg("import").arg(&b).args(["--date", "1/3/2026"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("invalid date \"1/3/2026\""), "{}", stderr(&o));
    assert!(bd(&db).arg("import").arg(&b).output().unwrap().status.success());
    let list = json(&bd(&db).args(["articles", "--json"]).output().unwrap().stdout);
    assert_eq!(list[0]["published"], "2026-03-01");
    assert_eq!(list[1]["needsDate"], true);
    let id = list[1]["id"].to_string();
    assert!(bd(&db).args(["set-date", &id, "2026-03-05"]).output().unwrap().status.success());
    let list = json(&bd(&db).args(["articles", "--json"]).output().unwrap().stdout);
    assert_eq!(list[0]["published"], "2026-03-05");
    assert!(bd(&db).args(["remove", &id]).output().unwrap().status.success());
    let o = bd(&db).args(["show", &id]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("article {id} does not exist")));
}

#[test]
fn help_documents_every_command_and_the_library_location() {
    let o = Command::cargo_bin("briefdesk").unwrap().arg("--help").output().unwrap();
    let help = String::from_utf8(o.stdout).unwrap();
    for cmd in [
        "import",
        "articles",
        "show",
        "search",
        "set-date",
        "remove",
        "extract",
        "documents",
        "directives",
        "directive",
        "followup",
        "upcoming",
        "history",
        "undo",
        "brief",
        "events",
        "reextract",
        "--db",
        "BRIEFDESK_DB",
    ] {
        assert!(help.contains(cmd), "--help mentions {cmd}: {help}");
    }
    let o = Command::cargo_bin("briefdesk").unwrap().args(["import", "--help"]).output().unwrap();
    assert!(String::from_utf8(o.stdout).unwrap().contains("--date"));
}

#[test]
fn default_library_follows_xdg_data_home_and_briefdesk_db() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::cargo_bin("briefdesk").unwrap().env_remove("BRIEFDESK_DB").env("XDG_DATA_HOME", dir.path()).arg("import").arg(samples()).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.path().join("briefdesk/library.sqlite").exists());
    let other = dir.path().join("other.sqlite");
    let o = Command::cargo_bin("briefdesk").unwrap().env("BRIEFDESK_DB", &other).args(["articles", "--json"]).output().unwrap();
    assert_eq!(json(&o.stdout).as_array().unwrap().len(), 0);
    assert!(other.exists());
}

#[test]
fn a_newer_library_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite");
    rusqlite_free_set_version(&db);
    let o = bd(&db).args(["articles"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("newer Briefdesk"), "{}", stderr(&o));
}

/// Write a minimal SQLite file whose user_version is 99, through the CLI's own library
/// code path being unavailable: use the sqlite header directly.
fn rusqlite_free_set_version(db: &Path) {
    // Create a valid empty library, then bump user_version (header offset 60, big-endian).
    let o = bd(db).args(["articles", "--json"]).output().unwrap();
    assert!(o.status.success());
    let mut bytes = std::fs::read(db).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(db, bytes).unwrap();
    let _ = std::fs::remove_file(db.with_extension("sqlite-wal"));
    let _ = std::fs::remove_file(db.with_extension("sqlite-shm"));
}

#[test]
fn documents_directives_and_events_of_the_seed_library() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    assert!(bd(&db).arg("import").arg(samples()).output().unwrap().status.success());

    let list = json(&bd(&db).args(["directives", "--json"]).output().unwrap().stdout);
    let concrete: Vec<&Value> = list.as_array().unwrap().iter().filter(|d| d["concrete"] == true).collect();
    assert_eq!(concrete.len(), 2, "{list:#}");
    for d in &concrete {
        assert_eq!(d["assignee"], "Bộ Ngoại giao");
        assert!(d["id"].as_i64().is_some(), "every directive carries its id");
        assert!(d["sentence"].as_str().unwrap().contains("Bộ Ngoại giao"));
    }

    let docs = json(&bd(&db).args(["documents", "--json"]).output().unwrap().stdout);
    let labels: Vec<&str> = docs.as_array().unwrap().iter().map(|d| d["label"].as_str().unwrap()).collect();
    assert!(labels.iter().any(|l| l.starts_with("Chỉ thị 12")), "{labels:?}");
    assert!(docs.as_array().unwrap().iter().any(|d| d["kind"] == "strategy" && d["horizon"] == 2045), "{docs:#}");

    let events = json(&bd(&db).args(["events", "--json"]).output().unwrap().stdout);
    let conf: Vec<&Value> = events.as_array().unwrap().iter().filter(|e| e["date"] == "2025-12-30").collect();
    assert_eq!(conf.len(), 1, "{events:#}");
    assert_eq!(conf[0]["sources"].as_array().unwrap().len(), 2);

    let o = bd(&db).args(["directives"]).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("● Bộ Ngoại giao: chủ trì sơ kết Chỉ thị 12"), "{text}");
    let o = bd(&db).args(["events"]).output().unwrap();
    assert!(String::from_utf8(o.stdout).unwrap().contains("2025-12-30"));

    let o = bd(&db).args(["reextract"]).output().unwrap();
    assert!(o.status.success());
    assert!(stderr(&o).contains("2 articles:"), "{}", stderr(&o));
    let again = json(&bd(&db).args(["directives", "--json"]).output().unwrap().stdout);
    assert_eq!(again.as_array().unwrap().len(), list.as_array().unwrap().len(), "a re-run finds the same");
}

#[test]
fn following_up_a_directive_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    assert!(bd(&db).arg("import").arg(samples()).output().unwrap().status.success());
    let list = json(&bd(&db).args(["directives", "--json"]).output().unwrap().stdout);
    let review = list.as_array().unwrap().iter().find(|d| d["action"].as_str().unwrap().contains("sơ kết Chỉ thị 12")).unwrap();
    let id = review["id"].as_i64().unwrap().to_string();

    let o = bd(&db).args(["directive", "set", &id, "--status", "in-progress", "--owner", "Phòng Tổng hợp", "--due", "2026-Q1", "--tag", "ưu tiên"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = bd(&db).args(["directive", "set", &id, "--status", "finished"]).output().unwrap();
    assert!(!o.status.success());
    assert!(stderr(&o).contains("new, tracking, in-progress, done, dropped"), "{}", stderr(&o));
    let o = bd(&db).args(["directive", "set", &id, "--due", "cuối năm"]).output().unwrap();
    assert!(!o.status.success() && stderr(&o).contains("cuối năm"), "{}", stderr(&o));

    let o = bd(&db).args(["followup", "add", &id, "Thu thập báo cáo các đơn vị", "--due", "2026-01-20"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let task = String::from_utf8(o.stdout).unwrap().trim().to_string();
    assert!(task.parse::<i64>().is_ok(), "prints the new task's id: {task:?}");
    assert!(bd(&db).args(["followup", "add", &id, "Trình lãnh đạo Bộ"]).output().unwrap().status.success());
    assert!(bd(&db).args(["followup", "done", &task]).output().unwrap().status.success());

    let tracked = json(&bd(&db).args(["directives", "--status", "in-progress", "--json"]).output().unwrap().stdout);
    let tracked = tracked.as_array().unwrap();
    assert_eq!(tracked.len(), 1);
    let d = &tracked[0];
    assert_eq!(d["id"].as_i64().unwrap().to_string(), id);
    assert_eq!(d["followUp"]["status"], "in-progress");
    assert_eq!(d["followUp"]["owner"], "Phòng Tổng hợp");
    assert_eq!(d["followUp"]["tags"][0], "ưu tiên");
    assert_eq!(d["followUp"]["due"]["precision"], "quarter");
    assert_eq!((d["followUp"]["progress"]["done"].as_i64(), d["followUp"]["progress"]["total"].as_i64()), (Some(1), Some(2)));
    assert!(json(&bd(&db).args(["directives", "--status", "done", "--json"]).output().unwrap().stdout).as_array().unwrap().is_empty());

    let text = String::from_utf8(bd(&db).args(["history", &id]).output().unwrap().stdout).unwrap();
    assert!(text.contains("task-done “Thu thập báo cáo các đơn vị”"), "{text}");
    assert!(text.contains("status: new → in-progress"), "{text}");

    let up = json(&bd(&db).args(["upcoming", "--days", "30", "--json"]).env("BRIEFDESK_TODAY", "2026-03-20").output().unwrap().stdout);
    assert_eq!(up["today"], "2026-03-20");
    assert_eq!(up["soon"][0]["directive"]["id"].as_i64().unwrap().to_string(), id, "2026-Q1 ends within 30 days: {up:#}");
    assert!(up["overdue"].as_array().unwrap().is_empty(), "the task due in January is done");
    let up = json(&bd(&db).args(["upcoming", "--json"]).env("BRIEFDESK_TODAY", "2026-04-01").output().unwrap().stdout);
    assert_eq!(up["overdue"][0]["directive"]["id"].as_i64().unwrap().to_string(), id, "overdue from 1 April: {up:#}");

    let o = bd(&db).args(["undo", &id]).output().unwrap();
    assert!(o.status.success());
    let tasks = json(&bd(&db).args(["followup", "list", &id, "--json"]).output().unwrap().stdout);
    assert_eq!(tasks[0]["done"], false, "the tick was undone");
}

#[test]
fn brief_writes_pdf_html_and_markdown_and_refuses_what_it_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lib.sqlite");
    assert!(bd(&db).arg("import").arg(samples()).output().unwrap().status.success());
    let period = ["--from", "2025-12-01", "--to", "2026-01-10"];
    for (name, lang) in [("brief.md", "vi"), ("brief.html", "en"), ("brief.pdf", "vi")] {
        let out = dir.path().join(name);
        let o = bd(&db).arg("brief").args(period).args(["--lang", lang]).arg("--out").arg(&out).env("BRIEFDESK_TODAY", "2026-01-10").output().unwrap();
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains("directives") && stderr(&o).contains(" 1 event, 2 sources"), "reports what it wrote: {}", stderr(&o));
        let bytes = std::fs::read(&out).unwrap();
        if name.ends_with(".pdf") {
            assert!(bytes.starts_with(b"%PDF-"), "a PDF");
        } else {
            let text = String::from_utf8(bytes).unwrap();
            assert!(text.contains("Bộ Ngoại giao") && text.contains("Chỉ thị"), "{text}");
            let title = if lang == "en" { "Directive briefing" } else { "Báo cáo tóm tắt chỉ đạo" };
            assert!(text.contains(title), "{lang} labels: {text}");
        }
    }
    // Only directives of one document.
    let docs = json(&bd(&db).args(["documents", "--json"]).output().unwrap().stdout);
    let strategy = docs.as_array().unwrap().iter().find(|d| d["label"].as_str().unwrap().contains("Chiến lược")).unwrap()["id"].as_i64().unwrap().to_string();
    let out = dir.path().join("strategy.md");
    let o = bd(&db).arg("brief").args(period).args(["--document", &strategy, "--status", "new", "--out"]).arg(&out).env("BRIEFDESK_TODAY", "2026-01-10").output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("Chiến lược") && !md.contains("sơ kết Chỉ thị"), "{md}");

    // A file it cannot write, a bad date, an unknown status: a clear error, nothing written.
    let o = bd(&db).args(["brief", "--out"]).arg(dir.path().join("brief.docx")).output().unwrap();
    assert!(!o.status.success() && stderr(&o).contains("brief.docx") && stderr(&o).contains(".pdf, .html or .md"), "{}", stderr(&o));
    let o = bd(&db).args(["brief", "--from", "30/12/2025", "--out"]).arg(dir.path().join("x.md")).output().unwrap();
    assert!(!o.status.success() && stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    let o = bd(&db).args(["brief", "--status", "later", "--out"]).arg(dir.path().join("x.md")).output().unwrap();
    assert!(!o.status.success() && stderr(&o).contains("in-progress"), "{}", stderr(&o));
    let o = bd(&db).args(["brief", "--out"]).arg(dir.path().join("no-such-folder/x.md")).output().unwrap();
    assert!(!o.status.success() && stderr(&o).contains("no-such-folder"), "{}", stderr(&o));
    assert!(!dir.path().join("x.md").exists());
}
