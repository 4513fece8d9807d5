//! Clauses: where the parts of a sentence begin, found once per article and read by the
//! rules instead of each rule re-scanning the sentence.
//!
//! A clause opens at the start of a sentence, after a comma, a semicolon or a colon, after
//! a verb of speech ("Thủ tướng nhấn mạnh, …", "the minister said …"), after a list marker
//! ("Thứ nhất, …") and after "that"/"rằng". A *part* is the stretch between semicolons or
//! colons: a subject never reaches back over one, and the cues of a sentence are looked
//! for in its first part.

use super::analysis::Analysed;
use super::lexicon::Tag;

pub(crate) struct Clauses {
    /// A clause opens at token i (other than at a sentence's start).
    opens: Vec<bool>,
    /// Token i is a semicolon or a colon.
    part_end: Vec<bool>,
}

impl Clauses {
    pub fn new(a: &Analysed) -> Clauses {
        let n = a.toks.len();
        let mut opens = vec![false; n + 1];
        let mut part_end = vec![false; n + 1];
        let speech_or_marker = Tag::Reporting.bit() | Tag::ListMarker.bit();
        for p in 0..n {
            part_end[p] = a.is_punct(p, ";") || a.is_punct(p, ":");
            opens[p + 1] = part_end[p] || a.is_punct(p, ",") || matches!(a.tok_norm(p), "that" | "rằng");
            // after a verb of speech or a list marker that ends here
            if a.mask_at(p) & speech_or_marker != 0 {
                for h in a.hits_at(p).iter().filter(|h| matches!(h.tag, Tag::Reporting | Tag::ListMarker)) {
                    opens[h.end()] = true;
                }
            }
        }
        Clauses { opens, part_end }
    }

    /// A clause opens at p, counting `lo` (where the text looked at starts) as an opening.
    pub fn opens_at(&self, lo: usize, p: usize) -> bool {
        p == lo || self.opens.get(p).copied().unwrap_or(false)
    }

    /// Where the part holding token k begins, not before `lo`.
    pub fn part_start(&self, lo: usize, k: usize) -> usize {
        (lo..k).rev().find(|&p| self.part_end[p]).map_or(lo, |p| p + 1)
    }

    /// Where the first part from `lo` ends at a semicolon (or `end`).
    pub fn first_part_end(&self, a: &Analysed, lo: usize, end: usize) -> usize {
        (lo..end).find(|&k| self.part_end[k] && a.is_punct(k, ";")).unwrap_or(end)
    }

    /// The non-empty parts of tokens `s..e` between semicolons.
    pub fn semicolon_parts(a: &Analysed, s: usize, e: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = s;
        for k in s..=e {
            if k == e || a.is_punct(k, ";") {
                if k > start {
                    parts.push((start, k));
                }
                start = k + 1;
            }
        }
        parts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Lexicon;

    fn openings(text: &str) -> Vec<String> {
        let lex = Lexicon::builtin();
        let a = Analysed::new(&lex, text);
        let c = Clauses::new(&a);
        (1..a.toks.len()).filter(|&p| c.opens_at(0, p) && a.is_word(p)).map(|p| a.tok_text(p).to_string()).collect()
    }

    #[test]
    fn clauses_open_after_punctuation_speech_and_that() {
        assert_eq!(openings("Thủ tướng nhấn mạnh, các bộ phải rà soát; địa phương báo cáo: kết quả"), ["các", "địa", "kết"]);
        assert_eq!(openings("The minister said that the ministry must act"), ["that", "the"]);
        assert_eq!(openings("Bộ trưởng cho rằng các địa phương cần chủ động"), ["các"]);
    }

    #[test]
    fn parts_end_at_semicolons_and_colons() {
        let lex = Lexicon::builtin();
        let a = Analysed::new(&lex, "A yêu cầu: B rà soát; C báo cáo");
        let c = Clauses::new(&a);
        let k = a.toks.len() - 1; // "cáo"
        assert_eq!(a.tok_text(c.part_start(0, k)), "C");
        assert_eq!(a.tok_text(c.first_part_end(&a, 0, a.toks.len())), ";");
        assert_eq!(Clauses::semicolon_parts(&a, 0, a.toks.len()).len(), 2);
    }
}
