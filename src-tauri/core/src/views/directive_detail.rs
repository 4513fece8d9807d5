//! A directive's panel: the directive, its checklist and its history.

use crate::error::Result;
use crate::model::DirectiveDetail;
use crate::store::Library;

impl Library {
    /// A directive with its checklist and history.
    pub fn directive_detail(&self, id: i64) -> Result<DirectiveDetail> {
        Ok(DirectiveDetail { directive: self.directive(id)?, tasks: self.tasks(id)?, history: self.history(id)? })
    }
}
