//! Briefing summaries: what the user prints or sends to their leadership about a period.
//!
//! `Library::briefing(&BriefingOptions)` gathers the content once into a [`Briefing`]
//! (every text already worded in the briefing's language, article words as written, NFC);
//! the renderers turn that same value into Markdown ([`Briefing::to_markdown`]),
//! self-contained HTML with a print stylesheet ([`Briefing::to_html`]) and PDF
//! ([`Briefing::to_pdf`], typeset by typst with the embedded Noto Sans).
//!
//! # Which directives a period selects
//!
//! A directive that is not rejected and passes the chosen documents, assignees, tags and
//! statuses (default: every status but dropped) is in the briefing of the period
//! `from..=to` when at least one of these holds:
//! 1. **new**: its source article was published in the period (an article dated by month
//!    only counts when that month overlaps the period);
//! 2. **due**: its due period ends in the period ("2026-Q1" ends on 2026-03-31);
//! 3. **updated**: the user changed it (status, fields, checklist) on a day of the period;
//! 4. **overdue**: it is still open and overdue today — a briefing never hides what is late.
//!
//! Events are those dated in the period (when documents are chosen: reported by an article
//! that names one of them). Sources are the articles cited by the directives and events,
//! numbered in the order they are first cited.

mod export;
mod html;
pub mod labels;
mod markdown;
mod pdf;

use crate::error::{Error, Result};
use crate::model::{DirectiveStatus, DueState, LibraryDirective, LibraryEvent, Progress};
use crate::store::Library;
use crate::text::nfc;
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};
use ts_rs::TS;

pub use export::{write_atomically, BriefingExport, BriefingFormat};
pub use labels::Labels;
pub use pdf::FONTS;

/// Days a briefing covers when no start is given: the last 30 days, today included.
pub const DEFAULT_DAYS: u64 = 30;
/// Events listed under each document.
const EVENTS_PER_DOCUMENT: usize = 3;

/// The language of a briefing's labels (the article's words are never translated).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum BriefingLang {
    #[default]
    Vi,
    En,
}

/// What a briefing covers. Every list narrows (empty: no narrowing), except `statuses`,
/// whose empty default means every status but dropped.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct BriefingOptions {
    /// First day of the period ("YYYY-MM-DD"); default: 29 days before `to`.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day of the period ("YYYY-MM-DD"); default: today.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Only directives about these documents (registry ids).
    #[ts(type = "number[]")]
    pub document_ids: Vec<i64>,
    /// Only directives of these assignees (as written; case and diacritics of the
    /// comparison are folded).
    pub assignees: Vec<String>,
    /// Only directives carrying any of these tags.
    pub tags: Vec<String>,
    /// Only directives with these statuses; empty: every status but dropped.
    pub statuses: Vec<DirectiveStatus>,
    pub lang: BriefingLang,
    /// Add the user's notes on the directives.
    pub include_notes: bool,
}

/// The headline counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefingSummary {
    /// Directives in the briefing.
    pub total: u32,
    /// From articles published in the period.
    pub new: u32,
    pub done: u32,
    pub overdue: u32,
    pub due_soon: u32,
}

/// One row of the key directives table.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefDirective {
    /// Row number in the table (1-based), used by the document sections and notes.
    pub no: u32,
    #[ts(type = "number")]
    pub id: i64,
    /// As written; `None` when the article names nobody.
    pub assignee: Option<String>,
    pub action: String,
    /// Document labels ("Chỉ thị 12").
    pub documents: Vec<String>,
    /// The due date worded with its precision ("quý I/2026", "Q1 2026").
    pub due: Option<String>,
    pub due_state: DueState,
    pub status: DirectiveStatus,
    /// The status in words, with "Quá hạn"/"Overdue" or "Sắp đến hạn"/"Due soon" when it applies.
    pub status_label: String,
    pub progress: Progress,
    /// "2/3", or empty without a checklist.
    pub progress_label: String,
    /// A concrete assignment (otherwise general guidance).
    pub concrete: bool,
    /// Number of its source article in `sources`.
    pub source: u32,
    pub new: bool,
}

/// A dated event.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefEvent {
    /// "YYYY-MM-DD".
    pub date: String,
    /// The date worded for the briefing's language.
    pub date_label: String,
    pub title: String,
    pub place: Option<String>,
    /// Numbers of the articles reporting it.
    pub sources: Vec<u32>,
}

/// A document's section.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefDocument {
    #[ts(type = "number")]
    pub id: i64,
    pub label: String,
    /// Title, issuer and horizon when known, in one line.
    pub details: Option<String>,
    /// Row numbers of its directives in the key table.
    pub directives: Vec<u32>,
    /// Its latest events up to the end of the period, newest first.
    pub events: Vec<BriefEvent>,
}

/// A cited article.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefSource {
    pub no: u32,
    #[ts(type = "number")]
    pub article_id: i64,
    /// The publication date worded, or "Chưa rõ ngày"/"date unknown".
    pub date_label: String,
    pub title: String,
    /// The file it was imported from.
    pub file: String,
}

/// The user's note on a directive.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefNote {
    /// Row number of the directive.
    pub no: u32,
    pub directive: String,
    pub text: String,
}

/// A scope line ("Văn bản: Chỉ thị 12").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BriefFilter {
    pub label: String,
    pub value: String,
}

/// A briefing's content, worded in its language, ready for any renderer.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Briefing {
    pub lang: BriefingLang,
    /// "YYYY-MM-DD".
    pub from: String,
    pub to: String,
    pub today: String,
    /// "01/12/2025 – 30/12/2025" or "1 Dec 2025 – 30 Dec 2025".
    pub period_label: String,
    pub today_label: String,
    pub filters: Vec<BriefFilter>,
    pub summary: BriefingSummary,
    pub directives: Vec<BriefDirective>,
    pub documents: Vec<BriefDocument>,
    pub events: Vec<BriefEvent>,
    pub sources: Vec<BriefSource>,
    /// Empty unless notes were asked for.
    pub notes: Vec<BriefNote>,
    pub include_notes: bool,
}

/// What the app's preview shows: the briefing and the words of its language (the same
/// ones the exports print).
#[derive(Debug, Clone, Serialize, TS)]
pub struct BriefingPreview {
    pub briefing: Briefing,
    pub labels: Labels,
}

impl Briefing {
    /// The briefing with its labels, for the app's preview.
    pub fn preview(self) -> BriefingPreview {
        let labels = self.labels().clone();
        BriefingPreview { briefing: self, labels }
    }

    /// The fixed words of this briefing's language.
    pub fn labels(&self) -> &'static Labels {
        labels::labels(self.lang)
    }
}

fn parse_day(s: &str, what: &str) -> Result<NaiveDate> {
    let t = s.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d").ok().filter(|_| t.len() == 10).ok_or_else(|| Error::InvalidInput(format!("invalid {what} date \"{t}\": use YYYY-MM-DD (for example 2025-12-30)")))
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The days an article date ("YYYY-MM-DD" or "YYYY-MM") covers.
fn published_range(p: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Ok(d) = NaiveDate::parse_from_str(p, "%Y-%m-%d") {
        return Some((d, d));
    }
    let start = NaiveDate::parse_from_str(&format!("{p}-01"), "%Y-%m-%d").ok()?;
    let next = if start.month() == 12 { start.with_year(start.year() + 1)?.with_month(1)? } else { start.with_month(start.month() + 1)? };
    Some((start, next.pred_opt()?))
}

fn fold_eq(a: &str, b: &str) -> bool {
    crate::text::fold(a.trim()) == crate::text::fold(b.trim())
}

impl BriefingOptions {
    /// The period as dates: `to` defaults to `today`, `from` to 29 days before `to`.
    pub fn period(&self, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
        let to = match self.to.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(s) => parse_day(s, "end")?,
            None => today,
        };
        let from = match self.from.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(s) => parse_day(s, "start")?,
            None => to.checked_sub_days(Days::new(DEFAULT_DAYS - 1)).unwrap_or(to),
        };
        if from > to {
            return Err(Error::InvalidInput(format!("the period starts ({}) after it ends ({})", iso(from), iso(to))));
        }
        Ok((from, to))
    }

    fn accepts(&self, d: &LibraryDirective) -> bool {
        let status_ok = if self.statuses.is_empty() { d.follow_up.status != DirectiveStatus::Dropped } else { self.statuses.contains(&d.follow_up.status) };
        status_ok
            && (self.document_ids.is_empty() || d.documents.iter().any(|doc| self.document_ids.contains(&doc.id)))
            && (self.assignees.is_empty() || d.assignee.as_deref().is_some_and(|a| self.assignees.iter().any(|x| fold_eq(x, a))))
            && (self.tags.is_empty() || d.follow_up.tags.iter().any(|t| self.tags.iter().any(|x| fold_eq(x.trim_start_matches('#'), t))))
    }
}

/// Numbers articles in the order they are first cited.
#[derive(Default)]
struct Citations {
    order: Vec<i64>,
    index: HashMap<i64, u32>,
}

impl Citations {
    fn cite(&mut self, article_id: i64) -> u32 {
        *self.index.entry(article_id).or_insert_with(|| {
            self.order.push(article_id);
            self.order.len() as u32
        })
    }
}

impl Library {
    /// The briefing of a period (see the module documentation for what it selects).
    pub fn briefing(&self, opts: &BriefingOptions) -> Result<Briefing> {
        let lang = opts.lang;
        let l = labels::labels(lang);
        let today = self.today();
        let (from, to) = opts.period(today)?;
        let (from_s, to_s) = (iso(from), iso(to));
        let in_period = |d: NaiveDate| from <= d && d <= to;

        // Directives the user changed on a day of the period.
        let changed: HashSet<i64> = self.directives_changed_between(&from_s, &to_s)?;

        let is_new = |d: &LibraryDirective| d.article_published.as_deref().and_then(published_range).is_some_and(|(s, e)| s <= to && e >= from);
        let mut selected: Vec<LibraryDirective> = self
            .list_directives()?
            .into_iter()
            .filter(|d| opts.accepts(d))
            .filter(|d| {
                is_new(d)
                    || d.follow_up.due.as_ref().is_some_and(|due| crate::due::end_of(due) >= from && crate::due::end_of(due) <= to)
                    || changed.contains(&d.id)
                    || d.follow_up.due_state == DueState::Overdue
            })
            .collect();
        // Open before closed; the soonest deadline first (undated last); concrete
        // assignments before general guidance; then newest article, text order.
        selected.sort_by_cached_key(|d| {
            (
                d.follow_up.status.is_closed(),
                d.follow_up.due.as_ref().map(|due| due.end.clone()).unwrap_or_else(|| "9999".into()),
                !d.concrete,
                std::cmp::Reverse(d.article_published.clone()),
                d.article_id,
                d.span.start,
                d.id,
            )
        });

        let mut cites = Citations::default();
        let mut summary = BriefingSummary::default();
        let mut directives = Vec::with_capacity(selected.len());
        for (i, d) in selected.iter().enumerate() {
            let new = is_new(d);
            summary.total += 1;
            summary.new += new as u32;
            summary.done += (d.follow_up.status == DirectiveStatus::Done) as u32;
            summary.overdue += (d.follow_up.due_state == DueState::Overdue) as u32;
            summary.due_soon += (d.follow_up.due_state == DueState::Soon) as u32;
            let mut status_label = labels::status(lang, d.follow_up.status).to_string();
            if let Some(flag) = labels::due_flag(lang, d.follow_up.due_state) {
                status_label = format!("{status_label} · {flag}");
            }
            let p = d.follow_up.progress;
            directives.push(BriefDirective {
                no: i as u32 + 1,
                id: d.id,
                assignee: d.assignee.as_deref().map(nfc),
                action: nfc(&d.action),
                documents: d.documents.iter().map(|x| nfc(&x.label)).collect(),
                due: d.follow_up.due.as_ref().map(|due| labels::due(lang, due)),
                due_state: d.follow_up.due_state,
                status: d.follow_up.status,
                status_label,
                progress: p,
                progress_label: if p.total > 0 { format!("{}/{}", p.done, p.total) } else { String::new() },
                concrete: d.concrete,
                source: cites.cite(d.article_id),
                new,
            });
        }

        // Which documents each article names, for events by document.
        let docs_of_article: HashMap<i64, Vec<i64>> = self.documents_by_article()?;
        let names_doc = |e: &LibraryEvent, ids: &[i64]| e.sources.iter().any(|s| docs_of_article.get(&s.article_id).is_some_and(|ds| ds.iter().any(|d| ids.contains(d))));
        let all_events = self.list_events()?; // oldest first
        let event_date = |e: &LibraryEvent| NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").ok();
        let brief_event = |e: &LibraryEvent, cites: &mut Citations| BriefEvent {
            date: e.date.clone(),
            date_label: labels::date(lang, &e.date),
            title: nfc(&e.title),
            place: e.place.as_deref().map(nfc),
            sources: e.sources.iter().map(|s| cites.cite(s.article_id)).collect::<BTreeSet<u32>>().into_iter().collect(),
        };

        // Document sections: the chosen documents and those of the selected directives.
        let registry: HashMap<i64, crate::model::LibraryDocument> = self.list_documents()?.into_iter().map(|d| (d.id, d)).collect();
        let mut doc_order: Vec<i64> = opts.document_ids.iter().copied().filter(|id| registry.contains_key(id)).collect();
        for d in &selected {
            for doc in &d.documents {
                if !doc_order.contains(&doc.id) && (opts.document_ids.is_empty() || opts.document_ids.contains(&doc.id)) {
                    doc_order.push(doc.id);
                }
            }
        }
        let mut documents = Vec::new();
        for id in doc_order {
            let Some(doc) = registry.get(&id) else { continue };
            let mut details: Vec<String> = Vec::new();
            if let Some(t) = doc.title.as_deref().filter(|t| !fold_eq(t, &doc.label) && !crate::text::fold(&doc.label).contains(&crate::text::fold(t))) {
                details.push(nfc(t));
            }
            if let Some(i) = &doc.issuer {
                details.push(format!("{}: {}", l.issuer, nfc(i)));
            }
            if let Some(h) = doc.horizon {
                details.push(format!("{} {h}", l.horizon));
            }
            let events: Vec<BriefEvent> =
                all_events.iter().rev().filter(|e| event_date(e).is_some_and(|d| d <= to) && names_doc(e, &[id])).take(EVENTS_PER_DOCUMENT).map(|e| brief_event(e, &mut cites)).collect();
            documents.push(BriefDocument {
                id,
                label: nfc(&doc.label),
                details: (!details.is_empty()).then(|| details.join(" · ")),
                directives: directives.iter().zip(&selected).filter(|(_, d)| d.documents.iter().any(|x| x.id == id)).map(|(b, _)| b.no).collect(),
                events,
            });
        }

        // Events of the period, oldest first.
        let mut events: Vec<BriefEvent> =
            all_events.iter().filter(|e| event_date(e).is_some_and(in_period) && (opts.document_ids.is_empty() || names_doc(e, &opts.document_ids))).map(|e| brief_event(e, &mut cites)).collect();
        events.sort_by(|a, b| a.date.cmp(&b.date));

        let notes: Vec<BriefNote> = if opts.include_notes {
            directives
                .iter()
                .zip(&selected)
                .filter(|(_, d)| !d.follow_up.notes.trim().is_empty())
                .map(|(b, d)| BriefNote {
                    no: b.no,
                    directive: match &b.assignee {
                        Some(a) => format!("{a}: {}", b.action),
                        None => b.action.clone(),
                    },
                    text: nfc(d.follow_up.notes.trim()),
                })
                .collect()
        } else {
            Vec::new()
        };

        let articles: HashMap<i64, crate::model::ArticleSummary> = self.list_articles()?.into_iter().map(|a| (a.id, a)).collect();
        let sources = cites
            .order
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let a = articles.get(id)?;
                Some(BriefSource {
                    no: i as u32 + 1,
                    article_id: *id,
                    date_label: a.published.as_deref().map_or_else(|| l.no_date.to_string(), |p| labels::date(lang, p)),
                    title: nfc(&a.title),
                    file: nfc(&a.source_name),
                })
            })
            .collect();

        let mut filters = Vec::new();
        if !opts.document_ids.is_empty() {
            let names: Vec<String> = opts.document_ids.iter().map(|id| registry.get(id).map_or_else(|| format!("#{id}"), |d| nfc(&d.label))).collect();
            filters.push(BriefFilter { label: l.filter_documents.into(), value: names.join(", ") });
        }
        if !opts.assignees.is_empty() {
            filters.push(BriefFilter { label: l.filter_assignees.into(), value: opts.assignees.iter().map(|a| nfc(a.trim())).collect::<Vec<_>>().join(", ") });
        }
        if !opts.tags.is_empty() {
            filters.push(BriefFilter { label: l.filter_tags.into(), value: opts.tags.iter().map(|t| nfc(t.trim())).collect::<Vec<_>>().join(", ") });
        }
        let statuses: Vec<DirectiveStatus> = if opts.statuses.is_empty() { DirectiveStatus::ALL.into_iter().filter(|s| *s != DirectiveStatus::Dropped).collect() } else { opts.statuses.clone() };
        filters.push(BriefFilter { label: l.filter_statuses.into(), value: statuses.iter().map(|s| labels::status(lang, *s)).collect::<Vec<_>>().join(", ") });

        Ok(Briefing {
            lang,
            period_label: format!("{} – {}", labels::date(lang, &from_s), labels::date(lang, &to_s)),
            today_label: labels::date(lang, &iso(today)),
            from: from_s,
            to: to_s,
            today: iso(today),
            filters,
            summary,
            directives,
            documents,
            events,
            sources,
            notes,
            include_notes: opts.include_notes,
        })
    }
}
