//! The `tasks` table: a directive's checklist, read in order, and the rows a new task or
//! a move writes. A deleted task is kept, marked deleted, so its deletion can be undone.
//! The user's changes to tasks, each recorded in the change log, are the application
//! layer's (`app::followup`).

use super::{now, Library};
use crate::due;
use crate::error::{Error, Result};
use crate::model::FollowupTask;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

const TASK_SELECT: &str = "SELECT id, directive_id, text, done, done_at, due, owner FROM tasks";

fn task_from_row(r: &Row, today: NaiveDate, position: u32) -> rusqlite::Result<FollowupTask> {
    let due_value: Option<String> = r.get(5)?;
    let due = due_value.as_deref().and_then(due::parse);
    let done: bool = r.get(3)?;
    Ok(FollowupTask { id: r.get(0)?, directive_id: r.get(1)?, text: r.get(2)?, done, done_at: r.get(4)?, due_state: due::state(due.as_ref(), done, today), due, owner: r.get(6)?, position })
}

/// The directive a task belongs to, failing for an unknown or deleted task.
pub(crate) fn directive_of(conn: &Connection, task_id: i64) -> Result<i64> {
    conn.query_row("SELECT directive_id FROM tasks WHERE id = ?1 AND NOT deleted", [task_id], |r| r.get(0)).optional()?.ok_or(Error::NotFound { what: "task", id: task_id })
}

pub(crate) fn order_of(conn: &Connection, directive_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(conn
        .prepare_cached("SELECT id, position FROM tasks WHERE directive_id = ?1 AND NOT deleted ORDER BY position, id")?
        .query_map([directive_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Add a task at the end of a directive's checklist (values in stored form); returns its id.
pub(crate) fn insert(conn: &Connection, directive_id: i64, text: &str, due: Option<&str>, owner: Option<&str>) -> Result<i64> {
    let position: i64 = conn.query_row("SELECT coalesce(max(position) + 1, 0) FROM tasks WHERE directive_id = ?1 AND NOT deleted", [directive_id], |r| r.get(0))?;
    let at = now();
    conn.execute("INSERT INTO tasks(directive_id, text, due, owner, position, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)", params![directive_id, text, due, owner, position, at])?;
    Ok(conn.last_insert_rowid())
}

/// Put a task of a directive at a position of its checklist.
pub(crate) fn set_position(conn: &Connection, directive_id: i64, id: i64, position: i64) -> Result<()> {
    conn.execute("UPDATE tasks SET position = ?2 WHERE id = ?1 AND directive_id = ?3", params![id, position, directive_id])?;
    Ok(())
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
}
