//! How sure the machine is of a directive it made: a number from 0 to 1, read off the
//! directive and the sentence it came from (never from the rules' inner state, so the
//! rules in `directives.rs` can change without this module knowing).
//!
//! The signals, each a general property of the sentence rather than a word list of its own
//! (every word comes from the lexicon):
//! - who: an assignee written in the sentence, carried from an earlier sentence, or none;
//!   a known body (a lexicon agency or title) or only a capitalised guess;
//! - what: the action opens with a concrete task verb, an exhortation ("đẩy mạnh…",
//!   "strengthen…"), another action verb, or nothing the lexicon knows;
//! - about: a document named in the action, a due date;
//! - shape: a very short or very long action, a headline, an English sentence.
//!
//! The weights add up on a log-odds scale and are squashed to 0..1; `make calibrate`
//! (`tests/extraction/calibrate.py`) prints precision by confidence band on each half of
//! the shared dev set.

use super::analysis::Analysed;
use super::lexicon::{Lexicon, Tag};
use crate::model::{ExtractedDirective, Span};

/// Who the directive names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Written in the directive's own sentence.
    Named,
    /// Taken from an earlier sentence (a list's announcement, the sentence before).
    Carried,
    None,
}

/// How the action begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    /// A concrete task verb ("chủ trì", "trình", "submit").
    Task,
    /// Another verb that can open a task.
    Action,
    /// General guidance ("tăng cường", "đẩy mạnh", "strengthen").
    Exhortation,
    /// Nothing the lexicon knows as a verb.
    Unknown,
}

/// What the confidence is computed from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signals {
    pub who: Who,
    /// The assignee is (or starts with) a body or title of the lexicon, not only
    /// capitalised words.
    pub known_body: bool,
    pub opener: Opener,
    /// A task verb somewhere in the action (not only at its start).
    pub task_verb: bool,
    pub document: bool,
    pub due: bool,
    /// Words in the action.
    pub action_words: usize,
    /// The sentence is a headline or a line without a full stop.
    pub heading: bool,
    pub english: bool,
    pub concrete: bool,
}

/// Log-odds weights: set by hand from what each signal means, then checked on the dev set
/// (a refit on half A's feature counts separated half B less well, so these stayed).
mod w {
    pub const BASE: f32 = 0.2;
    pub const NAMED: f32 = 0.7;
    pub const CARRIED: f32 = -0.1;
    pub const NOBODY: f32 = -0.7;
    pub const KNOWN_BODY: f32 = 0.6;
    pub const GUESSED_BODY: f32 = -0.5;
    pub const OPEN_TASK: f32 = 0.6;
    pub const OPEN_ACTION: f32 = 0.2;
    pub const OPEN_EXHORTATION: f32 = -0.1;
    pub const OPEN_UNKNOWN: f32 = -0.8;
    pub const TASK_VERB_INSIDE: f32 = 0.2;
    pub const DOCUMENT: f32 = 0.3;
    pub const DUE: f32 = 0.3;
    pub const SHORT: f32 = -0.8;
    pub const LONG: f32 = -0.5;
    pub const HEADING: f32 = -1.0;
    pub const ENGLISH: f32 = -0.1;
    pub const CONCRETE: f32 = 0.2;
}

/// Actions shorter than this many words, or longer than `LONG_WORDS`, are doubtful.
const SHORT_WORDS: usize = 3;
const LONG_WORDS: usize = 32;

/// The confidence of signals `s`, 0..1, rounded to two decimals.
pub fn score(s: &Signals) -> f32 {
    let mut x = w::BASE;
    x += match s.who {
        Who::Named => w::NAMED,
        Who::Carried => w::CARRIED,
        Who::None => w::NOBODY,
    };
    if s.who != Who::None {
        x += if s.known_body { w::KNOWN_BODY } else { w::GUESSED_BODY };
    }
    x += match s.opener {
        Opener::Task => w::OPEN_TASK,
        Opener::Action => w::OPEN_ACTION,
        Opener::Exhortation => w::OPEN_EXHORTATION,
        Opener::Unknown => w::OPEN_UNKNOWN,
    };
    if s.task_verb && s.opener != Opener::Task {
        x += w::TASK_VERB_INSIDE;
    }
    if s.document {
        x += w::DOCUMENT;
    }
    if s.due {
        x += w::DUE;
    }
    if s.action_words < SHORT_WORDS {
        x += w::SHORT;
    } else if s.action_words > LONG_WORDS {
        x += w::LONG;
    }
    if s.heading {
        x += w::HEADING;
    }
    if s.english {
        x += w::ENGLISH;
    }
    if s.concrete {
        x += w::CONCRETE;
    }
    let p = 1.0 / (1.0 + (-x).exp());
    (p * 100.0).round() / 100.0
}

/// The first token whose characters reach past `c` (`toks.len()` when none).
fn token_at(a: &Analysed, c: u32) -> usize {
    a.toks.partition_point(|t| t.c1 <= c)
}

/// Assignees already looked up in one article (most of its directives share a few).
pub(crate) type Bodies = rustc_hash::FxHashMap<String, bool>;

/// Whether `text` holds a lexicon body or title.
fn names_a_body(lex: &Lexicon, text: &str) -> bool {
    let b = Analysed::new(lex, text);
    (0..b.toks.len()).any(|k| b.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some())
}

/// How the action at tokens `t0..t1` of `a` opens, and whether it holds a task verb.
fn opener(a: &Analysed, t0: usize, t1: usize) -> (Opener, bool) {
    let mut k = t0;
    while k < t1 && !a.is_word(k) {
        k += 1;
    }
    // Adverbs ("khẩn trương", "tiếp tục", "urgently") before the verb.
    let mut guard = 0;
    while let Some(h) = a.has_at(k, Tag::Adverb).filter(|h| h.end() < t1) {
        k = h.end();
        guard += 1;
        if guard > 4 {
            break;
        }
    }
    let first = if a.has_at(k, Tag::TaskVerb).is_some() {
        Opener::Task
    } else if a.has_at(k, Tag::Exhortation).is_some() {
        Opener::Exhortation
    } else if a.has_at(k, Tag::ActionVerb).is_some() || a.has_at(k, Tag::Commitment).is_some() {
        Opener::Action
    } else {
        Opener::Unknown
    };
    let inside = (t0..t1).any(|j| a.has_at(j, Tag::TaskVerb).is_some());
    (first, inside)
}

/// The signals of directive `d`, found in article `a`.
pub(crate) fn signals(lex: &Lexicon, a: &Analysed, d: &ExtractedDirective, bodies: &mut Bodies) -> Signals {
    let sentence = slice_chars(a, d.span);
    let who = match d.assignee.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Who::None,
        Some(who) if sentence.contains(who) => Who::Named,
        Some(_) => Who::Carried,
    };
    let known_body = d.assignee.as_deref().is_some_and(|s| *bodies.entry(s.to_string()).or_insert_with(|| names_a_body(lex, s)));
    let s0 = token_at(a, d.span.start);
    let sent = a.tok_sent.get(s0).and_then(|&k| a.sents.get(k as usize)).copied();
    let (heading, english) = sent.map_or((false, false), |s| (s.heading, s.en));
    let (opener, task_verb, words) = match d.action_span {
        Some(sp) => {
            let (t0, t1) = (token_at(a, sp.start), token_at(a, sp.end));
            let (o, tv) = opener(a, t0, t1);
            (o, tv, (t0..t1).filter(|&k| a.is_word(k)).count())
        }
        None => {
            // The action is not a piece of the text as written: read it on its own.
            let b = Analysed::new(lex, &d.action);
            let (o, tv) = opener(&b, 0, b.toks.len());
            (o, tv, (0..b.toks.len()).filter(|&k| b.is_word(k)).count())
        }
    };
    Signals { who, known_body, opener, task_verb, document: !d.documents.is_empty(), due: d.due.is_some(), action_words: words, heading, english, concrete: d.concrete }
}

fn slice_chars(a: &Analysed, span: Span) -> String {
    let (t0, t1) = (token_at(a, span.start), token_at(a, span.end.max(span.start + 1)));
    a.slice(t0, t1.max(t0 + 1).min(a.toks.len())).to_string()
}

/// The confidence of each directive of one article, in order.
pub(crate) fn directive_confidences(lex: &Lexicon, a: &Analysed, ds: &[ExtractedDirective]) -> Vec<f32> {
    let mut bodies = Bodies::default();
    ds.iter().map(|d| score(&signals(lex, a, d, &mut bodies))).collect()
}

/// The confidence of directives stored for article text `body` (a migration computes the
/// ones of libraries made before confidence existed).
pub fn confidences_in(lex: &Lexicon, body: &str, ds: &[ExtractedDirective]) -> Vec<f32> {
    let a = Analysed::new(lex, body);
    directive_confidences(lex, &a, ds)
}

/// The signals of each directive in `body` (tests, tools).
pub fn signals_in(lex: &Lexicon, body: &str, ds: &[ExtractedDirective]) -> Vec<Signals> {
    let a = Analysed::new(lex, body);
    let mut bodies = Bodies::default();
    ds.iter().map(|d| signals(lex, &a, d, &mut bodies)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Signals {
        Signals { who: Who::Named, known_body: true, opener: Opener::Task, task_verb: true, document: true, due: true, action_words: 8, heading: false, english: false, concrete: true }
    }

    #[test]
    fn every_doubt_lowers_the_score() {
        let best = score(&base());
        assert!(best > 0.85, "{best}");
        let doubts: Vec<Signals> = vec![
            Signals { who: Who::Carried, ..base() },
            Signals { who: Who::None, ..base() },
            Signals { known_body: false, ..base() },
            Signals { opener: Opener::Exhortation, ..base() },
            Signals { opener: Opener::Unknown, task_verb: false, ..base() },
            Signals { document: false, ..base() },
            Signals { due: false, ..base() },
            Signals { action_words: 2, ..base() },
            Signals { action_words: 50, ..base() },
            Signals { heading: true, ..base() },
            Signals { concrete: false, ..base() },
        ];
        for d in doubts {
            assert!(score(&d) < best, "{d:?}: {} !< {best}", score(&d));
        }
        let worst =
            Signals { who: Who::None, known_body: false, opener: Opener::Unknown, task_verb: false, document: false, due: false, action_words: 2, heading: true, english: true, concrete: false };
        assert!(score(&worst) < 0.1, "{}", score(&worst));
        assert!((0.0..=1.0).contains(&score(&worst)));
    }
}
