//! The values that cross the boundary to the CLI's JSON and the UI. Every type here is
//! exported to TypeScript (ts-rs) into `ui/src/lib/bindings/`; a test keeps that in step.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One article as listed in the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    /// Publication date as known: "YYYY-MM-DD", or "YYYY-MM" when only the month is.
    pub published: Option<String>,
    /// True when no date is known yet; the user should set one.
    pub needs_date: bool,
    /// The file name it was imported from.
    pub source_name: String,
    /// The full path it was imported from (absent for built-in samples).
    pub source_path: Option<String>,
    pub is_sample: bool,
    /// When it was imported (RFC 3339, UTC).
    pub imported_at: String,
    /// Length of the text in characters.
    #[ts(type = "number")]
    pub chars: i64,
}

/// One article with its full text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    #[serde(flatten)]
    #[ts(flatten)]
    pub summary: ArticleSummary,
    /// The full text, NFC-normalised, paragraphs separated by blank lines.
    pub body: String,
    /// SHA-256 of the original file's bytes, hex.
    pub sha256: String,
}

/// Counts shown above the library list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryStats {
    #[ts(type = "number")]
    pub articles: i64,
    #[ts(type = "number")]
    pub needing_date: i64,
    #[ts(type = "number")]
    pub samples: i64,
}

/// A piece of text; `hit` marks a piece that matched the query. Shown as text, never HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    pub article: ArticleSummary,
    /// The title with matching words marked.
    pub title: Vec<Segment>,
    /// A passage of the text around the best match, matching words marked.
    pub snippet: Vec<Segment>,
    /// True when the words match with their diacritics as typed (ranked first).
    pub exact: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResults {
    pub query: String,
    /// How many articles match in all (hits holds at most the limit).
    #[ts(type = "number")]
    pub total: i64,
    pub hits: Vec<SearchHit>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ImportStatus {
    Imported,
    Duplicate,
    Failed,
}

/// What happened to one file of an import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportFileResult {
    pub path: String,
    pub status: ImportStatus,
    /// The new article, or the one already holding the same text.
    #[ts(type = "number | null")]
    pub article_id: Option<i64>,
    pub title: Option<String>,
    /// For a failed file: a machine-readable reason ("not_utf8", "empty", "too_large",
    /// "not_found", "unreadable").
    pub code: Option<String>,
    /// For a failed file, the reason in words; for a duplicate, which article has it.
    pub message: Option<String>,
    /// The article was imported without a date and needs one.
    pub needs_date: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub files: Vec<ImportFileResult>,
    pub imported: u32,
    pub duplicates: u32,
    pub failed: u32,
}

/// Sent while an import runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub path: String,
}

/// An error as the UI receives it: branch on `code`, show `message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: String,
    pub message: String,
}
