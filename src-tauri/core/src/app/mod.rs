//! The application layer: what the app and the CLI ask of the library, composed from the
//! store's functions. Importing files (load → extract → store, with progress), running
//! extraction again, the user's edits to articles, and the follow-up work on directives
//! and tasks with its change log and undo. No SQL here: writes go through
//! `Library::transaction` with store functions.

mod articles;
mod extraction;
mod followup;
mod import;

pub use import::IMPORT_BATCH;
