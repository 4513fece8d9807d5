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
    pub code: Option<ErrorCode>,
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

/// Declares [`ErrorCode`]: each code and its spelling written once; serde, the CLI and
/// the generated TypeScript union all take the spelling from here.
macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal,)*) => {
        /// The stable machine code of an error: the UI branches on it, scripts read it in
        /// the CLI's JSON. Reaches TypeScript as a union of string literals.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)*
        }

        impl ErrorCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as written in JSON and TypeScript ("not_utf8").
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $name,)*
                }
            }
        }
    };
}

error_codes! {
    /// A file that is not UTF-8 (or UTF-16 with a byte-order mark) text.
    NotUtf8 = "not_utf8",
    /// A file with no article text.
    Empty = "empty",
    /// A file over the size limit.
    TooLarge = "too_large",
    /// A file, folder, article or directive that does not exist.
    NotFound = "not_found",
    /// A file that cannot be read (permissions, a folder given as a file).
    Unreadable = "unreadable",
    /// A folder with no article files.
    NoArticles = "no_articles",
    /// A user word list that cannot be read.
    Lexicon = "lexicon",
    /// A user gazetteer file that cannot be read.
    Gazetteer = "gazetteer",
    /// A library written by a newer Briefdesk.
    NewerLibrary = "newer_library",
    /// A date or due date that cannot be read.
    InvalidDate = "invalid_date",
    /// Any other input refused.
    InvalidInput = "invalid_input",
    /// A briefing that could not be typeset or written.
    Render = "render",
    /// SQLite failed.
    Database = "database",
    /// The operating system failed a read or write.
    Io = "io",
    /// The app failed in a way that is not the user's input.
    Internal = "internal",
    /// The app is closing its library.
    Closed = "closed",
    /// A failure the UI could not read (the bridge to the backend broke).
    Unknown = "unknown",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error as the UI receives it: branch on `code`, show `message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApiError {
    pub code: ErrorCode,
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
    /// The head word the kind comes from, as written with a capital first letter
    /// ("Công văn" and "Công điện" are both `dispatch`; "Quy chế", "Decision").
    #[serde(default)]
    pub head: Option<String>,
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

/// A machine-made directive with how sure the machine is of it. Serialised flat: the
/// directive's fields, then `confidence` (so the FORMAT.md JSON gains one field).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ScoredDirective {
    #[serde(flatten)]
    #[ts(flatten)]
    pub directive: ExtractedDirective,
    /// 0.0 (doubtful) to 1.0 (sure), from the directive's sentence
    /// (`extract::confidence`).
    pub confidence: f32,
}

impl std::ops::Deref for ScoredDirective {
    type Target = ExtractedDirective;
    fn deref(&self) -> &ExtractedDirective {
        &self.directive
    }
}

impl std::ops::DerefMut for ScoredDirective {
    fn deref_mut(&mut self) -> &mut ExtractedDirective {
        &mut self.directive
    }
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
    pub directives: Vec<ScoredDirective>,
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
    /// How sure the machine was of it, 0..1 (`None` for a directive added by hand).
    pub confidence: Option<f32>,
    pub follow_up: FollowUp,
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

// ---- The follow-up workspace ----

/// Where the user's organisation stands on a directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum DirectiveStatus {
    New,
    Tracking,
    InProgress,
    Done,
    Dropped,
}

impl DirectiveStatus {
    pub const ALL: [DirectiveStatus; 5] = [Self::New, Self::Tracking, Self::InProgress, Self::Done, Self::Dropped];

    /// Done and dropped directives are never overdue.
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Done | Self::Dropped)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    Low,
    Normal,
    High,
}

/// How precisely a due date is known: "2026-03-31" (day), "2026-03" (month),
/// "2026-Q1" (quarter), "2026" (year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DuePrecision {
    Day,
    Month,
    Quarter,
    Year,
}

/// A due date with its precision and the period it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueDate {
    /// As stored: "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY".
    pub value: String,
    pub precision: DuePrecision,
    /// First day of the period ("YYYY-MM-DD").
    pub start: String,
    /// Last day of the period: the item is overdue from the day after.
    pub end: String,
}

/// A due date measured against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DueState {
    /// No due date.
    None,
    /// Done or dropped: no longer counts.
    Closed,
    /// The whole period has passed.
    Overdue,
    /// The period ends within the due-soon window (14 days).
    Soon,
    Later,
}

/// Follow-up tasks ticked / all tasks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// The user's follow-up of a directive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUp {
    pub status: DirectiveStatus,
    /// Who in the user's organisation follows it.
    pub owner: Option<String>,
    pub priority: Priority,
    pub tags: Vec<String>,
    pub notes: String,
    /// The due date with its period (`LibraryDirective::due` is the stored value).
    pub due: Option<DueDate>,
    pub due_state: DueState,
    pub progress: Progress,
}

/// One follow-up task of a directive's checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowupTask {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub directive_id: i64,
    pub text: String,
    pub done: bool,
    /// When it was ticked (RFC 3339, UTC).
    pub done_at: Option<String>,
    pub due: Option<DueDate>,
    pub due_state: DueState,
    pub owner: Option<String>,
    /// 0-based place in the checklist.
    pub position: u32,
}

/// Changes to a directive; an absent field stays as it is, an empty string clears
/// `assignee`, `due` and `owner`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DirectiveUpdate {
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concrete: Option<bool>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DirectiveStatus>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Replaces the tags.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Changes to a task; an absent field stays, an empty string clears `due` and `owner`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TaskUpdate {
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// A due-date window for filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DueWindow {
    /// The period has passed and the directive is still open.
    Overdue,
    /// Open and due (period ending) from today through `days` days ahead.
    Within { days: u32 },
    /// Open and overdue or due within `days` days.
    OverdueOrWithin { days: u32 },
    /// No due date.
    Undated,
}

/// Which directives to list; every field narrows (empty lists: no narrowing).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DirectiveFilter {
    /// Words matched without diacritics (đ = d) in the action, assignee, sentence,
    /// document names, owner, tags, notes and article title.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub statuses: Vec<DirectiveStatus>,
    /// A directive carrying any of these tags.
    pub tags: Vec<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<DueWindow>,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<i64>,
    /// Exact assignee as written.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Also list rejected directives (hidden otherwise).
    pub include_rejected: bool,
}

/// One recorded change to a field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// "status", "owner", "due", "tags", "done", "text", "position", "state", …
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One user change to a directive or one of its tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    #[ts(type = "number")]
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    /// "add", "edit", "confirm", "reject", "restore", "task-add", "task-edit",
    /// "task-done", "task-undone", "task-move", "task-delete", "undo".
    pub action: String,
    #[ts(type = "number")]
    pub directive_id: i64,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// The task's text, for task changes.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_text: Option<String>,
    pub changes: Vec<FieldChange>,
    /// Set when a later undo reverted this change.
    pub undone: bool,
}

/// Everything the directive panel shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DirectiveDetail {
    pub directive: LibraryDirective,
    pub tasks: Vec<FollowupTask>,
    /// Newest first.
    pub history: Vec<HistoryEntry>,
}

/// A directive or task in the Upcoming view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpcomingItem {
    /// The directive (for a task: the directive it belongs to).
    pub directive: LibraryDirective,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<FollowupTask>,
    pub due: DueDate,
    pub due_state: DueState,
}

/// Overdue items and items due within the window, soonest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Upcoming {
    /// The day it was computed for ("YYYY-MM-DD").
    pub today: String,
    pub days: u32,
    pub overdue: Vec<UpcomingItem>,
    pub soon: Vec<UpcomingItem>,
}

/// What a document page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DocumentEntryKind {
    Mention,
    Directive,
    Event,
}

/// One line of a document page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentEntry {
    pub kind: DocumentEntryKind,
    /// The date it is placed at: the event's date, else the article's.
    pub date: Option<String>,
    #[ts(type = "number")]
    pub article_id: i64,
    pub article_title: String,
    /// The sentence (mention, directive) or event title.
    pub text: String,
    pub span: Span,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directive: Option<LibraryDirective>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<LibraryEvent>,
}

/// A policy document with everything the library says about it, in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPage {
    pub document: LibraryDocument,
    pub entries: Vec<DocumentEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TimelineKind {
    Article,
    Event,
    Directive,
    Task,
    /// A document's horizon: from its first mention to the end of its target year.
    Horizon,
}

/// One item on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    /// Unique across kinds: "a12", "e3", "d5", "t7", "h2".
    pub id: String,
    pub kind: TimelineKind,
    /// "YYYY-MM-DD".
    pub start: String,
    /// Last day of a span (horizon, due period longer than a day).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub title: String,
    /// Articles reporting an event.
    pub sources: u32,
    #[ts(type = "number[]")]
    pub document_ids: Vec<i64>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<DirectiveStatus>,
    pub due_state: DueState,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_id: Option<i64>,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directive_id: Option<i64>,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_id: Option<i64>,
    #[ts(optional, type = "number")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_id: Option<i64>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
}

/// Where a page of the review queue ends: the next page starts after this directive.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewCursor {
    pub confidence: f64,
    #[ts(type = "number")]
    pub id: i64,
}

/// One page of the review queue: untouched machine-made directives, most doubtful first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewPage {
    /// How many directives wait for review in all.
    #[ts(type = "number")]
    pub total: i64,
    pub items: Vec<LibraryDirective>,
    /// Pass as `after` for the next page; `None` on the last page.
    pub next: Option<ReviewCursor>,
}

/// The user's settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    /// Desktop notifications for items falling due (opt-in).
    pub notifications: bool,
}
