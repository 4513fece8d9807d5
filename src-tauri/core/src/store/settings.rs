//! The `settings` table: the user's preferences, kept as one JSON value, and whether the
//! built-in samples were offered.

use super::{now, Library};
use crate::error::{Error, Result};
use crate::model::Preferences;
use rusqlite::{Connection, OptionalExtension};

/// Remember that the built-in samples were offered (on a first start), so removed samples
/// never come back.
pub(crate) fn mark_samples_offered(conn: &Connection) -> Result<()> {
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('samples_offered', ?1)", [now()])?;
    Ok(())
}

impl Library {
    /// Whether the built-in samples were offered once already.
    pub(crate) fn samples_offered(&self) -> Result<bool> {
        let seeded: Option<String> = self.conn.query_row("SELECT value FROM settings WHERE key = 'samples_offered'", [], |r| r.get(0)).optional()?;
        Ok(seeded.is_some())
    }

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
