//! One error type for the core. Every error has a stable machine code (the UI branches
//! on it) and a message in words that names the file or thing concerned.

use crate::model::ErrorCode;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {message}")]
    File { path: PathBuf, code: ErrorCode, message: String },

    #[error("the library {path} was written by a newer Briefdesk (schema version {found}; this version knows up to {supported}); it was left untouched — update Briefdesk to open it")]
    NewerLibrary { path: String, found: i64, supported: i64 },

    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },

    #[error("invalid date \"{0}\": use YYYY-MM-DD (for example 2025-12-30)")]
    InvalidDate(String),

    #[error("invalid due date \"{0}\": use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY (for example 2026-03-31, 2026-03, 2026-Q1, 2026)")]
    InvalidDue(String),

    #[error("{0}")]
    InvalidInput(String),

    /// A briefing could not be typeset or written as PDF.
    #[error("{0}")]
    Render(String),

    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),

    #[error("{context}: {source}")]
    Io { context: String, source: std::io::Error },
}

impl Error {
    /// The stable code the UI and scripts branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::File { code, .. } => *code,
            Error::NewerLibrary { .. } => ErrorCode::NewerLibrary,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::InvalidDate(_) | Error::InvalidDue(_) => ErrorCode::InvalidDate,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Render(_) => ErrorCode::Render,
            Error::Db(_) => ErrorCode::Database,
            Error::Io { .. } => ErrorCode::Io,
        }
    }

    /// The file an error is about, if any.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::File { path, .. } => Some(path),
            _ => None,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }

    pub fn file(path: impl Into<PathBuf>, code: ErrorCode, message: impl Into<String>) -> Self {
        Error::File { path: path.into(), code, message: message.into() }
    }
}

impl From<&Error> for crate::model::ApiError {
    fn from(e: &Error) -> Self {
        crate::model::ApiError { code: e.code(), message: e.to_string() }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
