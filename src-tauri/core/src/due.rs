//! Due dates with their precision: "2026-03-31" (day), "2026-03" (month), "2026-Q1"
//! (quarter), "2026" (year). A due date covers a period; an item is overdue from the day
//! after the period ends ("2026-Q1" is overdue from 2026-04-01) and due soon when the
//! period ends within `DUE_SOON_DAYS`.

use crate::model::{DueDate, DuePrecision, DueState, DueWindow};
use chrono::{Datelike, Days, NaiveDate};

/// Days ahead in which a period's end makes an item "due soon".
pub const DUE_SOON_DAYS: u32 = 14;

/// Environment variable fixing "today" (YYYY-MM-DD) for tests and reproducible screenshots.
pub const TODAY_ENV: &str = "BRIEFDESK_TODAY";

/// Today in the user's time zone, unless `$BRIEFDESK_TODAY` says otherwise.
pub fn today() -> NaiveDate {
    std::env::var(TODAY_ENV).ok().and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()).unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Parse a stored or typed due date. Accepts the four precisions (surrounding spaces and a
/// lower-case "q" are tolerated); `None` for anything else, including impossible dates.
pub fn parse(value: &str) -> Option<DueDate> {
    let v = value.trim();
    let (precision, start, end, value) = if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        if v.len() != 10 {
            return None;
        }
        (DuePrecision::Day, d, d, iso(d))
    } else if let Some((y, q)) = v.split_once(['Q', 'q']).map(|(y, q)| (y.trim_end_matches('-'), q)) {
        let year: i32 = y.parse().ok().filter(|_| y.len() == 4)?;
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        let start = NaiveDate::from_ymd_opt(year, q * 3 - 2, 1)?;
        (DuePrecision::Quarter, start, month_end(year, q * 3)?, format!("{year}-Q{q}"))
    } else if v.len() == 7 && v.as_bytes()[4] == b'-' {
        let year: i32 = v[..4].parse().ok()?;
        let month: u32 = v[5..].parse().ok()?;
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        (DuePrecision::Month, start, month_end(year, month)?, format!("{year}-{month:02}"))
    } else if v.len() == 4 {
        let year: i32 = v.parse().ok().filter(|y| *y > 1900)?;
        (DuePrecision::Year, NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?, v.to_string())
    } else {
        return None;
    };
    if start.year() < 1900 {
        return None;
    }
    Some(DueDate { value, precision, start: iso(start), end: iso(end) })
}

/// The last day of a due date's period.
pub fn end_of(due: &DueDate) -> NaiveDate {
    NaiveDate::parse_from_str(&due.end, "%Y-%m-%d").expect("built by parse")
}

/// Where a due date stands on `today` for an item that is `closed` (done/dropped) or not.
pub fn state(due: Option<&DueDate>, closed: bool, today: NaiveDate) -> DueState {
    let Some(due) = due else { return DueState::None };
    if closed {
        return DueState::Closed;
    }
    let end = end_of(due);
    if end < today {
        DueState::Overdue
    } else if end <= today.checked_add_days(Days::new(DUE_SOON_DAYS.into())).unwrap_or(end) {
        DueState::Soon
    } else {
        DueState::Later
    }
}

/// Whether an open item's period ends between today and `days` days ahead (inclusive).
pub fn ends_within(due: &DueDate, today: NaiveDate, days: u32) -> bool {
    let end = end_of(due);
    end >= today && end <= today.checked_add_days(Days::new(days.into())).unwrap_or(end)
}

/// Whether an open directive or task falls in a due-date window on `today`.
pub(crate) fn in_window(window: DueWindow, due: Option<&DueDate>, state: DueState, today: NaiveDate) -> bool {
    use DueWindow::*;
    match (window, due) {
        (Undated, d) => d.is_none(),
        (_, None) => false,
        (Overdue, Some(_)) => state == DueState::Overdue,
        (Within { days }, Some(d)) => state != DueState::Closed && ends_within(d, today, days),
        (OverdueOrWithin { days }, Some(d)) => state == DueState::Overdue || (state != DueState::Closed && ends_within(d, today, days)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn each_precision_covers_its_period() {
        let q = parse("2026-Q1").unwrap();
        assert_eq!((q.precision, q.start.as_str(), q.end.as_str()), (DuePrecision::Quarter, "2026-01-01", "2026-03-31"));
        let m = parse("2024-02").unwrap();
        assert_eq!((m.precision, m.end.as_str()), (DuePrecision::Month, "2024-02-29"));
        let y = parse("2045").unwrap();
        assert_eq!((y.precision, y.start.as_str(), y.end.as_str()), (DuePrecision::Year, "2045-01-01", "2045-12-31"));
        let day = parse(" 2026-11-30 ").unwrap();
        assert_eq!((day.precision, day.value.as_str(), day.end.as_str()), (DuePrecision::Day, "2026-11-30", "2026-11-30"));
        assert_eq!(parse("2026-q4").unwrap().value, "2026-Q4");
    }

    #[test]
    fn impossible_or_foreign_dates_are_refused() {
        for bad in ["", "2026-13", "2026-02-30", "2026-Q5", "26-Q1", "soon", "31/12/2026", "2026-1-5", "0999"] {
            assert!(parse(bad).is_none(), "{bad:?} accepted");
        }
    }

    #[test]
    fn a_quarter_is_overdue_only_after_its_last_day() {
        let q1 = parse("2026-Q1").unwrap();
        assert_eq!(state(Some(&q1), false, d("2026-03-31")), DueState::Soon);
        assert_eq!(state(Some(&q1), false, d("2026-04-01")), DueState::Overdue);
        assert_eq!(state(Some(&q1), false, d("2026-02-01")), DueState::Later);
        assert_eq!(state(Some(&q1), true, d("2026-05-01")), DueState::Closed);
        assert_eq!(state(None, false, d("2026-05-01")), DueState::None);
    }

    #[test]
    fn due_soon_counts_to_the_end_of_the_period() {
        let dec = parse("2026-12").unwrap();
        assert_eq!(state(Some(&dec), false, d("2026-12-17")), DueState::Soon);
        assert_eq!(state(Some(&dec), false, d("2026-12-16")), DueState::Later);
        assert!(ends_within(&dec, d("2026-12-01"), 30));
        assert!(!ends_within(&dec, d("2026-11-23"), 30));
    }
}
