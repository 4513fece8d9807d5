//! Events as read back, each with the articles that report it. Extraction writes and
//! merges them (`store::extraction`); this module only reads them.

use super::Library;
use crate::error::Result;
use crate::model::{EventSource, LibraryEvent, Span};

impl Library {
    /// Every event, in date order, with the articles that report it.
    pub fn list_events(&self) -> Result<Vec<LibraryEvent>> {
        self.events_where("1", &[])
    }

    /// The events reported by an article that mentions a document.
    pub(crate) fn events_of_document(&self, document_id: i64) -> Result<Vec<LibraryEvent>> {
        self.events_where("id IN (SELECT s.event_id FROM event_sources s JOIN document_mentions m ON m.article_id = s.article_id WHERE m.document_id = ?1)", &[&document_id])
    }

    /// The events one article reports.
    pub(crate) fn events_of_article(&self, article_id: i64) -> Result<Vec<LibraryEvent>> {
        self.events_where("id IN (SELECT event_id FROM event_sources WHERE article_id = ?1)", &[&article_id])
    }

    /// Events in the library.
    pub(crate) fn event_count(&self) -> Result<u32> {
        Ok(self.conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?)
    }

    fn events_where(&self, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<LibraryEvent>> {
        let sql = format!("SELECT id, date, title, place FROM events WHERE {filter} ORDER BY date, id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut events: Vec<LibraryEvent> =
            stmt.query_map(args, |r| Ok(LibraryEvent { id: r.get(0)?, date: r.get(1)?, title: r.get(2)?, place: r.get(3)?, sources: Vec::new() }))?.collect::<rusqlite::Result<_>>()?;
        let mut src = self.conn.prepare_cached(
            "SELECT s.article_id, a.title, a.published, s.title, s.start, s.end FROM event_sources s
             JOIN articles a ON a.id = s.article_id WHERE s.event_id = ?1 ORDER BY a.published, a.id",
        )?;
        for e in &mut events {
            e.sources = src
                .query_map([e.id], |r| {
                    Ok(EventSource { article_id: r.get(0)?, article_title: r.get(1)?, article_published: r.get(2)?, title: r.get(3)?, span: Span { start: r.get(4)?, end: r.get(5)? } })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(events)
    }
}
