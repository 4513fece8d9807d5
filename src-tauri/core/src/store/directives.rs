//! The directive aggregate: directives as listed (with the user's follow-up: status,
//! owner, priority, tags, notes, due state, checklist progress) and every user change to
//! them — confirm, reject, restore, edit, add by hand. Each change is recorded in the
//! change log with the directive's state before and after, so it can be shown and undone;
//! a directive the user touched is never replaced by re-extraction.

use super::documents::doc_ref_from_row;
use super::history::{record_change, ChangeKind};
use super::snapshots::{read_snap, tags_of, write_snap, DirectiveSnap};
use super::{enum_from_sql, now, Library};
use crate::due;
use crate::error::{Error, Result};
use crate::model::{DirectiveStatus, DirectiveUpdate, DocumentRef, FollowUp, ItemState, LibraryDirective, Priority, Progress, Span};
use crate::text::nfc;
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use std::collections::HashMap;

/// A due date as stored: "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY".
pub fn valid_due(due: &str) -> bool {
    due::parse(due).is_some()
}

/// A typed due date in its stored form; an empty one clears it.
pub(crate) fn normalise_due(value: &str) -> Result<Option<String>> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    due::parse(value).map(|d| Some(d.value)).ok_or_else(|| Error::InvalidDue(value.trim().to_string()))
}

/// A typed name (owner, assignee) in stored form; an empty one clears it.
pub(crate) fn normalise_name(value: &str) -> Option<String> {
    let v = nfc(value.trim());
    (!v.is_empty()).then_some(v)
}

/// Tags as stored: trimmed, NFC, without "#" or duplicates (compared without case).
pub(crate) fn normalise_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let t = nfc(t.trim().trim_start_matches('#').trim());
        if !t.is_empty() && !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            out.push(t);
        }
    }
    out
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

/// Make a machine-made directive the user's (recorded as a confirmation), so that work
/// attached to it (tasks) is never replaced by re-extraction.
pub(crate) fn adopt(conn: &Connection, id: i64) -> Result<()> {
    let before = read_snap(conn, id)?;
    if before.state == ItemState::Machine {
        let after = DirectiveSnap { state: ItemState::Confirmed, ..before.clone() };
        write_snap(conn, id, &after)?;
        record_change(conn, id, None, "confirm", ChangeKind::directive(Some(&before), Some(&after)))?;
    }
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

    /// Apply `change` to a directive's user-changeable state and record it under `action`.
    /// Nothing is recorded when nothing changed.
    fn change_directive(&mut self, id: i64, action: &str, change: impl FnOnce(&mut DirectiveSnap) -> Result<()>) -> Result<LibraryDirective> {
        let tx = self.conn.transaction()?;
        let before = read_snap(&tx, id)?;
        let mut after = before.clone();
        change(&mut after)?;
        if after != before {
            write_snap(&tx, id, &after)?;
            record_change(&tx, id, None, action, ChangeKind::directive(Some(&before), Some(&after)))?;
        }
        tx.commit()?;
        self.directive(id)
    }

    /// The user agrees with a machine-made directive: it is kept from now on.
    pub fn confirm_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "confirm", |s| {
            s.state = ItemState::Confirmed;
            Ok(())
        })
    }

    /// Hide a directive from lists; it is kept (and not made again by re-extraction).
    pub fn reject_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "reject", |s| {
            s.state = ItemState::Rejected;
            Ok(())
        })
    }

    /// Bring back a rejected directive, as confirmed.
    pub fn restore_directive(&mut self, id: i64) -> Result<LibraryDirective> {
        self.change_directive(id, "restore", |s| {
            if s.state == ItemState::Rejected {
                s.state = ItemState::Confirmed;
            }
            Ok(())
        })
    }

    /// Change a directive's fields and follow-up. Changing what was extracted (assignee,
    /// action, due, concrete) makes a machine-made directive `edited`; changing only the
    /// follow-up (status, owner, priority, tags, notes) makes it `confirmed`.
    pub fn update_directive(&mut self, id: i64, u: &DirectiveUpdate) -> Result<LibraryDirective> {
        let due = u.due.as_deref().map(normalise_due).transpose()?;
        if u.action.as_deref().is_some_and(|a| a.trim().is_empty()) {
            return Err(Error::InvalidInput("a directive needs an action".into()));
        }
        self.change_directive(id, "edit", |s| {
            let before = s.clone();
            if let Some(a) = &u.assignee {
                s.assignee = normalise_name(a);
            }
            if let Some(a) = &u.action {
                s.action = nfc(a.trim());
            }
            if let Some(d) = due {
                s.due = d;
            }
            if let Some(c) = u.concrete {
                s.concrete = c;
            }
            let content_changed = (&s.assignee, &s.action, &s.due, s.concrete) != (&before.assignee, &before.action, &before.due, before.concrete);
            if let Some(st) = u.status {
                s.status = st;
            }
            if let Some(o) = &u.owner {
                s.owner = normalise_name(o);
            }
            if let Some(p) = u.priority {
                s.priority = p;
            }
            if let Some(t) = &u.tags {
                s.tags = normalise_tags(t);
            }
            if let Some(n) = &u.notes {
                s.notes = nfc(n.trim_end());
            }
            if s.state == ItemState::Machine && *s != before {
                s.state = if content_changed { ItemState::Edited } else { ItemState::Confirmed };
            }
            Ok(())
        })
    }

    /// Add a directive by hand for a sentence (character span) of an article.
    pub fn add_directive(&mut self, article_id: i64, span: Span, assignee: Option<&str>, action: &str, due: Option<&str>) -> Result<LibraryDirective> {
        let body = self.article(article_id)?.body;
        let len = body.chars().count() as u32;
        if span.start >= span.end || span.end > len {
            return Err(Error::InvalidInput(format!("the selection {}..{} is not inside the article (length {len})", span.start, span.end)));
        }
        if action.trim().is_empty() {
            return Err(Error::InvalidInput("a directive needs an action".into()));
        }
        let due = due.map(normalise_due).transpose()?.flatten();
        let tx = self.conn.transaction()?;
        let at = now();
        tx.execute(
            "INSERT INTO directives(article_id, assignee, action, due, concrete, span_start, span_end, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, 'manual', ?7, ?7)",
            params![article_id, assignee.and_then(normalise_name), nfc(action.trim()), due, span.start, span.end, at],
        )?;
        let id = tx.last_insert_rowid();
        let after = read_snap(&tx, id)?;
        record_change(&tx, id, None, "add", ChangeKind::directive(None, Some(&after)))?;
        tx.commit()?;
        self.directive(id)
    }

    /// Every tag in use, most used first.
    pub fn tags(&self) -> Result<Vec<String>> {
        Ok(self.conn.prepare("SELECT tag FROM directive_tags GROUP BY tag ORDER BY count(*) DESC, tag")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?)
    }
}
