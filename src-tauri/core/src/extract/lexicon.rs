//! The word lists of `data/lexicon/`, compiled once: every entry is cut into words with
//! the normal form of [`super::norm`], each word gets an id, and one Aho-Corasick automaton
//! matches entries as sequences of word ids (so a match is always whole words); plus a few
//! lookup tables.
//!
//! The lists are embedded at build time; a user folder may hold files with the same names
//! whose entries are added. Nothing in the extraction rules names a word: every cue,
//! agency, document head word and calendar word comes from here.

use super::norm::norm_phrase;
use crate::error::{Error, Result};
use crate::model::DocKind;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What a lexicon entry means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    Agency,
    PersonTitle,
    SubjectPrefix,
    Pronoun,
    Anaphor,
    AssignCue,
    SubjectCue,
    Blocker,
    TaskVerb,
    Exhortation,
    ActionVerb,
    Adverb,
    Reporting,
    Past,
    Future,
    DocKind(DocKind, bool),
    DocAct,
    DocIssueCue,
    DocPeriod,
    DocNumberWord,
    DocDateCue,
    IssuerMarker,
    TitleStop,
    NameHead,
    SubjectMarker,
    HorizonCue,
    EventNoun,
    EventVerb,
    Issuing,
    Deadline,
    Status,
    Month(u8),
    Weekday(u8),
    Daypart,
    DayWord,
    RelDay(i8),
    ThisYear,
    ThisMonth,
    /// "Cùng ngày", "on the same day": the day named last.
    SameDay,
    QuarterWord,
    MonthWord,
    YearWord,
    Ordinal(u8),
    ListMarker,
    ActionCut,
    Purpose,
    EventTitleStop,
    PlaceMarker,
    Determiner,
    Opener,
    ScheduleCue,
    Hour,
    Relative,
    Copula,
    Commitment,
    SetPhrase,
}

impl Tag {
    /// Words and phrases of content (bodies, verbs, cues, head words). A content match
    /// inside a longer content match is dropped ("trình" in "chương trình", "xây dựng" in
    /// "Bộ Xây dựng"); function words (dates, markers, stops) are always kept.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            Tag::Agency
                | Tag::PersonTitle
                | Tag::Pronoun
                | Tag::AssignCue
                | Tag::SubjectCue
                | Tag::Blocker
                | Tag::TaskVerb
                | Tag::Exhortation
                | Tag::ActionVerb
                | Tag::Adverb
                | Tag::Reporting
                | Tag::DocKind(..)
                | Tag::EventNoun
                | Tag::EventVerb
                | Tag::Issuing
                | Tag::Commitment
                | Tag::SetPhrase
        )
    }

    /// Verbs and adverbs that can open a task.
    pub fn starts_action(self) -> bool {
        matches!(self, Tag::TaskVerb | Tag::Exhortation | Tag::ActionVerb | Tag::Adverb)
    }
}

/// How a file's lines are read.
#[derive(Clone, Copy)]
enum Form {
    /// Every entry gets this tag.
    Plain(Tag),
    /// `tag: entry` lines.
    Tagged(fn(&str) -> Option<Tag>),
    /// Not matched in text: compared as written.
    Abbreviations,
    /// `kind: LETTERS` of document symbols.
    CodeKinds,
    /// `series: ENDING` of document symbols.
    Series,
    /// Not matched in text: folded phrases compared with event titles (`event_generic.txt`).
    EventGeneric,
}

struct FileSpec {
    name: &'static str,
    builtin: &'static str,
    form: Form,
}

macro_rules! spec {
    ($name:literal, $form:expr) => {
        FileSpec { name: $name, builtin: include_str!(concat!("../../../../data/lexicon/", $name)), form: $form }
    };
}

fn doc_kind(tag: &str) -> Option<DocKind> {
    Some(match tag {
        "directive" => DocKind::Directive,
        "resolution" => DocKind::Resolution,
        "conclusion" => DocKind::Conclusion,
        "decision" => DocKind::Decision,
        "strategy" => DocKind::Strategy,
        "program" => DocKind::Program,
        "plan" => DocKind::Plan,
        "project" => DocKind::Project,
        "law" => DocKind::Law,
        "decree" => DocKind::Decree,
        "circular" => DocKind::Circular,
        "dispatch" => DocKind::Dispatch,
        "regulation" => DocKind::Regulation,
        "notice" => DocKind::Notice,
        "other" => DocKind::Other,
        _ => return None,
    })
}

fn doc_kind_tag(tag: &str) -> Option<Tag> {
    match tag.strip_suffix("(numbered)") {
        Some(k) => doc_kind(k.trim()).map(|k| Tag::DocKind(k, true)),
        None => doc_kind(tag).map(|k| Tag::DocKind(k, false)),
    }
}

fn calendar_tag(tag: &str) -> Option<Tag> {
    let num = |p: &str| tag.strip_prefix(p).and_then(|n| n.parse::<i32>().ok());
    Some(match tag {
        "daypart" => Tag::Daypart,
        "day" => Tag::DayWord,
        "thisyear" => Tag::ThisYear,
        "thismonth" => Tag::ThisMonth,
        "sameday" => Tag::SameDay,
        "quarter" => Tag::QuarterWord,
        "month" => Tag::MonthWord,
        "year" => Tag::YearWord,
        "hour" => Tag::Hour,
        _ => {
            if let Some(m) = num("month-").filter(|m| (1..=12).contains(m)) {
                Tag::Month(m as u8)
            } else if let Some(d) = num("weekday-").filter(|d| (1..=7).contains(d)) {
                Tag::Weekday(d as u8)
            } else if let Some(d) = num("relday-").filter(|d| (-7..=7).contains(d)) {
                Tag::RelDay(d as i8)
            } else if let Some(o) = num("ordinal-").filter(|o| (1..=4).contains(o)) {
                Tag::Ordinal(o as u8)
            } else {
                return None;
            }
        }
    })
}

fn specs() -> Vec<FileSpec> {
    vec![
        spec!("agencies.txt", Form::Plain(Tag::Agency)),
        spec!("actors.txt", Form::Plain(Tag::Agency)),
        spec!("person_titles.txt", Form::Plain(Tag::PersonTitle)),
        spec!("subject_prefixes.txt", Form::Plain(Tag::SubjectPrefix)),
        spec!("pronouns.txt", Form::Plain(Tag::Pronoun)),
        spec!("anaphors.txt", Form::Plain(Tag::Anaphor)),
        spec!("assign_cues.txt", Form::Plain(Tag::AssignCue)),
        spec!("subject_cues.txt", Form::Plain(Tag::SubjectCue)),
        spec!("blockers.txt", Form::Plain(Tag::Blocker)),
        spec!("task_verbs.txt", Form::Plain(Tag::TaskVerb)),
        spec!("exhortations.txt", Form::Plain(Tag::Exhortation)),
        spec!("action_verbs.txt", Form::Plain(Tag::ActionVerb)),
        spec!("action_adverbs.txt", Form::Plain(Tag::Adverb)),
        spec!("reporting_verbs.txt", Form::Plain(Tag::Reporting)),
        spec!("past_markers.txt", Form::Plain(Tag::Past)),
        spec!("future_markers.txt", Form::Plain(Tag::Future)),
        spec!("doc_kinds.txt", Form::Tagged(doc_kind_tag)),
        spec!("doc_number_words.txt", Form::Plain(Tag::DocNumberWord)),
        spec!("doc_acts.txt", Form::Plain(Tag::DocAct)),
        spec!("doc_issue_cues.txt", Form::Plain(Tag::DocIssueCue)),
        spec!("doc_periods.txt", Form::Plain(Tag::DocPeriod)),
        spec!("doc_date_cues.txt", Form::Plain(Tag::DocDateCue)),
        spec!("doc_issuer_markers.txt", Form::Plain(Tag::IssuerMarker)),
        spec!("doc_title_stops.txt", Form::Plain(Tag::TitleStop)),
        spec!("doc_name_heads.txt", Form::Plain(Tag::NameHead)),
        spec!("doc_subject_markers.txt", Form::Plain(Tag::SubjectMarker)),
        spec!("horizon_cues.txt", Form::Plain(Tag::HorizonCue)),
        spec!("doc_code_kinds.txt", Form::CodeKinds),
        spec!("doc_series.txt", Form::Series),
        spec!("event_nouns.txt", Form::Plain(Tag::EventNoun)),
        spec!("event_verbs.txt", Form::Plain(Tag::EventVerb)),
        spec!("issuing_verbs.txt", Form::Plain(Tag::Issuing)),
        spec!("deadline_cues.txt", Form::Plain(Tag::Deadline)),
        spec!("status_cues.txt", Form::Plain(Tag::Status)),
        spec!("calendar.txt", Form::Tagged(calendar_tag)),
        spec!("abbreviations.txt", Form::Abbreviations),
        spec!("list_markers.txt", Form::Plain(Tag::ListMarker)),
        spec!("action_cuts.txt", Form::Plain(Tag::ActionCut)),
        spec!("purpose_markers.txt", Form::Plain(Tag::Purpose)),
        spec!("event_title_stops.txt", Form::Plain(Tag::EventTitleStop)),
        spec!("place_markers.txt", Form::Plain(Tag::PlaceMarker)),
        spec!("determiners.txt", Form::Plain(Tag::Determiner)),
        spec!("openers.txt", Form::Plain(Tag::Opener)),
        spec!("schedule_cues.txt", Form::Plain(Tag::ScheduleCue)),
        spec!("relative_words.txt", Form::Plain(Tag::Relative)),
        spec!("copulas.txt", Form::Plain(Tag::Copula)),
        spec!("commitments.txt", Form::Plain(Tag::Commitment)),
        spec!("set_phrases.txt", Form::Plain(Tag::SetPhrase)),
        spec!("event_generic.txt", Form::EventGeneric),
    ]
}

/// The names of the lexicon files (what a user folder may hold).
pub fn file_names() -> Vec<&'static str> {
    specs().iter().map(|s| s.name).collect()
}

/// Longest entry accepted, in characters.
const MAX_ENTRY: usize = 200;

/// The word lists, compiled. Build it once ([`Lexicon::builtin`], [`Lexicon::load_default`]
/// or [`Lexicon::with_user_dir`]) and pass it to every [`super::extract`] call.
pub struct Lexicon {
    /// Over token ids (two bytes each, big-endian; 0 for a word no entry holds).
    pub(crate) ac: AhoCorasick,
    /// Normal form of every word of every entry → its id (from 1).
    pub(crate) vocab: FxHashMap<String, u16>,
    /// For each automaton pattern: its tags.
    pub(crate) tags: Vec<Vec<Tag>>,
    pub(crate) abbreviations: HashSet<String>,
    /// Folded symbol letters ("qd") → the kinds they stand for, first listed first
    /// ("QĐ" is a decision, or a Party regulation).
    pub(crate) code_kinds: HashMap<String, Vec<DocKind>>,
    /// Folded symbol ending ("tu") → series name ("tw").
    pub(crate) series: HashMap<String, String>,
    /// Folded phrases of event titles that do not tell events apart ("hoi nghi", "tong ket").
    pub(crate) event_generic: HashSet<String>,
    /// Words in the longest of them.
    pub(crate) event_generic_max: usize,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon").field("patterns", &self.tags.len()).field("abbreviations", &self.abbreviations.len()).finish()
    }
}

#[derive(Default)]
struct Builder {
    entries: HashMap<String, Vec<Tag>>,
    abbreviations: HashSet<String>,
    code_kinds: HashMap<String, Vec<DocKind>>,
    series: HashMap<String, String>,
    event_generic: HashSet<String>,
}

/// Fold symbol letters for lookups: "QĐ" → "qd", "TƯ" → "tu".
pub(crate) fn fold_code(s: &str) -> String {
    crate::text::fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

impl Builder {
    /// Add one file's text; `Err((line, message))` on a line that cannot be read.
    fn add(&mut self, form: Form, text: &str) -> Result<(), (usize, String)> {
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = raw.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.chars().count() > MAX_ENTRY {
                return Err((line_no, format!("entry longer than {MAX_ENTRY} characters")));
            }
            if line.chars().any(|c| c.is_control() && c != '\t') {
                return Err((line_no, "entry holds a control character".into()));
            }
            let split_tag = || -> Result<(&str, &str), (usize, String)> {
                let (tag, entry) = line.split_once(':').ok_or_else(|| (line_no, "expected \"tag: entry\"".to_string()))?;
                let entry = entry.trim();
                if entry.is_empty() {
                    return Err((line_no, format!("no entry after the tag \"{}\"", tag.trim())));
                }
                Ok((tag.trim(), entry))
            };
            match form {
                Form::Plain(tag) => self.entry(line, tag).map_err(|m| (line_no, m))?,
                Form::Tagged(parse) => {
                    let (tag, entry) = split_tag()?;
                    let t = parse(tag).ok_or_else(|| (line_no, format!("unknown tag \"{tag}\" (see the file's header for the tags it takes)")))?;
                    self.entry(entry, t).map_err(|m| (line_no, m))?;
                }
                Form::Abbreviations => {
                    if line.chars().any(char::is_whitespace) {
                        return Err((line_no, "an abbreviation is one word, without spaces".into()));
                    }
                    self.abbreviations.insert(line.trim_end_matches('.').to_string());
                }
                Form::CodeKinds => {
                    let (tag, entry) = split_tag()?;
                    let k = doc_kind(tag).ok_or_else(|| (line_no, format!("unknown document kind \"{tag}\"")))?;
                    let letters = fold_code(entry);
                    if letters.is_empty() {
                        return Err((line_no, "no letters in the symbol".into()));
                    }
                    let kinds = self.code_kinds.entry(letters).or_default();
                    if !kinds.contains(&k) {
                        kinds.push(k);
                    }
                }
                Form::Series => {
                    let (tag, entry) = split_tag()?;
                    if !tag.chars().all(|c| c.is_ascii_alphanumeric()) {
                        return Err((line_no, format!("a series name is letters and digits, not \"{tag}\"")));
                    }
                    let ending = fold_code(entry);
                    if ending.is_empty() {
                        return Err((line_no, "no letters in the symbol ending".into()));
                    }
                    self.series.insert(ending, tag.to_ascii_lowercase());
                }
                Form::EventGeneric => {
                    let folded = crate::text::fold(line);
                    let words = crate::text::words(&folded);
                    if words.is_empty() {
                        return Err((line_no, format!("\"{line}\" holds no word")));
                    }
                    self.event_generic.insert(words.join(" "));
                }
            }
        }
        Ok(())
    }

    fn entry(&mut self, entry: &str, tag: Tag) -> Result<(), String> {
        let norm = norm_phrase(entry);
        if !norm.chars().any(char::is_alphanumeric) {
            return Err(format!("\"{entry}\" holds no word"));
        }
        // An English verb is listed once: its -s and -ing forms are entries too.
        if matches!(tag, Tag::TaskVerb | Tag::ActionVerb | Tag::Exhortation) && norm.is_ascii() {
            let (first, rest) = norm.split_once(' ').map_or((norm.as_str(), ""), |(f, r)| (f, r));
            for form in super::english::verb_forms(first) {
                let phrase = if rest.is_empty() { form } else { format!("{form} {rest}") };
                self.add_norm(phrase, tag);
            }
        }
        self.add_norm(norm, tag);
        Ok(())
    }

    /// Entries made by rule rather than listed: English passive cues.
    fn add_generated(&mut self) {
        for cue in super::english::passive_cues() {
            self.add_norm(norm_phrase(&cue), Tag::SubjectCue);
        }
    }

    fn add_norm(&mut self, norm: String, tag: Tag) {
        let tags = self.entries.entry(norm).or_default();
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }

    fn build(self) -> Lexicon {
        let mut patterns: Vec<(String, Vec<Tag>)> = self.entries.into_iter().collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        // Entries are matched as sequences of word ids, so a match is always whole words.
        let mut vocab: FxHashMap<String, u16> = FxHashMap::default();
        let mut encoded: Vec<Vec<u8>> = Vec::with_capacity(patterns.len());
        for (p, _) in &patterns {
            let mut bytes = Vec::new();
            for w in p.split(' ') {
                let next = vocab.len() + 1;
                let id = *vocab.entry(w.to_string()).or_insert(u16::try_from(next).expect("fewer than 65,535 distinct words in the lists"));
                bytes.extend_from_slice(&id.to_be_bytes());
            }
            encoded.push(bytes);
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&encoded)
            .expect("lexicon patterns are short and few");
        Lexicon {
            ac,
            vocab,
            tags: patterns.into_iter().map(|(_, t)| t).collect(),
            abbreviations: self.abbreviations,
            code_kinds: self.code_kinds,
            series: self.series,
            event_generic_max: self.event_generic.iter().map(|p| p.split(' ').count()).max().unwrap_or(0),
            event_generic: self.event_generic,
        }
    }
}

impl Lexicon {
    /// The built-in lists only.
    pub fn builtin() -> Lexicon {
        let mut b = Builder::default();
        b.add_generated();
        for s in specs() {
            if let Err((line, msg)) = b.add(s.form, s.builtin) {
                // The built-in files are checked by the tests; this cannot happen in a release.
                panic!("built-in lexicon {} line {line}: {msg}", s.name);
            }
        }
        b.build()
    }

    /// The built-in lists plus the entries of the files with the same names in `dir`.
    /// Other files in `dir` are ignored. A missing `dir` is no error (nothing is added);
    /// an unreadable or malformed file is, naming the file and line.
    pub fn with_user_dir(dir: &Path) -> Result<Lexicon> {
        let mut b = Builder::default();
        b.add_generated();
        for s in specs() {
            if let Err((line, msg)) = b.add(s.form, s.builtin) {
                panic!("built-in lexicon {} line {line}: {msg}", s.name);
            }
            let path = dir.join(s.name);
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::file(&path, "lexicon", format!("cannot read the lexicon file: {e}"))),
            };
            let text = std::str::from_utf8(&bytes).map_err(|e| {
                let line = bytes[..e.valid_up_to()].iter().filter(|&&c| c == b'\n').count() + 1;
                Error::file(&path, "lexicon", format!("line {line}: not valid UTF-8 text"))
            })?;
            b.add(s.form, text).map_err(|(line, msg)| Error::file(&path, "lexicon", format!("line {line}: {msg}")))?;
        }
        Ok(b.build())
    }

    /// The user folder: `$BRIEFDESK_LEXICON_DIR`, else `$XDG_CONFIG_HOME/briefdesk/lexicon`
    /// (`~/.config/briefdesk/lexicon`). `None` when no home folder is known.
    pub fn default_user_dir() -> Option<PathBuf> {
        if let Some(d) = std::env::var_os("BRIEFDESK_LEXICON_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(d));
        }
        if let Some(d) = std::env::var_os("XDG_CONFIG_HOME").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(d).join("briefdesk").join("lexicon"));
        }
        directories::BaseDirs::new().map(|b| b.config_dir().join("briefdesk").join("lexicon"))
    }

    /// The built-in lists plus the user folder's ([`Lexicon::default_user_dir`]).
    pub fn load_default() -> Result<Lexicon> {
        match Self::default_user_dir() {
            Some(d) => Self::with_user_dir(&d),
            None => Ok(Self::builtin()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_are_well_formed() {
        let mut b = Builder::default();
        for s in specs() {
            if let Err((line, msg)) = b.add(s.form, s.builtin) {
                panic!("{} line {line}: {msg}", s.name);
            }
            assert!(s.builtin.lines().next().is_some_and(|l| l.starts_with('#')), "{} has no header", s.name);
        }
        let lex = b.build();
        assert!(lex.tags.len() > 500);
        assert!(lex.abbreviations.contains("TP"));
        assert_eq!(lex.code_kinds.get("ct"), Some(&vec![DocKind::Directive]));
        assert_eq!(lex.series.get("tu").map(String::as_str), Some("tw"));
        assert!(lex.event_generic.contains("hoi nghi") && lex.event_generic_max >= 2);
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let mut b = Builder::default();
        let e = b.add(Form::Tagged(doc_kind_tag), "# header\n\ndirective: chỉ thị\nmemo: bản ghi nhớ\n").unwrap_err();
        assert_eq!(e.0, 4);
        assert!(e.1.contains("memo"), "{}", e.1);
        assert_eq!(b.add(Form::Tagged(calendar_tag), "month-13: undecimber").unwrap_err().0, 1);
        assert_eq!(b.add(Form::Plain(Tag::Agency), "ok\n!!!\n").unwrap_err().0, 2);
        assert_eq!(b.add(Form::Tagged(doc_kind_tag), "plan").unwrap_err().0, 1);
    }
}
