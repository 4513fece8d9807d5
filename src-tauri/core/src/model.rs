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

// ---- Extraction (the JSON contract of ../shared/eval/FORMAT.md, plus spans) ----

/// A range of characters (Unicode scalar values, not bytes) in an article's text as
/// stored: `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// The kind of a policy document, by the head word the article uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// Chỉ thị
    Directive,
    /// Nghị quyết
    Resolution,
    /// Kết luận
    Conclusion,
    /// Quyết định
    Decision,
    /// Chiến lược
    Strategy,
    /// Chương trình
    Program,
    /// Kế hoạch
    Plan,
    /// Đề án
    Project,
    /// Luật, Bộ luật
    Law,
    /// Nghị định
    Decree,
    /// Thông tư
    Circular,
    /// Công điện, Công văn
    Dispatch,
    /// Quy định, Quy chế
    Regulation,
    /// Thông báo
    Notice,
    Other,
}

/// A policy document named in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExtractedDocument {
    /// Local id within one extraction ("d1", "d2", …), referenced by directives.
    pub id: String,
    pub kind: DocKind,
    /// The leading number as written ("12" for "Chỉ thị số 12-CT/TW").
    pub number: Option<String>,
    /// The full symbol as written ("12-CT/TW", "86/NQ-CP").
    pub code: Option<String>,
    /// The subject, or the full name of an unnumbered document.
    pub title: Option<String>,
    /// The issuing body when written ("Ban Bí thư", "Chính phủ").
    pub issuer: Option<String>,
    /// Target year of "tầm nhìn đến năm 2045".
    #[ts(type = "number | null")]
    pub horizon: Option<i32>,
    /// Every place the article names it.
    pub mentions: Vec<Span>,
}

/// What someone is told, asked or assigned to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExtractedDirective {
    /// The body or person who must act, as written; `None` when the sentence names nobody.
    pub assignee: Option<String>,
    /// The task's verb phrase, in the article's words, without the assignee.
    pub action: String,
    /// Ids of the documents the task is about.
    pub documents: Vec<String>,
    /// Deadline: "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY".
    pub due: Option<String>,
    /// A concrete assignment (named assignee and a concrete deliverable or act), as
    /// opposed to general guidance ("đẩy mạnh…", "tăng cường…").
    pub concrete: bool,
    /// The sentence it came from.
    pub span: Span,
    /// Where the action is written, when it is a contiguous piece of the text.
    pub action_span: Option<Span>,
}

/// A dated happening or scheduled meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExtractedEvent {
    /// "YYYY-MM-DD".
    pub date: String,
    pub title: String,
    pub place: Option<String>,
    /// The sentence it came from.
    pub span: Span,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Extraction {
    /// The article's date ("YYYY-MM-DD" or "YYYY-MM"), used to resolve relative dates.
    pub published: Option<String>,
    pub documents: Vec<ExtractedDocument>,
    pub directives: Vec<ExtractedDirective>,
    pub events: Vec<ExtractedEvent>,
}

// ---- Extraction as the library holds it ----

/// A library document, named for display ("Chỉ thị 12-CT/TW").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRef {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: DocKind,
    pub label: String,
}

/// A policy document in the library's registry: one row however many articles and
/// spellings name it ("Chỉ thị 12", "Chỉ thị số 12-CT/TW", "Directive No. 12-CT/TW").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryDocument {
    #[ts(type = "number")]
    pub id: i64,
    pub kind: DocKind,
    pub number: Option<String>,
    pub code: Option<String>,
    pub title: Option<String>,
    pub issuer: Option<String>,
    #[ts(type = "number | null")]
    pub horizon: Option<i32>,
    pub label: String,
    #[ts(type = "number")]
    pub mentions: i64,
    #[ts(type = "number")]
    pub articles: i64,
    #[ts(type = "number")]
    pub directives: i64,
}

/// Who made an item and whether the user has touched it. Re-extraction replaces only
/// `machine` items; every other state is the user's and is kept as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemState {
    /// Made by the extractor, not touched.
    Machine,
    Confirmed,
    Edited,
    /// Hidden from lists, never deleted.
    Rejected,
    /// Added by the user.
    Manual,
}

/// A directive as stored, with its article and documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryDirective {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub article_id: i64,
    pub article_title: String,
    pub article_published: Option<String>,
    pub assignee: Option<String>,
    pub action: String,
    pub due: Option<String>,
    pub concrete: bool,
    pub documents: Vec<DocumentRef>,
    /// The sentence it came from, as written.
    pub sentence: String,
    pub span: Span,
    pub action_span: Option<Span>,
    pub state: ItemState,
}

/// One article reporting an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventSource {
    #[ts(type = "number")]
    pub article_id: i64,
    pub article_title: String,
    pub article_published: Option<String>,
    /// The title as this article words it.
    pub title: String,
    pub span: Span,
}

/// An event, merged across the articles that report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LibraryEvent {
    #[ts(type = "number")]
    pub id: i64,
    pub date: String,
    pub title: String,
    pub place: Option<String>,
    pub sources: Vec<EventSource>,
}

/// A place in an article that names a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentMention {
    pub document: DocumentRef,
    pub span: Span,
}

/// What the reader highlights in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ArticleExtraction {
    #[ts(type = "number")]
    pub article_id: i64,
    pub mentions: Vec<DocumentMention>,
    /// Not rejected directives of this article.
    pub directives: Vec<LibraryDirective>,
    /// Events this article reports; `sources` holds every article reporting each.
    pub events: Vec<LibraryEvent>,
}

/// The result of running extraction over articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExtractReport {
    pub articles: u32,
    /// Machine-made directives now stored for those articles.
    pub directives: u32,
    /// The user's directives (confirmed, edited, rejected, hand-added) left as they were.
    pub kept: u32,
    pub documents: u32,
    pub events: u32,
}
