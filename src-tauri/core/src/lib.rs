//! Briefdesk's domain, with no dependency on Tauri: articles and their import,
//! Vietnamese text folding, extraction, the SQLite library with its migrations, and search.
//! The desktop app and the `briefdesk` CLI are thin layers over this crate.
//!
//! Layers: `import` and `extract` turn files into articles and what they say; `store`
//! holds all the SQL; `app` composes store functions into what the user does (import,
//! re-extract, edits with their change log and undo); `views` and `briefing` assemble
//! what is shown from store rows.

/// One allocator for every binary that links the core (see Cargo.toml for why).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod app;
pub mod article;
pub mod briefing;
pub mod due;
pub mod error;
pub mod extract;
pub mod import;
pub mod model;
pub mod samples;
pub mod store;
pub mod text;
pub mod views;

pub use briefing::{Briefing, BriefingLang, BriefingOptions};
pub use error::{Error, Result};
pub use import::ImportOptions;
pub use store::{default_db_path, Library};
