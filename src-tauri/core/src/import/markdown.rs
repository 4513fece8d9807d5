//! Markdown articles, optionally with a front-matter block (`---` … `---`) whose
//! `date:` and `title:` lines are used.

use super::Format;
use crate::article::{build, ParsedArticle, PubDate};
use std::path::Path;

pub struct Markdown;

impl Format for Markdown {
    fn name(&self) -> &'static str {
        "markdown"
    }

    fn parse(&self, _path: &Path, text: &str) -> Option<ParsedArticle> {
        let text = text.trim_start_matches('\u{feff}');
        let rest = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
        let close = rest.find("\n---")?;
        let (front, body) = (&rest[..close], &rest[close + 4..]);
        let body = body.split_once('\n').map_or("", |(_, b)| b);
        let field = |key: &str| {
            front.lines().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                (k.trim().eq_ignore_ascii_case(key)).then(|| v.trim().trim_matches(['"', '\'']).to_string())
            })
        };
        let date = field("date").and_then(|d| PubDate::parse(d.get(..10).unwrap_or(&d)).or_else(|| PubDate::parse(&d)));
        Some(build(date, body, field("title").as_deref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_date_and_title() {
        let a = Markdown.parse(Path::new("a.md"), "---\ntitle: \"Kế hoạch 2026\"\ndate: 2026-01-15\n---\nNội dung bài.\n").unwrap();
        assert_eq!(a.title, "Kế hoạch 2026");
        assert_eq!(a.published.unwrap().to_iso(), "2026-01-15");
        assert_eq!(a.body, "Nội dung bài.");
    }

    #[test]
    fn without_front_matter_it_is_not_this_format() {
        assert!(Markdown.parse(Path::new("a.md"), "# Tiêu đề\n\nNội dung").is_none());
    }
}
