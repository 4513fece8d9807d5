//! Importing articles: files and folders (read, parsed, deduplicated by text, extracted
//! and stored, `IMPORT_BATCH` per transaction, with progress after every file), the
//! built-in samples on a first start, and their removal.

use super::articles::delete_one;
use crate::error::{Error, Result};
use crate::extract::{extract, Lexicon};
use crate::import::{collect_files, load_file, parse_text, ImportOptions, Loaded};
use crate::model::{ArticleSummary, ImportFileResult, ImportProgress, ImportReport, ImportStatus};
use crate::store::articles::{existing_with_hash, insert, Source};
use crate::store::extraction::store_extraction;
use crate::store::settings::mark_samples_offered;
use crate::store::Library;
use rusqlite::Connection;
use serde_json::json;
use std::path::{Path, PathBuf};

/// Files read and stored per transaction.
pub const IMPORT_BATCH: usize = 500;

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
            self.transaction(|tx| {
                for (path, item) in loaded {
                    let row = match item {
                        Err(e) => failed(&path, &e),
                        Ok(l) => {
                            let src = Source { name: file_name(&path), path: Some(&path), is_sample: false };
                            store_one(tx, lex, &l, &src)?
                        }
                    };
                    report.push(row);
                    done += 1;
                    progress(&ImportProgress { done, total, path: path.display().to_string() });
                }
                Ok(())
            })?;
        }
        if report.imported > 0 {
            self.log_change("import", None, "import", json!({"imported": report.imported, "duplicates": report.duplicates, "failed": report.failed}))?;
        }
        Ok(report)
    }

    /// On the first start of an empty library, import the built-in sample articles.
    /// Returns `None` when this is not a first start (samples already offered once, or
    /// the library already holds articles), so removed samples never come back.
    pub fn seed_samples_if_first_start(&mut self) -> Result<Option<ImportReport>> {
        let seeded = self.samples_offered()?;
        let count = self.article_count()?;
        let lex = self.lexicon()?;
        self.transaction(|tx| {
            let mut report = None;
            if !seeded && count == 0 {
                let mut r = ImportReport::default();
                for (name, text) in crate::samples::SAMPLES {
                    let path = Path::new(name);
                    let row = match parse_text(path, text, None, text.as_bytes()) {
                        Ok(l) => store_one(tx, lex, &l, &Source { name: name.to_string(), path: None, is_sample: true })?,
                        Err(e) => failed(path, &e),
                    };
                    r.push(row);
                }
                report = Some(r);
            }
            mark_samples_offered(tx)?;
            Ok(report)
        })
    }

    /// Remove every built-in sample article; returns how many were removed.
    pub fn remove_samples(&mut self) -> Result<u32> {
        let samples: Vec<ArticleSummary> = self.list_articles()?.into_iter().filter(|a| a.is_sample).collect();
        self.transaction(|tx| {
            for a in &samples {
                delete_one(tx, a)?;
            }
            Ok(())
        })?;
        Ok(samples.len() as u32)
    }
}

/// Store one loaded file unless the same text is already there: the article, then what
/// extraction finds in it.
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
    let a = &l.article;
    let id = insert(conn, l, src)?;
    let x = extract(lex, &a.body, a.published);
    store_extraction(conn, id, &a.body, &x)?;
    Ok(ImportFileResult { path, status: ImportStatus::Imported, article_id: Some(id), title: Some(a.title.clone()), code: None, message: None, needs_date: a.published.is_none() })
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
