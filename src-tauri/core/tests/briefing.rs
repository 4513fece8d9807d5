//! Briefing summaries of a real library file: what a period selects, the headline counts,
//! sources cited, labels per language with the article's words untouched, and the three
//! exports — the PDF read back with poppler's `pdftotext` and `pdffonts` (Debian
//! `poppler-utils`, installed by `make test`), the same bytes every time, and a
//! 200-directive briefing whose table repeats its header and never cuts a row.

use briefdesk_core::briefing::{BriefingFormat, BriefingLang, BriefingOptions};
use briefdesk_core::model::*;
use briefdesk_core::samples::Synthetic;
use briefdesk_core::{ImportOptions, Library};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::Command;

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The seed library ("today" 2026-01-10: the review of Chỉ thị 12, due 15/1/2026, is due soon).
fn seeded(dir: &Path) -> Library {
    let mut lib = Library::open(&dir.join("lib.sqlite")).unwrap();
    let r = lib.import_paths(&[samples_dir()], &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(r.failed, 0);
    lib.set_today(day("2026-01-10"));
    lib
}

fn december(lang: BriefingLang) -> BriefingOptions {
    BriefingOptions { from: Some("2025-12-01".into()), to: Some("2026-01-10".into()), lang, ..Default::default() }
}

/// `pdftotext` of a PDF file (all pages, or one), with the layout kept.
fn pdftotext(pdf: &Path, page: Option<usize>) -> String {
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-layout").arg("-enc").arg("UTF-8");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(pdf).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo (poppler-utils) is installed");
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines().find_map(|l| l.strip_prefix("Pages:")).expect("a page count").trim().parse().unwrap()
}

/// Text with its runs of spaces and line breaks made single spaces (layout columns wrap).
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_seed_briefing_lists_the_review_of_directive_12_with_its_source_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let lib = seeded(dir.path());
    let b = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    assert_eq!((b.from.as_str(), b.to.as_str()), ("2025-12-01", "2026-01-10"));
    let review = b.directives.iter().find(|d| d.action.contains("sơ kết Chỉ thị")).expect("the review of Chỉ thị 12 is in the briefing");
    assert_eq!(review.assignee.as_deref(), Some("Bộ Ngoại giao"));
    assert!(review.new, "published in the period");
    assert_eq!(review.status_label, "Mới");
    // Every directive cites an article listed in the sources.
    for d in &b.directives {
        let src = b.sources.iter().find(|s| s.no == d.source).expect("the cited source is listed");
        assert!(src.file.ends_with(".txt"), "{}", src.file);
    }
    assert_eq!(b.summary.total as usize, b.directives.len());
    assert_eq!(b.summary.new as usize, b.directives.iter().filter(|d| d.new).count());
    assert_eq!(b.summary.due_soon as usize, b.directives.iter().filter(|d| d.due_state == DueState::Soon).count());
    assert!(b.documents.iter().any(|d| d.label.contains("12")), "a section for Chỉ thị 12: {:?}", b.documents.iter().map(|d| &d.label).collect::<Vec<_>>());
    assert!(!b.events.is_empty(), "the conference of 30/12 is a dated event of the period");
    assert!(b.events.windows(2).all(|w| w[0].date <= w[1].date), "events oldest first");

    // A due date set by the user: flagged due soon (2026-01-15, five days after "today").
    let mut lib = lib;
    lib.update_directive(review.id, &DirectiveUpdate { due: Some("2026-01-15".into()), ..Default::default() }).unwrap();
    let b = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    let review = b.directives.iter().find(|d| d.id == review.id).unwrap();
    assert_eq!((review.due_state, review.due.as_deref()), (DueState::Soon, Some("15/01/2026")));
    assert_eq!(review.status_label, "Mới · Sắp đến hạn");
    assert_eq!(b.summary.due_soon, 1);
    assert_eq!(b.directives[0].id, review.id, "the soonest deadline comes first");

    // A period without any of it: nothing but what is overdue.
    let later = lib.briefing(&BriefingOptions { from: Some("2025-06-01".into()), to: Some("2025-06-30".into()), ..Default::default() }).unwrap();
    assert!(later.directives.iter().all(|d| d.due_state == DueState::Overdue), "{:?}", later.directives);
}

#[test]
fn statuses_narrow_the_briefing_and_dropped_ones_are_left_out_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path());
    let all = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    let first = all.directives[0].id;
    lib.update_directive(first, &DirectiveUpdate { status: Some(DirectiveStatus::Dropped), notes: Some("Chờ ý kiến Vụ trưởng".into()), ..Default::default() }).unwrap();
    let b = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    assert!(b.directives.iter().all(|d| d.id != first), "a dropped directive is left out by default");
    assert_eq!(b.directives.len(), all.directives.len() - 1);
    let only = lib.briefing(&BriefingOptions { statuses: vec![DirectiveStatus::Dropped], include_notes: true, ..december(BriefingLang::Vi) }).unwrap();
    assert_eq!(only.directives.iter().map(|d| d.id).collect::<Vec<_>>(), vec![first]);
    assert_eq!(only.notes.len(), 1);
    assert_eq!(only.notes[0].text, "Chờ ý kiến Vụ trưởng");
    let md = only.to_markdown();
    assert!(md.contains("Chờ ý kiến Vụ trưởng"), "{md}");
    let without = lib.briefing(&BriefingOptions { statuses: vec![DirectiveStatus::Dropped], ..december(BriefingLang::Vi) }).unwrap();
    assert!(!without.to_markdown().contains("Chờ ý kiến"), "notes only when chosen");

    let bad = lib.briefing(&BriefingOptions { from: Some("2026-02-01".into()), to: Some("2026-01-01".into()), ..Default::default() }).unwrap_err();
    assert_eq!(bad.code().as_str(), "invalid_input");
    assert!(bad.to_string().contains("2026-02-01"), "{bad}");
    let bad = lib.briefing(&BriefingOptions { from: Some("1/12/2025".into()), ..Default::default() }).unwrap_err();
    assert!(bad.to_string().contains("YYYY-MM-DD"), "{bad}");
}

#[test]
fn labels_follow_the_language_and_the_articles_words_stay_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let lib = seeded(dir.path());
    let vi = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    let en = lib.briefing(&december(BriefingLang::En)).unwrap();
    let (md_vi, md_en) = (vi.to_markdown(), en.to_markdown());
    assert!(md_vi.contains("Các chỉ đạo chính") && !md_vi.contains("Key directives"));
    assert!(md_en.contains("Key directives") && !md_en.contains("Các chỉ đạo chính"));
    for md in [&md_vi, &md_en] {
        assert!(md.contains("Bộ Ngoại giao"));
        assert!(md.contains("sơ kết Chỉ thị"));
    }
    let html = en.to_html();
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..80]);
    assert!(html.contains("lang=\"en\""));
    assert!(!html.contains("<script") && !html.contains("src=\"http"), "self-contained, no script");
    assert!(html.contains("@media print") && html.contains("@page"), "a print stylesheet");
}

#[test]
fn markup_in_article_words_is_printed_as_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path());
    let id = lib.briefing(&december(BriefingLang::Vi)).unwrap().directives[0].id;
    let action = "rà soát <script>alert(1)</script> *gấp* #tag [1] | `x`";
    lib.update_directive(id, &DirectiveUpdate { action: Some(action.into()), ..Default::default() }).unwrap();
    let b = lib.briefing(&december(BriefingLang::Vi)).unwrap();
    let html = b.to_html();
    assert!(!html.contains("<script>alert"), "escaped in HTML");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let md = b.to_markdown();
    assert!(md.contains("\\<script\\>") && md.contains("\\*gấp\\*") && md.contains("\\|"), "escaped in Markdown");
    let pdf = dir.path().join("b.pdf");
    b.write_to(&pdf).unwrap();
    let text = squash(&pdftotext(&pdf, None));
    assert!(text.contains("<script>alert(1)</script>") && text.contains("*gấp* #tag [1]"), "typst printed it as written: {text}");
}

#[test]
fn the_seed_pdf_has_every_diacritic_an_embedded_font_and_the_same_bytes_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let lib = seeded(dir.path());
    for lang in [BriefingLang::Vi, BriefingLang::En] {
        let b = lib.briefing(&december(lang)).unwrap();
        let pdf = dir.path().join(format!("seed-{lang:?}.pdf"));
        let written = b.write_to(&pdf).unwrap();
        assert_eq!(written.format, BriefingFormat::Pdf);
        assert!(written.bytes > 5_000);
        let text = squash(&pdftotext(&pdf, None));
        for words in ["Chỉ thị 12", "Bộ Ngoại giao", "tầm nhìn đến năm 2045"] {
            assert!(text.contains(words), "{lang:?}: pdftotext gives back “{words}”: {text}");
        }
        // Composed (NFC) letters with two diacritics come back as one code point each.
        assert!(text.contains("Phát huy “sức mạnh mềm”"), "{text}");
        assert!(!text.contains('\u{301}') && !text.contains('\u{323}'), "no combining marks left over");
        let title = if lang == BriefingLang::Vi { "Báo cáo tóm tắt chỉ đạo" } else { "Directive briefing" };
        assert!(text.contains(title), "{text}");

        let fonts = Command::new("pdffonts").arg(&pdf).output().expect("pdffonts (poppler-utils)");
        let fonts = String::from_utf8(fonts.stdout).unwrap();
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in &rows {
            assert!(row.contains("NotoSans"), "only the shipped Noto Sans: {fonts}");
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID: emb, sub, uni are "yes".
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "embedded, subset, with ToUnicode: {row}");
        }
        assert_eq!(b.to_pdf().unwrap(), std::fs::read(&pdf).unwrap(), "the same briefing gives the same bytes");
    }
}

/// A library of generated articles published in March 2026, with a checklist on some.
fn many(dir: &Path, articles: usize) -> Library {
    let src = dir.join("articles");
    std::fs::create_dir_all(&src).unwrap();
    let mut synth = Synthetic::new(7);
    for i in 0..articles {
        std::fs::write(src.join(format!("{i:03}.txt")), synth.article(i, &format!("2026-03-{:02}", i % 28 + 1))).unwrap();
    }
    let mut lib = Library::open(&dir.join("many.sqlite")).unwrap();
    let r = lib.import_paths(&[src], &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(r.failed, 0);
    lib.set_today(day("2026-03-31"));
    lib
}

#[test]
fn a_200_directive_briefing_repeats_its_table_header_and_never_cuts_a_row() {
    let dir = tempfile::tempdir().unwrap();
    let lib = many(dir.path(), 30);
    let opts = BriefingOptions { from: Some("2026-03-01".into()), to: Some("2026-03-31".into()), ..Default::default() };
    let b = lib.briefing(&opts).unwrap();
    assert!(b.directives.len() >= 200, "{} directives", b.directives.len());
    let pdf = dir.path().join("many.pdf");
    b.write_to(&pdf).unwrap();
    let pages = pdf_pages(&pdf);
    assert!(pages >= 5, "{pages} pages");

    // Each row's first line holds its number, assignee, …, status and source ("[3]") at the
    // end. Every number printed exactly once; on each page the line after the repeated
    // header is a row's first line (a row cut by the page break would continue there).
    let row_start = |line: &str| -> Option<usize> {
        let t = line.trim();
        let n: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        if n.is_empty() || !t[n.len()..].starts_with(' ') || !t.ends_with(']') {
            return None;
        }
        n.parse().ok().filter(|n| *n >= 1 && *n <= b.directives.len())
    };
    let mut table_pages = 0;
    let mut seen = vec![0usize; b.directives.len() + 1];
    for p in 1..=pages {
        let text = pdftotext(&pdf, Some(p));
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let rows: Vec<usize> = lines.iter().filter_map(|l| row_start(l)).collect();
        if rows.is_empty() {
            continue;
        }
        table_pages += 1;
        let header = lines.iter().position(|l| l.contains("Nhiệm vụ") && l.contains("Thời hạn") && l.contains("Nguồn"));
        let header = header.unwrap_or_else(|| panic!("page {p} repeats the table header:\n{text}"));
        assert!(row_start(lines[header + 1]).is_some(), "page {p} starts with a whole row after its header:\n{text}");
        for n in rows {
            seen[n] += 1;
        }
    }
    assert!(table_pages >= 3, "the table runs over several pages ({table_pages}); page 2:\n{}", pdftotext(&pdf, Some(2)));
    let missing: Vec<usize> = (1..seen.len()).filter(|n| seen[*n] != 1).collect();
    assert!(missing.is_empty(), "every row printed once, whole on one page; not: {missing:?}");
}

/// A document's section lists its latest events up to the end of the period, newest
/// first: not its oldest, and nothing after the period.
#[test]
fn a_documents_section_lists_its_latest_events_up_to_the_period_end() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("articles");
    std::fs::create_dir_all(&src).unwrap();
    for (i, (day_no, what)) in [(2, "sơ kết"), (9, "tập huấn"), (16, "kiểm tra"), (23, "tổng kết"), (30, "đánh giá")].iter().enumerate() {
        let text = format!(
            " date 2026-03-{day_no:02} Bài {i}\n\nNgày {day_no}/3/2026, Bộ Tư pháp tổ chức hội nghị {what} việc thực hiện Chỉ thị số 12-CT/TW tại Hà Nội. Bộ Tư pháp chủ trì báo cáo kết quả thực hiện Chỉ thị số 12-CT/TW.\n"
        );
        std::fs::write(src.join(format!("{i}.txt")), text).unwrap();
    }
    let mut lib = Library::open(&dir.path().join("lib.sqlite")).unwrap();
    assert_eq!(lib.import_paths(&[src], &ImportOptions::default(), &mut |_| {}).unwrap().failed, 0);
    lib.set_today(day("2026-03-31"));
    let opts = BriefingOptions { from: Some("2026-03-01".into()), to: Some("2026-03-25".into()), ..Default::default() };
    let b = lib.briefing(&opts).unwrap();
    let doc = b.documents.iter().find(|d| d.label.contains("12")).expect("a section for Chỉ thị 12");
    let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2026-03-23", "2026-03-16", "2026-03-09"], "{:#?}", doc.events);
}
