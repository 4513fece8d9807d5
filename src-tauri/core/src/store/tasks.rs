//! Checklists: the follow-up tasks of a directive. Add, edit, tick, untick, reorder and
//! delete, each recorded in the change log (so it shows in the directive's history and
//! can be undone). A deleted task is kept, marked deleted, so its deletion can be undone.

use super::directives::{adopt, normalise_due, normalise_name};
use super::history::{record_change, ChangeKind};
use super::snapshots::{read_task_snap, write_task_snap, TaskSnap};
use super::{now, Library};
use crate::due;
use crate::error::{Error, Result};
use crate::model::{FollowupTask, TaskUpdate};
use crate::text::nfc;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

const TASK_SELECT: &str = "SELECT id, directive_id, text, done, done_at, due, owner FROM tasks";

fn task_from_row(r: &Row, today: NaiveDate, position: u32) -> rusqlite::Result<FollowupTask> {
    let due_value: Option<String> = r.get(5)?;
    let due = due_value.as_deref().and_then(due::parse);
    let done: bool = r.get(3)?;
    Ok(FollowupTask { id: r.get(0)?, directive_id: r.get(1)?, text: r.get(2)?, done, done_at: r.get(4)?, due_state: due::state(due.as_ref(), done, today), due, owner: r.get(6)?, position })
}

fn task_text(text: &str) -> Result<String> {
    let t = nfc(text.trim());
    if t.is_empty() {
        return Err(Error::InvalidInput("a task needs some text".into()));
    }
    Ok(t)
}

/// The directive a task belongs to, failing for an unknown or deleted task.
fn directive_of(conn: &Connection, task_id: i64) -> Result<i64> {
    conn.query_row("SELECT directive_id FROM tasks WHERE id = ?1 AND NOT deleted", [task_id], |r| r.get(0)).optional()?.ok_or(Error::NotFound { what: "task", id: task_id })
}

fn order_of(conn: &Connection, directive_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(conn
        .prepare_cached("SELECT id, position FROM tasks WHERE directive_id = ?1 AND NOT deleted ORDER BY position, id")?
        .query_map([directive_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

impl Library {
    /// A directive's checklist, in order.
    pub fn tasks(&self, directive_id: i64) -> Result<Vec<FollowupTask>> {
        self.directive(directive_id)?;
        self.checklist(directive_id, self.today())
    }

    /// A directive's checklist, in order, due states as of `today` (the directive is not
    /// looked up: none for an unknown one).
    pub(crate) fn checklist(&self, directive_id: i64, today: NaiveDate) -> Result<Vec<FollowupTask>> {
        let mut stmt = self.conn.prepare_cached(&format!("{TASK_SELECT} WHERE directive_id = ?1 AND NOT deleted ORDER BY position, id"))?;
        let mut pos = 0u32;
        let rows = stmt.query_map([directive_id], |r| {
            pos += 1;
            task_from_row(r, today, pos - 1)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A directive's tasks that have a due date, in checklist order; their `position` is
    /// not counted (0).
    pub(crate) fn dated_tasks(&self, directive_id: i64, today: NaiveDate) -> Result<Vec<FollowupTask>> {
        let mut stmt = self.conn.prepare_cached(&format!("{TASK_SELECT} WHERE directive_id = ?1 AND NOT deleted AND due IS NOT NULL ORDER BY position, id"))?;
        let rows = stmt.query_map([directive_id], |r| task_from_row(r, today, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One task (deleted ones too), with its place in the checklist.
    pub fn task(&self, id: i64) -> Result<FollowupTask> {
        let directive_id: i64 = self.conn.query_row("SELECT directive_id FROM tasks WHERE id = ?1", [id], |r| r.get(0)).optional()?.ok_or(Error::NotFound { what: "task", id })?;
        let position = order_of(&self.conn, directive_id)?.iter().position(|p| p.0 == id).unwrap_or(0) as u32;
        let today = self.today();
        Ok(self.conn.query_row(&format!("{TASK_SELECT} WHERE id = ?1"), [id], |r| task_from_row(r, today, position))?)
    }

    /// Add a task at the end of a directive's checklist. A machine-made directive becomes
    /// confirmed first, so re-extraction keeps it.
    pub fn add_task(&mut self, directive_id: i64, text: &str, due: Option<&str>, owner: Option<&str>) -> Result<FollowupTask> {
        let text = task_text(text)?;
        let due = due.map(normalise_due).transpose()?.flatten();
        let owner = owner.and_then(normalise_name);
        self.directive(directive_id)?;
        let tx = self.conn.transaction()?;
        adopt(&tx, directive_id)?;
        let position: i64 = tx.query_row("SELECT coalesce(max(position) + 1, 0) FROM tasks WHERE directive_id = ?1 AND NOT deleted", [directive_id], |r| r.get(0))?;
        let at = now();
        tx.execute("INSERT INTO tasks(directive_id, text, due, owner, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", params![directive_id, text, due, owner, position, at])?;
        let id = tx.last_insert_rowid();
        let after = read_task_snap(&tx, id)?;
        record_change(&tx, directive_id, Some(id), "task-add", ChangeKind::task(None, Some(&after)))?;
        tx.commit()?;
        self.task(id)
    }

    /// Change a task: text, done, due, owner.
    pub fn update_task(&mut self, id: i64, u: &TaskUpdate) -> Result<FollowupTask> {
        let text = u.text.as_deref().map(task_text).transpose()?;
        let due = u.due.as_deref().map(normalise_due).transpose()?;
        let tx = self.conn.transaction()?;
        let directive_id = directive_of(&tx, id)?;
        let before = read_task_snap(&tx, id)?;
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
            write_task_snap(&tx, id, &after)?;
            record_change(&tx, directive_id, Some(id), action, ChangeKind::task(Some(&before), Some(&after)))?;
        }
        tx.commit()?;
        self.task(id)
    }

    /// Tick or untick a task.
    pub fn set_task_done(&mut self, id: i64, done: bool) -> Result<FollowupTask> {
        self.update_task(id, &TaskUpdate { done: Some(done), ..Default::default() })
    }

    /// Move a task to `index` (0-based, clamped) in its checklist; returns the checklist.
    pub fn move_task(&mut self, id: i64, index: u32) -> Result<Vec<FollowupTask>> {
        let tx = self.conn.transaction()?;
        let directive_id = directive_of(&tx, id)?;
        let before = order_of(&tx, directive_id)?;
        let mut ids: Vec<i64> = before.iter().map(|p| p.0).collect();
        let from = ids.iter().position(|t| *t == id).expect("listed above");
        let moved = ids.remove(from);
        ids.insert((index as usize).min(ids.len()), moved);
        let after: Vec<(i64, i64)> = ids.iter().enumerate().map(|(i, t)| (*t, i as i64)).collect();
        if after.iter().map(|p| p.0).ne(before.iter().map(|p| p.0)) {
            for (t, pos) in &after {
                tx.execute("UPDATE tasks SET position = ?2 WHERE id = ?1", params![t, pos])?;
            }
            record_change(&tx, directive_id, Some(id), "task-move", ChangeKind::Order { from: before, to: after })?;
        }
        tx.commit()?;
        self.tasks(directive_id)
    }

    /// Delete a task (kept as deleted: `undo_last` brings it back).
    pub fn delete_task(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let directive_id = directive_of(&tx, id)?;
        let before = read_task_snap(&tx, id)?;
        let after = TaskSnap { deleted: true, ..before.clone() };
        write_task_snap(&tx, id, &after)?;
        record_change(&tx, directive_id, Some(id), "task-delete", ChangeKind::task(Some(&before), Some(&after)))?;
        tx.commit()?;
        Ok(())
    }
}
