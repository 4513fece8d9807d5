//! One article, analysed once: tokens, sentences, and every lexicon entry found in it.

use super::lexicon::{Lexicon, Tag};
use super::norm::{tokenize, Tok, TokKind};
use crate::model::Span;

/// A lexicon entry found at tokens `t0..t1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub t0: u32,
    pub t1: u32,
    pub tag: Tag,
}

impl Hit {
    pub fn len(&self) -> usize {
        (self.t1 - self.t0) as usize
    }
    pub fn end(&self) -> usize {
        self.t1 as usize
    }
}

/// A sentence (or a line without a full stop: a headline, a caption) as a token range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sent {
    pub t0: usize,
    pub t1: usize,
    /// Paragraph number (lines count as paragraphs).
    pub para: usize,
    /// A whole line that does not end like a sentence: a headline or subheading.
    pub heading: bool,
    /// Written in English (few Vietnamese letters).
    pub en: bool,
}

pub(crate) struct Analysed<'a> {
    pub text: &'a str,
    /// The lexicon it was analysed with (for the canonical names of bodies).
    pub lex: &'a Lexicon,
    pub toks: Vec<Tok>,
    pub norm: String,
    pub sents: Vec<Sent>,
    /// Sentence of every token.
    pub tok_sent: Vec<u32>,
    /// Hits sorted by start, longer first; `starts[i]..starts[i+1]` start at token i.
    hits: Vec<Hit>,
    starts: Vec<u32>,
    /// The `Tag::bit`s of the hits starting at each token.
    masks: Vec<u64>,
    /// Indices into `hits`, sorted by end; `ends[i]..ends[i+1]` end at token i.
    by_end: Vec<u32>,
    ends: Vec<u32>,
}

const TERMINATORS: &[&str] = &[".", "!", "?", "…"];
const CLOSERS: &[&str] = &[".", "!", "?", "…", "\"", "'", ")", "/", "]"];
const OPENERS: &[&str] = &["\"", "'", "(", "-", "[", "•", "*"];

impl<'a> Analysed<'a> {
    pub fn new(lex: &'a Lexicon, text: &'a str) -> Analysed<'a> {
        let (toks, norm) = tokenize(text);
        let mut a = Analysed { text, lex, toks, norm, sents: Vec::new(), tok_sent: Vec::new(), hits: Vec::new(), starts: Vec::new(), masks: Vec::new(), by_end: Vec::new(), ends: Vec::new() };
        a.split_sentences(lex);
        a.find_hits(lex);
        a
    }

    /// The text of token i as written.
    pub fn tok_text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.b0 as usize..t.b1 as usize])
    }

    /// The normal form of token i.
    pub fn tok_norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.norm[t.n0 as usize..t.n1 as usize])
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Punct) && self.tok_norm(i) == p
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word())
    }

    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// Token i directly follows token i-1, with no white space between.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| !t.space_before && t.nl_before == 0)
    }

    /// The text of tokens `t0..t1` as written (with its inner spacing).
    pub fn slice(&self, t0: usize, t1: usize) -> &'a str {
        if t0 >= t1 || t1 > self.toks.len() {
            return "";
        }
        &self.text[self.toks[t0].b0 as usize..self.toks[t1 - 1].b1 as usize]
    }

    /// Tokens `t0..t1` as a span of characters.
    pub fn span(&self, t0: usize, t1: usize) -> Span {
        if t0 >= t1 || t1 > self.toks.len() {
            let c = self.toks.get(t0).map_or(0, |t| t.c0);
            return Span { start: c, end: c };
        }
        Span { start: self.toks[t0].c0, end: self.toks[t1 - 1].c1 }
    }

    pub fn hits_at(&self, i: usize) -> &[Hit] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.hits[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The longest hit starting at token i whose tag satisfies `f`.
    pub fn hit_at(&self, i: usize, f: impl Fn(Tag) -> bool) -> Option<Hit> {
        self.hits_at(i).iter().find(|h| f(h.tag)).copied()
    }

    /// Token k lies inside (not at the start of) a hit satisfying `f`.
    pub fn inside_hit(&self, k: usize, f: impl Fn(Tag) -> bool) -> bool {
        (k.saturating_sub(4)..k).any(|j| self.hits_at(j).iter().any(|h| f(h.tag) && h.end() > k))
    }

    /// The `Tag::bit`s of the hits starting at token i.
    pub fn mask_at(&self, i: usize) -> u64 {
        self.masks.get(i).copied().unwrap_or(0)
    }

    pub fn has_at(&self, i: usize, tag: Tag) -> Option<Hit> {
        if self.masks.get(i).is_none_or(|m| m & tag.bit() == 0) {
            return None;
        }
        self.hit_at(i, |t| t == tag)
    }

    /// Hits ending just before token i.
    pub fn hits_ending(&self, i: usize) -> impl Iterator<Item = Hit> + '_ {
        let r = match (self.ends.get(i), self.ends.get(i + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.by_end[r].iter().map(|&k| self.hits[k as usize])
    }

    pub fn ending_with(&self, i: usize, f: impl Fn(Tag) -> bool) -> Option<Hit> {
        self.hits_ending(i).filter(|h| f(h.tag)).max_by_key(|h| h.len())
    }

    /// Does token i stand in an English sentence?
    pub fn en_at(&self, i: usize) -> bool {
        self.tok_sent.get(i).and_then(|&k| self.sents.get(k as usize)).is_some_and(|s| s.en)
    }

    /// A copula at token i ("là", "is"), unless it closes a focus phrase ("nhất là").
    pub fn copula_at(&self, i: usize) -> Option<Hit> {
        self.has_at(i, Tag::Copula).filter(|h| self.ending_with(h.end(), |t| t == Tag::Focus).is_none())
    }

    /// A head word at `t0..next` written as the start of a name: with a capital, before a
    /// capitalised word or "of"/"for" of the same sentence ("Cục Quản lý…", "Institute of…").
    fn name_follows(&self, t0: usize, next: usize) -> bool {
        self.toks[t0].cap && self.toks.get(next).is_some_and(|t| t.kind == TokKind::Word && (t.cap || matches!(self.tok_norm(next), "of" | "for"))) && self.tok_sent.get(next) == self.tok_sent.get(t0)
    }

    fn split_sentences(&mut self, lex: &Lexicon) {
        let n = self.toks.len();
        let mut start = 0;
        let mut para = 0;
        let mut i = 0;
        let mut sents = Vec::new();
        while i < n {
            if i > start && self.toks[i].nl_before > 0 {
                sents.push(Sent { t0: start, t1: i, para, heading: false, en: false });
                para += 1;
                start = i;
            }
            if self.toks[i].kind == TokKind::Punct && TERMINATORS.contains(&self.tok_norm(i)) {
                let mut j = i + 1;
                while j < n && self.attached(j) && CLOSERS.contains(&self.tok_norm(j)) {
                    j += 1;
                }
                let next_starts = j < n && {
                    let t = self.toks[j];
                    let opener = t.kind == TokKind::Punct && OPENERS.contains(&self.tok_norm(j));
                    (t.space_before || t.nl_before > 0) && (t.cap || t.kind == TokKind::Num || opener)
                };
                let abbreviation = self.tok_norm(i) == "." && j == i + 1 && i > 0 && self.attached(i) && self.toks[i - 1].kind == TokKind::Word && lex.abbreviations.contains(self.tok_text(i - 1));
                // "1. Chủ tịch…", "II. Nhiệm vụ…": the number of a list item opening a line.
                let numbering = self.tok_norm(i) == "." && i == start + 1 && i > 0 && {
                    let w = self.tok_text(i - 1);
                    self.toks[i - 1].kind == TokKind::Num && w.len() <= 2 || (w.len() <= 4 && w.chars().all(|c| "IVXL".contains(c))) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()))
                };
                let abbreviation = abbreviation || numbering;
                if (next_starts && !abbreviation) || j == n {
                    if j < n && self.toks[j].nl_before > 0 {
                        // The line break closes it at the top of the loop.
                        i = j;
                        continue;
                    }
                    sents.push(Sent { t0: start, t1: j, para, heading: false, en: false });
                    start = j;
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if start < n {
            sents.push(Sent { t0: start, t1: n, para, heading: false, en: false });
        }
        let mut tok_sent = vec![0u32; n];
        for (k, s) in sents.iter_mut().enumerate() {
            for t in &mut tok_sent[s.t0..s.t1] {
                *t = k as u32;
            }
            let line_start = s.t0 == 0 || self.toks[s.t0].nl_before > 0;
            let line_end = s.t1 >= n || self.toks[s.t1].nl_before > 0;
            let last = self.tok_norm(s.t1 - 1);
            let words = (s.t0..s.t1).filter(|&k| self.toks[k].kind == TokKind::Word).count();
            s.heading = line_start && line_end && (words <= 40 || (s.t0 == 0 && words <= 60)) && !matches!(last, "." | ":" | ";" | "!" | "?" | "…" | ",");
            let vi = (s.t0..s.t1).filter(|&k| self.toks[k].kind == TokKind::Word && !self.tok_text(k).is_ascii()).count();
            s.en = words >= 3 && (vi as f32) < 0.25 * words as f32;
        }
        self.sents = sents;
        self.tok_sent = tok_sent;
    }

    fn find_hits(&mut self, lex: &Lexicon) {
        // The text as word ids (see `Lexicon::vocab`): two bytes per token.
        let mut ids = Vec::with_capacity(self.toks.len() * 2);
        for t in &self.toks {
            let id = lex.vocab.get(&self.norm[t.n0 as usize..t.n1 as usize]).copied().unwrap_or(0);
            ids.extend_from_slice(&id.to_be_bytes());
        }
        let mut hits = Vec::new();
        for m in lex.ac.find_overlapping_iter(&ids) {
            if m.start() % 2 != 0 {
                continue; // across two ids
            }
            let (t0, last) = (m.start() / 2, m.end() / 2 - 1);
            if self.tok_sent[t0] != self.tok_sent[last] {
                continue;
            }
            let p = m.pattern().as_usize();
            if lex.cap_only[p] && !self.name_follows(t0, last + 1) {
                continue; // "cục bộ", "nhiệm vụ": a head word only as "Cục Quản lý…"
            }
            // "giao Ban Tổ chức Tỉnh ủy…": a phrase whose later word opens a name is not
            // that phrase ("giao ban", a briefing); names themselves are kept.
            let named = |t: &Tag| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::DocKind(..) | Tag::NameHead | Tag::SubjectPrefix);
            if last > t0 && !lex.tags[p].iter().any(named) && (t0 + 1..=last).any(|j| self.name_follows(j, j + 1)) {
                continue;
            }
            for &tag in &lex.tags[p] {
                hits.push(Hit { t0: t0 as u32, t1: last as u32 + 1, tag });
            }
        }
        // Keep only content hits not strictly inside a longer one ("trình" inside
        // "chương trình"); function words are read on their own terms.
        let (function, mut hits): (Vec<Hit>, Vec<Hit>) = hits.into_iter().partition(|h| !h.tag.is_content());
        hits.sort_by(|a, b| a.t0.cmp(&b.t0).then(b.t1.cmp(&a.t1)));
        let mut kept = Vec::with_capacity(hits.len());
        let mut max_before = 0u32; // largest end among hits starting before the current start
        let mut k = 0;
        while k < hits.len() {
            let t0 = hits[k].t0;
            let group_max = hits[k].t1;
            let mut j = k;
            while j < hits.len() && hits[j].t0 == t0 {
                let h = hits[j];
                if h.t1 == group_max && h.t1 > max_before {
                    kept.push(h);
                }
                j += 1;
            }
            max_before = max_before.max(group_max);
            k = j;
        }
        kept.extend(function);
        let n = self.toks.len();
        // Counting sorts (stable): by start, longer first within a start; and by end.
        let mut starts = vec![0u32; n + 1];
        let mut masks = vec![0u64; n];
        for h in &kept {
            starts[h.t0 as usize + 1] += 1;
            masks[h.t0 as usize] |= h.tag.bit();
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut sorted = vec![Hit { t0: 0, t1: 0, tag: Tag::Agency }; kept.len()];
        let mut next = starts.clone();
        for h in &kept {
            sorted[next[h.t0 as usize] as usize] = *h;
            next[h.t0 as usize] += 1;
        }
        for i in 0..n {
            sorted[starts[i] as usize..starts[i + 1] as usize].sort_by_key(|h| std::cmp::Reverse(h.t1));
        }
        let kept = sorted;
        let mut ends = vec![0u32; n + 2];
        for h in &kept {
            ends[h.t1 as usize + 1] += 1;
        }
        for i in 0..=n {
            ends[i + 1] += ends[i];
        }
        let mut by_end = vec![0u32; kept.len()];
        let mut next = ends.clone();
        for (k, h) in kept.iter().enumerate() {
            by_end[next[h.t1 as usize] as usize] = k as u32;
            next[h.t1 as usize] += 1;
        }
        self.masks = masks;
        self.hits = kept;
        self.starts = starts;
        self.by_end = by_end;
        self.ends = ends;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::builtin()
    }

    fn sentences(text: &str) -> Vec<String> {
        let l = lex();
        let a = Analysed::new(&l, text);
        a.sents.iter().map(|s| a.slice(s.t0, s.t1).to_string()).collect()
    }

    #[test]
    fn sentences_survive_abbreviations_and_numbers() {
        assert_eq!(
            sentences("Ông A ở TP. Hồ Chí Minh nói. PGS.TS. Nguyễn Văn B phát biểu. Số tiền 656,7 tỷ đồng, 1.500 người. Chỉ thị 12-CT/TW. Hết"),
            ["Ông A ở TP. Hồ Chí Minh nói.", "PGS.TS. Nguyễn Văn B phát biểu.", "Số tiền 656,7 tỷ đồng, 1.500 người.", "Chỉ thị 12-CT/TW.", "Hết"]
        );
        assert_eq!(sentences("Under Official Dispatch No. 110/CD-TTg, ministers act. Then"), ["Under Official Dispatch No. 110/CD-TTg, ministers act.", "Then"]);
        assert_eq!(sentences("Câu một.” Câu hai./."), ["Câu một.”", "Câu hai./."]);
    }

    #[test]
    fn lines_are_sentences_and_headings_are_marked() {
        let l = lex();
        let a = Analysed::new(&l, "Tiêu đề bài báo\n\nCâu một. Câu hai.\nDòng ba");
        assert_eq!(a.sents.len(), 4);
        assert!(a.sents[0].heading && !a.sents[1].heading && a.sents[3].heading);
        assert_eq!(a.sents[3].para, 2);
    }

    #[test]
    fn inner_matches_of_longer_entries_are_dropped() {
        let l = lex();
        let a = Analysed::new(&l, "Bộ Xây dựng trình chương trình");
        assert!(a.has_at(0, Tag::Agency).is_some_and(|h| h.len() == 3));
        assert!(a.hit_at(1, |t| t == Tag::TaskVerb).is_none(), "xây dựng inside the ministry's name");
        assert!(a.has_at(3, Tag::TaskVerb).is_some());
        assert!(a.hit_at(5, |t| t == Tag::TaskVerb).is_none(), "trình inside chương trình");
    }
}
