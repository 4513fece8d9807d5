//! Plain text or Markdown without a header: no date, title from the first paragraph.

use super::Format;
use crate::article::{build, ParsedArticle};
use std::path::Path;

pub struct PlainText;

impl Format for PlainText {
    fn name(&self) -> &'static str {
        "plain-text"
    }

    fn parse(&self, _path: &Path, text: &str) -> Option<ParsedArticle> {
        Some(build(None, text, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_no_date() {
        let a = PlainText.parse(Path::new("a.txt"), "Tin nóng\n\nNội dung.").unwrap();
        assert!(a.published.is_none());
        assert_eq!(a.title, "Tin nóng");
    }
}
