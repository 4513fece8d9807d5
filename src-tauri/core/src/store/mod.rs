//! The library: one SQLite file (WAL, foreign keys, busy timeout), migrated on open.
//! All the crate's SQL lives here, one module per table or aggregate; each reads or
//! writes rows and returns them as model values. The application layer (`crate::app`)
//! composes these functions (inside `Library::transaction` when it writes); the read
//! models (`crate::views`) and the briefing assemble what they return.

pub(crate) mod alerts;
pub(crate) mod articles;
pub(crate) mod changelog;
pub(crate) mod directives;
pub(crate) mod documents;
pub(crate) mod events;
pub(crate) mod extraction;
pub(crate) mod history;
pub mod migrations;
pub(crate) mod review;
pub(crate) mod search;
pub(crate) mod settings;
pub(crate) mod snapshots;
pub(crate) mod tasks;

pub use changelog::ChangeEntry;
pub use directives::valid_due;
pub use extraction::EXTRACTOR_VERSION;
pub use review::REVIEW_PAGE;

use crate::error::{Error, Result};
use crate::extract::Lexicon;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Environment variable that points the app and the CLI at another library file.
pub const DB_ENV: &str = "BRIEFDESK_DB";

/// Where the library lives unless told otherwise: `$BRIEFDESK_DB`, else the platform's
/// data directory (`$XDG_DATA_HOME/briefdesk/library.sqlite` on Linux, usually
/// `~/.local/share/briefdesk/library.sqlite`). The app and the CLI share it.
pub fn default_db_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let base = directories::BaseDirs::new().ok_or_else(|| Error::InvalidInput("cannot find the user's data directory (is HOME set?)".into()))?;
    Ok(base.data_dir().join("briefdesk").join("library.sqlite"))
}

/// An open library.
pub struct Library {
    conn: Connection,
    path: Option<PathBuf>,
    /// Extraction word lists, loaded on first use.
    lexicon: std::cell::OnceCell<Lexicon>,
    /// Fixed "today" for due states (tests); `None`: the clock.
    today: Option<chrono::NaiveDate>,
}

impl Library {
    /// "Today" as this library computes due states (`set_today` in tests, else the clock
    /// or `$BRIEFDESK_TODAY`).
    pub fn today(&self) -> chrono::NaiveDate {
        self.today.unwrap_or_else(crate::due::today)
    }

    /// Fix "today" for due states (tests, reproducible output).
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.today = Some(today);
    }

    /// The word lists extraction uses: the built-in ones plus the user's
    /// (`$BRIEFDESK_LEXICON_DIR`, else `$XDG_CONFIG_HOME/briefdesk/lexicon/`), loaded once.
    pub fn lexicon(&self) -> Result<&Lexicon> {
        if let Some(l) = self.lexicon.get() {
            return Ok(l);
        }
        let l = Lexicon::load_default()?;
        Ok(self.lexicon.get_or_init(|| l))
    }

    /// Use these word lists instead of the default ones (tests, tools).
    pub fn set_lexicon(&mut self, lex: Lexicon) {
        self.lexicon = std::cell::OnceCell::from(lex);
    }

    /// Open (creating if needed) the library file at `path` and bring its schema up to
    /// date. A library written by a newer Briefdesk is refused and left untouched.
    pub fn open(path: &Path) -> Result<Library> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("cannot create the folder {}", dir.display()), e))?;
        }
        let conn = Connection::open(path)?;
        Self::setup(conn, Some(path.to_path_buf()))
    }

    /// A library in memory, for tests and one-off extraction.
    pub fn open_in_memory() -> Result<Library> {
        Self::setup(Connection::open_in_memory()?, None)
    }

    fn setup(conn: Connection, path: Option<PathBuf>) -> Result<Library> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let shown = path.as_ref().map_or_else(|| ":memory:".to_string(), |p| p.display().to_string());
        // Refuse a newer schema before anything (even the journal mode) is changed.
        migrations::check_version(&conn, &shown)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mut lib = Library { conn, path, lexicon: std::cell::OnceCell::new(), today: None };
        migrations::migrate(&mut lib.conn, &shown)?;
        Ok(lib)
    }

    /// The file this library lives in (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The underlying connection, for tests only: the crate itself reaches the database
    /// through the store's functions.
    #[doc(hidden)]
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Run `f` in one transaction, committed when it returns `Ok` and rolled back
    /// otherwise. The application layer writes this way: `f` calls store functions with
    /// the transaction's connection.
    pub(crate) fn transaction<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}

/// A unit enum (DocKind, ItemState) as stored: its serde name ("directive", "confirmed").
pub(crate) fn enum_to_sql<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A stored serde name back to its enum; `fallback` for a name this build does not know.
pub(crate) fn enum_from_sql<T: serde::de::DeserializeOwned>(s: &str, fallback: T) -> T {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(fallback)
}

/// Current time as stored: RFC 3339, UTC, seconds.
pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
