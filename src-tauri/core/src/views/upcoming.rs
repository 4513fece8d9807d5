//! Upcoming: open directives and undone tasks that are overdue or due within some days,
//! soonest first.

use crate::due::in_window;
use crate::error::Result;
use crate::model::{DueState, DueWindow, Upcoming, UpcomingItem};
use crate::store::Library;

/// Days ahead the Upcoming view and `briefdesk upcoming` look by default.
pub const UPCOMING_DAYS: u32 = 30;

impl Library {
    /// Open directives and undone tasks that are overdue or due within `days` days.
    pub fn upcoming(&self, days: u32) -> Result<Upcoming> {
        let today = self.today();
        let window = DueWindow::OverdueOrWithin { days };
        let open = self.open_directives()?;
        let mut items: Vec<UpcomingItem> = Vec::new();
        for d in &open {
            if let Some(due) = d.follow_up.due.as_ref().filter(|due| in_window(window, Some(due), d.follow_up.due_state, today)) {
                items.push(UpcomingItem { directive: d.clone(), task: None, due: due.clone(), due_state: d.follow_up.due_state });
            }
            if d.follow_up.progress.total == 0 {
                continue;
            }
            for t in self.checklist(d.id, today)? {
                if let Some(due) = t.due.clone().filter(|due| in_window(window, Some(due), t.due_state, today)) {
                    items.push(UpcomingItem { directive: d.clone(), due_state: t.due_state, task: Some(t), due });
                }
            }
        }
        items.sort_by(|a, b| (&a.due.end, a.directive.id, a.task.as_ref().map(|t| t.position)).cmp(&(&b.due.end, b.directive.id, b.task.as_ref().map(|t| t.position))));
        let (overdue, soon) = items.into_iter().partition(|i| i.due_state == DueState::Overdue);
        Ok(Upcoming { today: today.format("%Y-%m-%d").to_string(), days, overdue, soon })
    }
}
