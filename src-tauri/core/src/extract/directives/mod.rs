//! Directives: who is told to do what, about which document, by when.
//!
//! A sentence gives tasks in one of four shapes, tried in this order:
//! 1. an assignment cue: "X yêu cầu/giao/đề nghị Y <action>", "X asked Y to <action>" —
//!    Y ends where the action's first verb begins;
//! 2. a subject cue: "Y được giao/cần/phải <action>", "Y should/are responsible for …";
//! 3. a body as subject followed by a task verb: "Sở Tài chính chủ trì, rà soát…";
//! 4. an imperative: a sentence, list item or clause that opens with a task verb
//!    ("Khẩn trương trình…", "Strengthen…"); it takes the assignee of the sentence before
//!    (or of the sentence that announced the list), or none in a headline.
//!
//! The action is then split into tasks at semicolons, at commas or "và"/"and" before a
//! new concrete verb, and into the items of a "…: A; B; C" list.

use super::analysis::{Analysed, Hit, Sent};
use super::clauses::Clauses;
use super::dates::{DateHit, Role, When};
use super::documents::Docs;
use super::lexicon::Tag;
use crate::model::{DocKind, ExtractedDirective};

// The steps, each reading the analysed sentence (see the module comment above):
mod deadlines; // when each task is due: its own deadline, a shared one, a plan's period
mod filters; // what is no task after all, how concrete a task is, orders given twice
mod frames; // the four shapes of a sentence part: who is told, where the action starts
mod items; // an action cut into tasks, and each task's words tidied
mod subjects; // bodies, subjects and the anaphors that point back to them

use filters::{shared_words, words};
use items::bullet;
use subjects::resolve_anaphors;

/// Who an action is given to.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    /// Written in this sentence at these tokens.
    Tokens(usize, usize),
    /// Carried from an earlier sentence.
    Carried(String),
    Nobody,
}

/// A part of a sentence whose tokens are an action given to someone.
struct Frame {
    who: Who,
    act0: usize,
    /// Where an imperative begins (it may take an earlier sentence's assignee).
    lead: Option<usize>,
    /// Where the action ends, when not at the end of the sentence.
    end: Option<usize>,
}

enum Subject {
    Body(usize, usize),
    Proper(usize, usize),
    Nobody,
    Invalid,
}

struct Cx<'a, 'b> {
    a: &'b Analysed<'a>,
    clauses: &'b Clauses,
    dates: &'b [DateHit],
    docs: &'b Docs,
}

fn starts_action(t: Tag) -> bool {
    t.starts_action()
}

fn verbish(t: Tag) -> bool {
    t.starts_action() || matches!(t, Tag::Reporting | Tag::AssignCue | Tag::SubjectCue | Tag::Commitment | Tag::Past | Tag::Issuing)
}

/// The style of a list marker: items of one style are siblings.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Marker {
    Number,
    Letter,
    Roman,
    Symbol,
    Word,
}

impl Marker {
    fn of(a: &Analysed, t: usize) -> Marker {
        let w = a.tok_text(t);
        if a.is_num(t) {
            Marker::Number
        } else if a.has_at(t, Tag::ListMarker).is_some() {
            Marker::Word
        } else if w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()) {
            Marker::Letter
        } else if w.chars().all(|c| "IVXL".contains(c)) && !w.is_empty() {
            Marker::Roman
        } else {
            Marker::Symbol
        }
    }
}

/// One task before it becomes an [`ExtractedDirective`].
struct Task {
    who: Who,
    t0: usize,
    t1: usize,
    /// The end before cuts (for its deadline).
    raw_end: usize,
    sent: usize,
    /// A deadline given by a later sentence ("The work must be done before August 1.").
    due: Option<String>,
}

pub(crate) fn find(a: &Analysed, dates: &[DateHit], docs: &Docs) -> Vec<ExtractedDirective> {
    let clauses = Clauses::new(a);
    let cx = Cx { a, clauses: &clauses, dates, docs };
    let mut tasks: Vec<Task> = Vec::new();
    // The assignee of the last sentence with tasks, and of the last sentence that was not
    // a list item (the one announcing a list).
    let mut prev: Option<(usize, Who)> = None;
    let mut intro: Option<Who> = None;
    let mut item_para: Option<usize> = None;
    // After a sentence ending with a colon ("Key measures include:", "Các nhiệm vụ cụ thể
    // như sau:"), the lines that follow are its items even without bullets: they take the
    // assignee announced just before it.
    let mut colon_run: Option<Who> = None;
    // A numbered item that names its own body ("1. Sở Y tế chủ trì, phối hợp…") announces
    // the items of another marker style under it ("a) Kiểm tra…"): they are that body's.
    let mut sub_intro: Option<(Marker, Who)> = None;
    for (si, s) in a.sents.iter().enumerate() {
        let mut lo = s.t0;
        let marker = a.has_at(lo, Tag::ListMarker).filter(|h| a.is_punct(h.end(), ",") || a.is_punct(h.end(), ":")).map(|h| h.end() + 1).or_else(|| bullet(a, lo));
        let style = marker.map(|_| Marker::of(a, s.t0));
        if let Some(m) = marker {
            lo = m;
            item_para = Some(s.para);
        }
        let list_item = item_para == Some(s.para);
        if !list_item || sub_intro.as_ref().is_some_and(|(m, _)| Some(*m) == style) {
            sub_intro = None; // (the list ended, or the next item of the announcing level)
        }
        let before = tasks.len();
        // An opening purpose may hold semicolons of its own before the one who tells:
        // "Để bầu cử an toàn; tạo điều kiện…, Chủ tịch yêu cầu…".
        let later = || {
            let open = cx.trim(lo, s.t1).0;
            let purpose_first = a.has_at(open, Tag::Purpose).is_some() || (s.en && a.tok_norm(open) == "to" && cx.verb_here(open + 1));
            if !purpose_first {
                return None;
            }
            Clauses::semicolon_parts(a, lo, s.t1).into_iter().skip(1).find_map(|(p, _)| cx.frame(p, s.t1, s.en, false))
        };
        if let Some(f) = cx.frame(lo, s.t1, s.en, true).or_else(later) {
            let mut who = f.who;
            if who == Who::Nobody && !s.heading {
                // An imperative takes the assignee of the list's announcement or of the
                // sentence just before.
                let line_start = s.t0 == 0 || a.toks[s.t0].nl_before > 0;
                let carried = if marker.is_some() {
                    sub_intro.as_ref().map(|(_, w)| w.clone()).or_else(|| intro.clone())
                } else if let Some(w) = colon_run.clone().filter(|_| line_start || s.en) {
                    Some(w)
                } else {
                    prev.as_ref().filter(|(p, _)| *p + 1 == si).map(|(_, w)| w.clone())
                };
                // (after a connective: "Đồng thời, chuẩn bị…", "In addition, allocate…")
                let (open, _) = cx.trim(lo, s.t1);
                let at_start = f.lead.is_some_and(|l| l <= lo + 1 || l <= open + 1 || a.is_punct(l - 1, ":"));
                if let Some(w) = carried.filter(|_| at_start) {
                    who = w;
                }
            }
            // (a headline's order has no assignee, but a numbered line's body is named)
            if s.heading && !(marker.is_some() && matches!(who, Who::Tokens(..))) {
                who = Who::Nobody;
            }
            let n = tasks.len();
            if f.act0 >= s.t1 || (f.act0 + 1 == s.t1 && !a.is_word(f.act0)) {
                // "Thủ tướng yêu cầu các địa phương:": announces the items that follow.
                if let Who::Tokens(b, e) = who {
                    let w = Who::Carried(a.slice(b, e).to_string());
                    intro = Some(w.clone());
                    prev = Some((si, w));
                }
                continue;
            }
            cx.split(who, f.act0, f.end.unwrap_or(s.t1), si, s.en, &mut tasks);
            cx.share_deadline_across_and(&mut tasks[n..]);
            // A deadline before the action is every task's: "Đến năm 2030, tăng…", "yêu
            // cầu trước ngày 10/5, Sở X hoàn thành…", "In the first quarter, the ministry
            // will…". So is a closing ", hoàn thành trước tháng 9" after the last task.
            let shared_due = cx.opening_deadline(lo, f.act0).or_else(|| cx.closing_deadline(s.t0, s.t1));
            if let Some(d) = shared_due {
                for t in &mut tasks[n..] {
                    // (a task's own deadline wins)
                    if t.due.is_none() && cx.due(t).is_none() {
                        t.due = Some(d.when.iso());
                    }
                }
            }
        } else if let Some(c) = (lo..s.t1).find(|&k| a.is_punct(k, ":")) {
            // "3 yêu cầu là: Phải…; Tăng cường…; Gắn bó…": items of an announced list.
            let carried = prev.as_ref().filter(|(p, _)| *p + 1 == si).map(|(_, w)| w.clone()).unwrap_or(Who::Nobody);
            let mut items = Vec::new();
            if cx.verb_list(c, s.t1) {
                cx.split(carried, c, s.t1, si, s.en, &mut items);
            }
            tasks.extend(items);
        }
        // "The work must be done before August 1.": a deadline for the tasks just before.
        if tasks.len() == before {
            if let Some((p, _)) = prev.as_ref().filter(|(p, _)| *p + 1 == si) {
                let of_prev = tasks.iter().rev().take_while(|t| t.sent == *p).count();
                let n = tasks.len();
                cx.date_tasks_before(si, &mut tasks[n - of_prev..]);
            }
        }
        let own_subject = tasks[before..].iter().find(|t| matches!(t.who, Who::Tokens(..)));
        if let (Some(t), Some(m)) = (own_subject, style) {
            if let Who::Tokens(b, e) = t.who {
                sub_intro = Some((m, Who::Carried(a.slice(b, e).to_string())));
            }
        }
        if own_subject.is_some() {
            colon_run = None;
        }
        if s.t1 > s.t0 && a.is_punct(s.t1 - 1, ":") && tasks.len() == before {
            let adjacent = prev.as_ref().filter(|(p, _)| *p + 1 == si).map(|(_, w)| w.clone());
            colon_run = adjacent.filter(|w| *w != Who::Nobody);
        }
        if tasks.len() > before {
            let last_who = tasks.last().map(|t| t.who.clone()).unwrap_or(Who::Nobody);
            let who = match last_who {
                Who::Tokens(b, e) => Who::Carried(a.slice(b, e).to_string()),
                w => w,
            };
            if !list_item {
                intro = Some(who.clone()).filter(|w| *w != Who::Nobody);
            }
            prev = (who != Who::Nobody).then_some((si, who)).or(Some((si, Who::Nobody)));
        }
    }
    resolve_anaphors(&cx, &mut tasks);
    let mut out: Vec<(ExtractedDirective, Vec<u64>, bool)> = Vec::new();
    for mut t in tasks {
        cx.tidy(&mut t);
        // (a verb alone, "xử lý", tells nothing to track)
        let lone_verb = a.hit_at(t.t0, starts_action).is_some_and(|h| (h.end()..t.t1).all(|k| !a.is_word(k)));
        if (t.t0..t.t1).filter(|&k| a.is_word(k)).count() < 2 || lone_verb || cx.issues_a_dated_document(&t) || cx.credit_line(&t) || cx.only_adverbs(&t) {
            continue;
        }
        let assignee = match &t.who {
            Who::Tokens(b, e) => Some(a.slice(*b, *e).to_string()),
            Who::Carried(s) => Some(s.clone()),
            Who::Nobody => None,
        };
        let s = a.sents[t.sent];
        let mut documents: Vec<String> = Vec::new();
        for m in &docs.mentions {
            let inside = m.t0 < t.raw_end.max(t.t1) && m.t1 > t.t0;
            if inside {
                let id = docs.docs[m.doc].id.clone();
                if !documents.contains(&id) {
                    documents.push(id);
                }
            }
        }
        let due = t.due.clone().or_else(|| cx.due(&t));
        let concrete = cx.concrete(&t, assignee.is_some());
        let d = ExtractedDirective { assignee, action: a.slice(t.t0, t.t1).to_string(), documents, due, concrete, span: a.span(s.t0, s.t1), action_span: Some(a.span(t.t0, t.t1)) };
        let w = words(a, t.t0, t.t1);
        // The same order twice (a lead and the body, a pull-quote): keep the fuller one.
        let heading = s.heading;
        if let Some(k) = out.iter().position(|(d2, w2, _)| {
            let small = w.len().min(w2.len());
            let dues_agree = d.due.is_none() || d2.due.is_none() || d.due == d2.due;
            // (one body hands over what another takes over: two orders)
            let bodies_agree = d.assignee.is_none() || d2.assignee.is_none() || d.assignee == d2.assignee;
            small >= 5 && dues_agree && bodies_agree && shared_words(&w, w2) * 10 >= small * 8
        }) {
            // (the body's sentence rather than the headline's)
            let (old, old_heading) = (&out[k].0, out[k].2);
            let better = (d.assignee.is_some(), !heading, d.concrete, d.action.len()) > (old.assignee.is_some(), !old_heading, old.concrete, old.action.len());
            if better {
                out[k] = (d, w, heading);
            }
            continue;
        }
        out.push((d, w, heading));
    }
    let mut v: Vec<ExtractedDirective> = out.into_iter().map(|(d, _, _)| d).collect();
    v.sort_by_key(|d| (d.span.start, d.action_span.map_or(0, |s| s.start)));
    v
}
