//! The application layer: what the app and the CLI ask of the library, composed from the
//! store's functions. Importing files (load → extract → store, with progress), running
//! extraction again, and the user's edits to articles. No SQL here: writes go through
//! `Library::transaction` with store functions.

mod articles;
mod extraction;
mod import;

pub use import::IMPORT_BATCH;
