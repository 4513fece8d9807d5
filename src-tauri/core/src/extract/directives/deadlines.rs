//! When a task is due: a deadline inside it, one fronting it, one shared by the sentence
//! or by two tasks joined by "và", the period of the plan it comes from; never a horizon.

use super::*;

impl Cx<'_, '_> {
    /// A date starting at k, alone or after its cue ("trong quý I/2026", "before June
    /// 30"), outside any document's name.
    pub(super) fn date_phrase_at(&self, k: usize) -> Option<&DateHit> {
        let a = self.a;
        self.dates.iter().find(|d| d.t0 == k || (d.t0 == k + 1 && a.ending_with(k + 1, |t| matches!(t, Tag::Deadline | Tag::ScheduleCue)).is_some())).filter(|d| !self.in_document(d))
    }

    pub(super) fn due(&self, t: &Task) -> Option<String> {
        let a = self.a;
        let ds = self.dates.iter().filter(|d| d.t0 >= t.t0 && d.t1 <= t.raw_end && !d.past && !self.in_document(d) && !self.horizon(d) && !self.takes_effect(d));
        let mut after_verb = None;
        for d in ds {
            if d.role == Role::Deadline {
                return Some(d.when.iso());
            }
            let after_task_verb = a.ending_with(d.t0, |t| t == Tag::TaskVerb).is_some() && !matches!(d.when, When::Day(_));
            let scheduled = a.ending_with(d.t0, |t| t == Tag::ScheduleCue).is_some();
            if d.role == Role::Plain && after_verb.is_none() && (after_task_verb || scheduled) {
                after_verb = Some(d.when.iso());
            }
        }
        after_verb.or_else(|| self.programme_period(t))
    }

    /// Sentence si gives no task but a deadline for the tasks of the sentence before: a
    /// short one ("The work must be done before August 1.") or one that points back ("This
    /// proposal must be submitted before May 1…", "Đề án này phải hoàn thành trước…"). The
    /// noun it points back with names the task it is about (the task holding "proposal").
    pub(super) fn date_tasks_before(&self, si: usize, before: &mut [Task]) {
        let a = self.a;
        let s = a.sents[si];
        let anaphor = (s.t0..(s.t0 + 5).min(s.t1)).find_map(|k| a.has_at(k, Tag::Anaphor));
        if s.t1 - s.t0 > 16 && anaphor.is_none() {
            return;
        }
        let Some(d) = self.dates.iter().find(|d| d.sent == si && d.role == Role::Deadline) else { return };
        let noun = anaphor.and_then(|h| if s.en { Some(h.end()) } else { (h.t0 as usize).checked_sub(1) }).filter(|&k| k >= s.t0 && a.is_word(k));
        let holds = |t: &Task| noun.is_some_and(|w| (t.t0..t.t1).any(|j| a.tok_norm(j) == a.tok_norm(w)));
        let named = before.iter().any(holds);
        for t in before.iter_mut() {
            if t.due.is_none() && self.due(t).is_none() && (!named || holds(t)) {
                t.due = Some(d.when.iso());
            }
        }
    }

    /// The day a text takes effect is no deadline: "…có hiệu lực (thi hành) vào ngày 1/7",
    /// "…takes effect on July 1", "effective from…".
    fn takes_effect(&self, d: &DateHit) -> bool {
        let a = self.a;
        (d.t0.saturating_sub(5)..d.t0).any(|j| (a.tok_norm(j) == "hiệu" && a.tok_norm(j + 1) == "lực") || matches!(a.tok_norm(j), "effect" | "effective"))
    }

    pub(super) fn in_document(&self, d: &DateHit) -> bool {
        self.docs.mentions.iter().any(|m| m.t0 <= d.t0 && d.t1 <= m.t1)
    }

    /// "báo cáo A và đề xuất B trước ngày 14-9": two tasks joined by "và"/"and" share the
    /// deadline written at the end of the second (a comma or semicolon keeps them apart).
    pub(super) fn share_deadline_across_and(&self, tasks: &mut [Task]) {
        let a = self.a;
        for i in (1..tasks.len()).rev() {
            // (only a pair: "hoàn thiện A, lấy ý kiến B và trình C trước ngày 25/5" gives
            // the date to the last alone)
            let joined = matches!(a.tok_norm(tasks[i - 1].t1), "và" | "and") && tasks[i - 1].sent == tasks[i].sent;
            let listed = tasks[i - 1].t0 > 0 && a.is_punct(tasks[i - 1].t0 - 1, ",");
            if !joined || listed || tasks[i - 1].due.is_some() || self.due(&tasks[i - 1]).is_some() {
                continue;
            }
            let t = &tasks[i];
            let own = self.dates.iter().find(|d| d.role == Role::Deadline && d.t0 >= t.t0 && d.t1 <= t.raw_end && !self.in_document(d) && !self.horizon(d));
            if let Some(d) = own.map(|d| d.when.iso()).or_else(|| t.due.clone()) {
                tasks[i - 1].due = Some(d);
            }
        }
    }

    /// A deadline between the start of a sentence part and its action.
    pub(super) fn opening_deadline(&self, lo: usize, act0: usize) -> Option<&DateHit> {
        self.dates.iter().find(|d| d.t0 >= lo && d.t1 <= act0 && d.role == Role::Deadline && !self.in_document(d))
    }

    /// A deadline that closes a sentence as a completion clause of its own is every
    /// task's of the sentence: "…; từ đó, xây dựng lộ trình, hoàn thành trước tháng
    /// 9/2025.", "…, to be completed before June 30." (A deadline at the end of the last
    /// task alone stays that task's.)
    pub(super) fn closing_deadline(&self, start: usize, end: usize) -> Option<&DateHit> {
        let a = self.a;
        let d = self.dates.iter().find(|d| d.role == Role::Deadline && d.t0 >= start && d.t1 <= end && (d.t1..end).all(|k| !a.is_word(k)))?;
        if let Some(c) = (start..d.t0).rev().find(|&k| a.is_punct(k, ",")) {
            if self.completion_clause(c + 1, end).is_some() {
                return Some(d);
            }
        }
        // Back over the cue ("trước", "before") to a verb that follows a comma.
        let cue = a.ending_with(d.t0, |t| t == Tag::Deadline).map_or(d.t0, |h| h.t0 as usize);
        let verb = a.ending_with(cue, |t| t == Tag::TaskVerb || t == Tag::ActionVerb)?;
        let v0 = verb.t0 as usize;
        let own_clause = v0 > 0 && a.is_punct(v0 - 1, ",");
        (own_clause && !self.in_document(d) && !self.horizon(d)).then_some(d)
    }

    /// ", hoàn thành ngay sau khi UBND xã đi vào hoạt động (trước ngày 01/7/2025).": a
    /// clause at n that opens with a verb of completion and ends the sentence with a
    /// deadline says when the task before it is due; it is no task of its own.
    pub(super) fn completion_clause(&self, n: usize, end: usize) -> Option<&DateHit> {
        let a = self.a;
        let v = a.has_at(n, Tag::Completion)?;
        let d = self.dates.iter().find(|d| d.role == Role::Deadline && d.t0 >= v.end() && d.t1 <= end && d.t0 <= v.end() + 15 && (d.t1..end).all(|k| !a.is_word(k)))?;
        let plain = !(v.end()..d.t0).any(|k| a.is_punct(k, ";") || a.is_punct(k, ",") || a.has_at(k, Tag::AssignCue).is_some());
        (plain && !self.in_document(d) && !self.horizon(d)).then_some(d)
    }

    /// "tầm nhìn đến năm 2045", "vision to 2050": the horizon of a plan, never a deadline.
    pub(super) fn horizon(&self, d: &DateHit) -> bool {
        let a = self.a;
        (d.t0.saturating_sub(2)..=d.t1).any(|k| a.ending_with(k, |t| t == Tag::HorizonCue).is_some())
    }

    /// Tasks taken from a work programme or plan of a period ("… trong Chương trình công
    /// tác tháng 11 và tháng 12/2025") are due within it: its last month.
    pub(super) fn programme_period(&self, t: &Task) -> Option<String> {
        self.docs
            .mentions
            .iter()
            .filter(|m| m.t0 >= t.t0 && m.t1 <= t.raw_end && matches!(self.docs.docs[m.doc].kind, DocKind::Program | DocKind::Plan))
            .flat_map(|m| self.dates.iter().filter(move |d| m.t0 <= d.t0 && d.t1 <= m.t1))
            .filter_map(|d| match d.when {
                When::Month(y, mo) => Some((y, mo)),
                _ => None,
            })
            .max()
            .map(|(y, mo)| When::Month(y, mo).iso())
    }
}
