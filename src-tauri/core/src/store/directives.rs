//! The user's work on directives: confirm, edit, reject, add by hand. Every change is
//! recorded in the change log; a directive the user touched is never replaced by
//! re-extraction.

use super::changelog::record;
use super::extraction::slice_chars;
use super::{enum_to_sql, now, Library};
use crate::error::{Error, Result};
use crate::model::{ItemState, LibraryDirective, Span};
use rusqlite::params;
use serde_json::json;

/// Fields the user can change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct DirectiveEdit {
    /// `Some(None)` clears the assignee.
    pub assignee: Option<Option<String>>,
    pub action: Option<String>,
    /// `Some(None)` clears the due date.
    pub due: Option<Option<String>>,
    pub concrete: Option<bool>,
}

/// A due date as extraction writes it: "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY".
pub fn valid_due(due: &str) -> bool {
    let d = due.trim();
    if crate::article::PubDate::parse(d).is_some() {
        return true;
    }
    if let Some((y, q)) = d.split_once("-Q") {
        return y.len() == 4 && y.parse::<i32>().is_ok() && matches!(q, "1" | "2" | "3" | "4");
    }
    d.len() == 4 && d.parse::<i32>().is_ok_and(|y| y > 1900)
}

impl Library {
    fn set_state(&mut self, id: i64, state: ItemState, action: &str) -> Result<LibraryDirective> {
        let before = self.directive(id)?;
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE directives SET state = ?2, updated_at = ?3 WHERE id = ?1", params![id, enum_to_sql(state), now()])?;
        record(&tx, "directive", Some(id), action, json!({"from": before.state, "to": state}))?;
        tx.commit()?;
        self.directive(id)
    }

    /// The user agrees with a machine-made directive: it is kept from now on.
    pub fn confirm_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.set_state(id, ItemState::Confirmed, "confirm")
    }

    /// Hide a directive from lists; it is kept (and not made again by re-extraction).
    pub fn reject_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.set_state(id, ItemState::Rejected, "reject")
    }

    /// Change a directive's fields; a machine-made one becomes `edited`.
    pub fn edit_directive(&mut self, id: i64, edit: &DirectiveEdit) -> Result<LibraryDirective> {
        let before = self.directive(id)?;
        if let Some(Some(due)) = &edit.due {
            if !valid_due(due) {
                return Err(Error::InvalidDate(due.clone()));
            }
        }
        if edit.action.as_deref().is_some_and(|a| a.trim().is_empty()) {
            return Err(Error::InvalidInput("a directive needs an action".into()));
        }
        let assignee = edit.assignee.clone().unwrap_or(before.assignee.clone());
        let action = edit.action.clone().unwrap_or(before.action.clone());
        let due = edit.due.clone().unwrap_or(before.due.clone());
        let concrete = edit.concrete.unwrap_or(before.concrete);
        let state = if before.state == ItemState::Machine { ItemState::Edited } else { before.state };
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE directives SET assignee = ?2, action = ?3, due = ?4, concrete = ?5, state = ?6, updated_at = ?7 WHERE id = ?1",
            params![id, assignee, action, due, concrete, enum_to_sql(state), now()],
        )?;
        record(
            &tx,
            "directive",
            Some(id),
            "edit",
            json!({
                "from": {"assignee": before.assignee, "action": before.action, "due": before.due, "concrete": before.concrete},
                "to": {"assignee": assignee, "action": action, "due": due, "concrete": concrete},
            }),
        )?;
        tx.commit()?;
        self.directive(id)
    }

    /// Add a directive by hand for a sentence (character span) of an article.
    pub fn add_directive(&mut self, article_id: i64, span: Span, assignee: Option<&str>, action: &str, due: Option<&str>) -> Result<LibraryDirective> {
        let body = self.article(article_id)?.body;
        let len = body.chars().count() as u32;
        if span.start >= span.end || span.end > len {
            return Err(Error::InvalidInput(format!("the selection {}..{} is not inside the article (length {len})", span.start, span.end)));
        }
        if action.trim().is_empty() {
            return Err(Error::InvalidInput("a directive needs an action".into()));
        }
        if let Some(d) = due.filter(|d| !valid_due(d)) {
            return Err(Error::InvalidDate(d.to_string()));
        }
        let tx = self.conn.transaction()?;
        let at = now();
        tx.execute(
            "INSERT INTO directives(article_id, assignee, action, due, concrete, span_start, span_end, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, 'manual', ?7, ?7)",
            params![article_id, assignee, action.trim(), due, span.start, span.end, at],
        )?;
        let id = tx.last_insert_rowid();
        record(&tx, "directive", Some(id), "add", json!({"article": article_id, "sentence": slice_chars(&body, span), "action": action}))?;
        tx.commit()?;
        self.directive(id)
    }
}
