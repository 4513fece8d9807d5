//! The briefing as one self-contained HTML file: no script, no external resource; its
//! stylesheet is inline (it is a file, not the app) with a print part — A4 with margins,
//! page numbers where the browser supports page margin boxes, table headers repeated on
//! every page and rows never split. Every piece of text is escaped.

use super::{BriefEvent, Briefing};
use crate::model::DueState;
use std::fmt::Write;

/// Text escaped for HTML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for a CSS string literal ("…").
fn css_str(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '<' | '>' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #1d2330; --muted: #5b6474; --rule: #d5dae3; --head: #eef1f6; --accent: #1f4e8c; --late: #a4231c; --soon: #8a5a00; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f4f5f8; color: var(--ink);
  font: 10.5pt/1.45 "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
.briefing { max-width: 210mm; margin: 24px auto; padding: 18mm 16mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt; color: var(--accent); }
h2 { font-size: 13pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 1.5pt solid var(--accent); color: var(--accent); }
h3 { font-size: 11pt; margin: 12pt 0 3pt; }
h4 { font-size: 9.5pt; margin: 6pt 0 2pt; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
p { margin: 3pt 0; }
.kicker { margin: 0 0 4pt; color: var(--muted); font-size: 8.5pt; letter-spacing: .08em; text-transform: uppercase; }
.meta { margin: 0; }
.meta b, .scope b { font-weight: 600; }
.scope { margin: 2pt 0; color: var(--ink); }
.note { color: var(--muted); font-size: 9pt; font-style: italic; }
.counts { display: flex; gap: 8pt; padding: 0; margin: 6pt 0; list-style: none; }
.counts li { flex: 1; border: 1pt solid var(--rule); border-radius: 4pt; padding: 6pt 8pt; }
.counts .n { display: block; font-size: 18pt; font-weight: 700; line-height: 1.1; }
.counts .k { color: var(--muted); font-size: 9pt; }
.counts .late .n { color: var(--late); }
.counts .soon .n { color: var(--soon); }
table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.35; }
thead th { background: var(--head); text-align: left; font-weight: 600; padding: 4pt 5pt; border-bottom: 1pt solid var(--ink); vertical-align: bottom; }
tbody td { padding: 4pt 5pt; border-bottom: .5pt solid var(--rule); vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; white-space: nowrap; }
td.due { white-space: nowrap; }
.muted { color: var(--muted); font-style: italic; }
.general { color: var(--muted); font-size: 8pt; }
tr.overdue td.status { color: var(--late); font-weight: 600; }
tr.soon td.status { color: var(--soon); font-weight: 600; }
.doc { margin: 0 0 8pt; }
.doc ul, .events { margin: 2pt 0 4pt; padding-left: 16pt; }
.doc li, .events li { margin: 1pt 0; }
.when { font-weight: 600; white-space: nowrap; }
.ref { color: var(--accent); text-decoration: none; font-size: 85%; }
.notes blockquote { margin: 2pt 0 6pt 12pt; padding-left: 8pt; border-left: 2pt solid var(--rule); white-space: pre-wrap; }
.sources { padding-left: 22pt; }
.sources li { margin: 2pt 0; }
.file { color: var(--muted); }
footer { margin-top: 18pt; color: var(--muted); font-size: 8pt; border-top: .5pt solid var(--rule); padding-top: 4pt; }
@page { size: A4; margin: 18mm 15mm 18mm 15mm;
  @top-left { content: "PAGE_HEADER"; font: 8pt "Noto Sans", sans-serif; color: #5b6474; }
  @bottom-right { content: "PAGE_WORD " counter(page) " / " counter(pages); font: 8pt "Noto Sans", sans-serif; color: #5b6474; } }
@page :first { @top-left { content: none; } }
@media print {
  body { background: #fff; font-size: 9.5pt; }
  .briefing { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, li, .counts li, .notes blockquote { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

fn refs(nos: &[u32]) -> String {
    nos.iter().map(|n| format!("<a class=\"ref\" href=\"#src-{n}\">[{n}]</a>")).collect()
}

fn event_item(o: &mut String, e: &BriefEvent) {
    let place = e.place.as_deref().map(|p| format!(" <span class=\"file\">({})</span>", esc(p))).unwrap_or_default();
    let _ = writeln!(o, "<li><span class=\"when\">{}</span> — {}{place} {}</li>", esc(&e.date_label), esc(&e.title), refs(&e.sources));
}

impl Briefing {
    /// The briefing as a self-contained HTML document (UTF-8).
    pub fn to_html(&self) -> String {
        let l = self.labels();
        let mut o = String::with_capacity(16 * 1024 + self.directives.len() * 600);
        let header = css_str(&format!("{} · {}", l.title, self.period_label));
        let style = STYLE.replace("PAGE_HEADER", &header).replace("PAGE_WORD", &css_str(l.page));
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} · {}</title>\n<style>{style}</style>\n</head>\n<body>\n<main class=\"briefing\">\n",
            l.lang,
            esc(l.title),
            esc(&self.period_label)
        );
        let _ = writeln!(o, "<header>\n<p class=\"kicker\">Briefdesk</p>\n<h1>{}</h1>", esc(l.title));
        let _ = writeln!(o, "<p class=\"meta\"><b>{}:</b> {} &nbsp;·&nbsp; <b>{}:</b> {}</p>", esc(l.period), esc(&self.period_label), esc(l.prepared), esc(&self.today_label));
        for f in &self.filters {
            let _ = writeln!(o, "<p class=\"scope\"><b>{}:</b> {}</p>", esc(&f.label), esc(&f.value));
        }
        let _ = writeln!(o, "<p class=\"note\">{}</p>\n</header>", esc(l.selection_note));

        let s = &self.summary;
        let _ = writeln!(o, "<section class=\"summary\">\n<h2>{}</h2>\n<ul class=\"counts\">", esc(l.summary));
        for (cls, n, k) in [("", s.new, l.new), ("", s.done, l.done), ("late", s.overdue, l.overdue), ("soon", s.due_soon, l.due_soon)] {
            let _ = writeln!(o, "<li class=\"{cls}\"><span class=\"n\">{n}</span><span class=\"k\">{}</span></li>", esc(k));
        }
        let _ = writeln!(o, "</ul>\n<p>{}: <b>{}</b></p>\n</section>", esc(l.total), s.total);

        let _ = writeln!(o, "<section>\n<h2>{}</h2>", esc(l.key_directives));
        if self.directives.is_empty() {
            let _ = writeln!(o, "<p class=\"muted\">{}</p>", esc(l.no_directives));
        } else {
            // Column classes: numbers right, progress and source centred.
            const CLASSES: [&str; 8] = [" class=\"num\"", "", "", "", "", "", " class=\"c\"", " class=\"c\""];
            let heads: String = l.columns().iter().zip(CLASSES).map(|(h, c)| format!("<th{c}>{}</th>", esc(h))).collect();
            let _ = writeln!(
                o,
                "<table class=\"directives\">\n<colgroup><col style=\"width:4%\"><col style=\"width:15%\"><col style=\"width:33%\"><col style=\"width:13%\"><col style=\"width:10%\"><col style=\"width:12%\"><col style=\"width:6%\"><col style=\"width:7%\"></colgroup>\n<thead><tr>{heads}</tr></thead>\n<tbody>"
            );
            for d in &self.directives {
                let cls = match d.due_state {
                    DueState::Overdue => " class=\"overdue\"",
                    DueState::Soon => " class=\"soon\"",
                    _ => "",
                };
                let assignee = d.assignee.as_deref().map_or_else(|| format!("<span class=\"muted\">{}</span>", esc(l.no_assignee)), esc);
                let general = if d.concrete { String::new() } else { format!(" <span class=\"general\">({})</span>", esc(l.general)) };
                let _ = writeln!(
                    o,
                    "<tr id=\"d-{}\"{cls}><td class=\"num\">{}</td><td>{assignee}</td><td>{}{general}</td><td>{}</td><td class=\"due\">{}</td><td class=\"status\">{}</td><td class=\"c\">{}</td><td class=\"c\">{}</td></tr>",
                    d.no,
                    d.no,
                    esc(&d.action),
                    esc(&d.documents.join(", ")),
                    esc(d.due.as_deref().unwrap_or("")),
                    esc(&d.status_label),
                    esc(&d.progress_label),
                    refs(&[d.source])
                );
            }
            let _ = writeln!(o, "</tbody>\n</table>");
        }
        let _ = writeln!(o, "</section>");

        if !self.documents.is_empty() {
            let _ = writeln!(o, "<section>\n<h2>{}</h2>", esc(l.by_document));
            for doc in &self.documents {
                let _ = writeln!(o, "<div class=\"doc\">\n<h3>{}</h3>", esc(&doc.label));
                if let Some(det) = &doc.details {
                    let _ = writeln!(o, "<p class=\"muted\">{}</p>", esc(det));
                }
                let _ = writeln!(o, "<h4>{}</h4>", esc(l.document_directives));
                if doc.directives.is_empty() {
                    let _ = writeln!(o, "<p class=\"muted\">{}</p>", esc(l.no_document_directives));
                } else {
                    let _ = writeln!(o, "<ul>");
                    for no in &doc.directives {
                        let d = &self.directives[*no as usize - 1];
                        let who = d.assignee.as_deref().map(|a| format!("<b>{}:</b> ", esc(a))).unwrap_or_default();
                        let due = d.due.as_deref().map(|x| format!(" — <span class=\"when\">{}</span>", esc(x))).unwrap_or_default();
                        let _ = writeln!(o, "<li><a class=\"ref\" href=\"#d-{}\">#{}</a> {who}{}{due} · {} {}</li>", d.no, d.no, esc(&d.action), esc(&d.status_label), refs(&[d.source]));
                    }
                    let _ = writeln!(o, "</ul>");
                }
                if !doc.events.is_empty() {
                    let _ = writeln!(o, "<h4>{}</h4>\n<ul>", esc(l.latest_events));
                    for e in &doc.events {
                        event_item(&mut o, e);
                    }
                    let _ = writeln!(o, "</ul>");
                }
                let _ = writeln!(o, "</div>");
            }
            let _ = writeln!(o, "</section>");
        }

        let _ = writeln!(o, "<section>\n<h2>{}</h2>", esc(l.events));
        if self.events.is_empty() {
            let _ = writeln!(o, "<p class=\"muted\">{}</p>", esc(l.no_events));
        } else {
            let _ = writeln!(o, "<ul class=\"events\">");
            for e in &self.events {
                event_item(&mut o, e);
            }
            let _ = writeln!(o, "</ul>");
        }
        let _ = writeln!(o, "</section>");

        if self.include_notes && !self.notes.is_empty() {
            let _ = writeln!(o, "<section class=\"notes\">\n<h2>{}</h2>", esc(l.notes));
            for n in &self.notes {
                let _ = writeln!(o, "<p><a class=\"ref\" href=\"#d-{}\">#{}</a> {}</p>\n<blockquote>{}</blockquote>", n.no, n.no, esc(&n.directive), esc(&n.text));
            }
            let _ = writeln!(o, "</section>");
        }

        let _ = writeln!(o, "<section>\n<h2>{}</h2>\n<ol class=\"sources\">", esc(l.sources));
        for s in &self.sources {
            let _ =
                writeln!(o, "<li id=\"src-{}\" value=\"{}\"><span class=\"when\">{}</span> — {} <span class=\"file\">({})</span></li>", s.no, s.no, esc(&s.date_label), esc(&s.title), esc(&s.file));
        }
        let _ = writeln!(o, "</ol>\n</section>\n<footer>{}</footer>\n</main>\n</body>\n</html>", esc(l.generated_by));
        o
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn html_and_css_strings_are_escaped() {
        assert_eq!(super::esc("<script>a & \"b\"</script>"), "&lt;script&gt;a &amp; &quot;b&quot;&lt;/script&gt;");
        assert_eq!(super::css_str("a\"b\\c"), "a\\\"b\\\\c");
    }
}
