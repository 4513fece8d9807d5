//! The `directives` table as listed (with the user's follow-up: status, owner, priority,
//! tags, notes, due state, checklist progress), and the rows a hand-made directive adds or
//! its undo removes. The user's changes to directives, each recorded in the change log,
//! are the application layer's (`app::followup`).

use super::documents::doc_ref_from_row;
use super::snapshots::tags_of;
use super::{enum_from_sql, now, Library};
use crate::due;
use crate::error::{Error, Result};
use crate::model::{DirectiveStatus, DocumentRef, FollowUp, ItemState, LibraryDirective, Priority, Progress, Span};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use std::collections::HashMap;

/// A due date as stored: "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY".
pub fn valid_due(due: &str) -> bool {
    due::parse(due).is_some()
}

pub(crate) const DIRECTIVE_SELECT: &str = "SELECT d.id, d.article_id, a.title, a.published, d.assignee, d.action, d.due, d.concrete,
        d.span_start, d.span_end, d.action_start, d.action_end, d.state,
        substr(a.body, d.span_start + 1, d.span_end - d.span_start),
        d.status, d.owner, d.priority, d.notes,
        (SELECT count(*) FROM tasks t WHERE t.directive_id = d.id AND NOT t.deleted AND t.done),
        (SELECT count(*) FROM tasks t WHERE t.directive_id = d.id AND NOT t.deleted),
        d.confidence
     FROM directives d JOIN articles a ON a.id = d.article_id";

fn directive_from_row(r: &Row, today: NaiveDate) -> rusqlite::Result<LibraryDirective> {
    let span = Span { start: r.get(8)?, end: r.get(9)? };
    let action_span = match (r.get::<_, Option<u32>>(10)?, r.get::<_, Option<u32>>(11)?) {
        (Some(start), Some(end)) => Some(Span { start, end }),
        _ => None,
    };
    let due_value: Option<String> = r.get(6)?;
    let status = enum_from_sql(&r.get::<_, String>(14)?, DirectiveStatus::New);
    let due = due_value.as_deref().and_then(due::parse);
    Ok(LibraryDirective {
        id: r.get(0)?,
        article_id: r.get(1)?,
        article_title: r.get(2)?,
        article_published: r.get(3)?,
        assignee: r.get(4)?,
        action: r.get(5)?,
        due: due_value,
        concrete: r.get(7)?,
        documents: Vec::new(),
        sentence: r.get(13)?,
        span,
        action_span,
        state: enum_from_sql(&r.get::<_, String>(12)?, ItemState::Machine),
        confidence: r.get::<_, Option<f64>>(20)?.map(|c| c as f32),
        follow_up: FollowUp {
            status,
            owner: r.get(15)?,
            priority: enum_from_sql(&r.get::<_, String>(16)?, Priority::Normal),
            tags: Vec::new(),
            notes: r.get(17)?,
            due_state: due::state(due.as_ref(), status.is_closed(), today),
            due,
            progress: Progress { done: r.get(18)?, total: r.get(19)? },
        },
    })
}

/// Store a directive the user added by hand (state `manual`, concrete) for a sentence of
/// an article; the values are already in stored form. Returns its id.
pub(crate) fn insert_manual(conn: &Connection, article_id: i64, span: Span, assignee: Option<String>, action: String, due: Option<String>) -> Result<i64> {
    let at = now();
    conn.execute(
        "INSERT INTO directives(article_id, assignee, action, due, concrete, span_start, span_end, state, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, 'manual', ?7, ?7)",
        params![article_id, assignee, action, due, span.start, span.end, at],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Remove a hand-made directive (undoing its creation); other directives stay.
pub(crate) fn delete_manual(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM directives WHERE id = ?1 AND state = 'manual'", [id])?;
    Ok(())
}

impl Library {
    pub(crate) fn directives_where(&self, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<LibraryDirective>> {
        self.directives_ordered(filter, "a.published IS NULL, a.published DESC, a.id DESC, d.span_start, d.id", args)
    }

    /// Directives matching `filter`, in the order (and with the LIMIT) `order` gives.
    pub(crate) fn directives_ordered(&self, filter: &str, order: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<LibraryDirective>> {
        let sql = format!("{DIRECTIVE_SELECT} WHERE {filter} ORDER BY {order}");
        let today = self.today();
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut list: Vec<LibraryDirective> = stmt.query_map(args, |r| directive_from_row(r, today))?.collect::<rusqlite::Result<_>>()?;
        if list.len() <= 64 {
            let mut docs = self.conn.prepare_cached(
                "SELECT doc.id, doc.kind, doc.number, doc.code, doc.title, doc.head FROM directive_documents dd
                 JOIN documents doc ON doc.id = dd.document_id WHERE dd.directive_id = ?1 ORDER BY doc.id",
            )?;
            for d in &mut list {
                d.documents = docs.query_map([d.id], |r| doc_ref_from_row(r, 0))?.collect::<rusqlite::Result<_>>()?;
                d.follow_up.tags = tags_of(&self.conn, d.id)?;
            }
            return Ok(list);
        }
        // A long list: read every directive's documents and tags in one pass each.
        let mut docs: HashMap<i64, Vec<DocumentRef>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT dd.directive_id, doc.id, doc.kind, doc.number, doc.code, doc.title, doc.head FROM directive_documents dd
             JOIN documents doc ON doc.id = dd.document_id ORDER BY dd.directive_id, doc.id",
        )?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, doc_ref_from_row(r, 1)?)))? {
            let (id, doc) = row?;
            docs.entry(id).or_default().push(doc);
        }
        let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached("SELECT directive_id, tag FROM directive_tags ORDER BY rowid")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (id, tag) = row?;
            tags.entry(id).or_default().push(tag);
        }
        for d in &mut list {
            d.documents = docs.remove(&d.id).unwrap_or_default();
            d.follow_up.tags = tags.remove(&d.id).unwrap_or_default();
        }
        Ok(list)
    }

    /// Every directive not rejected, newest article first, in text order.
    pub fn list_directives(&self) -> Result<Vec<LibraryDirective>> {
        self.directives_where("d.state != 'rejected'", &[])
    }

    /// What the registry narrows: every directive (rejected ones too when asked), or those
    /// about one document; newest article first, in text order.
    pub(crate) fn registry_directives(&self, include_rejected: bool, document_id: Option<i64>) -> Result<Vec<LibraryDirective>> {
        let base = if include_rejected { "1" } else { "d.state != 'rejected'" };
        match document_id {
            Some(doc) => self.directives_where(&format!("{base} AND d.id IN (SELECT directive_id FROM directive_documents WHERE document_id = ?1)"), &[&doc]),
            None => self.directives_where(base, &[]),
        }
    }

    /// Directives still open: not rejected, neither done nor dropped.
    pub(crate) fn open_directives(&self) -> Result<Vec<LibraryDirective>> {
        self.directives_where("d.state != 'rejected' AND d.status NOT IN ('done', 'dropped')", &[])
    }

    /// An article's directives, not rejected, in text order.
    pub(crate) fn directives_of_article(&self, article_id: i64) -> Result<Vec<LibraryDirective>> {
        self.directives_where("d.article_id = ?1 AND d.state != 'rejected'", &[&article_id])
    }

    pub fn directive(&self, id: i64) -> Result<LibraryDirective> {
        self.directives_where("d.id = ?1", &[&id])?.pop().ok_or(Error::NotFound { what: "directive", id })
    }

    /// Every tag in use, most used first.
    pub fn tags(&self) -> Result<Vec<String>> {
        Ok(self.conn.prepare("SELECT tag FROM directive_tags GROUP BY tag ORDER BY count(*) DESC, tag")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }
}
