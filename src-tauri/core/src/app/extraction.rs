//! Running extraction on stored articles: load each article's text, extract, store the
//! result (keeping every item the user has touched), 200 articles per transaction.

use crate::article::PubDate;
use crate::error::Result;
use crate::extract::extract;
use crate::model::ExtractReport;
use crate::store::articles::article_text;
use crate::store::extraction::store_extraction;
use crate::store::Library;

/// Articles extracted and stored per transaction.
const REEXTRACT_BATCH: usize = 200;

impl Library {
    /// Run extraction on the given articles (all when `None`) and store the results,
    /// keeping every item the user has touched.
    pub fn reextract(&mut self, ids: Option<&[i64]>) -> Result<ExtractReport> {
        let lex = self.lexicon()?;
        let ids: Vec<i64> = match ids {
            Some(ids) => ids.to_vec(),
            None => self.article_ids()?,
        };
        let mut report = ExtractReport::default();
        for chunk in ids.chunks(REEXTRACT_BATCH) {
            self.transaction(|tx| {
                for &id in chunk {
                    let (body, published) = article_text(tx, id)?;
                    let x = extract(lex, &body, published.as_deref().and_then(PubDate::parse));
                    let (stored, kept) = store_extraction(tx, id, &body, &x)?;
                    report.articles += 1;
                    report.directives += stored;
                    report.kept += kept;
                }
                Ok(())
            })?;
        }
        report.documents = self.document_count()?;
        report.events = self.event_count()?;
        Ok(report)
    }

    /// Extract the articles that have never been extracted, or only by older rules.
    pub fn extract_pending(&mut self) -> Result<ExtractReport> {
        let ids = self.pending_extraction()?;
        if ids.is_empty() {
            return Ok(ExtractReport::default());
        }
        self.reextract(Some(&ids))
    }
}
