//! Every user edit, kept: who, what, when.

use super::{now, Library};
use crate::error::Result;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashSet;

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub action: String,
    pub detail: serde_json::Value,
}

/// The user at the keyboard, as the system names them.
pub(crate) fn actor() -> String {
    ["USER", "USERNAME", "LOGNAME"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty())).unwrap_or_else(|| "user".to_string())
}

pub(crate) fn record(conn: &Connection, entity: &str, entity_id: Option<i64>, action: &str, detail: serde_json::Value) -> Result<()> {
    write(conn, entity, entity_id, action, &detail.to_string(), None).map(|_| ())
}

/// The one writer of the change log: one entry, stamped with the time and the user;
/// `directive` ties an entry to the directive whose history (and undo) it belongs to.
/// Returns the entry's id.
pub(crate) fn write(conn: &Connection, entity: &str, entity_id: Option<i64>, action: &str, detail: &str, directive: Option<i64>) -> Result<i64> {
    conn.prepare_cached("INSERT INTO change_log(at, actor, entity, entity_id, action, detail, directive_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?.execute(rusqlite::params![
        now(),
        actor(),
        entity,
        entity_id,
        action,
        detail,
        directive
    ])?;
    Ok(conn.last_insert_rowid())
}

impl Library {
    /// Record one change outside any transaction (see [`record`]).
    pub(crate) fn log_change(&self, entity: &str, entity_id: Option<i64>, action: &str, detail: serde_json::Value) -> Result<()> {
        record(&self.conn, entity, entity_id, action, detail)
    }

    /// The directives the user changed (or whose tasks they changed) on a day from `from`
    /// to `to` ("YYYY-MM-DD", both included).
    pub(crate) fn directives_changed_between(&self, from: &str, to: &str) -> Result<HashSet<i64>> {
        Ok(self
            .conn
            .prepare("SELECT DISTINCT directive_id FROM change_log WHERE directive_id IS NOT NULL AND substr(at, 1, 10) BETWEEN ?1 AND ?2")?
            .query_map([from, to], |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The change log, newest first; optionally for one entity.
    pub fn changes(&self, entity: Option<(&str, i64)>) -> Result<Vec<ChangeEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, at, actor, entity, entity_id, action, detail FROM change_log
             WHERE ?1 IS NULL OR (entity = ?1 AND entity_id = ?2) ORDER BY id DESC",
        )?;
        let rows = stmt.query_map(rusqlite::params![entity.map(|e| e.0), entity.map(|e| e.1)], |r| {
            let detail: String = r.get(6)?;
            Ok(ChangeEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                entity: r.get(3)?,
                entity_id: r.get(4)?,
                action: r.get(5)?,
                detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
