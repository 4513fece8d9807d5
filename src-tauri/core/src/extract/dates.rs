//! Date expressions, Vietnamese and English, resolved with the article's date:
//! "Sáng 30/12", "ngày 9-11-2025", "ngày 30 tháng 12", "sáng mai (15/11)", "trong quý
//! I/2026", "tháng 3.2026", "tháng 11, tháng 12 năm 2025" (the latest month), "năm nay",
//! "July 17, 2025", "before August 1", "the first quarter of 2025", "on Saturday".
//! The words (month names, "sáng", "quý"…) come from `calendar.txt`; the shapes of the
//! numbers are here.

use super::analysis::Analysed;
use super::lexicon::Tag;
use crate::article::PubDate;
use chrono::{Datelike, Duration, NaiveDate};

/// Units of `Tag::Span` ("ngày", "weeks"): days per unit, or one of these three.
pub(crate) const SPAN_HOUR: u8 = 0;
pub(crate) const SPAN_MONTH: u8 = 30;
pub(crate) const SPAN_WORKDAY: u8 = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Day(NaiveDate),
    Month(i32, u32),
    Quarter(i32, u32),
    Year(i32),
}

impl When {
    pub fn iso(self) -> String {
        match self {
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
            When::Month(y, m) => format!("{y:04}-{m:02}"),
            When::Quarter(y, q) => format!("{y:04}-Q{q}"),
            When::Year(y) => format!("{y:04}"),
        }
    }
}

/// What the words before a date make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Plain,
    /// "trước ngày…", "trong quý…", "before…": a deadline.
    Deadline,
    /// "đến ngày…", "as of…": a statistic's date.
    Status,
    /// "dated…": the date of a document.
    DocDate,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct DateHit {
    /// The expression, with its own words ("Sáng", "ngày") but not the cue before it.
    pub t0: usize,
    pub t1: usize,
    pub when: When,
    pub role: Role,
    pub sent: usize,
    /// A year before the article's ("the data of 2024" in a 2025 article): never a
    /// deadline of a task it gives.
    pub past: bool,
}

struct Cx<'a, 'b> {
    a: &'b Analysed<'a>,
    /// The article's day (a month-only date counts as its first day).
    day: Option<NaiveDate>,
    end: usize,
    future: bool,
}

fn year4(s: &str) -> Option<i32> {
    (s.len() == 4).then(|| s.parse::<i32>().ok()).flatten().filter(|y| (1900..=2100).contains(y))
}

fn roman(s: &str) -> Option<u32> {
    match s {
        "I" => Some(1),
        "II" => Some(2),
        "III" => Some(3),
        "IV" => Some(4),
        _ => None,
    }
}

const SEPS: &[&str] = &["/", "-", "."];

impl Cx<'_, '_> {
    fn num(&self, i: usize) -> Option<u32> {
        (i < self.end && self.a.is_num(i)).then(|| self.a.tok_text(i).parse().ok()).flatten()
    }

    /// A day of the month in English: "15", "15th", "1st", "22nd" (one token or two).
    fn day_num(&self, i: usize) -> Option<u32> {
        if let Some(d) = self.num(i).filter(|_| self.a.tok_text(i).len() <= 2) {
            return Some(d).filter(|d| (1..=31).contains(d));
        }
        let w = self.a.tok_text(i);
        let digits = w.len().checked_sub(2).filter(|&n| (1..=2).contains(&n) && w.is_char_boundary(n))?;
        let (n, suffix) = w.split_at(digits);
        let ordinal = matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th");
        (i < self.end && ordinal).then(|| n.parse().ok()).flatten().filter(|d| (1..=31).contains(d))
    }

    /// "trong vòng 10 ngày", "within a week", "trong thời hạn 05 ngày làm việc": a span
    /// after a deadline word, counted from the article's date. Not "trong 10 tháng qua"
    /// or "10 tháng đầu năm" (a period looked back on).
    fn within(&self, i: usize) -> Option<(usize, When, bool)> {
        let a = self.a;
        let h = a.hit_at(i + 1, |t| matches!(t, Tag::Span(_))).filter(|h| h.end() <= self.end)?;
        let n = match a.tok_norm(i) {
            "a" | "an" | "one" | "một" => 1,
            _ => self.num(i).filter(|&n| (1..=366).contains(&n))?,
        };
        a.ending_with(i, |t| t == Tag::Within)?;
        let Tag::Span(unit) = h.tag else { return None };
        // Looked back on, or counted from another event ("kể từ khi được giao đất",
        // "of receiving the request"): not a date of its own.
        if matches!(a.tok_norm(h.end()), "qua" | "vừa" | "đầu" | "cuối" | "trước" | "past" | "earlier" | "ago" | "kể" | "từ" | "sau" | "from" | "after" | "of" | "since") {
            return None;
        }
        let p = self.day?;
        let d = match unit {
            SPAN_HOUR => p + Duration::days(n.div_ceil(24) as i64),
            SPAN_WORKDAY => {
                let mut d = p;
                let mut left = n;
                while left > 0 {
                    d += Duration::days(1);
                    if d.weekday().number_from_monday() <= 5 {
                        left -= 1;
                    }
                }
                d
            }
            SPAN_MONTH => p.checked_add_months(chrono::Months::new(n))?,
            days => p + Duration::days(n as i64 * days as i64),
        };
        Some((h.end(), When::Day(d), true))
    }

    /// The year at i opens a range: "2025-2026", "2026 - 2030", "2026 to 2030".
    fn range_after(&self, i: usize) -> bool {
        let a = self.a;
        let dash = self.sep(i + 1) || a.is_punct(i + 1, "-") || matches!(a.tok_norm(i + 1), "to" | "đến");
        dash && self.year_at(i + 2).is_some()
    }

    fn sep(&self, i: usize) -> bool {
        i < self.end && self.a.attached(i) && SEPS.iter().any(|s| self.a.is_punct(i, s))
    }

    fn year_at(&self, i: usize) -> Option<i32> {
        (i < self.end && self.a.is_num(i)).then(|| year4(self.a.tok_text(i))).flatten()
    }

    fn tag_at(&self, i: usize, f: impl Fn(Tag) -> bool) -> Option<usize> {
        if i >= self.end {
            return None;
        }
        self.a.hit_at(i, f).filter(|h| h.end() <= self.end).map(|h| h.end())
    }

    /// The year closest to the article's date for a day written without one.
    fn nearest(&self, d: u32, m: u32) -> Option<NaiveDate> {
        let p = self.day?;
        (p.year() - 1..=p.year() + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)).min_by_key(|c| (*c - p).num_days().abs())
    }

    /// "d/m", "d-m-yyyy", "d.m.yyyy" at i (numbers and separators written together).
    /// Returns (end, day, month, year).
    fn numeric_dm(&self, i: usize) -> Option<(usize, u32, u32, Option<i32>)> {
        let a = self.a;
        if a.attached(i) && i > 0 && (a.is_num(i - 1) || [",", ".", "/", "-", ":"].iter().any(|p| a.is_punct(i - 1, p))) {
            return None;
        }
        let d = self.num(i).filter(|_| a.tok_text(i).len() <= 2)?;
        if !self.sep(i + 1) || !a.attached(i + 2) {
            return None;
        }
        let m = self.num(i + 2).filter(|_| a.tok_text(i + 2).len() <= 2)?;
        let (end, y) = if self.sep(i + 3) && a.attached(i + 4) && a.tok_text(i + 3) == a.tok_text(i + 1) {
            match self.year_at(i + 4) {
                Some(y) => (i + 5, Some(y)),
                None => return None,
            }
        } else {
            (i + 3, None)
        };
        if end < self.end && a.attached(end) && ((self.sep(end) && a.is_num(end + 1) && a.attached(end + 1)) || a.is_punct(end, "%") || a.is_word(end)) {
            return None;
        }
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        NaiveDate::from_ymd_opt(y.unwrap_or(2024), m, d)?;
        Some((end, d, m, y))
    }

    fn day_of(&self, d: u32, m: u32, y: Option<i32>) -> Option<(When, bool)> {
        match y {
            Some(y) => NaiveDate::from_ymd_opt(y, m, d).map(|x| (When::Day(x), true)),
            None => self.nearest(d, m).map(|x| (When::Day(x), false)),
        }
    }

    /// "(15/11)" at i.
    fn bracketed(&self, i: usize) -> Option<(usize, When, bool)> {
        if !self.a.is_punct(i, "(") {
            return None;
        }
        let (e, d, m, y) = self.numeric_dm(i + 1)?;
        if !self.a.is_punct(e, ")") {
            return None;
        }
        let (w, ex) = self.day_of(d, m, y)?;
        Some((e + 1, w, ex))
    }

    /// A day written after a day word or time of day: "30/12", "30 tháng 12 năm 2025".
    fn day_after_word(&self, j: usize) -> Option<(usize, When, bool)> {
        if let Some((e, d, m, y)) = self.numeric_dm(j) {
            if y.is_none() {
                // "ngày 30-8 năm nay", "ngày 15/1 năm 2026"
                if let Some(k) = self.tag_at(e, |t| t == Tag::ThisYear) {
                    let (w, ex) = self.day_of(d, m, Some(self.day?.year()))?;
                    return Some((k, w, ex));
                }
                if let Some(k) = self.tag_at(e, |t| t == Tag::YearWord) {
                    if let Some(y) = self.year_at(k) {
                        let (w, ex) = self.day_of(d, m, Some(y))?;
                        return Some((k + 1, w, ex));
                    }
                }
            }
            let (w, ex) = self.day_of(d, m, y)?;
            return Some((e, w, ex));
        }
        let d = self.num(j).filter(|d| (1..=31).contains(d))?;
        let k = self.tag_at(j + 1, |t| t == Tag::MonthWord)?;
        let m = self.num(k).filter(|m| (1..=12).contains(m))?;
        if let Some(k2) = self.tag_at(k + 1, |t| t == Tag::YearWord) {
            if let Some(y) = self.year_at(k2) {
                let (w, ex) = self.day_of(d, m, Some(y))?;
                return Some((k2 + 1, w, ex));
            }
        }
        if self.sep(k + 1) {
            if let Some(y) = self.year_at(k + 2) {
                let (w, ex) = self.day_of(d, m, Some(y))?;
                return Some((k + 3, w, ex));
            }
        }
        let (w, ex) = self.day_of(d, m, None)?;
        Some((k + 1, w, ex))
    }

    /// A year after a month or quarter number: "/2026", ".2026", " năm 2025", " of 2025".
    fn trailing_year(&self, j: usize) -> Option<(usize, i32)> {
        if self.sep(j) {
            return self.year_at(j + 1).map(|y| (j + 2, y));
        }
        if let Some(k) = self.tag_at(j, |t| t == Tag::YearWord) {
            return self.year_at(k).map(|y| (k + 1, y));
        }
        if self.a.tok_norm(j) == "of" || self.a.is_punct(j, ",") {
            if let Some(y) = self.year_at(j + 1) {
                return Some((j + 2, y));
            }
            if let Some(k) = self.tag_at(j + 1, |t| t == Tag::ThisYear) {
                return self.day.map(|d| (k, d.year()));
            }
        }
        if let Some(k) = self.tag_at(j, |t| t == Tag::ThisYear) {
            return self.day.map(|d| (k, d.year()));
        }
        if self.a.is_word(j) {
            if let Some(y) = self.year_at(j) {
                return Some((j + 1, y));
            }
        }
        None
    }

    fn resolve_month(&self, m: u32, y: Option<i32>) -> Option<(When, bool)> {
        match y {
            Some(y) => Some((When::Month(y, m), true)),
            None => {
                let d = self.nearest(1, m)?;
                Some((When::Month(d.year(), m), false))
            }
        }
    }

    /// The expression starting at token i: (end, value, year written).
    fn parse_at(&self, i: usize) -> Option<(usize, When, bool)> {
        let a = self.a;
        if let Some(h) = a.hit_at(i, |t| matches!(t, Tag::RelDay(_))).filter(|h| h.end() <= self.end) {
            if let Some(x) = self.bracketed(h.end()) {
                return Some(x);
            }
            let Tag::RelDay(r) = h.tag else { return None };
            let d = self.day? + Duration::days(r as i64);
            return Some((h.end(), When::Day(d), false));
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::Daypart) {
            let j = self.tag_at(j, |t| t == Tag::DayWord).unwrap_or(j);
            if let Some(x) = self.weekday(j, true) {
                return Some(x);
            }
            return self.day_after_word(j);
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::DayWord) {
            return self.day_after_word(j);
        }
        if let Some(x) = self.bracketed(i) {
            return Some(x);
        }
        if let Some(x) = self.within(i) {
            return Some(x);
        }
        if let Some((e, d, m, y)) = self.numeric_dm(i) {
            // "hoàn thành trước 30/6/2026", "trước 15/12": a year, or a deadline word before.
            let cue = a.ending_with(i, |t| matches!(t, Tag::Deadline | Tag::Status | Tag::DocDateCue | Tag::ScheduleCue)).is_some();
            if y.is_some() || cue {
                let (w, ex) = self.day_of(d, m, y)?;
                return Some((e, w, ex));
            }
        }
        if let Some(x) = self.weekday(i, false) {
            return Some(x);
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::MonthWord) {
            let mut m = self.num(j).filter(|m| (1..=12).contains(m))?;
            let mut end = j + 1;
            // "tháng 11, tháng 12 năm 2025", "tháng 11 và tháng 12/2025": the latest month.
            loop {
                let link = a.is_punct(end, ",") || a.tok_norm(end) == "và" || a.tok_norm(end) == "and";
                let Some(k) = link.then(|| self.tag_at(end + 1, |t| t == Tag::MonthWord)).flatten() else { break };
                let Some(m2) = self.num(k).filter(|m| (1..=12).contains(m)) else { break };
                m = m.max(m2);
                end = k + 1;
            }
            let y = self.trailing_year(end);
            let (w, ex) = self.resolve_month(m, y.map(|(_, y)| y))?;
            return Some((y.map_or(end, |(e, _)| e), w, ex));
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::QuarterWord) {
            let q = self.num(j).filter(|q| (1..=4).contains(q)).or_else(|| roman(a.tok_text(j)))?;
            return match self.trailing_year(j + 1) {
                Some((e, y)) => Some((e, When::Quarter(y, q), true)),
                None => Some((j + 1, When::Quarter(self.day?.year(), q), false)),
            };
        }
        // "6 tháng đầu năm 2026", "in the first half of the year": the half's last month.
        if let Some(h) = a.hit_at(i, |t| matches!(t, Tag::HalfYear(_))).filter(|h| h.end() <= self.end) {
            let Tag::HalfYear(m) = h.tag else { return None };
            let j = self.tag_at(h.end(), |t| t == Tag::YearWord).unwrap_or(h.end());
            return match self.year_at(j) {
                Some(y) => Some((j + 1, When::Month(y, m as u32), true)),
                None => {
                    // Written without a year: this year's half, or next year's once it is over.
                    let e = self.tag_at(h.end(), |t| t == Tag::ThisYear).unwrap_or(h.end());
                    let d = self.day?;
                    let y = if (m as u32) < d.month() { d.year() + 1 } else { d.year() };
                    Some((e, When::Month(y, m as u32), false))
                }
            };
        }
        if let Some(h) = a.hit_at(i, |t| matches!(t, Tag::Ordinal(_))).filter(|h| h.end() <= self.end) {
            let Tag::Ordinal(q) = h.tag else { return None };
            let j = self.tag_at(h.end(), |t| t == Tag::QuarterWord)?;
            return match self.trailing_year(j) {
                Some((e, y)) => Some((e, When::Quarter(y, q as u32), true)),
                None => Some((j, When::Quarter(self.day?.year(), q as u32), false)),
            };
        }
        if let Some(t) = a.tok_text(i).strip_prefix('Q').filter(|t| t.len() == 1).and_then(|t| t.parse::<u32>().ok()).filter(|q| (1..=4).contains(q)) {
            return match self.trailing_year(i + 1) {
                Some((e, y)) => Some((e, When::Quarter(y, t), true)),
                None => Some((i + 1, When::Quarter(self.day?.year(), t), false)),
            };
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::ThisMonth) {
            let d = self.day?;
            return Some((j, When::Month(d.year(), d.month()), true));
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::ThisYear) {
            // "cuối năm 2025" names its year: read from "năm".
            if self.year_at(j).is_none() {
                return Some((j, When::Year(self.day?.year()), true));
            }
        }
        if let Some(j) = self.tag_at(i, |t| t == Tag::YearWord) {
            let y = self.year_at(j)?;
            if self.range_after(j) {
                return None; // a range: "năm 2025-2026", "giai đoạn 2026 - 2030"
            }
            return Some((j + 1, When::Year(y), true));
        }
        if let Some(h) = a.hit_at(i, |t| matches!(t, Tag::Month(_))).filter(|h| h.end() <= self.end && a.cap(i)) {
            let Tag::Month(m) = h.tag else { return None };
            let m = m as u32;
            let mut j = h.end();
            if a.is_punct(j, ".") && a.attached(j) {
                j += 1;
            }
            if let Some(y) = self.year_at(j) {
                return Some((j + 1, When::Month(y, m), true));
            }
            let Some(d) = self.day_num(j) else {
                // "in December", "by March": a month after a deadline word.
                if a.ending_with(i, |t| matches!(t, Tag::Deadline | Tag::ScheduleCue)).is_some() {
                    let (w, ex) = self.resolve_month(m, None)?;
                    return Some((h.end(), w, ex));
                }
                return None;
            };
            let mut e = j + 1;
            if a.attached(e) && matches!(a.tok_norm(e), "st" | "nd" | "rd" | "th") {
                e += 1;
            }
            if a.is_punct(e, ",") {
                if let Some(y) = self.year_at(e + 1) {
                    let (w, ex) = self.day_of(d, m, Some(y))?;
                    return Some((e + 2, w, ex));
                }
            } else if let Some(y) = self.year_at(e) {
                let (w, ex) = self.day_of(d, m, Some(y))?;
                return Some((e + 1, w, ex));
            }
            let (w, ex) = self.day_of(d, m, None)?;
            return Some((e, w, ex));
        }
        if let Some(d) = self.day_num(i) {
            let mut j = i + 1;
            if a.attached(j) && matches!(a.tok_norm(j), "st" | "nd" | "rd" | "th") {
                j += 1;
            }
            if let Some(h) = a.hit_at(j, |t| matches!(t, Tag::Month(_))).filter(|h| h.end() <= self.end && a.cap(j)) {
                let Tag::Month(m) = h.tag else { return None };
                if let Some(y) = self.year_at(h.end()) {
                    let (w, ex) = self.day_of(d, m as u32, Some(y))?;
                    return Some((h.end() + 1, w, ex));
                }
                let (w, ex) = self.day_of(d, m as u32, None)?;
                return Some((h.end(), w, ex));
            }
        }
        // A bare year after a deadline word in English: "by 2030", "by the end of 2025".
        if let Some(y) = self.year_at(i) {
            let after_cue = a.ending_with(i, |t| matches!(t, Tag::Deadline | Tag::Status)).is_some();
            let en = a.en_at(i);
            if after_cue && en && !self.range_after(i) && !(i > 0 && a.attached(i)) {
                return Some((i + 1, When::Year(y), true));
            }
        }
        None
    }

    /// A weekday at i ("on Saturday"; Vietnamese "thứ Bảy" only after a time of day).
    fn weekday(&self, i: usize, after_daypart: bool) -> Option<(usize, When, bool)> {
        let a = self.a;
        let h = a.hit_at(i, |t| matches!(t, Tag::Weekday(_))).filter(|h| h.end() <= self.end)?;
        let Tag::Weekday(w) = h.tag else { return None };
        let vietnamese = !a.slice(h.t0 as usize, h.end()).is_ascii();
        if vietnamese && !after_daypart && a.ending_with(i, |t| matches!(t, Tag::Daypart | Tag::DayWord)).is_none() {
            return None;
        }
        if !vietnamese && !a.cap(i) {
            return None;
        }
        // An explicit date after it wins: "thứ Bảy (15/11)", "thứ Bảy, ngày 15/11".
        let mut j = h.end();
        if let Some(x) = self.bracketed(j) {
            return Some(x);
        }
        if a.is_punct(j, ",") {
            j += 1;
        }
        if let Some(k) = self.tag_at(j, |t| t == Tag::DayWord) {
            if let Some(x) = self.day_after_word(k) {
                return Some(x);
            }
        }
        let p = self.day?;
        let today = p.weekday().number_from_monday() as i64;
        let w = w as i64;
        let d = if self.future { p + Duration::days((w - today).rem_euclid(7)) } else { p - Duration::days((today - w).rem_euclid(7)) };
        Some((h.end(), When::Day(d), false))
    }
}

/// A time written as one word: "17h", "12h30".
fn is_clock(w: &str) -> bool {
    let (h, m) = match w.split_once(['h', 'H']) {
        Some(x) => x,
        None => return false,
    };
    !h.is_empty() && h.len() <= 2 && h.bytes().all(|b| b.is_ascii_digit()) && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit())
}

/// A deadline written without its year lies ahead: one more than a month before the
/// article is taken to be next year's.
fn later(when: When, day: Option<NaiveDate>) -> When {
    let Some(p) = day else { return when };
    let limit = p - Duration::days(31);
    match when {
        When::Day(d) if d < limit => d.with_year(d.year() + 1).map_or(when, When::Day),
        When::Month(y, m) if NaiveDate::from_ymd_opt(y, m, 28).is_some_and(|d| d < limit) => When::Month(y + 1, m),
        _ => when,
    }
}

/// Every date expression of the article, in order.
pub(crate) fn find(a: &Analysed, published: Option<PubDate>) -> Vec<DateHit> {
    let day = published.and_then(|p| match p {
        PubDate::Day(d) => Some(d),
        PubDate::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
    });
    let mut out = Vec::new();
    // The words that can open a date (besides numbers, "(", "Q1" and "a week").
    let date_start =
        [Tag::RelDay(0), Tag::Daypart, Tag::DayWord, Tag::Weekday(1), Tag::MonthWord, Tag::QuarterWord, Tag::Ordinal(1), Tag::ThisMonth, Tag::ThisYear, Tag::YearWord, Tag::Month(1), Tag::HalfYear(6)]
            .iter()
            .fold(0u64, |m, t| m | t.bit());
    for (si, s) in a.sents.iter().enumerate() {
        let future = (s.t0..s.t1).any(|k| a.has_at(k, Tag::Future).is_some());
        let cx = Cx { a, day, end: s.t1, future };
        let mut i = s.t0;
        while i < s.t1 {
            // Only numbers, brackets, "Q1" and words of the lexicon can start a date.
            let span_after = || a.hit_at(i + 1, |t| matches!(t, Tag::Span(_))).is_some();
            let ordinal_day = || a.tok_text(i).as_bytes().first().is_some_and(u8::is_ascii_digit);
            let may_start =
                a.mask_at(i) & date_start != 0 || a.is_num(i) || ordinal_day() || a.is_punct(i, "(") || a.tok_text(i).starts_with('Q') || (matches!(a.tok_norm(i), "a" | "an" | "một") && span_after());
            if !may_start {
                i += 1;
                continue;
            }
            if let Some((e, mut when, explicit_year)) = cx.parse_at(i).filter(|x| x.0 > i) {
                // The cue may stand before a time of day: "trước 12 giờ ngày 12/11".
                let mut c = i;
                if let Some(h) = a.ending_with(c, |t| t == Tag::Hour) {
                    if h.t0 > 0 && a.is_num(h.t0 as usize - 1) {
                        c = h.t0 as usize - 1;
                    }
                } else if c > 0 && is_clock(a.tok_text(c - 1)) {
                    c -= 1;
                }
                let role = if a.ending_with(c, |t| t == Tag::DocDateCue).is_some() {
                    Role::DocDate
                } else if a.ending_with(c, |t| t == Tag::Deadline).is_some() {
                    Role::Deadline
                } else if a.ending_with(c, |t| t == Tag::Status).is_some() {
                    // "đến ngày 30-12" is a status date; "đến năm 2030", a target.
                    if matches!(when, When::Day(_)) {
                        Role::Status
                    } else {
                        Role::Deadline
                    }
                } else {
                    Role::Plain
                };
                if role == Role::Deadline && !explicit_year {
                    when = later(when, day);
                }
                let past = matches!((when, day), (When::Year(y), Some(p)) if y < p.year());
                out.push(DateHit { t0: i, t1: e, when, role, sent: si, past });
                i = e;
            } else {
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Lexicon;

    fn dates(text: &str, published: &str) -> Vec<(String, Role)> {
        let lex = Lexicon::builtin();
        let a = Analysed::new(&lex, text);
        find(&a, PubDate::parse(published)).into_iter().map(|d| (d.when.iso(), d.role)).collect()
    }

    fn isos(text: &str, published: &str) -> Vec<String> {
        dates(text, published).into_iter().map(|d| d.0).collect()
    }

    #[test]
    fn vietnamese_days() {
        assert_eq!(isos("Sáng 30/12, hội nghị khai mạc.", "2025-12-30"), ["2025-12-30"]);
        assert_eq!(isos("Chiều tối 26/11, Thủ tướng chủ trì.", "2025-11-27"), ["2025-11-26"]);
        assert_eq!(isos("Lễ diễn ra ngày 9-11-2025 tại Huế.", "2025-11-01"), ["2025-11-09"]);
        assert_eq!(isos("Ngày 30 tháng 12 năm 2024, hội nghị họp.", "2025-01-02"), ["2024-12-30"]);
        assert_eq!(isos("Sáng mai (15/11), hội nghị sẽ khai mạc.", "2025-11-14"), ["2025-11-15"]);
        assert_eq!(isos("Hội nghị khai mạc sáng nay.", "2025-10-13"), ["2025-10-13"]);
        // The nearest year: an early-January article about late December.
        assert_eq!(isos("Sáng 30/12, hội nghị họp.", "2026-01-02"), ["2025-12-30"]);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        assert!(isos("Tăng trưởng quý IV từ 7,5-8%, 651/674 nhà, sớm hơn 5-10 ngày.", "2025-01-01").iter().all(|d| d.contains('Q')));
        assert!(isos("Chỉ thị số 12-CT/TW và 30/12 không rõ.", "2025-01-01").is_empty());
        assert!(isos("Nhiệm kỳ 2025-2030, năm học 2025-2026.", "2025-01-01").is_empty());
    }

    #[test]
    fn months_quarters_years_and_their_roles() {
        assert_eq!(dates("hoàn thành trong quý 1/2026", "2026-02-24"), [("2026-Q1".into(), Role::Deadline)]);
        assert_eq!(isos("trong quý I năm 2025", "2025-02-01"), ["2025-Q1"]);
        assert_eq!(isos("chuẩn bị trong tháng 3.2026", "2026-02-24"), ["2026-03"]);
        assert_eq!(isos("trong tháng 11, tháng 12 năm 2025", "2025-11-04"), ["2025-12"]);
        assert_eq!(isos("trong tháng 11 và tháng 12/2025", "2025-11-04"), ["2025-12"]);
        assert_eq!(isos("gỡ thẻ vàng trong năm nay", "2025-11-27"), ["2025"]);
        assert_eq!(dates("trước ngày 30-8 năm nay", "2026-02-01")[0].0, "2026-08-30");
        assert_eq!(dates("trước ngày 15/1", "2025-11-04"), [("2026-01-15".into(), Role::Deadline)]);
        assert_eq!(dates("Đến ngày 15-1-2026, đã hoàn thành", "2026-01-16"), [("2026-01-15".into(), Role::Status)]);
    }

    #[test]
    fn english_dates() {
        assert_eq!(dates("The work must be done before August 1.", "2025-07-17"), [("2025-08-01".into(), Role::Deadline)]);
        assert_eq!(dates("Under Dispatch No. 110 dated July 17, 2025, ministers act.", "2025-07-17"), [("2025-07-17".into(), Role::DocDate)]);
        assert_eq!(isos("report in the first quarter of 2025", "2025-03-09"), ["2025-Q1"]);
        assert_eq!(isos("Trade grew in July 2025.", "2025-09-01"), ["2025-07"]);
        assert_eq!(isos("The PM on Saturday chaired a meeting.", "2025-10-25"), ["2025-10-25"]);
        assert_eq!(isos("He addressed a conference on Wednesday.", "2024-01-05"), ["2024-01-03"]);
        assert_eq!(isos("The meeting will open on Monday.", "2024-01-05"), ["2024-01-08"]);
        assert_eq!(isos("Targets must be met by 2030.", "2025-01-01"), ["2030"]);
        assert_eq!(isos("On March 9, the Office announced it.", "2025-03-10"), ["2025-03-09"]);
        assert_eq!(isos("The plant will be finished in the first half of 2027.", "2026-05-01"), ["2027-06"]);
        assert_eq!(dates("Reports are due by 15th November.", "2024-11-02"), [("2024-11-15".into(), Role::Deadline)]);
        assert_eq!(isos("submit it by November 22nd, 2024", "2024-11-02"), ["2024-11-22"]);
        assert_eq!(isos("It opened on the 1st of May.", "2024-11-02"), Vec::<String>::new());
        assert!(isos("propose the growth scenario in the 2026 - 2030 period", "2026-05-01").is_empty());
    }

    /// A span after a deadline word counts from the article's date.
    #[test]
    fn spans_count_from_the_article() {
        assert_eq!(isos("báo cáo trong vòng 10 ngày", "2026-03-02"), ["2026-03-12"]);
        assert_eq!(isos("report every case within 24 hours", "2026-03-02"), ["2026-03-03"]);
        assert_eq!(isos("respond within a week", "2026-03-02"), ["2026-03-09"]);
        // Friday 6 March + 5 working days = Friday 13 March.
        assert_eq!(isos("gửi hồ sơ trong thời hạn 05 ngày làm việc", "2026-03-06"), ["2026-03-13"]);
        assert_eq!(isos("hoàn thành trong 2 tháng", "2026-01-31"), ["2026-03-31"]);
        // Looked back on, or counted from something else: no date.
        assert!(isos("trong 10 tháng qua, kinh tế tăng trưởng", "2026-11-02").is_empty());
        assert!(isos("khởi công trong 12 tháng kể từ khi được giao đất", "2026-11-02").is_empty());
        assert!(isos("within 30 days of receiving the request", "2026-11-02").is_empty());
    }

    /// A half of a year is read as the month it ends in.
    #[test]
    fn halves_of_a_year() {
        assert_eq!(isos("hoàn thành thủ tục trong 6 tháng đầu năm 2026", "2025-12-01"), ["2026-06"]);
        assert_eq!(isos("sáu tháng cuối năm hoàn thành việc bàn giao", "2025-03-01"), ["2025-12"]);
    }
}
