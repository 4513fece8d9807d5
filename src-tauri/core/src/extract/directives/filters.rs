//! What is no task after all (credits, fragments, narrated issuing), how concrete a task
//! is, and the words compared to find one order written twice.

use super::*;

impl Cx<'_, '_> {
    /// "kịp thời (riêng ngày 5/11 họp lúc 19 giờ…)": outside brackets nothing but an
    /// adverb: a fragment, not a task.
    pub(super) fn only_adverbs(&self, t: &Task) -> bool {
        let a = self.a;
        let mut k = t.t0;
        let mut depth = 0;
        while k < t.t1 {
            if a.is_punct(k, "(") {
                depth += 1;
            } else if a.is_punct(k, ")") {
                depth -= 1;
            } else if depth == 0 && a.is_word(k) {
                match a.has_at(k, Tag::Adverb) {
                    Some(h) => {
                        k = h.end();
                        continue;
                    }
                    None => return false,
                }
            }
            k += 1;
        }
        true
    }

    /// "(Ảnh: Thống Nhất/TTXVN)", "Photo: VNA": a credit, whatever its words.
    pub(super) fn credit_line(&self, t: &Task) -> bool {
        let a = self.a;
        let mut k = t.t0;
        while k > 0 && !a.is_word(k - 1) && !a.is_punct(k - 1, ":") {
            k -= 1;
        }
        k >= 2 && a.is_punct(k - 1, ":") && a.ending_with(k - 1, |t| t == Tag::Credit).is_some()
    }

    /// "ban hành Quyết định số 1650/QĐ-UBND ngày 23-10-2025 về…": issuing a document that
    /// already has its date tells what was done; it is not a task.
    pub(super) fn issues_a_dated_document(&self, t: &Task) -> bool {
        let a = self.a;
        let Some(issue) = a.has_at(t.t0, Tag::Issuing) else { return false };
        let Some(m) = self.docs.mentions.iter().find(|m| m.t0 == issue.end()) else { return false };
        // Its date: a day written right after its number ("… số 1650/QĐ-UBND ngày 23-10-2025").
        self.dates.iter().any(|d| matches!(d.when, When::Day(_)) && d.role != Role::Deadline && d.t0 >= m.t0 && d.t0 <= m.t1 + 1)
    }

    pub(super) fn concrete(&self, t: &Task, has_assignee: bool) -> bool {
        let a = self.a;
        // A pledge ("tỉnh quyết tâm hoàn thành…") is not an assignment.
        let pledged = a.ending_with(t.t0, |t| t == Tag::Commitment).is_some() || a.has_at(t.t0, Tag::Commitment).is_some();
        if !has_assignee || pledged {
            return false;
        }
        let first = (t.t0..t.t1).find_map(|k| a.hit_at(k, starts_action).filter(|h| h.tag != Tag::Adverb));
        if first.is_some_and(|h| h.tag == Tag::Exhortation) {
            return false;
        }
        (t.t0..t.t1).any(|k| a.has_at(k, Tag::TaskVerb).is_some())
    }
}

/// The distinct words of tokens `t0..t1` as sorted hashes (shared words are then counted
/// by a merge of integers).
pub(super) fn words(a: &Analysed, t0: usize, t1: usize) -> Vec<u64> {
    use std::hash::BuildHasher;
    let h = rustc_hash::FxBuildHasher;
    let mut w: Vec<u64> = (t0..t1).filter(|&k| a.is_word(k) && !a.is_num(k)).map(|k| h.hash_one(a.tok_norm(k))).collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// How many words two sorted, distinct word lists share.
pub(super) fn shared_words(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
