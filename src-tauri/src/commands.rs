//! The commands the UI invokes. Each one is a few lines: run the core call on a blocking
//! thread (so the UI never waits on SQLite or the disk) and map the error.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use briefdesk_core::briefing::{BriefingExport, BriefingOptions, BriefingPreview};
use briefdesk_core::import::ImportOptions;
use briefdesk_core::model::{
    Article, ArticleExtraction, ArticleSummary, DirectiveDetail, DirectiveFilter, DirectiveUpdate, DocumentPage, ExtractReport, FollowupTask, HistoryEntry, ImportProgress, ImportReport,
    LibraryDirective, LibraryDocument, LibraryEvent, LibraryStats, Preferences, ReviewCursor, ReviewPage, SearchResults, Span, TaskUpdate, TimelineItem, Upcoming, UpcomingItem,
};
use briefdesk_core::store::Library;
use tauri::{AppHandle, Emitter, Manager};

use crate::error::{Error, Result};
use crate::AppState;

/// Name of the event sent while an import runs (payload: ImportProgress).
pub const IMPORT_PROGRESS_EVENT: &str = "import-progress";

const PROGRESS_INTERVAL: Duration = Duration::from_millis(40);

const DEFAULT_SEARCH_LIMIT: u32 = 50;
const MAX_SEARCH_LIMIT: u32 = 500;

/// Runs `f` on a blocking thread, so the UI never waits on SQLite or the disk.
async fn blocking<T, F>(f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| Error::new(briefdesk_core::model::ErrorCode::Internal, format!("the operation stopped unexpectedly: {e}")))?
}

/// Runs `f` with the shared library on a blocking thread.
async fn with_library<T, F>(app: AppHandle, f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&mut Library) -> Result<T> + Send + 'static,
{
    blocking(move || app.state::<AppState>().with_library(f)).await
}

#[tauri::command]
pub async fn library_stats(app: AppHandle) -> Result<LibraryStats> {
    with_library(app, |lib| Ok(lib.stats()?)).await
}

#[tauri::command]
pub async fn list_articles(app: AppHandle) -> Result<Vec<ArticleSummary>> {
    with_library(app, |lib| Ok(lib.list_articles()?)).await
}

#[tauri::command]
pub async fn get_article(app: AppHandle, id: i64) -> Result<Article> {
    with_library(app, move |lib| Ok(lib.article(id)?)).await
}

#[tauri::command]
pub async fn search_articles(app: AppHandle, query: String, limit: Option<u32>) -> Result<SearchResults> {
    let limit = limit.unwrap_or(DEFAULT_SEARCH_LIMIT).clamp(1, MAX_SEARCH_LIMIT) as usize;
    with_library(app, move |lib| Ok(lib.search(&query, limit)?)).await
}

/// Imports files and folders on a second connection to the same database (WAL), so
/// listing and searching stay responsive meanwhile. Emits "import-progress" per file.
#[tauri::command]
pub async fn import_paths(app: AppHandle, paths: Vec<String>, date: Option<String>) -> Result<ImportReport> {
    let db_path = app.state::<AppState>().db_path()?;
    blocking(move || {
        let mut library = Library::open(&db_path)?;
        let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
        let options = ImportOptions { date };
        // At most one event per PROGRESS_INTERVAL (and always the last), so a folder of
        // 10,000 files does not flood the webview. A lost event is cosmetic.
        let mut last: Option<Instant> = None;
        let mut progress = |p: &ImportProgress| {
            if p.done == p.total || last.is_none_or(|t| t.elapsed() >= PROGRESS_INTERVAL) {
                last = Some(Instant::now());
                let _ = app.emit(IMPORT_PROGRESS_EVENT, p);
            }
        };
        Ok(library.import_paths(&paths, &options, &mut progress)?)
    })
    .await
}

#[tauri::command]
pub async fn delete_article(app: AppHandle, id: i64) -> Result<()> {
    with_library(app, move |lib| Ok(lib.delete_article(id)?)).await
}

#[tauri::command]
pub async fn remove_samples(app: AppHandle) -> Result<u32> {
    with_library(app, |lib| Ok(lib.remove_samples()?)).await
}

#[tauri::command]
pub async fn set_article_date(app: AppHandle, id: i64, date: String) -> Result<ArticleSummary> {
    with_library(app, move |lib| Ok(lib.set_article_date(id, &date)?)).await
}

#[tauri::command]
pub async fn article_extraction(app: AppHandle, id: i64) -> Result<ArticleExtraction> {
    with_library(app, move |lib| Ok(lib.article_extraction(id)?)).await
}

#[tauri::command]
pub async fn list_documents(app: AppHandle) -> Result<Vec<LibraryDocument>> {
    with_library(app, |lib| Ok(lib.list_documents()?)).await
}

/// Directives narrowed by a filter (none: every directive not rejected).
#[tauri::command]
pub async fn list_directives(app: AppHandle, filter: Option<DirectiveFilter>) -> Result<Vec<LibraryDirective>> {
    with_library(app, move |lib| Ok(lib.find_directives(&filter.unwrap_or_default())?)).await
}

#[tauri::command]
pub async fn directive_detail(app: AppHandle, id: i64) -> Result<DirectiveDetail> {
    with_library(app, move |lib| Ok(lib.directive_detail(id)?)).await
}

#[tauri::command]
pub async fn update_directive(app: AppHandle, id: i64, update: DirectiveUpdate) -> Result<LibraryDirective> {
    with_library(app, move |lib| Ok(lib.update_directive(id, &update)?)).await
}

#[tauri::command]
pub async fn confirm_directive(app: AppHandle, id: i64) -> Result<LibraryDirective> {
    with_library(app, move |lib| Ok(lib.confirm_directive(id)?)).await
}

#[tauri::command]
pub async fn reject_directive(app: AppHandle, id: i64) -> Result<LibraryDirective> {
    with_library(app, move |lib| Ok(lib.reject_directive(id)?)).await
}

#[tauri::command]
pub async fn restore_directive(app: AppHandle, id: i64) -> Result<LibraryDirective> {
    with_library(app, move |lib| Ok(lib.restore_directive(id)?)).await
}

/// A page of the review queue (untouched machine-made directives, least confident
/// first), after `after` (from the start when absent).
#[tauri::command]
pub async fn review_queue(app: AppHandle, after: Option<ReviewCursor>, limit: Option<u32>) -> Result<ReviewPage> {
    with_library(app, move |lib| Ok(lib.review_queue(after, limit)?)).await
}

/// A directive added by hand for a selection (character span) of an article.
#[tauri::command]
pub async fn add_directive(app: AppHandle, article_id: i64, span: Span, assignee: Option<String>, action: String, due: Option<String>) -> Result<LibraryDirective> {
    with_library(app, move |lib| Ok(lib.add_directive(article_id, span, assignee.as_deref(), &action, due.as_deref())?)).await
}

#[tauri::command]
pub async fn add_task(app: AppHandle, directive_id: i64, text: String, due: Option<String>, owner: Option<String>) -> Result<FollowupTask> {
    with_library(app, move |lib| Ok(lib.add_task(directive_id, &text, due.as_deref(), owner.as_deref())?)).await
}

#[tauri::command]
pub async fn update_task(app: AppHandle, id: i64, update: TaskUpdate) -> Result<FollowupTask> {
    with_library(app, move |lib| Ok(lib.update_task(id, &update)?)).await
}

/// Moves a task to `index` in its checklist; returns the checklist.
#[tauri::command]
pub async fn move_task(app: AppHandle, id: i64, index: u32) -> Result<Vec<FollowupTask>> {
    with_library(app, move |lib| Ok(lib.move_task(id, index)?)).await
}

#[tauri::command]
pub async fn delete_task(app: AppHandle, id: i64) -> Result<()> {
    with_library(app, move |lib| Ok(lib.delete_task(id)?)).await
}

/// Undoes the newest change of one directive (or of the library); `null` when none is left.
#[tauri::command]
pub async fn undo_last(app: AppHandle, directive_id: Option<i64>) -> Result<Option<HistoryEntry>> {
    with_library(app, move |lib| Ok(lib.undo_last(directive_id)?)).await
}

#[tauri::command]
pub async fn upcoming(app: AppHandle, days: Option<u32>) -> Result<Upcoming> {
    with_library(app, move |lib| Ok(lib.upcoming(days.unwrap_or(briefdesk_core::views::UPCOMING_DAYS))?)).await
}

#[tauri::command]
pub async fn document_page(app: AppHandle, id: i64) -> Result<DocumentPage> {
    with_library(app, move |lib| Ok(lib.document_page(id)?)).await
}

#[tauri::command]
pub async fn timeline(app: AppHandle, filter: Option<DirectiveFilter>) -> Result<Vec<TimelineItem>> {
    with_library(app, move |lib| Ok(lib.timeline(&filter.unwrap_or_default())?)).await
}

/// Items falling due that were not announced yet (the UI shows them as notifications).
#[tauri::command]
pub async fn take_due_alerts(app: AppHandle) -> Result<Vec<UpcomingItem>> {
    with_library(app, |lib| Ok(lib.take_due_alerts()?)).await
}

#[tauri::command]
pub async fn list_tags(app: AppHandle) -> Result<Vec<String>> {
    with_library(app, |lib| Ok(lib.tags()?)).await
}

#[tauri::command]
pub async fn get_preferences(app: AppHandle) -> Result<Preferences> {
    with_library(app, |lib| Ok(lib.preferences()?)).await
}

#[tauri::command]
pub async fn set_preferences(app: AppHandle, preferences: Preferences) -> Result<Preferences> {
    with_library(app, move |lib| Ok(lib.set_preferences(&preferences)?)).await
}

#[tauri::command]
pub async fn list_events(app: AppHandle) -> Result<Vec<LibraryEvent>> {
    with_library(app, |lib| Ok(lib.list_events()?)).await
}

/// Runs extraction again over the whole library, keeping the user's items.
#[tauri::command]
pub async fn reextract_all(app: AppHandle) -> Result<ExtractReport> {
    with_library(app, |lib| Ok(lib.reextract(None)?)).await
}

/// The briefing of the chosen period and filters, with the words of its language.
#[tauri::command]
pub async fn briefing(app: AppHandle, options: BriefingOptions) -> Result<BriefingPreview> {
    with_library(app, move |lib| Ok(lib.briefing(&options)?.preview())).await
}

/// Writes the briefing to `path` as PDF, HTML or Markdown (by its extension), replacing
/// the file only once the new one is complete.
#[tauri::command]
pub async fn export_briefing(app: AppHandle, options: BriefingOptions, path: PathBuf) -> Result<BriefingExport> {
    with_library(app, move |lib| Ok(lib.briefing(&options)?.write_to(&path)?)).await
}
