//! The user's follow-up work: confirm, reject, restore, edit and add directives; add,
//! edit, tick, move and delete checklist tasks; undo. Each change is one transaction that
//! writes the new state and records it in the change log with the state before and after
//! (`ChangeKind`), so the directive's history shows it and undo can reverse it. A directive
//! the user touched is never replaced by re-extraction.

use crate::due;
use crate::error::{Error, Result};
use crate::model::{DirectiveUpdate, FollowupTask, HistoryEntry, ItemState, LibraryDirective, Span, TaskUpdate};
use crate::store::directives::{delete_manual, insert_manual};
use crate::store::history::{last_undoable, mark_undone, record_change, ChangeKind};
use crate::store::snapshots::{read_snap, read_task_snap, write_snap, write_task_snap, DirectiveSnap, TaskSnap};
use crate::store::tasks::{self, directive_of, order_of, set_position};
use crate::store::{now, Library};
use crate::text::nfc;
use rusqlite::Connection;

/// A typed due date in its stored form; an empty one clears it.
fn normalise_due(value: &str) -> Result<Option<String>> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    due::parse(value).map(|d| Some(d.value)).ok_or_else(|| Error::InvalidDue(value.trim().to_string()))
}

/// A typed name (owner, assignee) in stored form; an empty one clears it.
fn normalise_name(value: &str) -> Option<String> {
    let v = nfc(value.trim());
    (!v.is_empty()).then_some(v)
}

/// Tags as stored: trimmed, NFC, without "#" or duplicates (compared without case).
fn normalise_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = nfc(t.trim().trim_start_matches('#').trim());
        if !t.is_empty() && !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            out.push(t);
        }
    }
    out
}

fn task_text(text: &str) -> Result<String> {
    let t = nfc(text.trim());
    if t.is_empty() {
        return Err(Error::InvalidInput("a task needs some text".into()));
    }
    Ok(t)
}

/// Make a machine-made directive the user's (recorded as a confirmation), so that work
/// attached to it (tasks) is never replaced by re-extraction.
fn adopt(conn: &Connection, id: i64) -> Result<()> {
    let before = read_snap(conn, id)?;
    if before.state == ItemState::Machine {
        let after = DirectiveSnap { state: ItemState::Confirmed, ..before.clone() };
        write_snap(conn, id, &after)?;
        record_change(conn, id, None, "confirm", ChangeKind::directive(Some(&before), Some(&after)))?;
    }
    Ok(())
}

/// Put back the state a change started from.
fn apply_before(conn: &Connection, directive: i64, change: &ChangeKind) -> Result<()> {
    match change {
        ChangeKind::Directive { from: Some(from), .. } => {
            read_snap(conn, directive)?;
            write_snap(conn, directive, from)?;
            Ok(())
        }
        // Undoing a hand-made directive's creation removes it again.
        ChangeKind::Directive { from: None, .. } => delete_manual(conn, directive),
        ChangeKind::Task { from, to } => {
            let id = from.as_ref().or(to.as_ref()).map(|s| s.id).ok_or_else(|| Error::InvalidInput("a task change without its task".into()))?;
            let before = match from {
                Some(f) => f.clone(),
                // Undoing a task's creation deletes it (kept, like every deleted task).
                None => TaskSnap { deleted: true, ..read_task_snap(conn, id)? },
            };
            write_task_snap(conn, id, &before)?;
            Ok(())
        }
        ChangeKind::Order { from, .. } => {
            for (id, pos) in from {
                set_position(conn, directive, *id, *pos)?;
            }
            Ok(())
        }
    }
}

impl Library {
    /// Apply `change` to a directive's user-changeable state and record it under `action`.
    /// Nothing is recorded when nothing changed.
    fn change_directive(&mut self, id: i64, action: &str, change: impl FnOnce(&mut DirectiveSnap) -> Result<()>) -> Result<LibraryDirective> {
        self.transaction(|tx| {
            let before = read_snap(tx, id)?;
            let mut after = before.clone();
            change(&mut after)?;
            if after != before {
                write_snap(tx, id, &after)?;
                record_change(tx, id, None, action, ChangeKind::directive(Some(&before), Some(&after)))?;
            }
            Ok(())
        })?;
        self.directive(id)
    }

    /// The user agrees with a machine-made directive: it is kept from now on.
    pub fn confirm_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "confirm", |s| {
            s.state = ItemState::Confirmed;
            Ok(())
        })
    }

    /// Hide a directive from lists; it is kept (and not made again by re-extraction).
    pub fn reject_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "reject", |s| {
            s.state = ItemState::Rejected;
            Ok(())
        })
    }

    /// Bring back a rejected directive, as confirmed.
    pub fn restore_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "restore", |s| {
            if s.state == ItemState::Rejected {
                s.state = ItemState::Confirmed;
            }
            Ok(())
        })
    }

    /// Change a directive's fields and follow-up. Changing what was extracted (assignee,
    /// action, due, concrete) makes a machine-made directive `edited`; changing only the
    /// follow-up (status, owner, priority, tags, notes) makes it `confirmed`.
    pub fn update_directive(&mut self, id: i64, u: &DirectiveUpdate) -> Result<LibraryDirective> {
        let due = u.due.as_deref().map(normalise_due).transpose()?;
        if u.action.as_deref().is_some_and(|a| a.trim().is_empty()) {
            return Err(Error::InvalidInput("a directive needs an action".into()));
        }
        self.change_directive(id, "edit", |s| {
            let before = s.clone();
            if let Some(a) = &u.assignee {
                s.assignee = normalise_name(a);
            }
            if let Some(a) = &u.action {
                s.action = nfc(a.trim());
            }
            if let Some(d) = due {
                s.due = d;
            }
            if let Some(c) = u.concrete {
                s.concrete = c;
            }
            let content_changed = (&s.assignee, &s.action, &s.due, s.concrete) != (&before.assignee, &before.action, &before.due, before.concrete);
            if let Some(st) = u.status {
                s.status = st;
            }
            if let Some(o) = &u.owner {
                s.owner = normalise_name(o);
            }
            if let Some(p) = u.priority {
                s.priority = p;
            }
            if let Some(t) = &u.tags {
                s.tags = normalise_tags(t);
            }
            if let Some(n) = &u.notes {
                s.notes = nfc(n.trim_end());
            }
            if s.state == ItemState::Machine && *s != before {
                s.state = if content_changed { ItemState::Edited } else { ItemState::Confirmed };
            }
            Ok(())
        })
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
        let due = due.map(normalise_due).transpose()?.flatten();
        let id = self.transaction(|tx| {
            let id = insert_manual(tx, article_id, span, assignee.and_then(normalise_name), nfc(action.trim()), due)?;
            let after = read_snap(tx, id)?;
            record_change(tx, id, None, "add", ChangeKind::directive(None, Some(&after)))?;
            Ok(id)
        })?;
        self.directive(id)
    }

    /// Add a task at the end of a directive's checklist. A machine-made directive becomes
    /// confirmed first, so re-extraction keeps it.
    pub fn add_task(&mut self, directive_id: i64, text: &str, due: Option<&str>, owner: Option<&str>) -> Result<FollowupTask> {
        let text = task_text(text)?;
        let due = due.map(normalise_due).transpose()?.flatten();
        let owner = owner.and_then(normalise_name);
        self.directive(directive_id)?;
        let id = self.transaction(|tx| {
            adopt(tx, directive_id)?;
            let id = tasks::insert(tx, directive_id, &text, due.as_deref(), owner.as_deref())?;
            let after = read_task_snap(tx, id)?;
            record_change(tx, directive_id, Some(id), "task-add", ChangeKind::task(None, Some(&after)))?;
            Ok(id)
        })?;
        self.task(id)
    }

    /// Change a task: text, done, due, owner.
    pub fn update_task(&mut self, id: i64, u: &TaskUpdate) -> Result<FollowupTask> {
        let text = u.text.as_deref().map(task_text).transpose()?;
        let due = u.due.as_deref().map(normalise_due).transpose()?;
        self.transaction(|tx| {
            let directive_id = directive_of(tx, id)?;
            let before = read_task_snap(tx, id)?;
            let mut after = before.clone();
            if let Some(t) = text {
                after.text = t;
            }
            if let Some(d) = due {
                after.due = d;
            }
            if let Some(o) = &u.owner {
                after.owner = normalise_name(o);
            }
            if let Some(done) = u.done.filter(|d| *d != before.done) {
                after.done = done;
                after.done_at = done.then(now);
            }
            if after != before {
                let only_done = TaskSnap { done: before.done, done_at: before.done_at.clone(), ..after.clone() } == before;
                let action = match (only_done, after.done) {
                    (true, true) => "task-done",
                    (true, false) => "task-undone",
                    _ => "task-edit",
                };
                write_task_snap(tx, id, &after)?;
                record_change(tx, directive_id, Some(id), action, ChangeKind::task(Some(&before), Some(&after)))?;
            }
            Ok(())
        })?;
        self.task(id)
    }

    /// Tick or untick a task.
    pub fn set_task_done(&mut self, id: i64, done: bool) -> Result<FollowupTask> {
        self.update_task(id, &TaskUpdate { done: Some(done), ..Default::default() })
    }

    /// Move a task to `index` (0-based, clamped) in its checklist; returns the checklist.
    pub fn move_task(&mut self, id: i64, index: u32) -> Result<Vec<FollowupTask>> {
        let directive_id = self.transaction(|tx| {
            let directive_id = directive_of(tx, id)?;
            let before = order_of(tx, directive_id)?;
            let mut ids: Vec<i64> = before.iter().map(|p| p.0).collect();
            let from = ids.iter().position(|t| *t == id).expect("listed above");
            let moved = ids.remove(from);
            ids.insert((index as usize).min(ids.len()), moved);
            let after: Vec<(i64, i64)> = ids.iter().enumerate().map(|(i, t)| (*t, i as i64)).collect();
            if after.iter().map(|p| p.0).ne(before.iter().map(|p| p.0)) {
                for (t, pos) in &after {
                    set_position(tx, directive_id, *t, *pos)?;
                }
                record_change(tx, directive_id, Some(id), "task-move", ChangeKind::Order { from: before, to: after })?;
            }
            Ok(directive_id)
        })?;
        self.tasks(directive_id)
    }

    /// Delete a task (kept as deleted: `undo_last` brings it back).
    pub fn delete_task(&mut self, id: i64) -> Result<()> {
        self.transaction(|tx| {
            let directive_id = directive_of(tx, id)?;
            let before = read_task_snap(tx, id)?;
            let after = TaskSnap { deleted: true, ..before.clone() };
            write_task_snap(tx, id, &after)?;
            record_change(tx, directive_id, Some(id), "task-delete", ChangeKind::task(Some(&before), Some(&after)))?;
            Ok(())
        })
    }

    /// Undo the newest change not yet undone: of one directive (and its tasks), or of the
    /// whole library when `directive_id` is `None`. Returns the undo's own history entry,
    /// or `None` when there is nothing left to undo.
    pub fn undo_last(&mut self, directive_id: Option<i64>) -> Result<Option<HistoryEntry>> {
        if let Some(id) = directive_id {
            self.directive_exists(id)?;
        }
        let undo = self.transaction(|tx| {
            let Some(last) = last_undoable(tx, directive_id)? else { return Ok(None) };
            let change: ChangeKind =
                serde_json::from_str(&last.detail).map_err(|_| Error::InvalidInput(format!("the change “{}” was recorded by an older Briefdesk and cannot be undone", last.action)))?;
            apply_before(tx, last.directive, &change)?;
            let undo = record_change(tx, last.directive, last.task, "undo", change.reversed())?;
            mark_undone(tx, last.entry, undo)?;
            Ok(Some(undo))
        })?;
        match undo {
            Some(undo) => self.history_entry(undo),
            None => Ok(None),
        }
    }
}
