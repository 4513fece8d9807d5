//! The `articles` table: insert (with the article's search index entry), look up by id or
//! by text hash, list, count, date and delete. Importing files and removing articles with
//! what hangs on them are the application layer's (`app::import`, `app::articles`).

use super::search::{index_article, unindex_article};
use super::{now, Library};
use crate::article::PubDate;
use crate::error::{Error, Result};
use crate::import::Loaded;
use crate::model::{Article, ArticleSummary, LibraryStats};
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::path::Path;

const SUMMARY_COLUMNS: &str = "id, title, published, source_name, source_path, is_sample, imported_at, length(body)";

fn summary_from_row(r: &Row) -> rusqlite::Result<ArticleSummary> {
    let published: Option<String> = r.get(2)?;
    Ok(ArticleSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        needs_date: published.is_none(),
        published,
        source_name: r.get(3)?,
        source_path: r.get(4)?,
        is_sample: r.get(5)?,
        imported_at: r.get(6)?,
        chars: r.get(7)?,
    })
}

/// Where an article came from, as stored.
pub(crate) struct Source<'a> {
    pub name: String,
    pub path: Option<&'a Path>,
    pub is_sample: bool,
}

/// Store a loaded article and index it for search; returns its id.
pub(crate) fn insert(conn: &Connection, loaded: &Loaded, src: &Source) -> Result<i64> {
    let a = &loaded.article;
    conn.prepare_cached(
        "INSERT INTO articles(title, body, published, source_name, source_path, format, sha256, text_hash, is_sample, imported_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        a.title,
        a.body,
        a.published.map(PubDate::to_iso),
        src.name,
        src.path.map(|p| p.display().to_string()),
        loaded.format,
        loaded.sha256,
        loaded.text_hash,
        src.is_sample,
        now(),
    ])?;
    let id = conn.last_insert_rowid();
    index_article(conn, id, &a.title, &a.body)?;
    Ok(id)
}

/// The article (id, title) already holding this text, if any.
pub(crate) fn existing_with_hash(conn: &Connection, hash: &str) -> Result<Option<(i64, String)>> {
    Ok(conn.prepare_cached("SELECT id, title FROM articles WHERE text_hash = ?1")?.query_row([hash], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// An article's text and publication date, as extraction reads them.
pub(crate) fn article_text(conn: &Connection, id: i64) -> Result<(String, Option<String>)> {
    conn.query_row("SELECT body, published FROM articles WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?.ok_or(Error::NotFound { what: "article", id })
}

/// Set an article's publication date (stored form, "YYYY-MM-DD" or "YYYY-MM").
pub(crate) fn set_published(conn: &Connection, id: i64, date: &str) -> Result<()> {
    conn.execute("UPDATE articles SET published = ?1 WHERE id = ?2", params![date, id])?;
    Ok(())
}

/// Take an article out of the search index and delete it (its directives, mentions and
/// event sources go with it: foreign keys).
pub(crate) fn delete(conn: &Connection, id: i64) -> Result<()> {
    unindex_article(conn, id)?;
    conn.execute("DELETE FROM articles WHERE id = ?1", [id])?;
    Ok(())
}

impl Library {
    pub fn stats(&self) -> Result<LibraryStats> {
        Ok(self.conn.query_row("SELECT count(*), count(*) FILTER (WHERE published IS NULL), count(*) FILTER (WHERE is_sample) FROM articles", [], |r| {
            Ok(LibraryStats { articles: r.get(0)?, needing_date: r.get(1)?, samples: r.get(2)? })
        })?)
    }

    /// Articles in the library.
    pub(crate) fn article_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?)
    }

    /// Every article's id, in id order.
    pub(crate) fn article_ids(&self) -> Result<Vec<i64>> {
        Ok(self.conn.prepare("SELECT id FROM articles ORDER BY id")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }

    /// Every article, newest first; articles without a date last.
    pub fn list_articles(&self) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {SUMMARY_COLUMNS} FROM articles ORDER BY published IS NULL, published DESC, id DESC"))?;
        let rows = stmt.query_map([], summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn article_summary(&self, id: i64) -> Result<ArticleSummary> {
        self.conn.prepare_cached(&format!("SELECT {SUMMARY_COLUMNS} FROM articles WHERE id = ?1"))?.query_row([id], summary_from_row).optional()?.ok_or(Error::NotFound { what: "article", id })
    }

    /// An article's text.
    pub(crate) fn article_body(&self, id: i64) -> Result<String> {
        Ok(self.conn.query_row("SELECT body FROM articles WHERE id = ?1", [id], |r| r.get(0))?)
    }

    /// Every dated article as (id, title, publication date), oldest first.
    pub(crate) fn dated_articles(&self) -> Result<Vec<(i64, String, String)>> {
        let mut stmt = self.conn.prepare("SELECT id, title, published FROM articles WHERE published IS NOT NULL ORDER BY published, id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        let summary = self.article_summary(id)?;
        let (body, sha256) = self.conn.query_row("SELECT body, sha256 FROM articles WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(Article { summary, body, sha256 })
    }
}
