//! The review queue: machine-made directives nobody has confirmed, rejected or edited yet,
//! most doubtful first, a page at a time (keyset on confidence and id, so confirming or
//! rejecting items never shifts the pages still to come). Confirm, reject and edit go
//! through the directive commands and so through the change log (undo).

use super::Library;
use crate::error::Result;
use crate::model::{ReviewCursor, ReviewPage};

/// Items per page when the caller does not say.
pub const REVIEW_PAGE: u32 = 50;
const MAX_REVIEW_PAGE: u32 = 500;

/// The queue's order; the same expression as the `directives_review` index.
const KEY: &str = "coalesce(d.confidence, 0)";

impl Library {
    /// Directives waiting for review in all.
    pub fn review_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM directives WHERE state = 'machine'", [], |r| r.get(0))?)
    }

    /// A page of the review queue: `limit` directives after `after` (from the start when
    /// `None`), least confident first, ties by id.
    pub fn review_queue(&self, after: Option<ReviewCursor>, limit: Option<u32>) -> Result<ReviewPage> {
        let limit = limit.unwrap_or(REVIEW_PAGE).clamp(1, MAX_REVIEW_PAGE);
        // One more than asked tells whether another page follows.
        let order = format!("{KEY}, d.id LIMIT {}", limit + 1);
        let mut items = match after {
            None => self.directives_ordered("d.state = 'machine'", &order, &[])?,
            Some(c) => self.directives_ordered(&format!("d.state = 'machine' AND ({KEY} > ?1 OR ({KEY} = ?1 AND d.id > ?2))"), &order, &[&c.confidence, &c.id])?,
        };
        let more = items.len() > limit as usize;
        items.truncate(limit as usize);
        let next = if more {
            match items.last() {
                Some(d) => Some(ReviewCursor { confidence: self.stored_confidence(d.id)?, id: d.id }),
                None => None,
            }
        } else {
            None
        };
        Ok(ReviewPage { total: self.review_count()?, items, next })
    }

    /// A directive's confidence exactly as stored (the page boundary).
    fn stored_confidence(&self, id: i64) -> Result<f64> {
        Ok(self.conn.query_row("SELECT coalesce(confidence, 0) FROM directives WHERE id = ?1", [id], |r| r.get(0))?)
    }
}
