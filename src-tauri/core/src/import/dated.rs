//! The dated text format: a first line that begins with ` date YYYY-MM-DD ` (or
//! ` date YYYY-MM `; the leading space is optional), the article text after it on the
//! same line and below, paragraphs separated by blank lines.

use super::Format;
use crate::article::{build, ParsedArticle, PubDate};
use std::path::Path;

pub struct DatedText;

impl Format for DatedText {
    fn name(&self) -> &'static str {
        "dated-text"
    }

    fn parse(&self, _path: &Path, text: &str) -> Option<ParsedArticle> {
        let rest = text.trim_start_matches('\u{feff}').trim_start_matches([' ', '\t']).strip_prefix("date")?;
        let rest = rest.strip_prefix([' ', '\t'])?.trim_start_matches([' ', '\t']);
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let date = PubDate::parse(&rest[..end])?;
        Some(build(Some(date), &rest[end..], None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_date_and_text_on_the_same_line() {
        let a = DatedText.parse(Path::new("x"), " date 2025-12-30 Phát huy sức mạnh mềm\n\nSáng 30/12, hội nghị.").unwrap();
        assert_eq!(a.published.unwrap().to_iso(), "2025-12-30");
        assert_eq!(a.title, "Phát huy sức mạnh mềm");
        assert!(a.body.starts_with("Phát huy sức mạnh mềm\n\nSáng 30/12"));
    }

    #[test]
    fn month_only_header_and_no_leading_space() {
        let a = DatedText.parse(Path::new("x"), "date 2025-07 Tin tháng bảy").unwrap();
        assert_eq!(a.published.unwrap().to_iso(), "2025-07");
        assert_eq!(a.body, "Tin tháng bảy");
    }

    #[test]
    fn header_alone_on_its_line() {
        let a = DatedText.parse(Path::new("x"), " date 2024-01-03\nVIETNAM, January 3 - text").unwrap();
        assert_eq!(a.body, "VIETNAM, January 3 - text");
    }

    #[test]
    fn not_a_header() {
        assert!(DatedText.parse(Path::new("x"), "date of the meeting is unknown").is_none());
        assert!(DatedText.parse(Path::new("x"), " date 2025-13-01 x").is_none());
        assert!(DatedText.parse(Path::new("x"), "update 2025-01-01 x").is_none());
    }
}
