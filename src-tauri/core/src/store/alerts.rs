//! The `alerts_sent` table: which due-date alerts were announced already.

use super::{now, Library};
use crate::error::Result;
use rusqlite::params;

impl Library {
    /// Remember each alert key as announced, in one transaction; for each key, whether it
    /// is new (not announced before).
    pub(crate) fn mark_alerts_sent(&mut self, keys: &[String]) -> Result<Vec<bool>> {
        let tx = self.conn.transaction()?;
        let mut fresh = Vec::with_capacity(keys.len());
        for key in keys {
            fresh.push(tx.execute("INSERT OR IGNORE INTO alerts_sent(key, at) VALUES (?1, ?2)", params![key, now()])? == 1);
        }
        tx.commit()?;
        Ok(fresh)
    }
}
