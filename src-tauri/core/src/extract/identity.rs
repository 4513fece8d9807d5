//! Identities for merging across articles: the same document named in several articles
//! ("Chỉ thị 12", "Chỉ thị số 12-CT/TW", "Directive No. 12-CT/TW"), the same event
//! reported by several outlets.
//!
//! # Merging documents
//!
//! [`document_identity`] gives kind, number (or folded title) and, when a symbol is
//! written, its series: Party numbering ("…/TW", series `tw`) and State numbering
//! ("…/CT-TTg", series `ttg`; "…/NQ-CP", `cp`) are different documents even with the same
//! number. A mention without a symbol ("Chỉ thị 12") has no series: it is the same
//! document as a known one with the same kind and number whatever its series
//! ([`DocIdentity::same_document`]). A library should therefore merge in two steps:
//! first by the full key ([`document_key`]), then attach each series-less document to
//! the one registered document of that kind and number, if exactly one exists (with
//! several, prefer the one the same article also names, else leave it apart).

use super::analysis::Analysed;
use super::lexicon::{fold_code, Lexicon, Tag};
use crate::model::{DocKind, ExtractedDocument, ExtractedEvent};
use crate::text::{fold, words};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

fn builtin() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::builtin)
}

/// Who a document is, across articles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocIdentity {
    /// The kind its symbol stands for ("81-TB/TW" is a notice even when the article
    /// calls it "kết luận"), else the kind the article's head word gives.
    pub kind: DocKind,
    /// The number without leading zeros ("6" for "Đề án 06"), or for an unnumbered
    /// document "title:" and the folded words of its name ("title:doi ngoai nhan dan").
    pub number_or_title: String,
    /// The issuing series from the symbol, with its year when written ("tw", "ttg",
    /// "cp", "2025/cp", "2025/qh15"); `None` when no symbol is written.
    pub series: Option<String>,
}

impl DocIdentity {
    /// The same document: same kind and number (or title), and the same series unless
    /// one of them has none.
    pub fn same_document(&self, other: &DocIdentity) -> bool {
        self.kind == other.kind
            && self.number_or_title == other.number_or_title
            && match (&self.series, &other.series) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }

    /// "directive:12:tw", "directive:12" (no symbol), "strategy:title:doi ngoai …".
    pub fn key(&self) -> String {
        let kind = kind_name(self.kind);
        match &self.series {
            Some(s) => format!("{kind}:{}:{s}", self.number_or_title),
            None => format!("{kind}:{}", self.number_or_title),
        }
    }
}

/// The lower-case kind name, as in the JSON ("directive").
pub fn kind_name(k: DocKind) -> &'static str {
    match k {
        DocKind::Directive => "directive",
        DocKind::Resolution => "resolution",
        DocKind::Conclusion => "conclusion",
        DocKind::Decision => "decision",
        DocKind::Strategy => "strategy",
        DocKind::Program => "program",
        DocKind::Plan => "plan",
        DocKind::Project => "project",
        DocKind::Law => "law",
        DocKind::Decree => "decree",
        DocKind::Circular => "circular",
        DocKind::Dispatch => "dispatch",
        DocKind::Regulation => "regulation",
        DocKind::Notice => "notice",
        DocKind::Other => "other",
    }
}

/// Kind and series from a symbol: "12-CT/TW" → (directive, "tw"); "118/2025/NĐ-CP" →
/// (decree, "2025/cp"); "190/2025/QH15" → (None, "2025/qh15").
/// Letters that stand for several kinds ("QĐ": decision or regulation) give the head
/// word's kind `said` when it is one of them, else the first listed.
fn parse_code(lex: &Lexicon, code: &str, said: Option<DocKind>) -> (Option<DocKind>, Option<String>) {
    let folded = fold(code);
    let parts: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect();
    let mut year = None;
    let mut kind = None;
    let mut rest = Vec::new();
    let mut type_part = None;
    for (i, p) in parts.iter().enumerate() {
        if i == 0 && p.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        if year.is_none() && p.len() == 4 && p.parse::<u32>().is_ok_and(|y| (1945..=2100).contains(&y)) {
            year = Some(*p);
            continue;
        }
        let letters: String = p.chars().filter(|c| c.is_alphabetic()).collect();
        if kind.is_none() {
            if let Some(ks) = lex.code_kinds.get(&fold_code(&letters)).filter(|ks| !ks.is_empty()) {
                kind = Some(said.filter(|k| ks.contains(k)).unwrap_or(ks[0]));
                type_part = Some(p.to_string());
                continue;
            }
        }
        rest.push(lex.series.get(&fold_code(p)).cloned().unwrap_or_else(|| p.to_string()));
    }
    let mut series = if rest.is_empty() { type_part } else { Some(rest.join("-")) };
    if let (Some(y), Some(s)) = (year, series.as_mut()) {
        *s = format!("{y}/{s}");
    }
    (kind, series)
}

/// The kind a symbol's letters name ("74-CV/TU" → dispatch), if any.
pub(crate) fn code_kind(lex: &Lexicon, code: &str) -> Option<DocKind> {
    parse_code(lex, code, None).0
}

/// The words that say which document an unnumbered name is: without the head word of its
/// kind, an issuer ("… của Đảng") or a time phrase at the end ("… giai đoạn 2026-2030",
/// "… năm 2025", "… tầm nhìn đến năm 2045"). "Nghị quyết Đại hội XIV" and "Đại hội XIV
/// của Đảng" give the same words.
fn name_words(lex: &Lexicon, kind: DocKind, title: &str) -> Vec<String> {
    let a = Analysed::new(lex, title);
    let n = a.toks.len();
    let time_word = |t: Tag| matches!(t, Tag::DocPeriod | Tag::HorizonCue | Tag::YearWord);
    // Tokens k.. are a time phrase: time words, numbers and punctuation only, one number at least.
    let time_from = |mut k: usize| {
        let mut number = false;
        while k < n {
            if let Some(h) = a.hit_at(k, time_word) {
                k = h.end();
            } else if a.is_num(k) {
                number = true;
                k += 1;
            } else if !a.is_word(k) {
                k += 1;
            } else {
                return false;
            }
        }
        number
    };
    let s = a.hit_at(0, |t| matches!(t, Tag::DocKind(k, _) if k == kind)).map_or(0, |h| h.end());
    let mut e = (s + 1..n).find(|&k| a.hit_at(k, time_word).is_some() && time_from(k)).unwrap_or(n);
    // "Đại hội XIV của Đảng": a name of a congress or plenum says whose it is; the body
    // after it adds nothing. ("Quy chế làm việc của Chính phủ" keeps its body.)
    if a.has_at(s, Tag::NameHead).is_some() {
        if let Some(k) = (s + 1..e).find(|&k| a.has_at(k, Tag::IssuerMarker).is_some_and(|m| m.end() < e && (m.end()..e).all(|j| !a.is_word(j) || a.cap(j) || a.is_num(j)))) {
            e = k;
        }
    }
    let kept = if e > s { a.slice(s, e) } else { title };
    words(&fold(kept)).into_iter().map(str::to_string).collect()
}

/// The cross-article identity of a document; `None` when it has neither number nor title.
pub fn document_identity(doc: &ExtractedDocument) -> Option<DocIdentity> {
    document_identity_with(builtin(), doc)
}

/// [`document_identity`] with a given lexicon (its symbol letters and series names).
pub fn document_identity_with(lex: &Lexicon, doc: &ExtractedDocument) -> Option<DocIdentity> {
    let number = doc.number.as_deref().or(doc.code.as_deref()).and_then(|n| {
        let digits: String = n.trim().chars().take_while(|c| c.is_ascii_digit()).collect();
        (!digits.is_empty()).then(|| {
            let t = digits.trim_start_matches('0');
            if t.is_empty() {
                "0".to_string()
            } else {
                t.to_string()
            }
        })
    });
    if let Some(number) = number {
        let (kind, series) = doc.code.as_deref().map_or((None, None), |c| parse_code(lex, c, Some(doc.kind)));
        return Some(DocIdentity { kind: kind.unwrap_or(doc.kind), number_or_title: number, series });
    }
    let title = doc.title.as_deref().map(|t| name_words(lex, doc.kind, t).join(" ")).filter(|t| !t.is_empty())?;
    Some(DocIdentity { kind: doc.kind, number_or_title: format!("title:{title}"), series: None })
}

/// A key naming a document across articles ("directive:12:tw"); see the module notes
/// for merging a key without series ("directive:12").
pub fn document_key(doc: &ExtractedDocument) -> Option<String> {
    document_identity(doc).map(|i| i.key())
}

/// The words of an event title that tell it from other events: its folded words without
/// the phrases of `event_generic.txt` (kinds of meeting, "tổng kết", "năm", "of"…), the
/// longest phrase first.
pub(crate) fn distinctive_words(lex: &Lexicon, title: &str) -> Vec<String> {
    let folded = fold(title);
    let w = words(&folded);
    let mut out = Vec::with_capacity(w.len());
    let mut key = String::new();
    let mut i = 0;
    while i < w.len() {
        let longest = (1..=lex.event_generic_max.min(w.len() - i)).rev().find(|&n| {
            key.clear();
            for (k, word) in w[i..i + n].iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                }
                key.push_str(word);
            }
            lex.event_generic.contains(key.as_str())
        });
        match longest {
            Some(n) => i += n,
            None => {
                out.push(w[i].to_string());
                i += 1;
            }
        }
    }
    out
}

fn is_number(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
}

/// Two places that cannot be the same ("Hà Nội" and "Huế"); one inside the other
/// ("Trụ sở Trung ương Đảng, Hà Nội" and "Hà Nội") is no conflict.
fn places_conflict(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let (fa, fb) = (fold(a), fold(b));
    let (wa, wb) = (words(&fa).join(" "), words(&fb).join(" "));
    !(wa.contains(&wb) || wb.contains(&wa))
}

/// The same event reported twice: the same date, places that do not conflict, and titles
/// that agree on what distinguishes them. The words of `event_generic.txt` ("Hội nghị
/// tổng kết … năm 2025") are set aside: of the other words, at least half of the shorter
/// title's must be in the other, one of them not a number. Two titles with no such words
/// ("cuộc họp", "the conference") are the same only when written alike.
pub fn same_event(a: &ExtractedEvent, b: &ExtractedEvent) -> bool {
    same_event_with(builtin(), a, b)
}

/// [`same_event`] with a given lexicon (its `event_generic.txt` words).
pub fn same_event_with(lex: &Lexicon, a: &ExtractedEvent, b: &ExtractedEvent) -> bool {
    if a.date != b.date || places_conflict(a.place.as_deref(), b.place.as_deref()) {
        return false;
    }
    let (da, db) = (distinctive_words(lex, &a.title), distinctive_words(lex, &b.title));
    if da.is_empty() || db.is_empty() {
        let (fa, fb) = (fold(&a.title), fold(&b.title));
        return words(&fa) == words(&fb) && !words(&fa).is_empty();
    }
    let (sa, sb): (HashSet<&str>, HashSet<&str>) = (da.iter().map(String::as_str).collect(), db.iter().map(String::as_str).collect());
    let shared: Vec<&str> = sa.intersection(&sb).copied().collect();
    let shorter = sa.len().min(sb.len());
    shared.iter().any(|w| !is_number(w)) && shared.len() * 2 >= shorter
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn doc(kind: DocKind, number: Option<&str>, code: Option<&str>, title: Option<&str>) -> ExtractedDocument {
        ExtractedDocument { id: "d1".into(), kind, head: None, number: number.map(Into::into), code: code.map(Into::into), title: title.map(Into::into), issuer: None, horizon: None, mentions: vec![] }
    }

    #[test]
    fn keys_of_party_and_state_documents() {
        assert_eq!(document_key(&doc(DocKind::Directive, Some("12"), Some("12-CT/TW"), None)).unwrap(), "directive:12:tw");
        assert_eq!(document_key(&doc(DocKind::Directive, Some("12"), None, None)).unwrap(), "directive:12");
        assert_eq!(document_key(&doc(DocKind::Directive, Some("26"), Some("26/CT-TTg"), None)).unwrap(), "directive:26:ttg");
        assert_eq!(document_key(&doc(DocKind::Conclusion, Some("203"), Some("203 KL/TƯ"), None)).unwrap(), "conclusion:203:tw");
        assert_eq!(document_key(&doc(DocKind::Conclusion, Some("81"), Some("81-TB/TW"), None)).unwrap(), "notice:81:tw");
        // "QĐ" stands for a decision or a Party regulation: the head word decides.
        assert_eq!(document_key(&doc(DocKind::Regulation, Some("96"), Some("96-QĐ/TW"), None)).unwrap(), "regulation:96:tw");
        assert_eq!(document_key(&doc(DocKind::Decision, Some("96"), Some("96-QĐ/TW"), None)).unwrap(), "decision:96:tw");
        assert_eq!(document_key(&doc(DocKind::Other, Some("96"), Some("96-QĐ/TW"), None)).unwrap(), "decision:96:tw");
        assert_eq!(document_key(&doc(DocKind::Decree, Some("118"), Some("118/2025/NĐ-CP"), None)).unwrap(), "decree:118:2025/cp");
        assert_eq!(document_key(&doc(DocKind::Decree, Some("118"), Some("118/2025/ND-CP"), None)).unwrap(), "decree:118:2025/cp");
        assert_eq!(document_key(&doc(DocKind::Project, Some("06"), None, None)).unwrap(), "project:6");
        assert_eq!(document_key(&doc(DocKind::Strategy, None, None, Some("Chiến lược đối ngoại Nhân dân"))).unwrap(), "strategy:title:doi ngoai nhan dan");
        assert!(document_key(&doc(DocKind::Dispatch, None, None, None)).is_none());
    }

    #[test]
    fn a_name_is_the_same_with_or_without_its_issuer_and_period() {
        let key = |k: DocKind, t: &str| document_key(&doc(k, None, None, Some(t))).unwrap();
        assert_eq!(key(DocKind::Resolution, "Nghị quyết Đại hội X của Đảng"), key(DocKind::Resolution, "Đại hội X"));
        assert_eq!(key(DocKind::Program, "Chương trình nước sạch nông thôn giai đoạn 2021-2025"), key(DocKind::Program, "Chương trình nước sạch nông thôn"));
        assert_eq!(key(DocKind::Plan, "Kế hoạch trồng rừng năm 2024"), key(DocKind::Plan, "Kế hoạch trồng rừng"));
        assert_eq!(key(DocKind::Strategy, "Chiến lược biển tầm nhìn đến năm 2045"), key(DocKind::Strategy, "Chiến lược biển"));
        // A body or place inside the name stays: two bodies' rules are two documents.
        assert_ne!(key(DocKind::Regulation, "Quy chế làm việc của Chính phủ"), key(DocKind::Regulation, "Quy chế làm việc của Quốc hội"));
        assert_ne!(key(DocKind::Plan, "Kế hoạch sáp nhập xã của tỉnh Hà Giang"), key(DocKind::Plan, "Kế hoạch sáp nhập xã của tỉnh Tuyên Quang"));
    }

    #[test]
    fn symbol_letters_compare_folded() {
        let k = |c: &str| document_key(&doc(DocKind::Decision, Some("388"), Some(c), None)).unwrap();
        assert_eq!(k("388/QĐ-TTg"), k("388/QD-TTg"));
        assert_eq!(k("388/QĐ-TTG"), k("388/qđ-ttg"));
        assert_eq!(code_kind(builtin(), "74-CV/TU"), Some(DocKind::Dispatch));
        assert_eq!(code_kind(builtin(), "6092/UBND-NNMT"), None);
    }

    #[test]
    fn a_mention_without_symbol_matches_either_series() {
        let bare = document_identity(&doc(DocKind::Directive, Some("12"), None, None)).unwrap();
        let party = document_identity(&doc(DocKind::Directive, Some("12"), Some("12-CT/TW"), None)).unwrap();
        let state = document_identity(&doc(DocKind::Directive, Some("12"), Some("12/CT-TTg"), None)).unwrap();
        assert!(bare.same_document(&party) && bare.same_document(&state));
        assert!(!party.same_document(&state));
    }

    fn ev(date: &str, title: &str, place: Option<&str>) -> ExtractedEvent {
        ExtractedEvent { date: date.into(), title: title.into(), place: place.map(Into::into), span: Span { start: 0, end: 0 } }
    }

    #[test]
    fn same_event_needs_the_date_and_shared_words() {
        let a = ev("2025-12-30", "Hội nghị tổng kết công tác đối ngoại Nhân dân năm 2025", None);
        let b = ev("2025-12-30", "hội nghị tổng kết công tác đối ngoại nhân dân năm 2025 và phương hướng năm 2026", None);
        assert!(same_event(&a, &b));
        assert!(!same_event(&a, &ev("2025-12-31", "Hội nghị tổng kết công tác đối ngoại Nhân dân", None)));
        assert!(!same_event(&a, &ev("2025-12-30", "Lễ khởi công cầu Tứ Liên", None)));
    }

    #[test]
    fn one_happening_in_two_wordings_is_one_event() {
        let a = ev("2026-03-05", "Hội nghị toàn quốc quán triệt, triển khai Nghị quyết về phát triển kinh tế tư nhân", Some("Hà Nội"));
        let b = ev("2026-03-05", "hội nghị quán triệt Nghị quyết phát triển kinh tế tư nhân", None);
        assert!(same_event(&a, &b));
        let c = ev("2026-03-05", "Phiên họp thứ ba của Ban Chỉ đạo về chuyển đổi số", Some("Trụ sở Chính phủ, Hà Nội"));
        let d = ev("2026-03-05", "phiên họp lần thứ ba Ban Chỉ đạo chuyển đổi số", Some("Hà Nội"));
        assert!(same_event(&c, &d));
        let e = ev("2026-03-05", "Government meeting on digital transformation", None);
        let f = ev("2026-03-05", "meeting of the Government on digital transformation tasks", None);
        assert!(same_event(&e, &f));
    }

    #[test]
    fn two_meetings_on_one_day_in_one_city_stay_apart() {
        // Same day, same city, both "hội nghị tổng kết … năm 2026": only the generic words agree.
        let a = ev("2026-11-20", "Hội nghị tổng kết chiến dịch xóa nhà tạm năm 2026", Some("Hà Nội"));
        let b = ev("2026-11-20", "Hội nghị tổng kết công tác dân vận năm 2026", Some("Hà Nội"));
        assert!(!same_event(&a, &b));
        // Only a number in common.
        let c = ev("2026-11-20", "Phiên họp thứ 5 Ban Chỉ đạo cải cách hành chính", None);
        let d = ev("2026-11-20", "Phiên họp thứ 5 Hội đồng thi đua", None);
        assert!(!same_event(&c, &d));
        // A common word or two among many different ones.
        let e = ev("2026-11-20", "hội nghị của Ủy ban nhân dân tỉnh về giải ngân vốn đầu tư công", None);
        let f = ev("2026-11-20", "hội nghị đối ngoại nhân dân khu vực phía Nam", None);
        assert!(!same_event(&e, &f));
        // Two places that differ.
        let g = ev("2026-11-20", "Lễ khởi công tuyến cao tốc ven biển", Some("Thanh Hóa"));
        let h = ev("2026-11-20", "lễ khởi công tuyến cao tốc ven biển", Some("Nghệ An"));
        assert!(!same_event(&g, &h));
    }

    #[test]
    fn bare_titles_are_the_same_only_when_written_alike() {
        let a = ev("2026-11-20", "cuộc họp", None);
        assert!(!same_event(&a, &ev("2026-11-20", "Hội nghị tổng kết công tác dân vận", None)));
        assert!(!same_event(&a, &ev("2026-11-20", "the conference", None)));
        assert!(same_event(&a, &ev("2026-11-20", "Cuộc họp", None)));
    }
}
