//! The timeline: articles, events, due dates of directives and tasks, and document
//! horizons, as items on one time axis.

use super::registry::{matches_words, query_words};
use crate::error::Result;
use crate::model::{DirectiveFilter, DueState, TimelineItem, TimelineKind};
use crate::store::Library;
use crate::text::fold;
use std::collections::HashMap;

impl Library {
    /// The timeline: articles, events, due dates of directives and tasks, and document
    /// horizons. The filter narrows directives and tasks; its text and document narrow
    /// every kind.
    pub fn timeline(&self, filter: &DirectiveFilter) -> Result<Vec<TimelineItem>> {
        let today = self.today();
        let words = query_words(filter.text.as_deref());
        let mut items = Vec::new();
        // Documents named by each article.
        let docs_of = self.documents_by_article()?;
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
        for (id, title, published) in self.dated_articles()? {
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
            for t in self.dated_tasks(d.id, today)? {
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
        let horizons = self.document_horizons()?;
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
