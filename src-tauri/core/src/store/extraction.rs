//! What extraction found, as the library keeps it: one registry of policy documents
//! across articles (with every mention), directives with the sentence they came from,
//! and events merged across the articles that report them. This module writes them
//! (`store_extraction`); `store::documents`, `store::events` and `store::directives`
//! read them back. Running extraction is the application layer's (`app::extraction`).
//!
//! Re-running extraction on an article replaces only machine-made items the user has
//! not touched (state `machine`); confirmed, edited, rejected and hand-added directives,
//! and everything attached to them, stay exactly as they were.

use super::{now, Library};
use crate::error::Result;
use crate::extract::{document_identity, kind_name, same_event, DocIdentity};
use crate::model::{ExtractedEvent, Extraction, Span};
use crate::text::fold;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Bumped when the rules change in a way that should re-run on old articles.
pub const EXTRACTOR_VERSION: &str = "2";

/// Characters `span` of `text` (spans count Unicode scalar values).
pub(crate) fn slice_chars(text: &str, span: Span) -> String {
    text.chars().skip(span.start as usize).take(span.end.saturating_sub(span.start) as usize).collect()
}

/// Find or create the registry entry for one extracted document.
fn resolve_document(conn: &Connection, id: &DocIdentity, doc: &crate::model::ExtractedDocument, same_article: &[i64]) -> Result<i64> {
    let kind = kind_name(id.kind);
    let rows: Vec<(i64, Option<String>)> = conn
        .prepare_cached("SELECT id, series FROM documents WHERE kind = ?1 AND ident = ?2 ORDER BY id")?
        .query_map(params![kind, id.number_or_title], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let found = match &id.series {
        Some(s) => rows.iter().find(|(_, rs)| rs.as_deref() == Some(s.as_str())).or_else(|| rows.iter().find(|(_, rs)| rs.is_none())).map(|r| r.0),
        None => match rows.as_slice() {
            [only] => Some(only.0),
            [] => None,
            many => many.iter().find(|r| same_article.contains(&r.0)).or_else(|| many.iter().find(|r| r.1.is_none())).map(|r| r.0),
        },
    };
    match found {
        Some(existing) => {
            // Fill in what this mention adds (a symbol, a title, an issuer, a horizon).
            conn.prepare_cached(
                "UPDATE documents SET series = coalesce(series, ?2), code = coalesce(code, ?3), number = coalesce(number, ?4),
                 title = coalesce(title, ?5), issuer = coalesce(issuer, ?6), horizon = coalesce(horizon, ?7),
                 head = coalesce(head, ?8)
                 WHERE id = ?1 AND origin = 'machine'",
            )?
            .execute(params![existing, id.series, doc.code, doc.number, doc.title, doc.issuer, doc.horizon, doc.head])?;
            Ok(existing)
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO documents(kind, ident, series, number, code, title, issuer, horizon, head, origin, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'machine', ?10)",
            )?
            .execute(params![kind, id.number_or_title, id.series, doc.number, doc.code, doc.title, doc.issuer, doc.horizon, doc.head, now()])?;
            Ok(conn.last_insert_rowid())
        }
    }
}

/// Store one article's extraction, replacing its untouched machine-made items.
/// Returns (machine directives stored, user directives kept).
pub(crate) fn store_extraction(conn: &Connection, article_id: i64, body: &str, x: &Extraction) -> Result<(u32, u32)> {
    // The user's directives of this article stay. Remember what each was extracted as
    // (its sentence and original action), so the re-run does not make it again.
    let kept: Vec<(u32, u32, String)> = conn
        .prepare_cached("SELECT span_start, span_end, coalesce(machine_action, action) FROM directives WHERE article_id = ?1 AND state != 'machine'")?
        .query_map([article_id], |r| Ok((r.get(0)?, r.get(1)?, fold(&r.get::<_, String>(2)?))))?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute("DELETE FROM directives WHERE article_id = ?1 AND state = 'machine'", [article_id])?;
    conn.execute("DELETE FROM document_mentions WHERE article_id = ?1", [article_id])?;
    conn.execute("DELETE FROM event_sources WHERE article_id = ?1", [article_id])?;

    let mut doc_ids: HashMap<&str, i64> = HashMap::new();
    let mut resolved: Vec<i64> = Vec::new();
    for d in &x.documents {
        let Some(ident) = document_identity(d) else { continue };
        let id = resolve_document(conn, &ident, d, &resolved)?;
        resolved.push(id);
        doc_ids.insert(d.id.as_str(), id);
        for m in &d.mentions {
            conn.prepare_cached("INSERT INTO document_mentions(document_id, article_id, start, end, written) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(params![
                id,
                article_id,
                m.start,
                m.end,
                slice_chars(body, *m)
            ])?;
        }
    }

    let mut stored = 0;
    for d in &x.directives {
        if kept.iter().any(|(s, e, a)| *s == d.span.start && *e == d.span.end && *a == fold(&d.action)) {
            continue;
        }
        let at = now();
        conn.prepare_cached(
            "INSERT INTO directives(article_id, assignee, action, machine_action, due, concrete, span_start, span_end, action_start, action_end, state, confidence, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'machine', ?11, ?10, ?10)",
        )?
        .execute(params![
            article_id,
            d.assignee,
            d.action,
            d.due,
            d.concrete,
            d.span.start,
            d.span.end,
            d.action_span.map(|s| s.start),
            d.action_span.map(|s| s.end),
            at,
            super::migrations::stored_confidence(d.confidence)
        ])?;
        let did = conn.last_insert_rowid();
        for doc in &d.documents {
            if let Some(lib_id) = doc_ids.get(doc.as_str()) {
                conn.prepare_cached("INSERT OR IGNORE INTO directive_documents(directive_id, document_id) VALUES (?1, ?2)")?.execute(params![did, lib_id])?;
            }
        }
        stored += 1;
    }

    for e in &x.events {
        let event_id = match find_event(conn, e)? {
            Some(id) => id,
            None => {
                conn.prepare_cached("INSERT INTO events(date, title, place, state, created_at) VALUES (?1, ?2, ?3, 'machine', ?4)")?.execute(params![e.date, e.title, e.place, now()])?;
                conn.last_insert_rowid()
            }
        };
        conn.prepare_cached("INSERT OR IGNORE INTO event_sources(event_id, article_id, title, place, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(params![
            event_id,
            article_id,
            e.title,
            e.place,
            e.span.start,
            e.span.end
        ])?;
        if e.place.is_some() {
            conn.execute("UPDATE events SET place = coalesce(place, ?2) WHERE id = ?1 AND state = 'machine'", params![event_id, e.place])?;
        }
    }

    collect_orphans(conn)?;
    conn.prepare_cached("INSERT OR REPLACE INTO extraction_runs(article_id, extractor, ran_at) VALUES (?1, ?2, ?3)")?.execute(params![article_id, EXTRACTOR_VERSION, now()])?;
    Ok((stored, kept.len() as u32))
}

/// An event already in the library that `e` reports too (same date, similar title).
fn find_event(conn: &Connection, e: &ExtractedEvent) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ev.id, ev.title, ev.place, group_concat(s.title, char(10)) FROM events ev
         LEFT JOIN event_sources s ON s.event_id = ev.id WHERE ev.date = ?1 GROUP BY ev.id ORDER BY ev.id",
    )?;
    let rows: Vec<(i64, String, Option<String>, Option<String>)> = stmt.query_map([&e.date], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .find(|(_, title, place, others)| {
            std::iter::once(title.as_str())
                .chain(others.as_deref().unwrap_or("").lines())
                .any(|t| same_event(e, &ExtractedEvent { date: e.date.clone(), title: t.to_string(), place: place.clone(), span: e.span }))
        })
        .map(|r| r.0))
}

/// Machine-made documents and events that nothing names any more.
pub(crate) fn collect_orphans(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM documents WHERE origin = 'machine'
           AND NOT EXISTS (SELECT 1 FROM document_mentions m WHERE m.document_id = documents.id)
           AND NOT EXISTS (SELECT 1 FROM directive_documents dd WHERE dd.document_id = documents.id);
         DELETE FROM events WHERE state = 'machine'
           AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id);",
    )?;
    Ok(())
}

impl Library {
    /// Articles that have never been extracted, or only by older rules, by id.
    pub(crate) fn pending_extraction(&self) -> Result<Vec<i64>> {
        Ok(self
            .conn
            .prepare(
                "SELECT a.id FROM articles a LEFT JOIN extraction_runs r ON r.article_id = a.id
                 WHERE r.article_id IS NULL OR r.extractor != ?1 ORDER BY a.id",
            )?
            .query_map([EXTRACTOR_VERSION], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }
}
