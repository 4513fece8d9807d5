//! Snapshots: what the change log keeps of a directive or a task (everything the user
//! can change), read from and written back to their tables. History records them; undo
//! writes them back. Only SQL on `directives`, `directive_tags` and `tasks`.

use super::{enum_from_sql, enum_to_sql, now};
use crate::error::{Error, Result};
use crate::model::{DirectiveStatus, ItemState, Priority};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// What a change log entry keeps of a directive: everything the user can change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct DirectiveSnap {
    pub assignee: Option<String>,
    pub action: String,
    pub due: Option<String>,
    pub concrete: bool,
    pub state: ItemState,
    pub status: DirectiveStatus,
    pub owner: Option<String>,
    pub priority: Priority,
    pub notes: String,
    pub tags: Vec<String>,
}

pub(crate) fn tags_of(conn: &Connection, id: i64) -> rusqlite::Result<Vec<String>> {
    conn.prepare_cached("SELECT tag FROM directive_tags WHERE directive_id = ?1 ORDER BY rowid")?.query_map([id], |r| r.get(0))?.collect()
}

pub(crate) fn read_snap(conn: &Connection, id: i64) -> Result<DirectiveSnap> {
    let snap = conn
        .query_row("SELECT assignee, action, due, concrete, state, status, owner, priority, notes FROM directives WHERE id = ?1", [id], |r| {
            Ok(DirectiveSnap {
                assignee: r.get(0)?,
                action: r.get(1)?,
                due: r.get(2)?,
                concrete: r.get(3)?,
                state: enum_from_sql(&r.get::<_, String>(4)?, ItemState::Machine),
                status: enum_from_sql(&r.get::<_, String>(5)?, DirectiveStatus::New),
                owner: r.get(6)?,
                priority: enum_from_sql(&r.get::<_, String>(7)?, Priority::Normal),
                notes: r.get(8)?,
                tags: Vec::new(),
            })
        })
        .optional()?
        .ok_or(Error::NotFound { what: "directive", id })?;
    Ok(DirectiveSnap { tags: tags_of(conn, id)?, ..snap })
}

pub(crate) fn write_snap(conn: &Connection, id: i64, s: &DirectiveSnap) -> Result<()> {
    conn.execute(
        "UPDATE directives SET assignee = ?2, action = ?3, due = ?4, concrete = ?5, state = ?6, status = ?7, owner = ?8,
            priority = ?9, notes = ?10, updated_at = ?11 WHERE id = ?1",
        params![id, s.assignee, s.action, s.due, s.concrete, enum_to_sql(s.state), enum_to_sql(s.status), s.owner, enum_to_sql(s.priority), s.notes, now()],
    )?;
    conn.execute("DELETE FROM directive_tags WHERE directive_id = ?1", [id])?;
    for t in &s.tags {
        conn.execute("INSERT OR IGNORE INTO directive_tags(directive_id, tag) VALUES (?1, ?2)", params![id, t])?;
    }
    Ok(())
}

/// What a change log entry keeps of a task.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaskSnap {
    pub id: i64,
    pub text: String,
    pub done: bool,
    pub done_at: Option<String>,
    pub due: Option<String>,
    pub owner: Option<String>,
    pub position: i64,
    pub deleted: bool,
}

pub(crate) fn read_task_snap(conn: &Connection, id: i64) -> Result<TaskSnap> {
    conn.query_row("SELECT id, text, done, done_at, due, owner, position, deleted FROM tasks WHERE id = ?1", [id], |r| {
        Ok(TaskSnap { id: r.get(0)?, text: r.get(1)?, done: r.get(2)?, done_at: r.get(3)?, due: r.get(4)?, owner: r.get(5)?, position: r.get(6)?, deleted: r.get(7)? })
    })
    .optional()?
    .ok_or(Error::NotFound { what: "task", id })
}

pub(crate) fn write_task_snap(conn: &Connection, id: i64, s: &TaskSnap) -> Result<()> {
    conn.execute(
        "UPDATE tasks SET text = ?2, done = ?3, done_at = ?4, due = ?5, owner = ?6, position = ?7, deleted = ?8, updated_at = ?9
         WHERE id = ?1",
        params![id, s.text, s.done, s.done_at, s.due, s.owner, s.position, s.deleted, now()],
    )?;
    Ok(())
}
