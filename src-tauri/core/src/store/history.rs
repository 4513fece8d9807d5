//! History of the user's work on each directive, read from the change log.
//!
//! Every change to a directive or one of its tasks is logged with the affected state
//! before and after (`ChangeKind`, written by `record_change`). The history shows the
//! fields that differ. Undo (`app::followup`) writes the "before" state back and marks the
//! entry as undone (`mark_undone`); it always takes the newest change not yet undone
//! (`last_undoable`), so the stored state is exactly that entry's "after".

use super::changelog;
use super::snapshots::{DirectiveSnap, TaskSnap};
use super::Library;
use crate::error::{Error, Result};
use crate::model::{FieldChange, HistoryEntry};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// What a logged change touched, with its state before and after (`None`: did not exist).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub(crate) enum ChangeKind {
    Directive {
        from: Option<DirectiveSnap>,
        to: Option<DirectiveSnap>,
    },
    Task {
        from: Option<TaskSnap>,
        to: Option<TaskSnap>,
    },
    /// Checklist order: (task id, position) of every task.
    Order {
        from: Vec<(i64, i64)>,
        to: Vec<(i64, i64)>,
    },
}

impl ChangeKind {
    pub fn directive(from: Option<&DirectiveSnap>, to: Option<&DirectiveSnap>) -> Self {
        ChangeKind::Directive { from: from.cloned(), to: to.cloned() }
    }
    pub fn task(from: Option<&TaskSnap>, to: Option<&TaskSnap>) -> Self {
        ChangeKind::Task { from: from.cloned(), to: to.cloned() }
    }
    pub(crate) fn reversed(self) -> Self {
        match self {
            ChangeKind::Directive { from, to } => ChangeKind::Directive { from: to, to: from },
            ChangeKind::Task { from, to } => ChangeKind::Task { from: to, to: from },
            ChangeKind::Order { from, to } => ChangeKind::Order { from: to, to: from },
        }
    }
}

/// Record a change to directive `directive_id` (or to its task `task_id`); returns the
/// entry's id.
pub(crate) fn record_change(conn: &Connection, directive_id: i64, task_id: Option<i64>, action: &str, change: ChangeKind) -> Result<i64> {
    let (entity, entity_id) = match task_id {
        Some(t) => ("task", t),
        None => ("directive", directive_id),
    };
    let detail = serde_json::to_string(&change).map_err(|e| Error::InvalidInput(format!("cannot record a change: {e}")))?;
    changelog::write(conn, entity, Some(entity_id), action, &detail, Some(directive_id))
}

/// A logged change that undo can take back.
pub(crate) struct Undoable {
    /// The change log entry.
    pub entry: i64,
    pub directive: i64,
    pub action: String,
    /// The `ChangeKind` as stored (JSON).
    pub detail: String,
    /// The task it concerned, if any.
    pub task: Option<i64>,
}

/// The newest change not yet undone, of one directive (and its tasks) or of any.
pub(crate) fn last_undoable(conn: &Connection, directive_id: Option<i64>) -> Result<Option<Undoable>> {
    Ok(conn
        .query_row(
            "SELECT id, directive_id, action, detail, CASE entity WHEN 'task' THEN entity_id END FROM change_log
             WHERE directive_id IS NOT NULL AND (?1 IS NULL OR directive_id = ?1)
               AND undone_by IS NULL AND action != 'undo'
             ORDER BY id DESC LIMIT 1",
            [directive_id],
            |r| Ok(Undoable { entry: r.get(0)?, directive: r.get(1)?, action: r.get(2)?, detail: r.get(3)?, task: r.get(4)? }),
        )
        .optional()?)
}

/// Mark change log entry `entry` as undone by entry `undo`.
pub(crate) fn mark_undone(conn: &Connection, entry: i64, undo: i64) -> Result<()> {
    conn.execute("UPDATE change_log SET undone_by = ?2 WHERE id = ?1", params![entry, undo])?;
    Ok(())
}

/// A value as the history shows it: text as is, lists joined, nothing as `None`.
fn shown(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(a) if a.is_empty() => None,
        Value::Array(a) => Some(a.iter().filter_map(shown).collect::<Vec<_>>().join(", ")),
        other => Some(other.to_string()),
    }
}

/// The order in which a change's fields are listed.
const FIELD_ORDER: &[&str] = &["text", "action", "assignee", "due", "concrete", "status", "owner", "priority", "tags", "notes", "done", "deleted", "state"];

/// The fields that differ between two states (objects), in `FIELD_ORDER`.
fn diff(from: &Value, to: &Value) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let f = from.as_object().unwrap_or(&empty);
    let t = to.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = t.keys().collect();
    keys.extend(f.keys().filter(|k| !t.contains_key(*k)));
    keys.sort_by_key(|k| FIELD_ORDER.iter().position(|f| f == k).unwrap_or(FIELD_ORDER.len()));
    keys.into_iter().filter(|k| f.get(*k) != t.get(*k)).map(|k| FieldChange { field: k.clone(), from: f.get(k).and_then(shown), to: t.get(k).and_then(shown) }).collect()
}

/// The place (1-based) of task `task` in a checklist order, as the user counts it.
fn place_in(order: &[(i64, i64)], task: i64) -> Option<String> {
    let mut sorted = order.to_vec();
    sorted.sort_by_key(|p| p.1);
    sorted.iter().position(|p| p.0 == task).map(|i| (i + 1).to_string())
}

/// The fields a logged change altered; `task_id` is the task it concerned, if any.
fn changes_of(detail: &Value, task_id: Option<i64>) -> Vec<FieldChange> {
    match serde_json::from_value::<ChangeKind>(detail.clone()) {
        // A move reads as the moved task's place before and after ("order: 1 → 3").
        Ok(ChangeKind::Order { from, to }) => match task_id {
            Some(task) => vec![FieldChange { field: "order".into(), from: place_in(&from, task), to: place_in(&to, task) }],
            None => Vec::new(),
        },
        Ok(ChangeKind::Directive { from, to }) => {
            let v = |s: Option<DirectiveSnap>| s.map(|s| serde_json::to_value(s).unwrap_or_default()).unwrap_or_default();
            diff(&v(from), &v(to))
        }
        Ok(ChangeKind::Task { from, to }) => {
            let v = |s: Option<TaskSnap>| s.map(|s| serde_json::to_value(s).unwrap_or_default()).unwrap_or_default();
            let mut c = diff(&v(from), &v(to));
            // Bookkeeping fields are not news; a new task shows only what it was given.
            c.retain(|c| !matches!(c.field.as_str(), "id" | "position" | "doneAt"));
            c.retain(|c| c.from.is_some() || c.to.as_deref().is_some_and(|t| t != "false"));
            c
        }
        // Entries written before the follow-up workspace: {"from": .., "to": ..}.
        Err(_) => match (detail.get("from"), detail.get("to")) {
            (Some(f @ Value::Object(_)), Some(t @ Value::Object(_))) => diff(f, t),
            (Some(f), Some(t)) => vec![FieldChange { field: "state".into(), from: shown(f), to: shown(t) }],
            _ => Vec::new(),
        },
    }
}

impl Library {
    /// Every change to a directive and its tasks, newest first.
    pub fn history(&self, directive_id: i64) -> Result<Vec<HistoryEntry>> {
        self.directive_exists(directive_id)?;
        self.history_where("c.directive_id = ?1", directive_id)
    }

    /// One entry of the change log as the history shows it.
    pub(crate) fn history_entry(&self, id: i64) -> Result<Option<HistoryEntry>> {
        Ok(self.history_where("c.id = ?1", id)?.pop())
    }

    fn history_where(&self, filter: &str, arg: i64) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT c.id, c.at, c.actor, c.action, c.entity, c.entity_id, c.detail, c.undone_by, t.text, c.directive_id
             FROM change_log c LEFT JOIN tasks t ON c.entity = 'task' AND t.id = c.entity_id
             WHERE {filter} ORDER BY c.id DESC"
        ))?;
        let rows = stmt.query_map([arg], |r| {
            let entity: String = r.get(4)?;
            let detail: String = r.get(6)?;
            let detail: Value = serde_json::from_str(&detail).unwrap_or(Value::Null);
            let task_id: Option<i64> = if entity == "task" { r.get(5)? } else { None };
            Ok(HistoryEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                directive_id: r.get(9)?,
                task_id,
                task_text: r.get(8)?,
                changes: changes_of(&detail, task_id),
                undone: r.get::<_, Option<i64>>(7)?.is_some(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn directive_exists(&self, id: i64) -> Result<()> {
        self.conn.query_row("SELECT 1 FROM directives WHERE id = ?1", [id], |_| Ok(())).optional()?.ok_or(Error::NotFound { what: "directive", id })
    }
}
