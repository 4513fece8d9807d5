//! Due-date alerts: the Upcoming items of the next day (and the overdue ones), each
//! announced once.

use crate::error::Result;
use crate::model::UpcomingItem;
use crate::store::Library;

impl Library {
    /// Items falling due (overdue, or ending today or tomorrow) not announced before; each
    /// is remembered with its due date, so it is announced once (again if the date moves).
    pub fn take_due_alerts(&mut self) -> Result<Vec<UpcomingItem>> {
        let up = self.upcoming(1)?;
        let items: Vec<UpcomingItem> = up.overdue.into_iter().chain(up.soon).collect();
        let keys: Vec<String> = items
            .iter()
            .map(|item| match &item.task {
                Some(t) => format!("task:{}:{}", t.id, item.due.value),
                None => format!("directive:{}:{}", item.directive.id, item.due.value),
            })
            .collect();
        let fresh = self.mark_alerts_sent(&keys)?;
        Ok(items.into_iter().zip(fresh).filter_map(|(item, fresh)| fresh.then_some(item)).collect())
    }
}
