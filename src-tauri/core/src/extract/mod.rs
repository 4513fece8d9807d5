//! Extraction: what government news says must be done, by whom, about which policy
//! document, by when — and which dated events it reports — each item tied to the
//! sentence it came from.
//!
//! The rules are general Vietnamese and English patterns over tokens; every word they
//! look for comes from the word lists of `data/lexicon/` ([`Lexicon`]), which a user can
//! extend. Build the [`Lexicon`] once and call [`extract`] for each article.
//!
//! ```
//! use briefdesk_core::extract::{extract, Lexicon};
//! use briefdesk_core::article::PubDate;
//! let lex = Lexicon::builtin();
//! let x = extract(&lex, "Bộ Tài chính được giao chủ trì sơ kết Chỉ thị 20.", PubDate::parse("2025-12-30"));
//! assert_eq!(x.directives[0].assignee.as_deref(), Some("Bộ Tài chính"));
//! assert_eq!(x.documents[0].number.as_deref(), Some("20"));
//! assert!((0.0..=1.0).contains(&x.directives[0].confidence));
//! ```

mod analysis;
mod clauses;
pub mod confidence;
mod dates;
mod directives;
mod documents;
mod english;
mod events;
mod gazetteer;
mod identity;
mod lexicon;
mod norm;

pub use identity::{document_identity, document_identity_with, document_key, kind_name, same_event, same_event_with, DocIdentity};
pub use lexicon::{file_names as lexicon_file_names, Lexicon};

use crate::article::PubDate;
use crate::model::{Extraction, ScoredDirective};

/// Extract documents, directives and events from an article's text (as stored: the body
/// without the date header). `published` resolves dates written without a year,
/// weekdays and words like "năm nay". Pure; never panics.
pub fn extract(lex: &Lexicon, body: &str, published: Option<PubDate>) -> Extraction {
    let run = || {
        let a = analysis::Analysed::new(lex, body);
        let dates = dates::find(&a, published);
        let docs = documents::find(lex, &a, &dates);
        let found = directives::find(&a, &dates, &docs);
        let events = events::find(lex, &a, &dates, &docs);
        // Last: how sure the machine is of each directive, from its sentence.
        let scores = confidence::directive_confidences(lex, &a, &found);
        let directives = found.into_iter().zip(scores).map(|(directive, confidence)| ScoredDirective { directive, confidence }).collect();
        Extraction { published: published.map(PubDate::to_iso), documents: docs.docs, directives, events }
    };
    // The rules are written not to panic; should one ever do so on some input, the
    // article yields nothing rather than taking the caller down.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|_| Extraction { published: published.map(PubDate::to_iso), ..Extraction::default() })
}
