//! The commands the UI invokes. Each one is a few lines: run the core call on a blocking
//! thread (so the UI never waits on SQLite or the disk) and map the error.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use briefdesk_core::import::ImportOptions;
use briefdesk_core::model::{
    Article, ArticleExtraction, ArticleSummary, ExtractReport, ImportProgress, ImportReport,
    LibraryDirective, LibraryDocument, LibraryEvent, LibraryStats, SearchResults,
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
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| Error::new("internal", format!("the operation stopped unexpectedly: {e}")))?
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
pub async fn search_articles(
    app: AppHandle,
    query: String,
    limit: Option<u32>,
) -> Result<SearchResults> {
    let limit = limit
        .unwrap_or(DEFAULT_SEARCH_LIMIT)
        .clamp(1, MAX_SEARCH_LIMIT) as usize;
    with_library(app, move |lib| Ok(lib.search(&query, limit)?)).await
}

/// Imports files and folders on a second connection to the same database (WAL), so
/// listing and searching stay responsive meanwhile. Emits "import-progress" per file.
#[tauri::command]
pub async fn import_paths(
    app: AppHandle,
    paths: Vec<String>,
    date: Option<String>,
) -> Result<ImportReport> {
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

#[tauri::command]
pub async fn list_directives(app: AppHandle) -> Result<Vec<LibraryDirective>> {
    with_library(app, |lib| Ok(lib.list_directives()?)).await
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
