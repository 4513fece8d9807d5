//! Read models: what the app's screens and the CLI show, assembled from the store's
//! rows. One module per view; no SQL here (the store runs it, `crate::store`).
//!
//! - `registry`: the directive registry and its filter (`DirectiveFilter::accepts`);
//! - `directive_detail`: one directive with its checklist and history;
//! - `upcoming`: what is overdue or due soon, and `alerts`: what to announce once;
//! - `document_page`: everything the library says about one document;
//! - `timeline`: articles, events, due dates and document horizons on one axis;
//! - `reader`: what the reader highlights in one article.

mod alerts;
mod directive_detail;
mod document_page;
mod reader;
mod registry;
mod timeline;
mod upcoming;

pub use upcoming::UPCOMING_DAYS;
