//! Briefdesk's Tauri shell: opens the library, registers the commands, nothing else.
//! Every piece of behaviour lives in `briefdesk_core`; see commands.rs.

mod commands;
mod error;

use std::path::PathBuf;
use std::sync::Mutex;

use briefdesk_core::store::{default_db_path, Library};
use tauri::{Manager, RunEvent};

pub use error::{Error, Result};

/// The library as the app opened it at startup. One value for the app's whole life, so
/// the size of its variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum AppState {
    Ready {
        /// Imports open their own connection on this path so they never hold `library`.
        db_path: PathBuf,
        /// The connection for quick commands (list, search, read, edit); `None` once the
        /// app has closed it on exit.
        library: Mutex<Option<Library>>,
    },
    /// Opening failed (e.g. the library was written by a newer Briefdesk). The window
    /// still opens and every command returns this error, so the UI can show it.
    Failed(Error),
}

impl AppState {
    /// Opens the library at the default path (BRIEFDESK_DB, else XDG data dir), creating
    /// it if needed, and imports the built-in samples into a brand-new library.
    pub fn open_default() -> Self {
        let opened = default_db_path().map_err(Error::from).and_then(|db_path| {
            let library = Library::open(&db_path)?;
            Ok((db_path, library))
        });
        match opened {
            Ok((db_path, mut library)) => {
                // Samples are a convenience: failing to add them must not stop the app.
                if let Err(e) = library.seed_samples_if_first_start() {
                    eprintln!("briefdesk: could not import the sample articles: {e}");
                }
                // Articles from before extraction existed, or from older rules.
                if let Err(e) = library.extract_pending() {
                    eprintln!("briefdesk: could not extract pending articles: {e}");
                }
                AppState::Ready { db_path, library: Mutex::new(Some(library)) }
            }
            Err(e) => {
                eprintln!("briefdesk: could not open the library: {e}");
                AppState::Failed(e)
            }
        }
    }

    pub fn db_path(&self) -> Result<PathBuf> {
        match self {
            AppState::Ready { db_path, .. } => Ok(db_path.clone()),
            AppState::Failed(e) => Err(e.clone()),
        }
    }

    /// Runs `f` with the shared connection (callers are on a blocking thread).
    pub fn with_library<T>(&self, f: impl FnOnce(&mut Library) -> Result<T>) -> Result<T> {
        match self {
            AppState::Ready { library, .. } => {
                // A panic while holding the lock leaves SQLite consistent (the transaction
                // rolls back), so a poisoned lock is still safe to use.
                let mut guard = library.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                let lib = guard.as_mut().ok_or_else(|| Error::new(briefdesk_core::model::ErrorCode::Closed, "Briefdesk is closing"))?;
                f(lib)
            }
            AppState::Failed(e) => Err(e.clone()),
        }
    }

    /// Closes the shared connection, so SQLite checkpoints the WAL into the library file
    /// and removes it: a copy of library.sqlite made after Briefdesk quits is complete.
    fn close(&self) {
        if let AppState::Ready { library, .. } = self {
            let taken = library.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
            drop(taken);
        }
    }
}

pub fn run() {
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            app.manage(AppState::open_default());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::library_stats,
            commands::list_articles,
            commands::get_article,
            commands::search_articles,
            commands::import_paths,
            commands::delete_article,
            commands::remove_samples,
            commands::set_article_date,
            commands::article_extraction,
            commands::list_documents,
            commands::list_directives,
            commands::list_events,
            commands::reextract_all,
            commands::directive_detail,
            commands::update_directive,
            commands::confirm_directive,
            commands::reject_directive,
            commands::restore_directive,
            commands::review_queue,
            commands::add_directive,
            commands::add_task,
            commands::update_task,
            commands::move_task,
            commands::delete_task,
            commands::undo_last,
            commands::upcoming,
            commands::document_page,
            commands::timeline,
            commands::list_tags,
            commands::get_preferences,
            commands::set_preferences,
            commands::take_due_alerts,
            commands::briefing,
            commands::export_briefing,
        ])
        .build(tauri::generate_context!())
        .expect("error while building Briefdesk");
    app.run(|app, event| {
        if let RunEvent::Exit = event {
            if let Some(state) = app.try_state::<AppState>() {
                state.close();
            }
        }
    });
}
