//! Briefdesk's domain, with no dependency on Tauri: articles and their import,
//! Vietnamese text folding, the SQLite library with its migrations, and search.
//! The desktop app and the `briefdesk` CLI are thin layers over this crate.

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

pub use briefing::{Briefing, BriefingLang, BriefingOptions};
pub use error::{Error, Result};
pub use import::ImportOptions;
pub use store::{default_db_path, Library};
