//! Policy documents: a head word (`doc_kinds.txt`) followed by a number or symbol
//! ("Chỉ thị 12", "Chỉ thị số 12-CT/TW", "Directive No. 12-CT/TW", "Kết luận số 203 KL/TƯ"),
//! or, written with a capital, by a name ("Chiến lược đối ngoại Nhân dân tầm nhìn đến năm
//! 2045", "Đề án hỗ trợ…") or a subject ("Chỉ thị của Bộ Chính trị triển khai công tác bầu
//! cử…", "4 Nghị quyết của Bộ Chính trị về A, B, C và D" — four resolutions). Generic
//! plurals ("các nghị quyết", "Nghị quyết, Kết luận, Chỉ thị của Đảng") are not documents;
//! a bare head word ("Chỉ thị nêu…") is one more mention of the last document of its kind.

use super::analysis::{Analysed, Hit};
use super::dates::DateHit;
use super::lexicon::{Lexicon, Tag};
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

impl Docs {
    /// The numbered document that a date at tokens `t0..` identifies, named just before it
    /// ("…86/NQ-CP ngày 4/11/2025", "…68-NQ/TW, ngày 8/9/2025", "…110/CD-TTg dated July
    /// 17, 2025"): such a date says when the document was issued, not when the sentence's
    /// act happened.
    pub fn dated_by(&self, a: &Analysed, t0: usize) -> Option<&DocMention> {
        let mut k = t0;
        if let Some(h) = a.ending_with(k, |t| t == Tag::DocDateCue) {
            k = h.t0 as usize;
        }
        if k > 0 && a.is_punct(k - 1, ",") {
            k -= 1;
        }
        self.mentions.iter().find(|m| m.t1 == k && self.docs[m.doc].number.is_some())
    }
}

#[derive(Debug, Clone)]
struct Found {
    t0: usize,
    t1: usize,
    kind: DocKind,
    /// The head word as written, first letter capital ("Công văn").
    head: String,
    number: Option<String>,
    code: Option<String>,
    title: Option<String>,
    issuer: Option<String>,
    horizon: Option<i32>,
    /// A bare head word: another mention of an earlier document.
    anaphor: bool,
    /// The body named after "của" when it is a name, not an agency ("Nghị quyết số
    /// 01-NQ/ĐH của Đại hội …"): "Nghị quyết Đại hội …" is then the same document.
    of_name: Option<String>,
}

fn is_kind(t: Tag) -> bool {
    matches!(t, Tag::DocKind(..))
}

/// Kinds named by a title that includes the head word ("Chiến lược đối ngoại Nhân dân").
fn titled_by_name(k: DocKind) -> bool {
    matches!(k, DocKind::Strategy | DocKind::Program | DocKind::Plan | DocKind::Project | DocKind::Regulation | DocKind::Law | DocKind::Other)
}

struct Finder<'a, 'b> {
    lex: &'b Lexicon,
    a: &'b Analysed<'a>,
    dates: &'b [DateHit],
    end: usize,
    start: usize,
    /// The sentence is English.
    en: bool,
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
        let inner =
            |e: usize| e < self.end && a.attached(e) && (a.is_word(e) || (["/", "-", ".", "&", "_"].iter().any(|x| a.is_punct(e, x)) && e + 1 < self.end && a.attached(e + 1) && a.is_word(e + 1)));
        // "123/CĐ- TTg", "1169 /UBND-NN8": a slash or hyphen typed with a space on one
        // side still joins the number to a symbol of capitals.
        let symbol = |k: usize| k < self.end && a.is_word(k) && !a.is_num(k) && a.tok_text(k).chars().filter(|c| c.is_uppercase()).count() >= 2 && a.cap(k);
        let loose = |e: usize| e + 1 < self.end && (a.is_punct(e, "/") || a.is_punct(e, "-")) && (a.attached(e) != a.attached(e + 1)) && symbol(e + 1);
        let mut e = p + 1;
        loop {
            if inner(e) {
                e += 1;
            } else if loose(e) {
                e += 2;
            } else {
                break;
            }
        }
        // "203 KL/TƯ": the letters written apart from the number.
        let upper = |k: usize| a.is_word(k) && !a.is_num(k) && a.tok_text(k).chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if e == p + 1 && e + 2 < self.end && upper(e) && a.is_punct(e + 1, "/") && a.attached(e + 1) && a.attached(e + 2) {
            e += 1;
            while inner(e) {
                e += 1;
            }
        }
        let code = tight_code(a.slice(p, e));
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
        // "sửa đổi, bổ sung một số điều của Luật X": a name that opens with an act may
        // hold the document it acts on.
        let acting = a.has_at(q, Tag::DocAct).is_some();
        let mut k = q;
        while k < self.end && k < q + max {
            if let Some(h) = self.horizon_at(k) {
                return (k, Some(h));
            }
            if let Some(act) = a.has_at(k, Tag::DocAct).filter(|x| x.end() <= self.end && x.len() > 1) {
                k = act.end();
                continue;
            }
            let t = a.tok_norm(k);
            // "Đề án sắp xếp, sáp nhập…": a comma between two verbs stays in the name.
            let verbish = |t: Tag| t == Tag::DocAct || t.starts_action();
            if k > q && a.is_punct(k, ",") && a.ending_with(k, verbish).is_some() && a.hit_at(k + 1, verbish).is_some() {
                k += 1;
                continue;
            }
            // "Quy hoạch TP. Cần Thơ": the full stop of an abbreviation stays in the name.
            if t == "." && k > q && a.attached(k) && a.is_word(k + 1) && a.cap(k + 1) && self.lex.abbreviations.contains(a.tok_text(k - 1)) {
                // (and the capitalised name after it, whatever its words mean elsewhere)
                k += 1;
                while k < self.end && a.is_word(k) && a.cap(k) {
                    k += 1;
                }
                continue;
            }
            // "…thời kỳ 2021-2030, tầm nhìn đến năm 2050": a horizon after a comma too.
            if k > q && a.is_punct(k, ",") {
                if let Some(h) = self.horizon_at(k + 1) {
                    return (k + 1, Some(h));
                }
            }
            if !a.is_word(k) && !matches!(t, "-" | "/" | "&" | "'") {
                break;
            }
            if a.hit_at(k, |t| t == Tag::TitleStop).is_some() {
                break;
            }
            if k > q {
                // "Luật X số 50/2010/QH12": the name ends before its number.
                if a.has_at(k, Tag::DocNumberWord).is_some_and(|nw| a.is_num(nw.end())) {
                    break;
                }
                if a.hit_at(k, is_kind).is_some() && a.cap(k) && !(acting && a.ending_with(k, |t| t == Tag::IssuerMarker).is_some()) {
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
                // "UBND tỉnh": a body word before the place word is one name with it.
                while let Some(b) = a.ending_with(s, |t| t == Tag::Agency).filter(|b| b.t0 as usize >= self.start) {
                    s = b.t0 as usize;
                }
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

    /// Tokens `s..e` are only verbs and acts ("sửa đổi", "triển khai") with no document
    /// after them: no name ("Kế hoạch triển khai Nghị quyết 57" is one).
    fn only_verbs(&self, s: usize, e: usize) -> bool {
        let a = self.a;
        if e < self.end && a.hit_at(e, is_kind).is_some() {
            return false;
        }
        let mut k = s;
        while k < e {
            match a.hit_at(k, |t| t == Tag::DocAct || t.starts_action()) {
                Some(h) => k = h.end(),
                None if !a.is_word(k) => k += 1,
                None => return false,
            }
        }
        true
    }

    /// "Nghị quyết về hai nội dung trên", "a resolution on these issues": a short subject
    /// that ends at a word pointing back names what was said before, not a new document.
    fn points_back(&self, s: usize, te: usize) -> bool {
        let a = self.a;
        let words = (s..te).filter(|&k| a.is_word(k)).count();
        words <= 3 && te < self.end && a.has_at(te, Tag::Anaphor).is_some()
    }

    /// "Luật X số 50/2010/QH12": a number after a name.
    fn number_after_name(&self, f: &mut Found, te: usize) -> usize {
        let a = self.a;
        if let Some(nw) = a.has_at(te, Tag::DocNumberWord) {
            if let Some((e, number, code)) = self.code_at(nw.end()).filter(|c| c.2.is_some()) {
                f.number = Some(number);
                f.code = code;
                f.t1 = e;
                return e;
            }
        }
        te
    }

    /// The head word at `h` as written, with a capital first letter ("kết luận" → "Kết luận").
    fn head_word(&self, h: Hit) -> String {
        let w = self.a.slice(h.t0 as usize, h.end());
        let mut c = w.chars();
        c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
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
        if let Some(m) = a.has_at(q, Tag::IssuerMarker).filter(|m| a.has_at(m.end(), Tag::NameHead).is_some()) {
            let (te, _) = self.title_end(m.end(), 30);
            f.of_name = self.text(m.end(), te);
        }
        if let Some((e2, issuer)) = self.issuer_after(q) {
            f.issuer = Some(issuer);
            q = e2;
        }
        // "issued Resolution No. 222/NQ-CP on September 30, 2025, on …": a date first.
        if let Some(m) = a.has_at(q, Tag::SubjectMarker).filter(|m| self.date_at(m.end()).is_some()) {
            q = skip_date(self.date_at(m.end()).map_or(q, |d| d.t1));
        }
        let subject = a.has_at(q, Tag::SubjectMarker).filter(|m| a.tok_norm(m.t0 as usize) != "to").map(|m| m.end());
        // "Quyết định số 12/QĐ-UBND thành lập…": an act opens the subject, and is part of it.
        let subject = subject.or_else(|| a.has_at(q, Tag::DocAct).map(|m| m.t0 as usize));
        if let Some(s) = subject.filter(|&s| s < self.end) {
            let (mut te, h) = self.title_end(s, 40);
            // "Thông tư số 30 về quy chế tuyển sinh của Bộ GD-ĐT sẽ…": a body closing the
            // subject issued the document.
            if f.issuer.is_none() {
                if let Some((q2, issuer)) = (s + 1..te).find_map(|j| self.issuer_after(j).filter(|(e2, _)| *e2 == te).map(|(_, i)| (j, i))) {
                    f.issuer = Some(issuer);
                    te = q2;
                }
            }
            if te > s && !self.only_verbs(s, te) {
                f.title = self.text(s, te);
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
        // "Quy định chi tiết…" opens an act ("stipulates in detail"), not a document.
        if a.has_at(i, Tag::DocAct).is_some_and(|x| x.t1 > h.t1) {
            return head_end;
        }
        // "Sở Kế hoạch và Đầu tư": a capitalised head word right after a capitalised
        // agency word is part of that agency's name ("trên cơ sở Đề án…" is not).
        if !english && cap && i > self.start && a.ending_with(i, |t| t == Tag::Agency).is_some_and(|h| a.cap(h.t0 as usize)) {
            return head_end;
        }
        let mut p = head_end;
        if let Some(nw) = a.has_at(p, Tag::DocNumberWord) {
            // "văn bản số: 1169/UBND-NN": a colon may stand after "số".
            let n = if a.is_punct(nw.end(), ":") { nw.end() + 1 } else { nw.end() };
            if n < self.end && a.is_num(n) {
                p = n;
            }
        }
        let number_word = p > head_end;
        let plural = a.ending_with(i, |t| t == Tag::SubjectPrefix).is_some_and(|p| a.has_at(p.t0 as usize, Tag::Determiner).is_none());
        if let Some((e, number, code)) = self.code_at(p) {
            // A lower-case head word names a document only with "số" or a symbol
            // ("kết luận số 81-TB/TW"), not "kế hoạch 5-10 ngày"; so does a plural
            // ("các Nghị quyết số 57-NQ/TW, 59-NQ/TW").
            let symbol = code.as_deref().is_some_and(|c| c.chars().any(char::is_alphabetic));
            if !number_word && !symbol && (plural || !cap) {
                return e;
            }
            // A generic head word ("Văn bản số 74-CV/TU") takes the kind its symbol names.
            let kind = match (&code, numbered_only) {
                (Some(c), true) => crate::extract::identity::code_kind(self.lex, c).unwrap_or(kind),
                _ => kind,
            };
            let mut f = Found { t0: i, t1: e, kind, head: self.head_word(h), number: Some(number), code, title: None, issuer: None, horizon: None, anaphor: false, of_name: None };
            self.after_number(&mut f, e);
            if f.issuer.is_none() {
                f.issuer = self.issuer_before(i);
            }
            let more = self.more_numbers(&f, e);
            out.push(f);
            let end = more.last().map_or(e, |m| m.t1);
            out.extend(more);
            return end;
        }
        // An English head word in a Vietnamese sentence is a translation ("Chương trình
        // hành động (Action Programme)"): a document only with a number.
        if numbered_only || (english && !self.en) {
            return head_end;
        }
        // "4 Nghị quyết của Bộ Chính trị về A, B, C và D".
        let count = (i > self.start && a.is_num(i - 1)).then(|| a.tok_text(i - 1).parse::<usize>().ok()).flatten();
        if let Some(n) = count.filter(|n| (2..=20).contains(n)) {
            self.counted_list(i, head_end, kind, self.head_word(h), n, out);
            return head_end;
        }
        // "vừa ký quyết định thành lập…": a lower-case head word names a document when it
        // is said to be issued and an act opens its subject.
        let issued_act = !cap && a.ending_with(i, |t| t == Tag::DocIssueCue).is_some() && a.has_at(head_end, Tag::DocAct).is_some();
        // "các dự thảo Nghị quyết về…": a draft without a number is not yet a document.
        let draft = a.ending_with(i, |t| t == Tag::Draft).is_some();
        if plural || draft || (!cap && !issued_act) {
            // A generic plural, or a lower-case head word: "các nghị quyết", "kế hoạch vốn".
            return head_end;
        }
        // "Nghị quyết số 397/NQ-CP … về Kế hoạch hành động …": the name after a numbered
        // document's "về" is that document's subject, not a document of its own.
        let subject_of_numbered = i > self.start
            && a.ending_with(i, |t| t == Tag::SubjectMarker).is_some()
            && out.last().is_some_and(|p| p.number.is_some() && p.t0 >= self.start && p.t0 < i && p.title.as_deref().is_some_and(|t| t.starts_with(a.slice(i, head_end))));
        if subject_of_numbered {
            return head_end;
        }
        let in_list = |k: usize| (a.is_punct(k, ",") || a.tok_norm(k) == "và") && a.hit_at(k + 1, is_kind).is_some() && a.cap(k + 1);
        let after_list = i > self.start && (a.is_punct(i - 1, ",") || a.tok_norm(i - 1) == "và") && a.ending_with(i - 1, is_kind).is_some();
        if in_list(head_end) || after_list {
            return head_end;
        }
        let quoted = i > self.start && a.is_punct(i - 1, "\"") && a.attached(i) && (i - 1 == self.start || a.toks[i - 1].space_before);
        let mut f = Found { t0: i, t1: head_end, kind, head: self.head_word(h), number: None, code: None, title: None, issuer: None, horizon: None, anaphor: false, of_name: None };
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
            // "Luật sửa đổi" alone: a verb after the head word is no name; nor are the
            // words of an English name after a Vietnamese head word ("Chương trình Action
            // Programme").
            let translated = !english && a.hit_at(te, is_kind).is_some_and(|k| a.slice(k.t0 as usize, k.end()).is_ascii());
            if ((te > head_end && !self.only_verbs(head_end, te)) || named_head) && !translated {
                f.t1 = te;
                f.title = self.text(i, te);
                if let Some((e, y)) = hz {
                    f.horizon = Some(y);
                    f.t1 = e;
                }
                let e = if hz.is_none() { self.number_after_name(&mut f, te) } else { f.t1 };
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
        let subject = a.has_at(q, Tag::SubjectMarker).map(|m| m.end()).or_else(|| a.hit_at(q, |t| matches!(t, Tag::NameHead | Tag::DocAct)).map(|m| m.t0 as usize));
        if let Some(s) = subject.filter(|&s| s < self.end) {
            let (te, _) = self.title_end(s, 30);
            if te > s && !self.only_verbs(s, te) && !self.points_back(s, te) {
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

    /// "Thông tư 03/2024 và 04/2024", "Nghị quyết 57, 59": more numbers after a numbered
    /// document, each one more document of its kind. A bare number counts only when
    /// nothing but a list word or punctuation follows it ("và 2 dự án" is no number).
    fn more_numbers(&self, f: &Found, mut e: usize) -> Vec<Found> {
        let a = self.a;
        let mut v = Vec::new();
        if f.t1 != e {
            return v; // a date, issuer or subject came between
        }
        while e + 1 < self.end && (a.is_punct(e, ",") || is_and(a, e)) {
            let Some((e2, number, code)) = self.code_at(e + 1) else { break };
            if code.is_none() && e2 < self.end && a.is_word(e2) && !is_and(a, e2) {
                break;
            }
            v.push(Found { t0: e + 1, t1: e2, kind: f.kind, head: f.head.clone(), number: Some(number), code, title: None, issuer: None, horizon: None, anaphor: false, of_name: None });
            e = e2;
        }
        v
    }

    /// "N <kinds> [của X] về A, B, C và D" → N documents titled A, B, C, D.
    fn counted_list(&self, i: usize, head_end: usize, kind: DocKind, head: String, n: usize, out: &mut Vec<Found>) {
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
                out.push(Found { t0: i, t1: e, kind, head: head.clone(), number: None, code: None, title: Some(title), issuer: issuer.clone(), horizon: None, anaphor: false, of_name: None });
            }
        }
    }
}

/// A list's last joint ("và", "and").
fn is_and(a: &Analysed, k: usize) -> bool {
    matches!(a.tok_norm(k), "và" | "and")
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

pub(crate) fn find(lex: &Lexicon, a: &Analysed, dates: &[DateHit]) -> Docs {
    let mut found: Vec<Found> = Vec::new();
    for s in &a.sents {
        let fd = Finder { lex, a, dates, end: s.t1, start: s.t0, en: s.en };
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
    let mut of_names: Vec<Option<String>> = Vec::new();
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
        let existing = docs.iter().enumerate().position(|(k, d)| {
            if d.kind != f.kind && !(d.code.is_some() && same_code(&d.code, &f.code) && f.code.is_some()) {
                return false;
            }
            match (&d.number, &f.number) {
                (Some(x), Some(y)) => x == y && same_code(&d.code, &f.code),
                // "Nghị quyết số 01-NQ/ĐH của Đại hội X", then "Nghị quyết Đại hội X".
                (Some(_), None) if f.title.as_deref().is_some_and(|t| of_names[k].as_deref().is_some_and(|o| same_title(o, t))) => true,
                // "Luật X" and "Luật X số 50/2010/QH12": a name with and without its number.
                _ => match (&d.title, &f.title) {
                    (Some(x), Some(y)) => same_title(x, y),
                    _ => false,
                },
            }
        });
        let di = match existing {
            Some(di) => {
                // Named by its issuing congress: that name is no subject.
                let by_issuer = docs[di].number.is_some() && f.number.is_none() && of_names[di].is_some();
                let d = &mut docs[di];
                d.number = d.number.take().or(f.number);
                d.code = d.code.take().or(f.code);
                if !by_issuer {
                    d.title = d.title.take().or(f.title);
                }
                d.issuer = d.issuer.take().or(f.issuer);
                d.horizon = d.horizon.or(f.horizon);
                d.mentions.push(span);
                if of_names[di].is_none() {
                    of_names[di] = f.of_name;
                }
                di
            }
            None => {
                docs.push(ExtractedDocument {
                    id: String::new(),
                    kind: f.kind,
                    head: Some(f.head),
                    number: f.number,
                    code: f.code,
                    title: f.title,
                    issuer: f.issuer,
                    horizon: f.horizon,
                    mentions: vec![span],
                });
                of_names.push(f.of_name);
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

/// A symbol as written, without the stray spaces typed beside its slashes and hyphens
/// ("123/CĐ- TTg" → "123/CĐ-TTg"); "203 KL/TƯ" keeps its space.
fn tight_code(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && (out.ends_with(['/', '-']) || chars.peek().is_some_and(|n| matches!(n, '/' | '-'))) {
            continue;
        }
        out.push(c);
    }
    out
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
        find(&lex, &a, &d).docs
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
    fn a_body_closing_the_subject_issued_the_document() {
        assert_eq!(brief("Theo Thông tư số 45 về quy chế thi tốt nghiệp của Bộ GD-ĐT sẽ có ba đợt thi."), ["Circular 45 - quy chế thi tốt nghiệp Bộ Giáo dục và Đào tạo -"]);
    }

    #[test]
    fn numbered_documents_and_their_symbols() {
        assert_eq!(brief("Bộ Tư pháp chủ trì sơ kết Chỉ thị 8."), ["Directive 8 - - - -"]);
        assert_eq!(brief("Thực hiện Chỉ thị số 15-CT/TW của Ban Bí thư về công tác dân vận."), ["Directive 15 15-CT/TW công tác dân vận Ban Bí thư -"]);
        assert_eq!(brief("Theo Kết luận số 77 KL/TƯ, các tỉnh họp."), ["Conclusion 77 77 KL/TƯ - - -"]);
        assert_eq!(brief("Under Decree No. 45/2024/ND-CP of the Government, firms act."), ["Decree 45 45/2024/ND-CP - Chính phủ -"]);
        assert_eq!(brief("Nghị quyết năm 2025 và quyết định 2024 không phải số hiệu."), Vec::<String>::new());
    }

    /// Symbols typed with a stray space beside a slash or hyphen, and "số:" with a colon.
    #[test]
    fn symbols_typed_with_stray_spaces() {
        assert_eq!(brief("Thực hiện Công điện số 45/CĐ- TTg của Thủ tướng, các tỉnh họp."), ["Dispatch 45 45/CĐ-TTg - Thủ tướng Chính phủ -"]);
        assert_eq!(brief("UBND tỉnh đã ban hành văn bản số: 372 /UBND-KT về việc phòng chống hạn."), ["Dispatch 372 372/UBND-KT phòng chống hạn UBND tỉnh -"]);
        // Spaces on both sides separate two things; a lower-case word is no symbol.
        assert_eq!(brief("Ông nhắc Chỉ thị 12 - UBND tỉnh đã triển khai."), ["Directive 12 - - - -"]);
        assert_eq!(brief("Ông nhắc Chỉ thị 12 /bản sao."), ["Directive 12 - - - -"]);
    }

    /// "Official Telegram" is how English government news names a Công điện; a numbered
    /// "Hướng dẫn" (guidance) is a document of its own, a bare "hướng dẫn" a verb.
    #[test]
    fn telegrams_and_numbered_guidance() {
        assert_eq!(brief("Units must follow Official Telegram No. 155/CĐ-TTg of the Prime Minister."), ["Dispatch 155 155/CĐ-TTg - Thủ tướng Chính phủ -"]);
        assert_eq!(brief("Lãnh đạo quán triệt Hướng dẫn số 01 ngày 20/11/2025 về công tác nhân sự."), ["Other 01 - công tác nhân sự - -"]);
        assert!(brief("Sở Y tế hướng dẫn các cơ sở thực hiện.").is_empty());
    }

    #[test]
    fn a_subject_pointing_back_names_no_new_document() {
        assert!(brief("Hội nghị nhất trí trình Bộ Chính trị ban hành Nghị quyết về hai nội dung trên.").is_empty());
        assert!(brief("Tỉnh sẽ ban hành Nghị quyết về vấn đề này.").is_empty());
        assert_eq!(brief("Cần sớm có Nghị quyết về phát triển nhà ở xã hội trên địa bàn."), ["Resolution - - phát triển nhà ở xã hội - -"]);
    }

    #[test]
    fn the_named_subject_of_a_numbered_document_is_no_document_of_its_own() {
        assert_eq!(
            brief("Thực hiện Nghị quyết số 397/NQ-CP ngày 05/12/2025 của Chính phủ về Kế hoạch hành động chống buôn lậu đến năm 2030."),
            ["Resolution 397 397/NQ-CP Kế hoạch hành động chống buôn lậu Chính phủ 2030"]
        );
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
    fn drafts_without_a_number_are_not_documents() {
        assert!(brief("Hội đồng cho ý kiến về các dự thảo Nghị quyết về phát triển văn hóa.").is_empty());
        assert!(brief("The committee discussed the draft Law on Cultural Heritage.").is_empty());
        // Once it has a number, it is one.
        assert_eq!(brief("Tỉnh góp ý dự thảo Nghị định số 15/2026/NĐ-CP.").len(), 1);
        assert_eq!(brief("Tỉnh triển khai Nghị quyết về phát triển văn hóa.").len(), 1);
    }

    #[test]
    fn counted_resolutions_with_subjects() {
        let b = brief("Hội nghị quán triệt 3 Nghị quyết của Bộ Chính trị về chuyển đổi số, phát triển văn hóa và bảo vệ, chăm sóc sức khỏe nhân dân.");
        assert_eq!(b.len(), 3, "{b:?}");
        assert!(b[2].contains("bảo vệ, chăm sóc sức khỏe nhân dân"), "{b:?}");
        assert!(b[0].contains("Bộ Chính trị"));
    }
    #[test]
    fn a_head_word_inside_an_agency_name_is_no_document() {
        assert!(brief("Ông từng là Giám đốc Sở Kế hoạch và Đầu tư tỉnh.").is_empty());
        assert!(brief("Bộ Kế hoạch và Đầu tư chủ trì.").is_empty());
        assert_eq!(brief("Tỉnh làm trên cơ sở Đề án phát triển rừng."), ["Project - - Đề án phát triển rừng - -"]);
    }

    #[test]
    fn a_verb_after_the_head_word_is_no_name() {
        assert!(brief("Quốc hội xem xét Luật sửa đổi trong kỳ họp.").is_empty());
        assert!(brief("Quy định chi tiết một số điều của luật về đất đai").is_empty());
    }

    #[test]
    fn an_act_opens_the_name_of_a_decision() {
        let b = brief("Chủ tịch UBND tỉnh vừa ký quyết định thành lập Tổ công tác đặc biệt về cấp phép xây dựng.");
        assert_eq!(b.len(), 1);
        assert!(b[0].starts_with("Decision - - thành lập Tổ công tác đặc biệt về cấp phép xây dựng "), "{b:?}");
        assert_eq!(brief("Quyết định số 77/QĐ-UBND phê duyệt danh mục dự án trọng điểm."), ["Decision 77 77/QĐ-UBND phê duyệt danh mục dự án trọng điểm - -"]);
        // Without an issuing word, "quyết định" may be the verb "decide".
        assert!(brief("Tỉnh quyết định thành lập thêm hai trường học.").is_empty());
    }

    #[test]
    fn an_amending_law_holds_the_law_it_amends_and_its_number() {
        let b = brief("Luật Đường sắt số 12/2017/QH14 và Luật sửa đổi, bổ sung một số điều của Luật Đường sắt số 95/2025/QH15 cùng có hiệu lực.");
        assert_eq!(b.len(), 2, "{b:?}");
        assert_eq!(b[0], "Law 12 12/2017/QH14 Luật Đường sắt - -");
        assert_eq!(b[1], "Law 95 95/2025/QH15 Luật sửa đổi, bổ sung một số điều của Luật Đường sắt - -");
    }

    #[test]
    fn a_name_with_and_without_its_number_is_one_document() {
        let d = docs("Luật Thủy lợi được ban hành năm 2017. Luật Thủy lợi số 8/2017/QH14 có hiệu lực.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code.as_deref(), Some("8/2017/QH14"));
    }

    #[test]
    fn numbers_listed_after_one_head_word_are_documents_each() {
        let b = brief("Bãi bỏ Thông tư 07/2021 và 09/2022 từ tháng sau.");
        assert_eq!(b, ["Circular 07 07/2021 - - -", "Circular 09 09/2022 - - -"]);
        let b = brief("Sơ kết Chỉ thị 15, 16 và 17.");
        assert_eq!(b.len(), 3, "{b:?}");
        assert_eq!(brief("Thực hiện Chỉ thị 15 và 2 dự án khác."), ["Directive 15 - - - -"]);
    }

    #[test]
    fn a_generic_head_word_takes_the_kind_of_its_symbol() {
        assert_eq!(brief("Theo Văn bản số 51-CV/TU của Tỉnh ủy, các xã báo cáo."), ["Dispatch 51 51-CV/TU - Tỉnh ủy -"]);
        assert_eq!(brief("Theo Văn bản số 3120/UBND-KT, các sở báo cáo."), ["Dispatch 3120 3120/UBND-KT - - -"]);
        assert_eq!(brief("Theo văn bản số 88/QĐ-UBND, các sở báo cáo."), ["Decision 88 88/QĐ-UBND - - -"]);
        let d = docs("Sở có Công văn số 5/SYT về dịch bệnh.");
        assert_eq!(d[0].head.as_deref(), Some("Công văn"));
    }

    #[test]
    fn a_comma_between_two_verbs_stays_in_a_name() {
        assert_eq!(brief("Tỉnh lập Đề án rà soát, sắp xếp trường học vùng cao, trình HĐND."), ["Project - - Đề án rà soát, sắp xếp trường học vùng cao - -"]);
    }

    #[test]
    fn a_resolution_named_by_its_congress_is_the_numbered_one() {
        let d = docs(
            "Theo Nghị quyết số 05-NQ/ĐH của Đại hội đại biểu Đảng bộ huyện lần thứ III, huyện làm đường. Kế hoạch thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ III được ban hành.",
        );
        let res: Vec<_> = d.iter().filter(|d| d.kind == DocKind::Resolution).collect();
        assert_eq!(res.len(), 1, "{d:?}");
        assert_eq!(res[0].title, None);
    }

    #[test]
    fn listed_numbers_after_a_plural_head_word() {
        assert_eq!(brief("Under Decrees Nos. 12/2024/ND-CP and 14/2024/ND-CP, firms report.").len(), 2);
        assert_eq!(brief("Thực hiện các Chỉ thị số 05-CT/TW, 07-CT/TW của Ban Bí thư.").len(), 2);
        assert!(brief("Thực hiện các chỉ thị 2 năm qua.").is_empty());
    }

    #[test]
    fn an_english_name_inside_vietnamese_text_is_no_document() {
        assert!(brief("Tỉnh nêu Chương trình Rural Programme trong báo cáo.").is_empty());
        assert!(brief("Tỉnh triển khai dự án (Clean Water Programme) từ năm nay.").is_empty());
    }

    #[test]
    fn symbols_compare_with_their_letters_folded() {
        let d = docs("Quyết định số 45/QĐ-TTg được ban hành. Decision No. 45/QD-TTg took effect.");
        assert_eq!(d.len(), 1, "{d:?}");
    }
}
