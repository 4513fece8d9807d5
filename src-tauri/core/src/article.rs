//! What an article file holds once decoded: an optional date, the title, the text.

use crate::text::{cut_at_word, first_sentence, nfc};
use chrono::NaiveDate;

/// Longest title kept, in characters.
pub const TITLE_MAX: usize = 140;

/// A publication date as precise as the source gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PubDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

impl PubDate {
    /// "YYYY-MM-DD" or "YYYY-MM" (a month-only date).
    pub fn parse(s: &str) -> Option<PubDate> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return (s.len() == 10).then_some(PubDate::Day(d));
        }
        let (y, m) = s.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| PubDate::Month { year, month })
    }

    pub fn to_iso(self) -> String {
        match self {
            PubDate::Day(d) => d.format("%Y-%m-%d").to_string(),
            PubDate::Month { year, month } => format!("{year:04}-{month:02}"),
        }
    }
}

/// A decoded article before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedArticle {
    pub published: Option<PubDate>,
    pub title: String,
    /// NFC text, without any header line.
    pub body: String,
}

/// The paragraphs of a text: blocks separated by blank lines, trimmed, non-empty.
pub fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    body.split("\n\n").flat_map(|b| b.split("\r\n\r\n")).map(str::trim).filter(|p| !p.is_empty())
}

/// A headline is short and does not end like a sentence.
fn reads_as_headline(p: &str) -> bool {
    let words = p.split_whitespace().count();
    !p.contains('\n') && words <= 30 && p.chars().count() <= 200 && !p.ends_with(['.', ':', ';', ',', '…'])
}

/// The title: the first paragraph when it reads as a headline, else its first sentence,
/// cut at a word boundary.
pub fn title_of(body: &str) -> String {
    let Some(first) = paragraphs(body).next() else { return String::new() };
    let first = first.trim_start_matches('#').trim();
    let line = if reads_as_headline(first) { first } else { first_sentence(first) };
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    cut_at_word(&line, TITLE_MAX)
}

/// Build a parsed article from decoded text and a date found by the caller.
pub fn build(published: Option<PubDate>, body: &str, title: Option<&str>) -> ParsedArticle {
    let body = nfc(body.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'));
    let title = title.map(|t| cut_at_word(&nfc(t), TITLE_MAX)).filter(|t| !t.is_empty()).unwrap_or_else(|| title_of(&body));
    ParsedArticle { published, title, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_day_and_month_precision() {
        assert_eq!(PubDate::parse("2025-12-30").unwrap().to_iso(), "2025-12-30");
        assert_eq!(PubDate::parse("2025-12").unwrap().to_iso(), "2025-12");
        assert!(PubDate::parse("2025-13-01").is_none());
        assert!(PubDate::parse("2025-02-30").is_none());
        assert!(PubDate::parse("30/12/2025").is_none());
        assert!(PubDate::parse("2025-1-3").is_none());
    }

    #[test]
    fn headline_paragraph_is_the_title() {
        let b = "Phát huy “sức mạnh mềm” của đối ngoại Nhân dân\n\nSáng 30/12, Bộ Ngoại giao tổ chức hội nghị.";
        assert_eq!(title_of(b), "Phát huy “sức mạnh mềm” của đối ngoại Nhân dân");
    }

    #[test]
    fn long_first_paragraph_gives_its_first_sentence_cut_at_a_word() {
        let long = "Công tác đối ngoại nhân dân năm 2025 tiếp tục giữ vai trò là một trụ cột đối ngoại quan trọng, hỗ trợ thiết thực cho đối ngoại Đảng và ngoại giao Nhà nước, góp phần tạo dựng môi trường quốc tế hòa bình. Câu thứ hai.";
        let t = title_of(long);
        assert!(t.starts_with("Công tác đối ngoại nhân dân năm 2025"), "{t}");
        assert!(t.ends_with('…') && t.chars().count() <= TITLE_MAX + 1, "{t}");
        assert!(!t.contains("Câu thứ hai"));
        assert_eq!(title_of("Bộ Ngoại giao họp. Sau đó."), "Bộ Ngoại giao họp.");
    }

    #[test]
    fn markdown_heading_marks_are_not_part_of_the_title() {
        assert_eq!(title_of("# Kế hoạch năm 2026\n\nNội dung."), "Kế hoạch năm 2026");
    }
}
