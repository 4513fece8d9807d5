//! What the reader highlights in one article: the documents it mentions, its directives
//! (not rejected) and the events it reports.

use crate::error::Result;
use crate::model::ArticleExtraction;
use crate::store::Library;

impl Library {
    /// What the reader highlights in one article.
    pub fn article_extraction(&self, article_id: i64) -> Result<ArticleExtraction> {
        self.article_summary(article_id)?;
        let mentions = self.mentions_in_article(article_id)?;
        let directives = self.directives_of_article(article_id)?;
        let events = self.events_of_article(article_id)?;
        Ok(ArticleExtraction { article_id, mentions, directives, events })
    }
}
