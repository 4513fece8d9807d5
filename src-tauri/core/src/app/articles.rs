//! The user's edits to articles: dating one (and extracting it again, since relative dates
//! resolve against it) and deleting one. Each is recorded in the change log.

use crate::article::PubDate;
use crate::error::{Error, Result};
use crate::model::ArticleSummary;
use crate::store::articles::{delete, set_published};
use crate::store::changelog::record;
use crate::store::extraction::collect_orphans;
use crate::store::Library;
use rusqlite::Connection;
use serde_json::json;

impl Library {
    /// Give an article its publication date ("YYYY-MM-DD", or "YYYY-MM").
    pub fn set_article_date(&mut self, id: i64, date: &str) -> Result<ArticleSummary> {
        let date = PubDate::parse(date).ok_or_else(|| Error::InvalidDate(date.to_string()))?.to_iso();
        let before = self.article_summary(id)?.published;
        self.transaction(|tx| {
            set_published(tx, id, &date)?;
            record(tx, "article", Some(id), "set_date", json!({"from": before, "to": date}))
        })?;
        // Relative dates ("trước ngày 15/1", "năm nay") resolve against the new date.
        self.reextract(Some(&[id]))?;
        self.article_summary(id)
    }

    /// Remove an article from the library (recorded in the change log).
    pub fn delete_article(&mut self, id: i64) -> Result<()> {
        let a = self.article_summary(id)?;
        self.transaction(|tx| delete_one(tx, &a))
    }
}

/// Delete an article, the documents and events only it named, and record the deletion.
pub(super) fn delete_one(conn: &Connection, a: &ArticleSummary) -> Result<()> {
    delete(conn, a.id)?;
    collect_orphans(conn)?;
    record(conn, "article", Some(a.id), "delete", json!({"title": a.title, "source": a.source_name, "published": a.published}))
}
