//! The directive registry: every directive narrowed by a `DirectiveFilter` (status, tags,
//! document, assignee, due window, words), newest article first.

use crate::due::in_window;
use crate::error::Result;
use crate::model::{DirectiveFilter, LibraryDirective};
use crate::store::Library;
use crate::text::fold;

/// Whether every word of a folded query occurs in the folded text.
pub(super) fn matches_words(query: &[String], hay: &str) -> bool {
    query.iter().all(|w| hay.contains(w.as_str()))
}

/// The words of a query, folded.
pub(super) fn query_words(text: Option<&str>) -> Vec<String> {
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
        let all = self.registry_directives(filter.include_rejected, filter.document_id)?;
        Ok(all.into_iter().filter(|d| filter.accepts_with(&words, d, today)).collect())
    }
}
