//! Policy documents: a head word (`doc_kinds.txt`) followed by a number or symbol
//! ("Chỉ thị 12", "Chỉ thị số 12-CT/TW", "Directive No. 12-CT/TW", "Kết luận số 203 KL/TƯ"),
//! or, written with a capital, by a name ("Chiến lược đối ngoại Nhân dân tầm nhìn đến năm
//! 2045", "Đề án hỗ trợ…") or a subject ("Chỉ thị của Bộ Chính trị triển khai công tác bầu
//! cử…", "4 Nghị quyết của Bộ Chính trị về A, B, C và D" — four resolutions). Generic
//! plurals ("các nghị quyết", "Nghị quyết, Kết luận, Chỉ thị của Đảng") are not documents;
//! a bare head word ("Chỉ thị nêu…") is one more mention of the last document of its kind.

use super::analysis::{Analysed, Hit};
use super::dates::DateHit;
use super::lexicon::Tag;
use crate::model::{DocKind, ExtractedDocument, Span};
use crate::text::fold;

/// One place a document is named: tokens `t0..t1`, and the document's index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DocMention {
    pub t0: usize,
    pub t1: usize,
    pub doc: usize,
}

pub(crate) struct Docs {
    pub docs: Vec<ExtractedDocument>,
    pub mentions: Vec<DocMention>,
}

#[derive(Debug, Clone)]
struct Found {
    t0: usize,
    t1: usize,
    kind: DocKind,
    number: Option<String>,
    code: Option<String>,
    title: Option<String>,
    issuer: Option<String>,
    horizon: Option<i32>,
    /// A bare head word: another mention of an earlier document.
    anaphor: bool,
}

fn is_kind(t: Tag) -> bool {
    matches!(t, Tag::DocKind(..))
}

/// Kinds named by a title that includes the head word ("Chiến lược đối ngoại Nhân dân").
fn titled_by_name(k: DocKind) -> bool {
    matches!(k, DocKind::Strategy | DocKind::Program | DocKind::Plan | DocKind::Project | DocKind::Regulation | DocKind::Law | DocKind::Other)
}

struct Finder<'a, 'b> {
    a: &'b Analysed<'a>,
    dates: &'b [DateHit],
    end: usize,
    start: usize,
}

impl Finder<'_, '_> {
    fn date_at(&self, i: usize) -> Option<&DateHit> {
        self.dates.iter().find(|d| d.t0 == i)
    }

    /// "12", "12-CT/TW", "86/NQ-CP", "190/2025/QH15", "203 KL/TƯ" at p: (end, number, code).
    fn code_at(&self, p: usize) -> Option<(usize, String, Option<String>)> {
        let a = self.a;
        if p >= self.end || !a.is_num(p) {
            return None;
        }
        let inner = |e: usize| {
            e < self.end
                && a.attached(e)
                && (a.is_word(e) || (["/", "-", ".", "&", "_"].iter().any(|x| a.is_punct(e, x)) && e + 1 < self.end && a.attached(e + 1) && a.is_word(e + 1)))
        };
        let mut e = p + 1;
        while inner(e) {
            e += 1;
        }
        // "203 KL/TƯ": the letters written apart from the number.
        let upper = |k: usize| a.is_word(k) && !a.is_num(k) && a.tok_text(k).chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if e == p + 1 && e + 2 < self.end && upper(e) && a.is_punct(e + 1, "/") && a.attached(e + 1) && a.attached(e + 2) {
            e += 1;
            while inner(e) {
                e += 1;
            }
        }
        let code = a.slice(p, e).to_string();
        let number = a.tok_text(p).to_string();
        if e == p + 1 {
            let n = number.parse::<u32>().ok()?;
            if (1900..=2100).contains(&n) && number.len() == 4 {
                return None; // a year
            }
            return Some((e, number, None));
        }
        Some((e, number, Some(code)))
    }

    /// Where a name or subject starting at q ends.
    fn title_end(&self, q: usize, max: usize) -> (usize, Option<(usize, i32)>) {
        let a = self.a;
        let mut k = q;
        while k < self.end && k < q + max {
            if let Some(h) = self.horizon_at(k) {
                return (k, Some(h));
            }
            let t = a.tok_norm(k);
            if !a.is_word(k) && !matches!(t, "-" | "/" | "&" | "'") {
                break;
            }
            if a.hit_at(k, |t| t == Tag::TitleStop).is_some() {
                break;
            }
            if k > q {
                if a.hit_at(k, is_kind).is_some() && a.cap(k) {
                    break;
                }
                if (t == "và" || t == "and") && a.hit_at(k + 1, is_kind).is_some() && a.cap(k + 1) {
                    break;
                }
                if self.dates.iter().any(|d| d.t0 == k) && a.hit_at(k, |t| t == Tag::DayWord).is_some() {
                    break;
                }
            }
            k += 1;
        }
        (k, None)
    }

    /// "tầm nhìn đến năm 2045" at k: (end, year). "đến năm 2030, tầm nhìn đến năm 2045"
    /// gives the vision's year.
    fn horizon_at(&self, k: usize) -> Option<(usize, i32)> {
        let one = |k: usize| {
            let h = self.a.hit_at(k, |t| t == Tag::HorizonCue).filter(|h| h.end() < self.end)?;
            let y = self.a.tok_text(h.end()).parse::<i32>().ok().filter(|y| (1990..=2200).contains(y) && self.a.is_num(h.end()))?;
            Some((h.end() + 1, y))
        };
        let first = one(k)?;
        Some(one(first.0).or_else(|| if self.a.is_punct(first.0, ",") { one(first.0 + 1) } else { None }).unwrap_or(first))
    }

    /// "của Bộ Chính trị", "of the National Assembly" at q: (end, issuer).
    fn issuer_after(&self, q: usize) -> Option<(usize, String)> {
        let a = self.a;
        let m = a.has_at(q, Tag::IssuerMarker)?;
        let mut k = m.end();
        if let Some(p) = a.has_at(k, Tag::SubjectPrefix) {
            if a.hit_at(p.end(), |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some() {
                k = p.end();
            }
        }
        let h = a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).filter(|h| h.end() <= self.end)?;
        Some((h.end(), a.lex.canonical_or_written(a.slice(k, h.end()))))
    }

    /// "Chính phủ vừa ban hành <head>", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký <head>".
    fn issuer_before(&self, i: usize) -> Option<String> {
        let a = self.a;
        let mut k = i;
        if let Some(p) = a.ending_with(k, |t| matches!(t, Tag::SubjectPrefix | Tag::Determiner)) {
            k = p.t0 as usize;
        }
        let issuing = a.ending_with(k, |t| t == Tag::Issuing)?;
        k = issuing.t0 as usize;
        if let Some(p) = a.ending_with(k, |t| t == Tag::Past) {
            k = p.t0 as usize;
        }
        for _ in 0..6 {
            if let Some(h) = a.ending_with(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)) {
                let mut s = h.t0 as usize;
                if let Some(p) = a.ending_with(s, |t| t == Tag::SubjectPrefix) {
                    if a.tok_norm(p.t0 as usize) != "các" {
                        s = s.max(p.t1 as usize);
                    }
                }
                return (s >= self.start).then(|| a.lex.canonical_or_written(a.slice(s, h.end())));
            }
            if k <= self.start || !a.cap(k - 1) || !a.is_word(k - 1) {
                return None;
            }
            k -= 1;
        }
        None
    }

    fn text(&self, t0: usize, t1: usize) -> Option<String> {
        let s = self.a.slice(t0, t1).trim_matches(|c: char| c.is_whitespace() || ",;:-".contains(c));
        (!s.is_empty()).then(|| s.to_string())
    }

    /// Everything after a number or symbol ends at e: date, issuer, subject, horizon.
    fn after_number(&self, f: &mut Found, e: usize) {
        let a = self.a;
        let mut q = e;
        let mut end = e;
        if let Some(h) = self.horizon_at(q) {
            f.horizon = Some(h.1);
            q = h.0;
            end = q;
        }
        let skip_date = |q: usize| -> usize {
            let r = if a.is_punct(q, ",") { q + 1 } else { q };
            self.date_at(r).map_or(q, |d| d.t1)
        };
        q = skip_date(q);
        if let Some((e2, issuer)) = self.issuer_after(q) {
            f.issuer = Some(issuer);
            q = e2;
        }
        // "issued Resolution No. 222/NQ-CP on September 30, 2025, on …": a date first.
        if let Some(m) = a.has_at(q, Tag::SubjectMarker).filter(|m| self.date_at(m.end()).is_some()) {
            q = skip_date(self.date_at(m.end()).map_or(q, |d| d.t1));
        }
        if let Some(m) = a.has_at(q, Tag::SubjectMarker).filter(|m| a.tok_norm(m.t0 as usize) != "to") {
            let (te, h) = self.title_end(m.end(), 40);
            if te > m.end() {
                f.title = self.text(m.end(), te);
                if let Some((_, y)) = h {
                    f.horizon = Some(y);
                }
            }
        }
        f.t1 = end.max(f.t1);
    }

    fn find_at(&self, h: Hit, out: &mut Vec<Found>) -> usize {
        let a = self.a;
        let i = h.t0 as usize;
        let Tag::DocKind(kind, numbered_only) = h.tag else { return i + 1 };
        let mut head_end = h.end();
        // "Thông báo kết luận số…": the first head word gives the kind.
        while let Some(h2) = a.hit_at(head_end, is_kind).filter(|h2| !a.cap(head_end) && h2.end() <= self.end) {
            head_end = h2.end();
        }
        let english = a.slice(i, h.end()).is_ascii();
        let cap = a.cap(i);
        let mut p = head_end;
        if let Some(nw) = a.has_at(p, Tag::DocNumberWord) {
            if nw.end() < self.end && a.is_num(nw.end()) {
                p = nw.end();
            }
        }
        let number_word = p > head_end;
        let plural = a.ending_with(i, |t| t == Tag::SubjectPrefix).is_some_and(|p| a.has_at(p.t0 as usize, Tag::Determiner).is_none());
        if let Some((e, number, code)) = self.code_at(p) {
            // A lower-case head word names a document only with "số" or a symbol
            // ("kết luận số 81-TB/TW"), not "kế hoạch 5-10 ngày".
            if plural || (!cap && !number_word && code.as_deref().is_none_or(|c| !c.chars().any(char::is_alphabetic))) {
                return e;
            }
            let mut f = Found { t0: i, t1: e, kind, number: Some(number), code, title: None, issuer: None, horizon: None, anaphor: false };
            self.after_number(&mut f, e);
            if f.issuer.is_none() {
                f.issuer = self.issuer_before(i);
            }
            out.push(f);
            return e;
        }
        if numbered_only {
            return head_end;
        }
        // "4 Nghị quyết của Bộ Chính trị về A, B, C và D".
        let count = (i > self.start && a.is_num(i - 1)).then(|| a.tok_text(i - 1).parse::<usize>().ok()).flatten();
        if let Some(n) = count.filter(|n| (2..=20).contains(n)) {
            self.counted_list(i, head_end, kind, n, out);
            return head_end;
        }
        if plural || !cap {
            // A generic plural, or a lower-case head word: "các nghị quyết", "kế hoạch vốn".
            return head_end;
        }
        let in_list = |k: usize| (a.is_punct(k, ",") || a.tok_norm(k) == "và") && a.hit_at(k + 1, is_kind).is_some() && a.cap(k + 1);
        let after_list = i > self.start && (a.is_punct(i - 1, ",") || a.tok_norm(i - 1) == "và") && a.ending_with(i - 1, is_kind).is_some();
        if in_list(head_end) || after_list {
            return head_end;
        }
        let quoted = i > self.start && a.is_punct(i - 1, "\"") && a.attached(i) && (i - 1 == self.start || a.toks[i - 1].space_before);
        let mut f = Found { t0: i, t1: head_end, kind, number: None, code: None, title: None, issuer: None, horizon: None, anaphor: false };
        if quoted {
            if let Some(close) = (head_end..self.end.min(head_end + 60)).find(|&k| a.is_punct(k, "\"")) {
                f.t0 = i - 1;
                f.t1 = close + 1;
                f.title = self.text(i, close);
                f.issuer = self.issuer_before(i - 1);
                out.push(f);
                return close + 1;
            }
        }
        if titled_by_name(kind) {
            if english {
                // "the National Digital Transformation Programme".
                let mut s = i;
                while s > self.start && a.cap(s - 1) && a.is_word(s - 1) && a.hit_at(s - 1, |t| t == Tag::SubjectPrefix).is_none() {
                    s -= 1;
                }
                if s < i {
                    f.t0 = s;
                    f.title = self.text(s, head_end);
                    out.push(f);
                    return head_end;
                }
                if let Some(m) = a.has_at(head_end, Tag::SubjectMarker) {
                    let (te, hz) = self.title_end(m.end(), 25);
                    if te > m.end() {
                        f.t1 = te;
                        f.title = self.text(i, te);
                        f.horizon = hz.map(|x| x.1);
                        if let Some((e, _)) = hz {
                            f.t1 = e;
                        }
                        out.push(f);
                        return f_end(out);
                    }
                }
                f.anaphor = true;
                out.push(f);
                return head_end;
            }
            let (te, hz) = self.title_end(head_end, 30);
            // A head word that is a name already: "Chương trình hành động".
            let named_head = head_end - i >= 4 && hz.is_none();
            if te > head_end || named_head {
                f.t1 = te;
                f.title = self.text(i, te);
                if let Some((e, y)) = hz {
                    f.horizon = Some(y);
                    f.t1 = e;
                }
                let e = f.t1;
                f.issuer = self.issuer_before(i);
                out.push(f);
                return e;
            }
            f.anaphor = true;
            out.push(f);
            return head_end;
        }
        // An instrument: "Nghị quyết Đại hội XIV của Đảng", "Chỉ thị của Bộ Chính trị về…".
        let mut q = head_end;
        if let Some((e, issuer)) = self.issuer_after(q) {
            f.issuer = Some(issuer);
            q = e;
        }
        let subject = a.has_at(q, Tag::SubjectMarker).map(|m| m.end()).or_else(|| a.has_at(q, Tag::NameHead).map(|m| m.t0 as usize));
        if let Some(s) = subject.filter(|&s| s < self.end) {
            let (te, _) = self.title_end(s, 30);
            if te > s {
                f.title = self.text(s, te);
                f.t1 = te;
                if f.issuer.is_none() {
                    f.issuer = self.issuer_before(i);
                }
                out.push(f);
                return te;
            }
        }
        if f.issuer.is_none() {
            f.issuer = self.issuer_before(i);
        }
        f.anaphor = true;
        f.t1 = q.max(head_end);
        out.push(f);
        head_end
    }

    /// "N <kinds> [của X] về A, B, C và D" → N documents titled A, B, C, D.
    fn counted_list(&self, i: usize, head_end: usize, kind: DocKind, n: usize, out: &mut Vec<Found>) {
        let a = self.a;
        let mut q = head_end;
        let mut issuer = None;
        if let Some((e, is)) = self.issuer_after(q) {
            issuer = Some(is);
            q = e;
        }
        let Some(m) = a.has_at(q, Tag::SubjectMarker) else { return };
        let s = m.end();
        let e = (s..self.end).find(|&k| [";", ":", "(", ".", "!", "?"].iter().any(|p| a.is_punct(k, p))).unwrap_or(self.end);
        let commas: Vec<usize> = (s..e).filter(|&k| a.is_punct(k, ",")).collect();
        let ands: Vec<usize> = (s..e).filter(|&k| matches!(a.tok_norm(k), "và" | "and")).collect();
        let pieces = |cuts: &[usize]| -> Vec<(usize, usize)> {
            let mut v = Vec::new();
            let mut st = s;
            for &c in cuts {
                v.push((st, c));
                st = c + 1;
            }
            v.push((st, e));
            v
        };
        let mut tries: Vec<Vec<usize>> = Vec::new();
        if let Some(&last_and) = ands.last() {
            let mut c: Vec<usize> = commas.iter().copied().filter(|&k| k < last_and).collect();
            c.push(last_and);
            tries.push(c);
        }
        tries.push(commas.clone());
        let mut all: Vec<usize> = commas.iter().chain(ands.iter()).copied().collect();
        all.sort_unstable();
        tries.push(all);
        let Some(cuts) = tries.into_iter().find(|c| c.len() + 1 == n) else { return };
        for (t0, t1) in pieces(&cuts) {
            if let Some(title) = self.text(t0, t1) {
                out.push(Found { t0: i, t1: e, kind, number: None, code: None, title: Some(title), issuer: issuer.clone(), horizon: None, anaphor: false });
            }
        }
    }
}

fn f_end(out: &[Found]) -> usize {
    out.last().map_or(0, |f| f.t1)
}

/// Folded title words, for comparing names.
fn title_words(t: &str) -> Vec<String> {
    crate::text::words(&fold(t)).into_iter().map(str::to_string).collect()
}

fn same_code(a: &Option<String>, b: &Option<String>) -> bool {
    // "168/2024/NĐ-CP" = "168/2024/ND-CP"
    let norm = |s: &str| fold(s).chars().filter(|c| !c.is_whitespace()).collect::<String>();
    match (a, b) {
        (Some(x), Some(y)) => norm(x) == norm(y),
        _ => true,
    }
}

/// Whether two unnumbered titles name the same document: equal, or the words of one
/// (at least two) all in the other.
fn same_title(a: &str, b: &str) -> bool {
    let (wa, wb) = (title_words(a), title_words(b));
    if wa == wb {
        return true;
    }
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    short.len() >= 2 && short.iter().all(|w| long.contains(w))
}

pub(crate) fn find(a: &Analysed, dates: &[DateHit]) -> Docs {
    let mut found: Vec<Found> = Vec::new();
    for s in &a.sents {
        let fd = Finder { a, dates, end: s.t1, start: s.t0 };
        let mut i = s.t0;
        while i < s.t1 {
            match a.hit_at(i, is_kind).filter(|h| h.end() <= s.t1) {
                Some(h) => {
                    let next = fd.find_at(h, &mut found);
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    merge(a, found)
}

fn merge(a: &Analysed, found: Vec<Found>) -> Docs {
    let mut docs: Vec<ExtractedDocument> = Vec::new();
    let mut mentions = Vec::new();
    let mut last_of_kind: Vec<(DocKind, usize)> = Vec::new();
    let mut pending_anaphors = Vec::new();
    for f in found {
        let span: Span = a.span(f.t0, f.t1);
        if f.anaphor {
            match last_of_kind.iter().rev().find(|(k, _)| *k == f.kind) {
                Some(&(_, d)) => {
                    docs[d].mentions.push(span);
                    mentions.push(DocMention { t0: f.t0, t1: f.t1, doc: d });
                }
                None => pending_anaphors.push(f),
            }
            continue;
        }
        let existing = docs.iter().position(|d| {
            if d.kind != f.kind && !(d.code.is_some() && same_code(&d.code, &f.code) && f.code.is_some()) {
                return false;
            }
            match (&d.number, &f.number) {
                (Some(x), Some(y)) => x == y && same_code(&d.code, &f.code),
                (None, None) => match (&d.title, &f.title) {
                    (Some(x), Some(y)) => same_title(x, y),
                    _ => false,
                },
                _ => false,
            }
        });
        let di = match existing {
            Some(di) => {
                let d = &mut docs[di];
                d.code = d.code.take().or(f.code);
                d.title = d.title.take().or(f.title);
                d.issuer = d.issuer.take().or(f.issuer);
                d.horizon = d.horizon.or(f.horizon);
                d.mentions.push(span);
                di
            }
            None => {
                docs.push(ExtractedDocument {
                    id: String::new(),
                    kind: f.kind,
                    number: f.number,
                    code: f.code,
                    title: f.title,
                    issuer: f.issuer,
                    horizon: f.horizon,
                    mentions: vec![span],
                });
                docs.len() - 1
            }
        };
        mentions.push(DocMention { t0: f.t0, t1: f.t1, doc: di });
        last_of_kind.push((docs[di].kind, di));
    }
    // A bare head word before the document's first full mention ("Chỉ thị" in a headline).
    for f in pending_anaphors {
        if let Some(d) = docs.iter().position(|d| d.kind == f.kind) {
            docs[d].mentions.push(a.span(f.t0, f.t1));
            mentions.push(DocMention { t0: f.t0, t1: f.t1, doc: d });
        }
    }
    for (k, d) in docs.iter_mut().enumerate() {
        d.id = format!("d{}", k + 1);
        d.mentions.sort();
        d.mentions.dedup();
    }
    mentions.sort_by_key(|m| (m.t0, m.t1));
    Docs { docs, mentions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PubDate;
    use crate::extract::{dates, Lexicon};

    fn docs(text: &str) -> Vec<ExtractedDocument> {
        let lex = Lexicon::builtin();
        let a = Analysed::new(&lex, text);
        let d = dates::find(&a, PubDate::parse("2025-06-01"));
        find(&a, &d).docs
    }

    fn brief(text: &str) -> Vec<String> {
        docs(text)
            .iter()
            .map(|d| {
                format!(
                    "{:?} {} {} {} {} {}",
                    d.kind,
                    d.number.as_deref().unwrap_or("-"),
                    d.code.as_deref().unwrap_or("-"),
                    d.title.as_deref().unwrap_or("-"),
                    d.issuer.as_deref().unwrap_or("-"),
                    d.horizon.map_or("-".into(), |h| h.to_string())
                )
            })
            .collect()
    }

    #[test]
    fn numbered_documents_and_their_symbols() {
        assert_eq!(brief("Bộ Tư pháp chủ trì sơ kết Chỉ thị 8."), ["Directive 8 - - - -"]);
        assert_eq!(brief("Thực hiện Chỉ thị số 15-CT/TW của Ban Bí thư về công tác dân vận."), ["Directive 15 15-CT/TW công tác dân vận Ban Bí thư -"]);
        assert_eq!(brief("Theo Kết luận số 77 KL/TƯ, các tỉnh họp."), ["Conclusion 77 77 KL/TƯ - - -"]);
        assert_eq!(brief("Under Decree No. 45/2024/ND-CP of the Government, firms act."), ["Decree 45 45/2024/ND-CP - Chính phủ -"]);
        assert_eq!(brief("Nghị quyết năm 2025 và quyết định 2024 không phải số hiệu."), Vec::<String>::new());
    }

    #[test]
    fn one_document_with_every_mention() {
        let d = docs("Chỉ thị số 20-CT/TW được ban hành. Tỉnh sơ kết Chỉ thị 20. Chỉ thị nêu rõ yêu cầu.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code.as_deref(), Some("20-CT/TW"));
        assert_eq!(d[0].mentions.len(), 3);
    }

    #[test]
    fn party_and_state_numbering_stay_apart() {
        let d = docs("Chỉ thị số 5-CT/TW và Chỉ thị số 5/CT-TTg cùng được nhắc.");
        assert_eq!(d.len(), 2);
    }

    #[test]
    fn named_documents_with_horizon() {
        assert_eq!(
            brief("Bộ Công Thương tham mưu xây dựng Chiến lược phát triển năng lượng xanh tầm nhìn đến năm 2050 để bảo đảm an ninh."),
            ["Strategy - - Chiến lược phát triển năng lượng xanh - 2050"]
        );
        assert_eq!(brief("Trình “Chương trình quốc gia về dữ liệu mở” trong tháng 9."), ["Program - - Chương trình quốc gia về dữ liệu mở - -"]);
        assert_eq!(brief("triển khai Nghị quyết Đại hội XIII của Đảng, các nghị quyết khác"), ["Resolution - - Đại hội XIII của Đảng - -"]);
    }

    #[test]
    fn generic_plurals_are_not_documents() {
        assert!(brief("Thực hiện các nghị quyết, kết luận của Trung ương và 3 chương trình mục tiêu quốc gia.").is_empty());
        assert!(brief("Thực hiện nghiêm các Nghị quyết, Kết luận, Công điện, Chỉ thị của Đảng.").is_empty());
    }

    #[test]
    fn counted_resolutions_with_subjects() {
        let b = brief("Hội nghị quán triệt 3 Nghị quyết của Bộ Chính trị về chuyển đổi số, phát triển văn hóa và bảo vệ, chăm sóc sức khỏe nhân dân.");
        assert_eq!(b.len(), 3, "{b:?}");
        assert!(b[2].contains("bảo vệ, chăm sóc sức khỏe nhân dân"), "{b:?}");
        assert!(b[0].contains("Bộ Chính trị"));
    }
}
