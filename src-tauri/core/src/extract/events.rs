//! Events: dated happenings and scheduled meetings.
//!
//! A day-precise date ("Sáng 30/12", "ngày 9-11-2025", "sáng mai (15/11)", "on Saturday",
//! or "Cùng ngày" for the day named last) that is neither a deadline ("trước ngày…"), nor
//! a "status as of" date ("đến ngày…"), nor only the date of a document ("Nghị quyết số
//! 68-NQ/TW ngày 04/5/2025") is an event when
//! - its sentence names a meeting (`event_nouns.txt`: the nearest one not nearer another
//!   date gives the title) or a dated act (`event_verbs.txt`: its clause gives the title);
//! - it opens its sentence before a clause with a named subject ("Ngày 20/10, UBND tỉnh
//!   có quyết định thành lập…": the clause is the title);
//! - its sentence names nothing but the next one opens with a meeting ("The conference,
//!   held by…, reviewed…") or the previous one names one.
//!
//! A title that is only a bare head noun ("cuộc họp", "kỳ họp thứ 33", "conference") takes
//! a fuller mention of the same meeting nearby or the predicate after an aside; with
//! nothing better the meeting is no event. A document narrated as issued on that date
//! ("Chính phủ vừa ban hành Nghị quyết số 86/NQ-CP ngày 4/11/2025", "has signed Official
//! Dispatch No. 237/CD-TTg dated December 6") is an event too. The place is what follows
//! "tại"/"in" with a capital.

use super::analysis::{Analysed, Hit};
use super::dates::{DateHit, Role, When};
use super::documents::{DocMention, Docs};
use super::identity::distinctive_words;
use super::lexicon::{Lexicon, Tag};
use crate::model::ExtractedEvent;

struct Cx<'a, 'b> {
    a: &'b Analysed<'a>,
    dates: &'b [DateHit],
    docs: &'b Docs,
    lex: &'b Lexicon,
}

impl Cx<'_, '_> {
    fn in_doc(&self, k: usize) -> bool {
        self.docs.mentions.iter().any(|m| m.t0 <= k && k < m.t1)
    }

    fn date_starts(&self, k: usize) -> bool {
        self.dates.iter().any(|d| d.t0 == k && matches!(d.when, When::Day(_)))
    }

    /// The numbered document named just before the date at d (see [`Docs::dated_by`]).
    fn doc_before(&self, d: &DateHit) -> Option<&DocMention> {
        self.docs.dated_by(self.a, d.t0)
    }

    /// "X vừa ký <document>": where the clause that issues it starts.
    fn issued_by(&self, m: &DocMention, lo: usize) -> Option<usize> {
        let a = self.a;
        let mut k = m.t0;
        if let Some(p) = a.ending_with(k, |t| matches!(t, Tag::SubjectPrefix | Tag::Determiner)) {
            k = p.t0 as usize;
        }
        // ("Thủ tướng có Công điện số 23/CĐ-TTg ngày 15/3 yêu cầu…": a body or office
        // holder that "has" a dated document issued it)
        let has = k > lo && a.tok_norm(k - 1) == "có";
        let v = a.ending_with(k, |t| t == Tag::Issuing).or_else(|| has.then_some(Hit { t0: k as u32 - 1, t1: k as u32, tag: Tag::Issuing }))?;
        // The clause: back to the start of the sentence or the last comma.
        let start = (lo..v.t0 as usize).rev().find(|&j| a.is_punct(j, ",") || a.is_punct(j, "-")).map_or(lo, |j| j + 1);
        if has && a.hit_at(start, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_none() {
            return None;
        }
        // Skip anything before the first name or body ("(TBTCO) - Chính phủ …"); a clause
        // that opens with the verb ("Đồng thời, ban hành Quyết định số …") has its subject
        // in the sentence before and is titled from the verb.
        (start..v.t0 as usize + 1).find(|&j| a.cap(j) && a.is_word(j) || a.hit_at(j, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some()).or((start == v.t0 as usize).then_some(start))
    }

    /// A natural hazard at k said to have struck ("đã xảy ra mưa lớn, gây lũ quét…", "mưa
    /// lớn kéo dài…", "a landslide buried…") on the day at d, not over a stretch from it
    /// ("from October 25 to 29, heavy rains…"), in a sentence that forecasts nothing and
    /// warns of no risk.
    fn struck(&self, k: usize, d: &DateHit, lo: usize, end: usize) -> bool {
        let a = self.a;
        let Some(h) = a.has_at(k, Tag::Hazard) else { return false };
        let w = |j: usize| a.tok_norm(j);
        if (d.t0.saturating_sub(2)..d.t0).any(|j| matches!(w(j), "from" | "since" | "từ")) {
            return false;
        }
        let warned = (lo..end).any(|j| a.has_at(j, Tag::Future).is_some() || matches!(w(j), "forecast" | "expected" | "risk" | "risks" | "cơ" | "báo" | "phòng" | "ứng" | "chống"));
        let before = (k.saturating_sub(3)..k).any(|j| a.has_at(j, Tag::Past).is_some() || (w(j) == "xảy" && w(j + 1) == "ra") || (w(j) == "xuất" && w(j + 1) == "hiện"));
        let after = (h.end()..(h.end() + 3).min(end)).any(|j| matches!(w(j), "gây" | "làm" | "kéo" | "khiến" | "caused" | "hit" | "struck" | "killed" | "buried" | "swept" | "destroyed" | "damaged"));
        !warned && (before || after)
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
                } else if t == "(" && k > s + 1 {
                    // A short aside in brackets stays ("kỳ họp thứ 12 (chuyên đề) khóa 9").
                    match (k + 2..(k + 6).min(end)).find(|&j| a.is_punct(j, ")")) {
                        Some(j) if (k + 1..j).all(|i| a.is_word(i)) && j + 1 < end && a.is_word(j + 1) => {
                            k = j + 1;
                            continue;
                        }
                        _ => break,
                    }
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
        while s > lo
            && (a.cap(s - 1) || ordinal(s - 1))
            && a.is_word(s - 1)
            && a.tok_text(s - 1).is_ascii()
            && a.hit_at(s - 1, |t| matches!(t, Tag::SubjectPrefix | Tag::Determiner)).is_none()
            && !self.date_starts(s - 1)
        {
            s -= 1;
        }
        if s == n && a.en_at(n) {
            // "held an online meeting": the words after the article.
            let mut k = n;
            while k > lo
                && n - k < 4
                && a.is_word(k - 1)
                && a.hit_at(k - 1, |t| matches!(t, Tag::Determiner | Tag::SubjectPrefix | Tag::EventVerb | Tag::Issuing) || t.starts_action()).is_none()
                && !self.date_starts(k - 1)
                && a.has_at(k - 1, Tag::PlaceMarker).is_none()
            {
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

/// Where a title comes from: a run of tokens, or a head noun and the predicate of its
/// sentence ("The conference, held by …, reviewed X" → "conference reviewed X").
type Title = ((usize, usize), Option<(usize, usize)>);

impl Cx<'_, '_> {
    fn title_text(&self, t: Title) -> String {
        let a = self.a;
        let ((t0, t1), more) = t;
        match more {
            // (the one who holds it: "cuộc họp của ông Lê Văn An", "the meeting of …")
            Some((p0, p1)) if self.holder_at(p0) => {
                let of = if a.en_at(p0) { "of" } else { "của" };
                format!("{} {of} {}", a.slice(t0, t1), a.slice(p0, p1))
            }
            Some((p0, p1)) => format!("{} {}", a.slice(t0, t1), a.slice(p0, p1)),
            None => a.slice(t0, t1).to_string(),
        }
    }

    /// A person or body at k (a title, a body, "ông"/"bà" before a name).
    fn holder_at(&self, k: usize) -> bool {
        self.a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::Pronoun)).is_some()
    }

    /// "Tại cuộc họp ngày 5/2/2025, ông Lê Văn An - Chủ tịch UBND tỉnh - nhấn mạnh…": a
    /// bare meeting named in an opening phrase is the meeting of the one who speaks after it.
    fn speaker_title(&self, n: usize, lo: usize, end: usize) -> Option<Title> {
        let a = self.a;
        let (t0, t1) = self.noun_title(n, lo, end);
        if (lo..t0).filter(|&k| a.is_word(k)).count() > 2 {
            return None;
        }
        let c = (t1..end.min(t1 + 12)).find(|&j| a.is_punct(j, ","))?;
        let r = (c + 1..end.min(c + 30)).find(|&j| a.has_at(j, Tag::Reporting).is_some() || a.is_punct(j, ";") || a.is_punct(j, ":"))?;
        let mut e = r;
        while e > c + 1 && !a.is_word(e - 1) {
            e -= 1;
        }
        let named = (c + 1..e).any(|j| a.hit_at(j, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some());
        (a.has_at(r, Tag::Reporting).is_some() && named && self.holder_at(c + 1)).then_some(((t0, t1), Some((c + 1, e))))
    }

    /// A title that names no event of its own: only words of `event_generic.txt`,
    /// numbers and ordinals ("cuộc họp", "kỳ họp thứ 33", "the conference").
    fn bare(&self, t: Title) -> bool {
        distinctive_words(self.lex, &self.title_text(t)).iter().all(|w| w.chars().all(|c| c.is_ascii_digit()) || is_ordinal_word(w))
    }

    /// Day-precise dates of sentence si (other than at t0).
    fn other_days(&self, si: usize, t0: usize) -> impl Iterator<Item = &DateHit> + '_ {
        self.dates.iter().filter(move |d| d.sent == si && d.t0 != t0 && matches!(d.when, When::Day(_)))
    }

    /// A day written right after another as the end of one stretch of time: "đêm ngày
    /// 26/7, rạng sáng ngày 27/7" (the happening is recorded at its start).
    fn span_tail(&self, d: &DateHit) -> bool {
        let a = self.a;
        let daytime = |t: Tag| matches!(t, Tag::Daypart | Tag::DayWord);
        self.other_days(d.sent, d.t0)
            .any(|o| o.role == Role::Plain && o.t1 <= d.t0 && d.t0 - o.t1 <= 5 && (o.t1..d.t0).all(|j| !a.is_word(j) || a.hit_at(j, daytime).is_some() || a.inside_hit(j, daytime)))
    }

    /// Event nouns of tokens lo..end, outside documents and outside the date at d.
    fn nouns(&self, lo: usize, end: usize, skip: (usize, usize)) -> impl Iterator<Item = usize> + '_ {
        (lo..end).filter(move |&k| self.a.has_at(k, Tag::EventNoun).is_some() && !self.in_doc(k) && (k < skip.0 || k >= skip.1))
    }

    /// "The conference, held by the commission, reviewed X, and …": after a bare head
    /// noun, an aside between commas and then the predicate (to the next comma).
    fn predicate_after(&self, n_end: usize, end: usize) -> Option<(usize, usize)> {
        let a = self.a;
        if !a.is_punct(n_end, ",") {
            return None;
        }
        let close = (n_end + 2..end.min(n_end + 12)).find(|&j| a.is_punct(j, ","))?;
        let p0 = close + 1;
        if p0 >= end || !a.is_word(p0) || a.cap(p0) || self.date_starts(p0) {
            return None;
        }
        // "Phát biểu khai mạc kỳ họp, Chủ tịch cho biết, tại kỳ họp này…": the words
        // between the commas are the main clause of a speech, and what follows is what was
        // said, not the meeting's predicate; nor is a place phrase a predicate.
        let reported = (n_end + 1..close).any(|j| a.has_at(j, Tag::Reporting).is_some());
        if reported || a.hit_at(p0, |t| matches!(t, Tag::PlaceMarker | Tag::Preposition)).is_some() {
            return None;
        }
        let mut p1 = (p0..end).find(|&j| [",", ";", ":", "!", "?"].iter().any(|p| a.is_punct(j, p)) || self.date_starts(j) || (a.is_punct(j, ".") && j + 1 >= end)).unwrap_or(end);
        p1 = p1.min(p0 + 25);
        while p1 > p0 && !a.is_word(p1 - 1) {
            p1 -= 1;
        }
        (p1 > p0 + 1).then_some((p0, p1))
    }

    /// The title of the meeting named at n, made more than a bare head noun when the text
    /// allows: a predicate after an aside, another mention of the same meeting in the
    /// sentence or the next or previous one with a fuller name (those with no date of
    /// their own). `None` when all are bare.
    fn meeting_title(&self, n: usize, si: usize, skip: (usize, usize)) -> Option<Title> {
        let a = self.a;
        let s = a.sents[si];
        let (t0, mut t1) = self.noun_title(n, s.t0, s.t1);
        // "The conference, held by …,": a comma right after the noun opens an aside.
        if let Some(h) = a.has_at(n, Tag::EventNoun).filter(|h| a.is_punct(h.end(), ",")) {
            t1 = h.end();
        }
        let first: Title = ((t0, t1), None);
        if !self.bare(first) {
            return Some(first);
        }
        if let Some(p) = self.predicate_after(t1, s.t1) {
            return Some(((t0, t1), Some(p)));
        }
        let head = a.has_at(n, Tag::EventNoun).map(|h| a.slice(h.t0 as usize, h.end()).to_lowercase());
        let same_head = |k: usize| a.has_at(k, Tag::EventNoun).is_some_and(|h| Some(a.slice(h.t0 as usize, h.end()).to_lowercase()) == head);
        let near = [Some(si), si.checked_add(1), si.checked_sub(1)];
        for sj in near.into_iter().flatten() {
            let Some(o) = a.sents.get(sj) else { continue };
            if sj != si && (o.para.abs_diff(s.para) > 1 || self.other_days(sj, usize::MAX).next().is_some()) {
                continue;
            }
            for k in self.nouns(o.t0, o.t1, skip).filter(|&k| k != n && same_head(k)) {
                let (u0, mut u1) = self.noun_title(k, o.t0, o.t1);
                if let Some(h) = a.has_at(k, Tag::EventNoun).filter(|h| a.is_punct(h.end(), ",")) {
                    u1 = h.end();
                }
                let t: Title = ((u0, u1), None);
                if !self.bare(t) {
                    return Some(t);
                }
                if let Some(p) = self.predicate_after(u1, o.t1) {
                    return Some(((u0, u1), Some(p)));
                }
            }
        }
        None
    }

    /// The clause around a bare meeting noun at n when it opens with a named subject
    /// ("Sáng 30/12, Bộ Công an tổ chức Hội nghị tổng kết công tác năm 2025"), not a
    /// pronoun, and says more than the noun.
    fn clause_title(&self, n: usize, d: &DateHit, lo: usize, end: usize) -> Option<Title> {
        let a = self.a;
        let (s, e) = self.verb_title(n, d, lo, end);
        // "Ông phát biểu…" names nobody; "Ông Lê Văn An …" does.
        let pronoun = a.has_at(s, Tag::Pronoun).is_some_and(|h| !(a.is_word(h.end()) && a.cap(h.end())));
        let named = !pronoun
            && (a.hit_at(s, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some()
                || (a.cap(s) && a.is_word(s) && a.hit_at(s, |t| matches!(t, Tag::Determiner | Tag::SubjectPrefix | Tag::EventNoun)).is_none()));
        let t: Title = ((s, e), None);
        (named && s <= n && n < e && !self.bare(t)).then_some(t)
    }

    /// "Ngày 20/10, UBND tỉnh có quyết định thành lập…", "Trước đó, ngày 8-9, Văn phòng
    /// Chính phủ đã có văn bản…": a date opening its sentence (after at most a few words
    /// that name nobody) and a comma, then a clause with a named subject: the clause is the
    /// title (a place phrase "tại Hà Nội," before the subject is skipped).
    fn opening_clause(&self, d0: usize, d1: usize, lo: usize, end: usize) -> Option<Title> {
        let a = self.a;
        let before = (lo..d0).filter(|&k| a.is_word(k)).count();
        let named = |k: usize| a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::EventNoun | Tag::EventVerb | Tag::Issuing)).is_some();
        // "Trước thực tế trên, ngày 11/5, …": a longer opening phrase closed by a comma.
        let limit = if d0 > lo && a.is_punct(d0 - 1, ",") { 6 } else { 3 };
        if before > limit || (lo..d0).any(named) {
            return None;
        }
        let mut k = d1;
        if a.is_punct(k, ")") {
            k += 1;
        }
        if !a.is_punct(k, ",") {
            return None;
        }
        k += 1;
        if a.has_at(k, Tag::PlaceMarker).is_some() {
            k = (k..end.min(k + 15)).find(|&j| a.is_punct(j, ","))? + 1;
        }
        let subject = a.is_word(k) && (a.cap(k) || a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::Pronoun | Tag::SubjectPrefix)).is_some());
        if !subject || self.date_starts(k) {
            return None;
        }
        let (k, e) = self.clause_at(k, end);
        if e >= end || !a.is_punct(e, ",") || !self.holder_at(k) || (k..e).any(|j| a.hit_at(j, verbish).is_some()) {
            return ((k..e).filter(|&j| a.is_word(j)).count() >= 3).then_some(((k, e), None));
        }
        // "Ngày 16/11, đồng chí A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đã dẫn đầu đoàn
        // kiểm tra…": a name and its offices, then what was done: the last office and the act.
        let mut office = (k, e);
        let mut j = e + 1;
        loop {
            let (s, t) = self.clause_at(j, end);
            if s >= t || (s..t).any(|x| a.hit_at(x, verbish).is_some()) {
                break;
            }
            if !self.holder_at(s) || t >= end || !a.is_punct(t, ",") {
                return None;
            }
            office = (s, t);
            j = t + 1;
        }
        let (mut p0, p1) = self.clause_at(j, end);
        while let Some(h) = a.has_at(p0, Tag::Past).filter(|h| h.end() < p1) {
            p0 = h.end(); // (the title names the act: "dẫn đầu đoàn…", not "đã dẫn đầu…")
        }
        ((p0..p1).filter(|&x| a.is_word(x)).count() >= 2).then_some((office, Some((p0, p1))))
    }

    /// The words from k to the next punctuation that closes a clause (at most 30 tokens).
    fn clause_at(&self, k: usize, end: usize) -> (usize, usize) {
        let a = self.a;
        let mut e = (k..end).find(|&j| [",", ";", ":", "!", "?", "("].iter().any(|p| a.is_punct(j, p)) || self.date_starts(j) || (a.is_punct(j, ".") && j + 1 >= end)).unwrap_or(end);
        e = e.min(k + 30);
        while e > k && !a.is_word(e - 1) && !a.is_punct(e - 1, ")") {
            e -= 1;
        }
        (k, e)
    }
}

/// A word that makes a clause say something: a verb of any list, a past marker.
fn verbish(t: Tag) -> bool {
    t.starts_action() || matches!(t, Tag::Reporting | Tag::EventVerb | Tag::Past | Tag::Issuing | Tag::AssignCue)
}

/// "33rd", "5th": an ordinal written with digits (ordinal words are in `event_generic.txt`).
fn is_ordinal_word(w: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|x| w.strip_suffix(x).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())))
}

/// A day-precise date an event may hang on: a date of the text, or "Cùng ngày" / "On the
/// same day" opening a sentence without a date of its own (the last day named before).
struct Anchor {
    day: chrono::NaiveDate,
    t0: usize,
    t1: usize,
    sent: usize,
    hit: Option<usize>,
}

fn anchors(a: &Analysed, dates: &[DateHit]) -> Vec<Anchor> {
    let mut out = Vec::new();
    let mut last: Option<chrono::NaiveDate> = None;
    let mut di = 0;
    for (si, s) in a.sents.iter().enumerate() {
        let first_date = di;
        while di < dates.len() && dates[di].sent == si {
            di += 1;
        }
        let own = &dates[first_date..di];
        if !own.iter().any(|d| matches!(d.when, When::Day(_))) {
            if let (Some(day), Some(h)) = (last, (s.t0..s.t1.min(s.t0 + 3)).find_map(|k| a.has_at(k, Tag::SameDay))) {
                out.push(Anchor { day, t0: h.t0 as usize, t1: h.end(), sent: si, hit: None });
            }
        }
        for (i, d) in own.iter().enumerate() {
            if let When::Day(day) = d.when {
                out.push(Anchor { day, t0: d.t0, t1: d.t1, sent: si, hit: Some(first_date + i) });
                if d.role == Role::Plain {
                    last = Some(day);
                }
            }
        }
    }
    out
}

pub(crate) fn find(lex: &Lexicon, a: &Analysed, dates: &[DateHit], docs: &Docs) -> Vec<ExtractedEvent> {
    let cx = Cx { a, dates, docs, lex };
    let mut out: Vec<(ExtractedEvent, bool)> = Vec::new();
    for an in anchors(a, dates) {
        let d = an.hit.map(|i| dates[i]).unwrap_or(DateHit { t0: an.t0, t1: an.t1, when: When::Day(an.day), role: Role::Plain, sent: an.sent, past: false });
        let day = an.day;
        if cx.in_doc(d.t0) {
            continue;
        }
        if d.role == Role::DocDate {
            // "signed Official Dispatch No. 237/CD-TTg dated December 6": the date of a
            // document is an event only when the text narrates its issuing.
            if let Some(m) = cx.doc_before(&d) {
                let lo = a.sents[d.sent].t0;
                if let Some(st) = cx.issued_by(m, lo) {
                    let (t0, t1) = (st, m.t1);
                    push(&mut out, &cx, day, ((t0, t1), None), d.sent, false);
                }
            }
            continue;
        }
        if d.role != Role::Plain || cx.span_tail(&d) {
            continue;
        }
        let Some(s) = a.sents.get(d.sent) else { continue };
        let (lo, end) = (s.t0, s.t1);
        // Titled from the clause around a bare "hội nghị": most likely the meeting the
        // article names in full elsewhere.
        let mut weak = false;
        let title: Title = if let Some(m) = cx.doc_before(&d) {
            // The date of a document: an event only when the text narrates its issuing.
            match cx.issued_by(m, lo) {
                Some(st) => ((st, m.t1), None),
                None => continue,
            }
        } else {
            let dist = |k: usize, d0: usize, d1: usize| if k < d0 { d0 - k } else { k + 1 - d1 };
            let issued = |k: usize| {
                a.has_at(k, Tag::Issuing).and_then(|h| {
                    let mut j = h.end();
                    if a.has_at(j, Tag::Determiner).is_some() {
                        j += 1;
                    }
                    docs.mentions.iter().find(|m| m.t0 == j)
                })
            };
            // A noun or verb nearer another date of the sentence is that date's.
            let mine = |k: usize| cx.other_days(d.sent, d.t0).filter(|o| o.role == Role::Plain && !cx.in_doc(o.t0) && !cx.span_tail(o)).all(|o| dist(k, o.t0, o.t1) >= dist(k, d.t0, d.t1));
            let noun = (lo..end)
                .filter(|&k| (a.has_at(k, Tag::EventNoun).is_some() || issued(k).is_some() || cx.struck(k, &d, lo, end)) && !cx.in_doc(k) && (k < d.t0 || k >= d.t1) && mine(k))
                .min_by_key(|&k| (dist(k, d.t0, d.t1), k > d.t0));
            let verb = || {
                (lo..end).filter(|&k| a.hit_at(k, |t| matches!(t, Tag::EventVerb | Tag::Issuing)).is_some() && !cx.in_doc(k) && (k < d.t0 || k >= d.t1) && mine(k)).min_by_key(|&k| dist(k, d.t0, d.t1))
            };
            let found: Option<Title> = match noun {
                Some(n) if issued(n).is_some() && a.has_at(n, Tag::EventNoun).is_none() => {
                    // "Ngày 4/12, Văn phòng Chính phủ ban hành Thông báo số 612/TB-VPCP…"
                    let m = issued(n).copied();
                    match m.and_then(|m| cx.issued_by(&m, lo).map(|st| (st, m.t1))) {
                        Some(t) => Some((t, None)),
                        None => continue,
                    }
                }
                Some(n) => {
                    let (t0, t1) = cx.noun_title(n, lo, end);
                    if (t0..t1).filter(|&k| a.is_word(k)).count() == 1 && !a.cap(n) && !a.sents[d.sent].en && cx.bare(((t0, t1), None)) {
                        // "… sẽ họp vào ngày 20/12": the clause says more than "họp", unless
                        // the sentence names the meeting more fully elsewhere.
                        cx.meeting_title(n, d.sent, (d.t0, d.t1)).or_else(|| Some((cx.verb_title(n, &d, lo, end), None)))
                    } else {
                        cx.meeting_title(n, d.sent, (d.t0, d.t1))
                            .or_else(|| cx.opening_clause(d.t0, d.t1, lo, end))
                            .or_else(|| cx.clause_title(n, &d, lo, end).inspect(|_| weak = true))
                            .or_else(|| cx.speaker_title(n, lo, end))
                    }
                }
                None => match verb() {
                    Some(v) => Some((cx.verb_title(v, &d, lo, end), None)),
                    None => cx.opening_clause(d.t0, d.t1, lo, end).or_else(|| {
                        // The meeting named in the next sentence of the paragraph (near its
                        // start: "Hội nghị …", "The meeting …") or in the previous one,
                        // neither with a date of its own.
                        let next = a.sents.get(d.sent + 1).filter(|o| o.para == s.para && cx.other_days(d.sent + 1, usize::MAX).next().is_none());
                        let prev = d.sent.checked_sub(1).and_then(|p| a.sents.get(p).map(|o| (p, o))).filter(|(p, o)| o.para == s.para && cx.other_days(*p, usize::MAX).next().is_none());
                        next.and_then(|o| cx.nouns(o.t0, (o.t0 + 6).min(o.t1), (0, 0)).next().map(|k| (k, d.sent + 1)))
                            .or_else(|| prev.and_then(|(p, o)| cx.nouns(o.t0, o.t1, (0, 0)).last().map(|k| (k, p))))
                            .and_then(|(k, sj)| cx.meeting_title(k, sj, (0, 0)))
                    }),
                },
            };
            match found {
                Some(t) => t,
                None => continue,
            }
        };
        push(&mut out, &cx, day, title, d.sent, weak);
    }
    out.into_iter().map(|(e, _)| e).collect()
}

/// Add an event unless the article already has it. Within one article a meeting is named
/// again in other words (lead, body, caption): the same event when one title's
/// distinctive words are all in the other's or four in five of the shorter's are shared;
/// a weak title (a bare "hội nghị" in its clause) joins any event of its day, and a full
/// title replaces a weak one.
fn push(out: &mut Vec<(ExtractedEvent, bool)>, cx: &Cx, day: chrono::NaiveDate, title: Title, si: usize, weak: bool) {
    let a = cx.a;
    let ((t0, t1), _) = title;
    if t1 <= t0 || (t0..t1).filter(|&k| a.is_word(k)).count() == 0 {
        return;
    }
    let s = a.sents[si];
    let ev = ExtractedEvent { date: day.format("%Y-%m-%d").to_string(), title: cx.title_text(title), place: cx.place(s.t0, s.t1, t0), span: a.span(s.t0, s.t1) };
    let y = distinctive_words(cx.lex, &ev.title);
    let same = |e: &ExtractedEvent, e_weak: bool| {
        if e.date != ev.date {
            return false;
        }
        if weak || e_weak {
            return true;
        }
        let x = distinctive_words(cx.lex, &e.title);
        let shared = x.iter().filter(|w| y.contains(w)).count();
        x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)) || shared * 5 >= x.len().min(y.len()) * 4
    };
    match out.iter_mut().find(|(e, w)| same(e, *w)) {
        Some((e, w)) => {
            if *w && !weak {
                e.title = ev.title;
                *w = false;
            }
            if e.place.is_none() {
                e.place = ev.place;
            }
        }
        None => out.push((ev, weak)),
    }
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

    /// Hearings and rallies are dated happenings too, with abbreviated months and bare
    /// weekdays as English news writes them.
    #[test]
    fn hearings_and_rallies_in_english() {
        let e = events("The commission will hold a public hearing on the power shutoffs on Dec. 3 in Sacramento.", "2019-11-20");
        assert_eq!(e.iter().map(|e| (e.0.as_str(), e.2.as_deref())).collect::<Vec<_>>(), [("2019-12-03", Some("Sacramento"))], "{e:?}");
        let e = events("Thousands of teachers held a rally for higher pay at the Statehouse on Tuesday.", "2019-11-20");
        assert_eq!(e.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["2019-11-19"], "{e:?}");
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
    fn scheduled_meetings_are_titled_without_their_schedule() {
        let e = events("Hội nghị xúc tiến thương mại vùng Đồng bằng sông Cửu Long dự kiến diễn ra ngày 20/9 tại Cần Thơ.", "2026-09-01");
        assert_eq!(e, [("2026-09-20".to_string(), "Hội nghị xúc tiến thương mại vùng Đồng bằng sông Cửu Long".to_string(), Some("Cần Thơ".to_string()))]);
        let e = events("The conference on digital trade is scheduled for September 10 in Hà Nội.", "2026-09-01");
        assert_eq!(e, [("2026-09-10".to_string(), "conference on digital trade".to_string(), Some("Hà Nội".to_string()))]);
        let e = events("A forum on green finance for small firms will be held on Wednesday.", "2026-09-07");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-09-09", "forum on green finance for small firms"));
    }

    #[test]
    fn a_date_opening_a_sentence_dates_its_clause() {
        let e = events("Ngày 12/5, UBND tỉnh Bình Định có quyết định thành lập Ban Chỉ đạo chuyển đổi số, do Chủ tịch tỉnh làm Trưởng ban.", "2026-05-14");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-05-12", "UBND tỉnh Bình Định có quyết định thành lập Ban Chỉ đạo chuyển đổi số"));
        let e = events("Trước đó, ngày 2-4, Sở Tài chính đã có văn bản gửi các xã về việc rà soát nợ đọng.", "2026-04-06");
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].1.starts_with("Sở Tài chính đã có văn bản"), "{e:?}");
        // No named subject after the date: a statistic, not an event.
        assert!(events("Ngày 12/5, giá xăng tăng thêm 500 đồng mỗi lít.", "2026-05-14").is_empty());
    }

    #[test]
    fn the_same_day_is_the_day_named_last() {
        let e = events("Ngày 9/6, UBND tỉnh có quyết định thành lập Hội đồng thẩm định giá đất. Cùng ngày, UBND tỉnh cũng có quyết định giao Sở Xây dựng lập quy hoạch vùng.", "2026-06-10");
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[1].0, "2026-06-09");
        assert!(e[1].1.contains("giao Sở Xây dựng lập quy hoạch vùng"), "{e:?}");
        // Without a day before it, "cùng ngày" dates nothing.
        assert!(events("Cùng ngày, UBND tỉnh cũng có quyết định giao Sở Xây dựng lập quy hoạch vùng.", "2026-06-10").is_empty());
    }

    #[test]
    fn a_date_and_its_meeting_in_neighbouring_sentences() {
        let e = events("Sáng 14/6, tại Đà Nẵng, đông đảo đại biểu đã có mặt từ sớm. Hội nghị xúc tiến đầu tư vào khu công nghệ cao thu hút 300 doanh nghiệp.", "2026-06-14");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-06-14", "Hội nghị xúc tiến đầu tư vào khu công nghệ cao"));
        let e = events("Delegates from 20 provinces gathered in Đà Nẵng on Monday. The forum, organised by the ministry, discussed green finance for small firms, and closed at noon.", "2026-06-17");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-06-15", "forum discussed green finance for small firms"));
    }

    #[test]
    fn a_dated_clause_after_an_opening_phrase_and_working_sessions_in_english() {
        let e = events("Trước tình hình trên, ngày 3/4, Bộ Công Thương đã có văn bản gửi các tỉnh về việc bảo đảm cung ứng xăng dầu.", "2026-04-05");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2026-04-03");
        assert!(e[0].1.starts_with("Bộ Công Thương đã có văn bản"), "{e:?}");
        let e = events("On the morning of April 3, the Deputy Minister worked with the provincial People's Committee on flood recovery.", "2026-04-05");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2026-04-03");
    }

    #[test]
    fn a_speech_after_a_bare_meeting_is_no_predicate_of_it() {
        let t = "Sáng 10/7, tại Trung tâm Hội nghị tỉnh, dưới sự chủ trì của Chủ tịch HĐND tỉnh Nguyễn Văn An, Hội đồng nhân dân tỉnh đã khai mạc Kỳ họp thứ 12.\n\nPhát biểu khai mạc kỳ họp, Chủ tịch HĐND tỉnh cho biết, tại kỳ họp này, HĐND tỉnh xem xét 20 nội dung.";
        let e = events(t, "2026-07-10");
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].1.contains("Kỳ họp thứ 12"), "{e:?}");
    }

    #[test]
    fn a_bare_meeting_takes_its_fuller_name_or_is_dropped() {
        let e = events("Hằng tuần, Sở tổ chức họp trực tuyến với các xã về phòng chống bão (riêng ngày 7/11 họp lúc 20 giờ).", "2026-11-06");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1, "họp trực tuyến với các xã về phòng chống bão");
        assert!(events("Ông phát biểu tại cuộc họp ngày 3/3.", "2026-03-05").is_empty(), "{:?}", events("Ông phát biểu tại cuộc họp ngày 3/3.", "2026-03-05"));
        assert!(events("He spoke briefly at the meeting on Monday.", "2026-03-05").is_empty());
    }

    #[test]
    fn within_an_article_a_caption_joins_the_meeting_and_distinct_acts_stay_apart() {
        let e = events("Chiều 9/4, Bộ Công Thương tổ chức hội nghị xúc tiến xuất khẩu nông sản.\n\nThứ trưởng Lê Văn An phát biểu tại hội nghị chiều 9/4. (Ảnh: TTXVN)", "2026-04-09");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1, "hội nghị xúc tiến xuất khẩu nông sản");
        let e = events(
            "Ngày 9/6, UBND tỉnh Bình Định có quyết định thành lập Ban Chỉ đạo lập quy hoạch tỉnh. Cùng ngày, UBND tỉnh Bình Định cũng có quyết định thành lập Hội đồng thẩm định quy hoạch tỉnh.",
            "2026-06-10",
        );
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn a_short_bracket_inside_a_title_stays() {
        let e = events("Sáng 5/6, tại kỳ họp thứ 12 (chuyên đề) khóa 9, các đại biểu đã thông qua 3 nghị quyết.", "2026-06-05");
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].1.starts_with("kỳ họp thứ 12 (chuyên đề) khóa 9"), "{e:?}");
        // An open bracket still ends it.
        let e = events("Sáng 5/6, Bộ Y tế tổ chức hội nghị tổng kết ngành (lần đầu tiên sau sáp nhập.", "2026-06-05");
        assert_eq!(e[0].1, "hội nghị tổng kết ngành", "{e:?}");
    }

    #[test]
    fn a_meeting_belongs_to_the_nearer_of_two_dates() {
        let e = events("Sáng 18/11, tại kỳ họp thứ 12, HĐND tỉnh bầu ông Lê Văn An làm Chủ tịch thay ông Trần Bình nghỉ hưu hôm 17/11.", "2026-11-18");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2026-11-18");
        assert!(e[0].1.starts_with("HĐND tỉnh bầu ông Lê Văn An"), "{e:?}");
    }

    #[test]
    fn a_body_that_has_a_dated_document_issued_it() {
        let e = events("Thủ tướng Chính phủ có Công điện số 40/CĐ-TTg ngày 2/4/2026 yêu cầu đẩy nhanh tiêm chủng.", "2026-04-03");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-04-02", "Thủ tướng Chính phủ có Công điện số 40/CĐ-TTg"));
        // The document only named after "Theo đó" is not issued there.
        assert!(events("Theo đó, Công điện số 40/CĐ-TTg ngày 2/4/2026 của Thủ tướng có nêu rõ nhiều nhiệm vụ.", "2026-04-03").is_empty());
    }

    #[test]
    fn a_name_and_its_offices_before_the_act_title_the_event_by_the_office_and_the_act() {
        let e = events("Ngày 16/11/2024, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái, đã dẫn đầu đoàn công tác kiểm tra tiến độ các dự án.", "2024-11-17");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1, "Chủ tịch UBND tỉnh Yên Bái dẫn đầu đoàn công tác kiểm tra tiến độ các dự án");
    }

    #[test]
    fn a_hazard_that_struck_on_a_day_is_an_event_a_forecast_or_a_stretch_is_not() {
        let e = events("Đêm ngày 26/7, rạng sáng ngày 27/7, trên địa bàn các xã đã xảy ra mưa lớn, gây lũ quét, sạt lở đất làm 2 người chết.", "2025-07-28");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].0, "2025-07-26");
        assert!(e[0].1.starts_with("mưa lớn, gây lũ quét"), "{e:?}");
        let e = events("On July 20, a landslide buried three houses in the village.", "2025-07-21");
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(events("Dự báo ngày 30/7, mưa lớn sẽ tiếp tục gây sạt lở.", "2025-07-28").is_empty());
        assert!(events("From July 25 to 29, prolonged heavy rains have caused rivers to rise.", "2025-07-30").is_empty());
        assert!(events("Ngày 29/7 có nguy cơ xảy ra sạt lở tại các xã vùng cao.", "2025-07-28").is_empty());
    }

    #[test]
    fn a_signed_document_dated_in_the_text_is_an_event() {
        let e = events("Prime Minister Lê Văn An has signed Official Dispatch No. 55/CD-TTg dated March 3, 2026, asking ministries to clear backlogs.", "2026-03-04");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-03-03", "Prime Minister Lê Văn An has signed Official Dispatch No. 55/CD-TTg"));
        assert!(events("Under Official Dispatch No. 55/CD-TTg dated March 3, 2026, ministries clear backlogs.", "2026-03-04").is_empty());
        // ", issued on <date>" after a number dates the document, like "dated".
        assert!(events("Hanoi will follow Document No. 991/UBND-TH, issued on March 19, 2025, to streamline procedures.", "2025-03-28").is_empty());
        let e = events("UBND tỉnh đã họp bàn kế hoạch. Đồng thời, ban hành Quyết định số 1200/QĐ-UBND ngày 2-3-2026 về đầu tư trường học.", "2026-03-04");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1, "ban hành Quyết định số 1200/QĐ-UBND");
    }

    #[test]
    fn a_bare_meeting_in_an_opening_phrase_is_the_speakers() {
        let e = events("Tại cuộc họp ngày 5/2/2026, ông Lê Văn An - Chủ tịch UBND tỉnh - nhấn mạnh rằng các ngành phải hành động.", "2026-02-06");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0.as_str(), e[0].1.as_str()), ("2026-02-05", "cuộc họp của ông Lê Văn An - Chủ tịch UBND tỉnh"));
        let e = events("At the meeting on February 5, Chairman of the Provincial People's Committee Le Van An stressed that sectors must act.", "2026-02-06");
        assert_eq!(e[0].1, "meeting of Chairman of the Provincial People's Committee Le Van An");
        // Nobody named as the speaker: no title to make.
        assert!(events("Tại cuộc họp ngày 5/2/2026, nhiều ý kiến cho rằng các ngành phải hành động.", "2026-02-06").is_empty());
    }

    #[test]
    fn the_same_meeting_named_twice_is_one_event() {
        let e = events("Sáng 30/12, hội nghị tổng kết ngành y tế diễn ra. Hội nghị tổng kết ngành y tế ngày 30/12 có 300 đại biểu.", "2025-12-30");
        assert_eq!(e.len(), 1, "{e:?}");
        // A title of generic words only takes its clause's named subject.
        let e = events("Sáng 30/12, Bộ Công an tổ chức Hội nghị tổng kết công tác năm 2025.", "2025-12-30");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].1, "Bộ Công an tổ chức Hội nghị tổng kết công tác năm 2025");
    }
}
