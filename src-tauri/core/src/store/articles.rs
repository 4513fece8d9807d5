//! The articles aggregate: import (in batches, inside transactions), listing, reading,
//! dating and removing.

use super::changelog::record;
use super::extraction::{collect_orphans, store_extraction};
use super::search::{index_article, unindex_article};
use super::{now, Library};
use crate::article::PubDate;
use crate::error::{Error, Result};
use crate::extract::{extract, Lexicon};
use crate::import::{collect_files, load_file, parse_text, ImportOptions, Loaded};
use crate::model::{Article, ArticleSummary, ImportFileResult, ImportProgress, ImportReport, ImportStatus, LibraryStats};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;
use std::path::{Path, PathBuf};

/// Files read and stored per transaction.
pub const IMPORT_BATCH: usize = 500;

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
struct Source<'a> {
    name: String,
    path: Option<&'a Path>,
    is_sample: bool,
}

fn insert(conn: &Connection, lex: &Lexicon, loaded: &Loaded, src: &Source) -> Result<i64> {
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
    let x = extract(lex, &a.body, a.published);
    store_extraction(conn, id, &a.body, &x)?;
    Ok(id)
}

fn existing_with_hash(conn: &Connection, hash: &str) -> Result<Option<(i64, String)>> {
    Ok(conn.prepare_cached("SELECT id, title FROM articles WHERE text_hash = ?1")?.query_row([hash], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

fn failed(path: &Path, e: &Error) -> ImportFileResult {
    ImportFileResult { path: path.display().to_string(), status: ImportStatus::Failed, article_id: None, title: None, code: Some(e.code()), message: Some(e.to_string()), needs_date: false }
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

impl Library {
    /// Import files and folders. Every file gets a result row; a bad file fails alone and
    /// nothing already stored changes. Articles go in `IMPORT_BATCH` at a time, each
    /// batch in one transaction; `progress` is called after every file.
    pub fn import_paths(&mut self, paths: &[PathBuf], opts: &ImportOptions, progress: &mut dyn FnMut(&ImportProgress)) -> Result<ImportReport> {
        let fallback = opts.fallback_date()?;
        let lex = self.lexicon()?;
        let files = collect_files(paths);
        let total = files.len() as u32;
        let mut files = files.into_iter().peekable();
        let mut report = ImportReport::default();
        let mut done = 0u32;
        while files.peek().is_some() {
            let loaded: Vec<(PathBuf, Result<Loaded>)> = files
                .by_ref()
                .take(IMPORT_BATCH)
                .map(|f| match f {
                    Ok(p) => {
                        let l = load_file(&p, fallback);
                        (p, l)
                    }
                    Err(e) => (e.path().map(Path::to_path_buf).unwrap_or_default(), Err(e)),
                })
                .collect();
            let tx = self.conn.unchecked_transaction()?;
            for (path, item) in loaded {
                let row = match item {
                    Err(e) => failed(&path, &e),
                    Ok(l) => {
                        let src = Source { name: file_name(&path), path: Some(&path), is_sample: false };
                        store_one(&tx, lex, &l, &src)?
                    }
                };
                report.push(row);
                done += 1;
                progress(&ImportProgress { done, total, path: path.display().to_string() });
            }
            tx.commit()?;
        }
        if report.imported > 0 {
            record(&self.conn, "import", None, "import", json!({"imported": report.imported, "duplicates": report.duplicates, "failed": report.failed}))?;
        }
        Ok(report)
    }

    /// On the first start of an empty library, import the built-in sample articles.
    /// Returns `None` when this is not a first start (samples already offered once, or
    /// the library already holds articles), so removed samples never come back.
    pub fn seed_samples_if_first_start(&mut self) -> Result<Option<ImportReport>> {
        let seeded: Option<String> = self.conn.query_row("SELECT value FROM settings WHERE key = 'samples_offered'", [], |r| r.get(0)).optional()?;
        let count: i64 = self.conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        let lex = self.lexicon()?;
        let tx = self.conn.unchecked_transaction()?;
        let mut report = None;
        if seeded.is_none() && count == 0 {
            let mut r = ImportReport::default();
            for (name, text) in crate::samples::SAMPLES {
                let path = Path::new(name);
                let row = match parse_text(path, text, None, text.as_bytes()) {
                    Ok(l) => store_one(&tx, lex, &l, &Source { name: name.to_string(), path: None, is_sample: true })?,
                    Err(e) => failed(path, &e),
                };
                r.push(row);
            }
            report = Some(r);
        }
        tx.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('samples_offered', ?1)", [now()])?;
        tx.commit()?;
        Ok(report)
    }

    pub fn stats(&self) -> Result<LibraryStats> {
        Ok(self.conn.query_row("SELECT count(*), count(*) FILTER (WHERE published IS NULL), count(*) FILTER (WHERE is_sample) FROM articles", [], |r| {
            Ok(LibraryStats { articles: r.get(0)?, needing_date: r.get(1)?, samples: r.get(2)? })
        })?)
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

    /// Give an article its publication date ("YYYY-MM-DD", or "YYYY-MM").
    pub fn set_article_date(&mut self, id: i64, date: &str) -> Result<ArticleSummary> {
        let date = PubDate::parse(date).ok_or_else(|| Error::InvalidDate(date.to_string()))?.to_iso();
        let before = self.article_summary(id)?.published;
        let tx = self.conn.transaction()?;
        tx.execute("UPDATE articles SET published = ?1 WHERE id = ?2", params![date, id])?;
        record(&tx, "article", Some(id), "set_date", json!({"from": before, "to": date}))?;
        tx.commit()?;
        // Relative dates ("trước ngày 15/1", "năm nay") resolve against the new date.
        self.reextract(Some(&[id]))?;
        self.article_summary(id)
    }

    /// Remove an article from the library (recorded in the change log).
    pub fn delete_article(&mut self, id: i64) -> Result<()> {
        let a = self.article_summary(id)?;
        let tx = self.conn.transaction()?;
        delete_one(&tx, &a)?;
        tx.commit()?;
        Ok(())
    }

    /// Remove every built-in sample article; returns how many were removed.
    pub fn remove_samples(&mut self) -> Result<u32> {
        let samples: Vec<ArticleSummary> = self.list_articles()?.into_iter().filter(|a| a.is_sample).collect();
        let tx = self.conn.transaction()?;
        for a in &samples {
            delete_one(&tx, a)?;
        }
        tx.commit()?;
        Ok(samples.len() as u32)
    }
}

fn delete_one(conn: &Connection, a: &ArticleSummary) -> Result<()> {
    unindex_article(conn, a.id)?;
    conn.execute("DELETE FROM articles WHERE id = ?1", [a.id])?;
    collect_orphans(conn)?;
    record(conn, "article", Some(a.id), "delete", json!({"title": a.title, "source": a.source_name, "published": a.published}))
}

/// Store one loaded file unless the same text is already there.
fn store_one(conn: &Connection, lex: &Lexicon, l: &Loaded, src: &Source) -> Result<ImportFileResult> {
    let path = src.path.map_or_else(|| src.name.clone(), |p| p.display().to_string());
    if let Some((id, title)) = existing_with_hash(conn, &l.text_hash)? {
        return Ok(ImportFileResult {
            path,
            status: ImportStatus::Duplicate,
            article_id: Some(id),
            message: Some(format!("already in the library as article {id} (“{title}”)")),
            title: Some(title),
            code: None,
            needs_date: false,
        });
    }
    let id = insert(conn, lex, l, src)?;
    Ok(ImportFileResult { path, status: ImportStatus::Imported, article_id: Some(id), title: Some(l.article.title.clone()), code: None, message: None, needs_date: l.article.published.is_none() })
}

impl ImportReport {
    pub(crate) fn push(&mut self, row: ImportFileResult) {
        match row.status {
            ImportStatus::Imported => self.imported += 1,
            ImportStatus::Duplicate => self.duplicates += 1,
            ImportStatus::Failed => self.failed += 1,
        }
        self.files.push(row);
    }
}
