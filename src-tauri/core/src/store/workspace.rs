//! Views over the follow-up workspace: the filtered registry, a directive's panel, the
//! Upcoming list, a document's page, the timeline, due-date alerts and preferences.

use super::directives::in_window;
use super::tasks::task_from_row;
use super::Library;
use crate::error::{Error, Result};
use crate::model::{DirectiveDetail, DirectiveFilter, DocumentEntry, DocumentEntryKind, DocumentPage, DueState, DueWindow, LibraryDirective, Span, TimelineItem, TimelineKind, Upcoming, UpcomingItem};
use crate::text::{fold, sentence_around};
use rusqlite::params;
use std::collections::HashMap;

/// Days ahead the Upcoming view and `briefdesk upcoming` look by default.
pub const UPCOMING_DAYS: u32 = 30;

/// Whether every word of a folded query occurs in the folded text.
fn matches_words(query: &[String], hay: &str) -> bool {
    query.iter().all(|w| hay.contains(w.as_str()))
}

fn query_words(text: Option<&str>) -> Vec<String> {
    text.map(|t| fold(t).split_whitespace().map(str::to_string).collect()).unwrap_or_default()
}

fn directive_haystack(d: &LibraryDirective) -> String {
    let mut s = String::new();
    for part in [d.assignee.as_deref(), Some(&d.action), Some(&d.sentence), d.follow_up.owner.as_deref(), Some(&d.follow_up.notes), Some(&d.article_title)].into_iter().flatten() {
        s.push_str(part);
        s.push('\n');
    }
    for doc in &d.documents {
        s.push_str(&doc.label);
        s.push('\n');
    }
    for t in &d.follow_up.tags {
        s.push_str(t);
        s.push('\n');
    }
    fold(&s)
}

impl DirectiveFilter {
    /// Whether a directive passes every narrowing of this filter.
    pub fn accepts(&self, d: &LibraryDirective, today: chrono::NaiveDate) -> bool {
        let words = query_words(self.text.as_deref());
        self.accepts_with(&words, d, today)
    }

    fn accepts_with(&self, words: &[String], d: &LibraryDirective, today: chrono::NaiveDate) -> bool {
        (self.include_rejected || d.state != crate::model::ItemState::Rejected)
            && (self.statuses.is_empty() || self.statuses.contains(&d.follow_up.status))
            && (self.tags.is_empty() || d.follow_up.tags.iter().any(|t| self.tags.iter().any(|f| fold(f) == fold(t))))
            && self.document_id.is_none_or(|id| d.documents.iter().any(|doc| doc.id == id))
            && self.assignee.as_deref().is_none_or(|a| d.assignee.as_deref().is_some_and(|x| fold(x) == fold(a)))
            && self.due.is_none_or(|w| in_window(w, d.follow_up.due.as_ref(), d.follow_up.due_state, today))
            && (words.is_empty() || matches_words(words, &directive_haystack(d)))
    }
}

impl Library {
    /// Directives narrowed by a filter, newest article first.
    pub fn find_directives(&self, filter: &DirectiveFilter) -> Result<Vec<LibraryDirective>> {
        let today = self.today();
        let words = query_words(filter.text.as_deref());
        let base = if filter.include_rejected { "1" } else { "d.state != 'rejected'" };
        let all = match filter.document_id {
            Some(doc) => self.directives_where(&format!("{base} AND d.id IN (SELECT directive_id FROM directive_documents WHERE document_id = ?1)"), &[&doc])?,
            None => self.directives_where(base, &[])?,
        };
        Ok(all.into_iter().filter(|d| filter.accepts_with(&words, d, today)).collect())
    }

    /// A directive with its checklist and history.
    pub fn directive_detail(&self, id: i64) -> Result<DirectiveDetail> {
        Ok(DirectiveDetail { directive: self.directive(id)?, tasks: self.tasks(id)?, history: self.history(id)? })
    }

    /// Open directives and undone tasks that are overdue or due within `days` days.
    pub fn upcoming(&self, days: u32) -> Result<Upcoming> {
        let today = self.today();
        let window = DueWindow::OverdueOrWithin { days };
        let open = self.directives_where("d.state != 'rejected' AND d.status NOT IN ('done', 'dropped')", &[])?;
        let mut items: Vec<UpcomingItem> = Vec::new();
        let mut task_stmt = self.conn.prepare_cached(
            "SELECT id, directive_id, text, done, done_at, due, owner, position FROM tasks
             WHERE directive_id = ?1 AND NOT deleted ORDER BY position, id",
        )?;
        for d in &open {
            if let Some(due) = d.follow_up.due.as_ref().filter(|due| in_window(window, Some(due), d.follow_up.due_state, today)) {
                items.push(UpcomingItem { directive: d.clone(), task: None, due: due.clone(), due_state: d.follow_up.due_state });
            }
            if d.follow_up.progress.total == 0 {
                continue;
            }
            let mut pos = 0u32;
            let tasks = task_stmt
                .query_map([d.id], |r| {
                    pos += 1;
                    task_from_row(r, today, pos - 1)
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for t in tasks {
                if let Some(due) = t.due.clone().filter(|due| in_window(window, Some(due), t.due_state, today)) {
                    items.push(UpcomingItem { directive: d.clone(), due_state: t.due_state, task: Some(t), due });
                }
            }
        }
        items.sort_by(|a, b| (&a.due.end, a.directive.id, a.task.as_ref().map(|t| t.position)).cmp(&(&b.due.end, b.directive.id, b.task.as_ref().map(|t| t.position))));
        let (overdue, soon) = items.into_iter().partition(|i| i.due_state == DueState::Overdue);
        Ok(Upcoming { today: today.format("%Y-%m-%d").to_string(), days, overdue, soon })
    }

    /// Items falling due (overdue, or ending today or tomorrow) not announced before; each
    /// is remembered with its due date, so it is announced once (again if the date moves).
    pub fn take_due_alerts(&mut self) -> Result<Vec<UpcomingItem>> {
        let up = self.upcoming(1)?;
        let tx = self.conn.transaction()?;
        let mut fresh = Vec::new();
        for item in up.overdue.into_iter().chain(up.soon) {
            let key = match &item.task {
                Some(t) => format!("task:{}:{}", t.id, item.due.value),
                None => format!("directive:{}:{}", item.directive.id, item.due.value),
            };
            if tx.execute("INSERT OR IGNORE INTO alerts_sent(key, at) VALUES (?1, ?2)", params![key, super::now()])? == 1 {
                fresh.push(item);
            }
        }
        tx.commit()?;
        Ok(fresh)
    }

    /// Everything the library says about one document, in date order: the articles that
    /// name it, its directives and the events reported alongside it.
    pub fn document_page(&self, id: i64) -> Result<DocumentPage> {
        let document = self.list_documents()?.into_iter().find(|d| d.id == id).ok_or(Error::NotFound { what: "document", id })?;
        let mut entries: Vec<DocumentEntry> = Vec::new();
        for d in self.find_directives(&DirectiveFilter { document_id: Some(id), ..Default::default() })? {
            entries.push(DocumentEntry {
                kind: DocumentEntryKind::Directive,
                date: d.article_published.clone(),
                article_id: d.article_id,
                article_title: d.article_title.clone(),
                text: d.sentence.clone(),
                span: d.span,
                directive: Some(d),
                event: None,
            });
        }
        // Every mention, as its sentence: once per sentence, and not where a directive
        // about the document already shows that sentence.
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.article_id, a.title, a.published, m.start, m.end FROM document_mentions m
             JOIN articles a ON a.id = m.article_id WHERE m.document_id = ?1 ORDER BY m.article_id, m.start",
        )?;
        let mentions = stmt
            .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, u32>(3)?, r.get::<_, u32>(4)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Mentions come article by article: each body is read and split into characters once.
        let mut article: Option<(i64, Vec<char>)> = None;
        let mut shown: Vec<(i64, Span)> = entries.iter().map(|e| (e.article_id, e.span)).collect();
        for (article_id, article_title, published, start, end) in mentions {
            if article.as_ref().is_none_or(|(a, _)| *a != article_id) {
                let body: String = self.conn.query_row("SELECT body FROM articles WHERE id = ?1", [article_id], |r| r.get(0))?;
                article = Some((article_id, body.chars().collect()));
            }
            let Some((_, chars)) = &article else { continue };
            let (text, (s0, s1)) = sentence_around(chars, start as usize, end as usize);
            let span = Span { start: s0 as u32, end: s1 as u32 };
            if shown.iter().any(|(a, s)| *a == article_id && s.start < span.end && span.start < s.end) {
                continue;
            }
            shown.push((article_id, span));
            entries.push(DocumentEntry { kind: DocumentEntryKind::Mention, date: published, article_id, article_title, text, span, directive: None, event: None });
        }
        let events = self.events_where("id IN (SELECT s.event_id FROM event_sources s JOIN document_mentions m ON m.article_id = s.article_id WHERE m.document_id = ?1)", &[&id])?;
        for e in events {
            let Some(src) = e.sources.first().cloned() else { continue };
            entries.push(DocumentEntry {
                kind: DocumentEntryKind::Event,
                date: Some(e.date.clone()),
                article_id: src.article_id,
                article_title: src.article_title,
                text: e.title.clone(),
                span: src.span,
                directive: None,
                event: Some(e),
            });
        }
        // Date order; within one article, the order of its text.
        let rank = |k: DocumentEntryKind| match k {
            DocumentEntryKind::Mention => 0,
            DocumentEntryKind::Directive => 1,
            DocumentEntryKind::Event => 2,
        };
        entries.sort_by(|a, b| (a.date.is_none(), &a.date, a.article_id, a.span.start, rank(a.kind)).cmp(&(b.date.is_none(), &b.date, b.article_id, b.span.start, rank(b.kind))));
        Ok(DocumentPage { document, entries })
    }

    /// The timeline: articles, events, due dates of directives and tasks, and document
    /// horizons. The filter narrows directives and tasks; its text and document narrow
    /// every kind.
    pub fn timeline(&self, filter: &DirectiveFilter) -> Result<Vec<TimelineItem>> {
        let today = self.today();
        let words = query_words(filter.text.as_deref());
        let mut items = Vec::new();
        // Documents named by each article.
        let mut docs_of: HashMap<i64, Vec<i64>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare("SELECT DISTINCT article_id, document_id FROM document_mentions ORDER BY article_id, document_id")?;
            for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
                let (a, d) = row?;
                docs_of.entry(a).or_default().push(d);
            }
        }
        let doc_ok = |ids: &[i64]| filter.document_id.is_none_or(|d| ids.contains(&d));
        let text_ok = |t: &str| words.is_empty() || matches_words(&words, &fold(t));
        let base = TimelineItem {
            id: String::new(),
            kind: TimelineKind::Article,
            start: String::new(),
            end: None,
            title: String::new(),
            sources: 0,
            document_ids: Vec::new(),
            assignee: None,
            status: None,
            due_state: DueState::None,
            article_id: None,
            directive_id: None,
            task_id: None,
            event_id: None,
            document_id: None,
            progress: None,
        };
        let mut stmt = self.conn.prepare("SELECT id, title, published FROM articles WHERE published IS NOT NULL ORDER BY published, id")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))? {
            let (id, title, published) = row?;
            let document_ids = docs_of.get(&id).cloned().unwrap_or_default();
            if !doc_ok(&document_ids) || !text_ok(&title) {
                continue;
            }
            let start = if published.len() == 7 { format!("{published}-01") } else { published };
            items.push(TimelineItem { id: format!("a{id}"), kind: TimelineKind::Article, start, title, document_ids, article_id: Some(id), ..base.clone() });
        }
        for e in self.list_events()? {
            let mut document_ids: Vec<i64> = e.sources.iter().flat_map(|s| docs_of.get(&s.article_id).cloned().unwrap_or_default()).collect();
            document_ids.sort_unstable();
            document_ids.dedup();
            if !doc_ok(&document_ids) || !text_ok(&format!("{} {}", e.title, e.place.as_deref().unwrap_or(""))) {
                continue;
            }
            items.push(TimelineItem {
                id: format!("e{}", e.id),
                kind: TimelineKind::Event,
                start: e.date.clone(),
                title: e.title.clone(),
                sources: e.sources.len() as u32,
                document_ids,
                event_id: Some(e.id),
                ..base.clone()
            });
        }
        let directives = self.find_directives(filter)?;
        let mut task_stmt = self.conn.prepare_cached(
            "SELECT id, directive_id, text, done, done_at, due, owner FROM tasks
             WHERE directive_id = ?1 AND NOT deleted AND due IS NOT NULL ORDER BY position, id",
        )?;
        for d in &directives {
            let document_ids: Vec<i64> = d.documents.iter().map(|x| x.id).collect();
            let common = TimelineItem { document_ids, assignee: d.assignee.clone(), status: Some(d.follow_up.status), directive_id: Some(d.id), article_id: Some(d.article_id), ..base.clone() };
            if let Some(due) = &d.follow_up.due {
                items.push(TimelineItem {
                    id: format!("d{}", d.id),
                    kind: TimelineKind::Directive,
                    start: due.start.clone(),
                    end: (due.start != due.end).then(|| due.end.clone()),
                    title: match &d.assignee {
                        Some(a) => format!("{a}: {}", d.action),
                        None => d.action.clone(),
                    },
                    due_state: d.follow_up.due_state,
                    progress: Some(d.follow_up.progress),
                    ..common.clone()
                });
            }
            if d.follow_up.progress.total == 0 {
                continue;
            }
            let tasks = task_stmt.query_map([d.id], |r| task_from_row(r, today, 0))?.collect::<rusqlite::Result<Vec<_>>>()?;
            for t in tasks {
                let Some(due) = &t.due else { continue };
                items.push(TimelineItem {
                    id: format!("t{}", t.id),
                    kind: TimelineKind::Task,
                    start: due.start.clone(),
                    end: (due.start != due.end).then(|| due.end.clone()),
                    title: t.text.clone(),
                    due_state: t.due_state,
                    task_id: Some(t.id),
                    ..common.clone()
                });
            }
        }
        // Horizons: from the first dated article naming the document to its target year.
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.horizon, min(a.published) FROM documents d
             JOIN document_mentions m ON m.document_id = d.id JOIN articles a ON a.id = m.article_id
             WHERE d.horizon IS NOT NULL AND a.published IS NOT NULL GROUP BY d.id",
        )?;
        let horizons: Vec<(i64, i32, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        if !horizons.is_empty() {
            let labels: HashMap<i64, String> = self.list_documents()?.into_iter().map(|d| (d.id, d.label)).collect();
            for (id, horizon, first) in horizons {
                let label = labels.get(&id).cloned().unwrap_or_default();
                let start = if first.len() == 7 { format!("{first}-01") } else { first };
                if !doc_ok(&[id]) || !text_ok(&label) || start.as_str() > format!("{horizon}-12-31").as_str() {
                    continue;
                }
                items.push(TimelineItem {
                    id: format!("h{id}"),
                    kind: TimelineKind::Horizon,
                    start,
                    end: Some(format!("{horizon}-12-31")),
                    title: label,
                    document_ids: vec![id],
                    document_id: Some(id),
                    ..base.clone()
                });
            }
        }
        Ok(items)
    }
}
