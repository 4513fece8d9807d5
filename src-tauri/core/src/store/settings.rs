//! The `settings` table: the user's preferences, kept as one JSON value.

use super::Library;
use crate::error::{Error, Result};
use crate::model::Preferences;
use rusqlite::OptionalExtension;

impl Library {
    /// The saved preferences, or the defaults when none are saved (or they cannot be read).
    pub fn preferences(&self) -> Result<Preferences> {
        let raw: Option<String> = self.conn.query_row("SELECT value FROM settings WHERE key = 'preferences'", [], |r| r.get(0)).optional()?;
        Ok(raw.and_then(|r| serde_json::from_str(&r).ok()).unwrap_or_default())
    }

    pub fn set_preferences(&mut self, p: &Preferences) -> Result<Preferences> {
        let json = serde_json::to_string(p).map_err(|e| Error::InvalidInput(e.to_string()))?;
        self.conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('preferences', ?1)", [json])?;
        self.preferences()
    }
}
