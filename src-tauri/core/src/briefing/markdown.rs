//! The briefing as Markdown (CommonMark with GitHub tables). Every piece of text is
//! escaped, so an article's "*", "|" or "<b>" are printed as written and never read as
//! formatting.

use super::{BriefEvent, Briefing};
use std::fmt::Write;

/// Text escaped for inline Markdown, on one line (runs of white space, line breaks
/// included, become one space).
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' | '{' | '}') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn event_line(out: &mut String, e: &BriefEvent) {
    let _ = write!(out, "- **{}** — {}", esc(&e.date_label), esc(&e.title));
    if let Some(p) = &e.place {
        let _ = write!(out, " ({})", esc(p));
    }
    let refs: Vec<String> = e.sources.iter().map(|n| format!("\\[{n}\\]")).collect();
    let _ = writeln!(out, " {}", refs.join(""));
}

impl Briefing {
    /// The briefing as Markdown.
    pub fn to_markdown(&self) -> String {
        let l = self.labels();
        let mut o = String::new();
        let _ = writeln!(o, "# {}\n", esc(l.title));
        let _ = writeln!(o, "**{}:** {}  ", esc(l.period), esc(&self.period_label));
        let _ = writeln!(o, "**{}:** {}  ", esc(l.prepared), esc(&self.today_label));
        for f in &self.filters {
            let _ = writeln!(o, "**{}:** {}  ", esc(&f.label), esc(&f.value));
        }
        let _ = writeln!(o, "\n_{}_\n", esc(l.selection_note));

        let s = &self.summary;
        let _ = writeln!(o, "## {}\n", esc(l.summary));
        let _ = writeln!(o, "| {} | {} | {} | {} |", esc(l.new), esc(l.done), esc(l.overdue), esc(l.due_soon));
        let _ = writeln!(o, "| ---: | ---: | ---: | ---: |");
        let _ = writeln!(o, "| {} | {} | {} | {} |\n", s.new, s.done, s.overdue, s.due_soon);
        let _ = writeln!(o, "{}: **{}**\n", esc(l.total), s.total);

        let _ = writeln!(o, "## {}\n", esc(l.key_directives));
        if self.directives.is_empty() {
            let _ = writeln!(o, "{}\n", esc(l.no_directives));
        } else {
            let heads: Vec<String> = l.columns().iter().map(|h| esc(h)).collect();
            let _ = writeln!(o, "| {} |", heads.join(" | "));
            let _ = writeln!(o, "| ---: | --- | --- | --- | --- | --- | :---: | :---: |");
            for d in &self.directives {
                let assignee = d.assignee.as_deref().map_or_else(|| format!("_{}_", esc(l.no_assignee)), esc);
                let action = if d.concrete { esc(&d.action) } else { format!("{} _({})_", esc(&d.action), esc(l.general)) };
                let _ = writeln!(
                    o,
                    "| {} | {} | {} | {} | {} | {} | {} | \\[{}\\] |",
                    d.no,
                    assignee,
                    action,
                    esc(&d.documents.join(", ")),
                    esc(d.due.as_deref().unwrap_or("")),
                    esc(&d.status_label),
                    esc(&d.progress_label),
                    d.source
                );
            }
            o.push('\n');
        }

        if !self.documents.is_empty() {
            let _ = writeln!(o, "## {}\n", esc(l.by_document));
            for doc in &self.documents {
                let _ = writeln!(o, "### {}\n", esc(&doc.label));
                if let Some(det) = &doc.details {
                    let _ = writeln!(o, "_{}_\n", esc(det));
                }
                let _ = writeln!(o, "**{}**\n", esc(l.document_directives));
                if doc.directives.is_empty() {
                    let _ = writeln!(o, "{}\n", esc(l.no_document_directives));
                } else {
                    for no in &doc.directives {
                        let d = &self.directives[*no as usize - 1];
                        let who = d.assignee.as_deref().map(|a| format!("**{}:** ", esc(a))).unwrap_or_default();
                        let due = d.due.as_deref().map(|x| format!(" — {}", esc(x))).unwrap_or_default();
                        let _ = writeln!(o, "- #{} {who}{}{due} · {} \\[{}\\]", d.no, esc(&d.action), esc(&d.status_label), d.source);
                    }
                    o.push('\n');
                }
                if !doc.events.is_empty() {
                    let _ = writeln!(o, "**{}**\n", esc(l.latest_events));
                    for e in &doc.events {
                        event_line(&mut o, e);
                    }
                    o.push('\n');
                }
            }
        }

        let _ = writeln!(o, "## {}\n", esc(l.events));
        if self.events.is_empty() {
            let _ = writeln!(o, "{}\n", esc(l.no_events));
        } else {
            for e in &self.events {
                event_line(&mut o, e);
            }
            o.push('\n');
        }

        if self.include_notes && !self.notes.is_empty() {
            let _ = writeln!(o, "## {}\n", esc(l.notes));
            for n in &self.notes {
                let _ = writeln!(o, "- #{} {}", n.no, esc(&n.directive));
                for line in n.text.lines().filter(|x| !x.trim().is_empty()) {
                    let _ = writeln!(o, "  > {}", esc(line));
                }
            }
            o.push('\n');
        }

        let _ = writeln!(o, "## {}\n", esc(l.sources));
        for s in &self.sources {
            let _ = writeln!(o, "{}. {} — {} ({})", s.no, esc(&s.date_label), esc(&s.title), esc(&s.file));
        }
        let _ = writeln!(o, "\n---\n_{}_", esc(l.generated_by));
        o
    }
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markdown_specials_are_escaped_and_lines_joined() {
        assert_eq!(esc("a | b *c* <x>\n  [1]"), "a \\| b \\*c\\* \\<x\\> \\[1\\]");
        assert_eq!(esc("Chỉ thị 12-CT/TW"), "Chỉ thị 12-CT/TW");
    }
}
