//! Events: dated happenings and scheduled meetings.
//!
//! A day-precise date ("Sáng 30/12", "ngày 9-11-2025", "sáng mai (15/11)", "on Saturday")
//! that is neither a deadline ("trước ngày…"), nor a "status as of" date ("đến ngày…"),
//! nor only the date of a document ("Nghị quyết số 68-NQ/TW ngày 04/5/2025") is an event
//! when its sentence names a meeting (`event_nouns.txt`: the nearest one gives the title)
//! or a dated act (`event_verbs.txt`: its clause gives the title). A document narrated
//! as issued on that date ("Chính phủ vừa ban hành Nghị quyết số 86/NQ-CP ngày 4/11/2025")
//! is an event too. The place is what follows "tại"/"in" with a capital.

use super::analysis::Analysed;
use super::dates::{DateHit, Role, When};
use super::documents::{DocMention, Docs};
use super::identity::same_event;
use super::lexicon::Tag;
use crate::model::ExtractedEvent;

struct Cx<'a, 'b> {
    a: &'b Analysed<'a>,
    dates: &'b [DateHit],
    docs: &'b Docs,
}

impl Cx<'_, '_> {
    fn in_doc(&self, k: usize) -> bool {
        self.docs.mentions.iter().any(|m| m.t0 <= k && k < m.t1)
    }

    fn date_starts(&self, k: usize) -> bool {
        self.dates.iter().any(|d| d.t0 == k && matches!(d.when, When::Day(_)))
    }

    /// The numbered document named just before the date at d ("…86/NQ-CP ngày 4/11/2025",
    /// "…68-NQ/TW, ngày 8/9/2025", "…110/CD-TTg dated July 17, 2025").
    fn doc_before(&self, d: &DateHit) -> Option<&DocMention> {
        let a = self.a;
        let mut k = d.t0;
        if k > 0 && a.ending_with(k, |t| t == Tag::DocDateCue).is_some() {
            k = a.ending_with(k, |t| t == Tag::DocDateCue).map_or(k, |h| h.t0 as usize);
        }
        if k > 0 && a.is_punct(k - 1, ",") {
            k -= 1;
        }
        self.docs.mentions.iter().find(|m| m.t1 == k && self.docs.docs[m.doc].number.is_some())
    }

    /// "X vừa ký <document>": where the clause that issues it starts.
    fn issued_by(&self, m: &DocMention, lo: usize) -> Option<usize> {
        let a = self.a;
        let mut k = m.t0;
        if let Some(p) = a.ending_with(k, |t| matches!(t, Tag::SubjectPrefix | Tag::Determiner)) {
            k = p.t0 as usize;
        }
        let v = a.ending_with(k, |t| t == Tag::Issuing)?;
        // The clause: back to the start of the sentence or the last comma.
        let start = (lo..v.t0 as usize).rev().find(|&j| a.is_punct(j, ",") || a.is_punct(j, "-")).map_or(lo, |j| j + 1);
        // Skip anything before the first name or body ("(TBTCO) - Chính phủ …").
        (start..v.t0 as usize + 1).find(|&j| a.cap(j) && a.is_word(j) || a.hit_at(j, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some())
    }

    /// Where an event title starting at s ends.
    fn title_end(&self, s: usize, end: usize) -> usize {
        let a = self.a;
        let mut k = s + 1;
        while k < end && k < s + 40 {
            if self.date_starts(k) || self.dates.iter().any(|d| d.t0 == k && d.role != Role::Plain) {
                break;
            }
            if a.hit_at(k, |t| matches!(t, Tag::EventTitleStop | Tag::Reporting | Tag::AssignCue | Tag::PlaceMarker)).is_some() {
                break;
            }
            if a.hit_at(k, |t| matches!(t, Tag::RelDay(_) | Tag::Daypart)).is_some() {
                break;
            }
            let t = a.tok_norm(k);
            if !a.is_word(k) {
                if t == "," {
                    if !a.is_word(k + 1) || a.cap(k + 1) {
                        break;
                    }
                } else if t == "\"" {
                    // quotes inside a title are kept ("Hội nghị tổng kết "Chiến dịch…"")
                } else if !matches!(t, "-" | "/" | "&" | "'") {
                    break;
                }
            }
            k += 1;
        }
        while k > s + 1 && (!self.a.is_word(k - 1) && !self.a.is_punct(k - 1, "\"") || matches!(self.a.tok_norm(k - 1), "và" | "and" | "vào" | "on" | "at" | "in")) {
            k -= 1;
        }
        // A lone opening quote left at the end.
        let quotes = (s..k).filter(|&j| a.is_punct(j, "\"")).count();
        if quotes % 2 == 1 && k > s + 1 && a.is_punct(k - 1, "\"") {
            k -= 1;
        }
        k
    }

    /// The title of the meeting named at n (English titles take their capitalised
    /// modifiers: "a Government meeting" → "Government meeting").
    fn noun_title(&self, n: usize, lo: usize, end: usize) -> (usize, usize) {
        let a = self.a;
        let mut s = n;
        let ordinal = |k: usize| {
            let t = a.tok_text(k);
            ["st", "nd", "rd", "th"].iter().any(|x| t.strip_suffix(x).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
        };
        while s > lo && (a.cap(s - 1) || ordinal(s - 1)) && a.is_word(s - 1) && a.tok_text(s - 1).is_ascii() && a.has_at(s - 1, Tag::SubjectPrefix).is_none() && !self.date_starts(s - 1) {
            s -= 1;
        }
        if s == n && a.sents[a.tok_sent[n] as usize].en {
            // "held an online meeting": the words after the article.
            let mut k = n;
            while k > lo && n - k < 4 && a.is_word(k - 1) && a.hit_at(k - 1, |t| matches!(t, Tag::Determiner | Tag::SubjectPrefix | Tag::EventVerb | Tag::Issuing) || t.starts_action()).is_none() && !self.date_starts(k - 1) && a.has_at(k - 1, Tag::PlaceMarker).is_none() {
                k -= 1;
            }
            if k > lo && a.has_at(k - 1, Tag::Determiner).is_some() {
                s = k;
            }
        }
        (s, self.title_end(n, end))
    }

    /// The clause around an event verb at v, without the date.
    fn verb_title(&self, v: usize, d: &DateHit, lo: usize, end: usize) -> (usize, usize) {
        let a = self.a;
        let is_sep = |j: usize| a.is_punct(j, ",") || a.is_punct(j, ";");
        let mut s = (lo..v).rev().find(|&j| is_sep(j) || j + 1 == d.t0 || (d.t1 <= j && j < v && j + 1 == d.t1)).map_or(lo, |j| j + 1);
        if s < d.t1 && s >= d.t0 {
            s = d.t1;
        }
        while s < v && !a.is_word(s) {
            s += 1;
        }
        let mut e = (v..end).find(|&j| is_sep(j) || j == d.t0 || ["!", "?", ":"].iter().any(|p| a.is_punct(j, p)) || (a.is_punct(j, ".") && j + 1 >= end)).unwrap_or(end);
        while e > s + 1 && (!a.is_word(e - 1) || matches!(a.tok_norm(e - 1), "vào" | "on" | "ngày")) {
            e -= 1;
        }
        (s, e)
    }

    fn place(&self, lo: usize, end: usize, near: usize) -> Option<String> {
        let a = self.a;
        let mut best: Option<(usize, String)> = None;
        for k in lo..end {
            let Some(h) = a.has_at(k, Tag::PlaceMarker) else { continue };
            let s = h.end();
            if s >= end || !a.cap(s) || !a.is_word(s) || a.is_num(s) || a.hit_at(s, |t| matches!(t, Tag::Month(_) | Tag::Weekday(_) | Tag::DocKind(..) | Tag::EventNoun)).is_some() {
                continue;
            }
            let mut e = s;
            // "TP. Hồ Chí Minh": an abbreviation's full stop stays in the place.
            let abbrev_dot = |e: usize| a.is_punct(e, ".") && a.attached(e) && a.cap(e + 1) && a.toks.get(e + 1).is_some_and(|t| t.space_before);
            while e < end && e < s + 8 && (a.is_word(e) || (a.is_punct(e, "(") || a.is_punct(e, ")")) && e > s || (e > s && abbrev_dot(e))) {
                if a.is_word(e) && !a.cap(e) && a.hit_at(e, |t| matches!(t, Tag::EventTitleStop | Tag::TitleStop | Tag::PlaceMarker | Tag::SubjectMarker)).is_some() {
                    break;
                }
                if self.dates.iter().any(|d| d.t0 == e) || a.hit_at(e, |t| t.starts_action() || matches!(t, Tag::Reporting)).is_some() {
                    break;
                }
                e += 1;
            }
            // Brackets kept only when closed: "Trung tâm Hội nghị Quốc gia (Hà Nội)".
            let opens = (s..e).filter(|&j| a.is_punct(j, "(")).count();
            let closes = (s..e).filter(|&j| a.is_punct(j, ")")).count();
            if opens != closes {
                if let Some(j) = (s..e).find(|&j| a.is_punct(j, "(")) {
                    e = j;
                }
            }
            while e > s && !a.is_word(e - 1) && !a.is_punct(e - 1, ")") {
                e -= 1;
            }
            if e > s {
                let dist = k.abs_diff(near);
                if best.as_ref().is_none_or(|(bd, _)| dist < *bd) {
                    best = Some((dist, a.slice(s, e).to_string()));
                }
            }
        }
        best.map(|(_, p)| p)
    }
}

pub(crate) fn find(a: &Analysed, dates: &[DateHit], docs: &Docs) -> Vec<ExtractedEvent> {
    let cx = Cx { a, dates, docs };
    let mut out: Vec<ExtractedEvent> = Vec::new();
    for d in dates {
        let When::Day(day) = d.when else { continue };
        if d.role != Role::Plain || cx.in_doc(d.t0) {
            continue;
        }
        let Some(s) = a.sents.get(d.sent) else { continue };
        let (lo, end) = (s.t0, s.t1);
        let title = if let Some(m) = cx.doc_before(d) {
            // The date of a document: an event only when the text narrates its issuing.
            match cx.issued_by(m, lo) {
                Some(st) => (st, m.t1),
                None => continue,
            }
        } else {
            let dist = |k: usize| if k < d.t0 { d.t0 - k } else { k - d.t1 + 1 };
            let issued = |k: usize| a.has_at(k, Tag::Issuing).and_then(|h| {
                let mut j = h.end();
                if a.has_at(j, Tag::Determiner).is_some() {
                    j += 1;
                }
                docs.mentions.iter().find(|m| m.t0 == j)
            });
            let noun = (lo..end)
                .filter(|&k| (a.has_at(k, Tag::EventNoun).is_some() || issued(k).is_some()) && !cx.in_doc(k) && (k < d.t0 || k >= d.t1))
                .min_by_key(|&k| (dist(k), k > d.t0));
            match noun {
                Some(n) if issued(n).is_some() && a.has_at(n, Tag::EventNoun).is_none() => {
                    // "Ngày 4/12, Văn phòng Chính phủ ban hành Thông báo số 612/TB-VPCP…"
                    let m = issued(n).copied();
                    match m.and_then(|m| cx.issued_by(&m, lo).map(|st| (st, m.t1))) {
                        Some(t) => t,
                        None => continue,
                    }
                }
                Some(n) => {
                    let (t0, t1) = cx.noun_title(n, lo, end);
                    if (t0..t1).filter(|&k| a.is_word(k)).count() == 1 && !a.cap(n) && !a.sents[d.sent].en {
                        // "… sẽ họp vào ngày 20/12": the clause says more than "họp".
                        cx.verb_title(n, d, lo, end)
                    } else {
                        (t0, t1)
                    }
                }
                None => {
                    let verb = (lo..end)
                        .filter(|&k| a.hit_at(k, |t| matches!(t, Tag::EventVerb | Tag::Issuing)).is_some() && !cx.in_doc(k) && (k < d.t0 || k >= d.t1))
                        .min_by_key(|&k| if k < d.t0 { d.t0 - k } else { k - d.t1 + 1 });
                    match verb {
                        Some(v) => cx.verb_title(v, d, lo, end),
                        None => continue,
                    }
                }
            }
        };
        let (t0, t1) = title;
        if t1 <= t0 || (t0..t1).filter(|&k| a.is_word(k)).count() == 0 {
            continue;
        }
        let ev = ExtractedEvent {
            date: day.format("%Y-%m-%d").to_string(),
            title: a.slice(t0, t1).to_string(),
            place: cx.place(lo, end, t0),
            span: a.span(s.t0, s.t1),
        };
        match out.iter_mut().find(|e| same_event(e, &ev)) {
            Some(e) => {
                if e.place.is_none() {
                    e.place = ev.place;
                }
            }
            None => out.push(ev),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::article::PubDate;
    use crate::extract::{extract, Lexicon};

    fn events(text: &str, published: &str) -> Vec<(String, String, Option<String>)> {
        let lex = Lexicon::builtin();
        extract(&lex, text, PubDate::parse(published)).events.into_iter().map(|e| (e.date, e.title, e.place)).collect()
    }

    #[test]
    fn a_meeting_with_its_date_title_and_place() {
        let e = events("Sáng 12/3, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết công tác phòng chống dịch năm 2025, triển khai nhiệm vụ năm 2026.", "2026-03-12");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2026-03-12");
        assert!(e[0].1.starts_with("hội nghị tổng kết công tác phòng chống dịch"), "{e:?}");
        assert_eq!(e[0].2.as_deref(), Some("Hà Nội"));
    }

    #[test]
    fn scheduled_meetings_and_relative_days() {
        let e = events("Sáng mai (20/4), Hội đồng sẽ tổ chức Hội nghị toàn quốc về chuyển đổi số.", "2026-04-19");
        assert_eq!(e[0].0, "2026-04-20");
        assert!(e[0].1.starts_with("Hội nghị toàn quốc về chuyển đổi số"), "{e:?}");
        let e = events("The Prime Minister on Friday chaired a Government meeting on flood relief, during which he spoke.", "2025-10-19");
        assert_eq!(e, [("2025-10-17".to_string(), "Government meeting on flood relief".to_string(), None)]);
    }

    #[test]
    fn deadlines_status_dates_and_document_dates_are_not_events() {
        assert!(events("Các bộ hoàn thành báo cáo trước ngày 15/1.", "2025-12-01").is_empty());
        assert!(events("Đến ngày 30-12-2025, 1.200 nhà đã được sửa chữa xong.", "2026-01-05").is_empty());
        assert!(events("Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, hội nghị bàn về khoa học.", "2025-03-01").is_empty());
        assert!(events("Under Decree No. 10/2025/ND-CP dated March 3, 2025, the meeting rules apply.", "2025-04-01").is_empty());
    }

    #[test]
    fn a_document_narrated_as_issued_on_a_day_is_an_event() {
        let e = events("Thủ tướng Chính phủ vừa ký Quyết định số 120/QĐ-TTg ngày 3/2/2025 về phát triển du lịch.", "2025-02-05");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].0, "2025-02-03");
        assert_eq!(e[0].1, "Thủ tướng Chính phủ vừa ký Quyết định số 120/QĐ-TTg");
    }

    #[test]
    fn a_multi_day_meeting_is_recorded_at_its_start() {
        let e = events("Từ ngày 22/12 đến ngày 23/12/2025, Hội nghị Trung ương diễn ra tại Hà Nội.", "2025-12-20");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2025-12-22");
    }

    #[test]
    fn the_same_meeting_named_twice_is_one_event() {
        let e = events("Sáng 30/12, hội nghị tổng kết năm diễn ra. Hội nghị tổng kết năm ngày 30/12 có 300 đại biểu.", "2025-12-30");
        assert_eq!(e.len(), 1, "{e:?}");
    }
}
