//! The word lists of `data/lexicon/`, compiled once: every entry is cut into words with
//! the normal form of [`super::norm`], each word gets an id, and one Aho-Corasick automaton
//! matches entries as sequences of word ids (so a match is always whole words); plus a few
//! lookup tables.
//!
//! The lists are embedded at build time; a user folder may hold files with the same names
//! whose entries are added. Nothing in the extraction rules names a word: every cue,
//! agency, document head word and calendar word comes from here.

use super::gazetteer::{self, GazBuilder};
use super::norm::norm_phrase;
use crate::error::{Error, Result};
use crate::model::{DocKind, ErrorCode};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

/// What a lexicon entry means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
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
    /// A half of a year ("6 tháng đầu năm", "the first half of"): the month it ends in.
    HalfYear(u8),
    /// A unit of time after a number ("10 ngày", "a week"): see `dates::SPAN_*`.
    Span(u8),
    /// A word before a span that counts it from the article's date ("trong vòng", "within").
    Within,
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
    /// A preposition: a verb after it is its object.
    Preposition,
    /// A word before a colon that opens a credit ("Ảnh:", "Source:").
    Credit,
    /// "dự thảo", "draft" before a document's head word: a draft, not an issued document.
    Draft,
    /// "gửi", "gửi đến" before the bodies a letter is sent to.
    SentTo,
    /// "hoàn thành", "complete": a clause of completion closing a task with its deadline.
    Completion,
    /// "căn cứ", "dựa trên", "on the basis of": a basis phrase between a body and its verb.
    Basis,
    /// "nhất là", "đặc biệt là": singles out a part; its "là" is no copula.
    Focus,
    /// "trường hợp", "nếu", "if": a condition before a task, never a subject.
    Condition,
    /// "thành công", "successfully": a verb reported done well, so narrated.
    Result,
    /// "đối với", "for": heads one addressee's tasks before a colon.
    Regarding,
    /// "chưa", "không", "have not": a body falling short, narrated.
    Shortfall,
    /// "mưa lớn", "lũ quét", "landslide": a natural hazard, an event on the day it struck.
    Hazard,
}

impl Tag {
    /// Words and phrases of content (bodies, verbs, cues, head words). A content match
    /// inside a longer content match is dropped ("trình" in "chương trình", "xây dựng" in
    /// "Bộ Xây dựng"); function words (dates, markers, stops) are always kept.
    /// One bit per kind of tag (whatever its data), for a quick "is there any X here".
    pub fn bit(self) -> u64 {
        // SAFETY: a `#[repr(u8)]` enum starts with its `u8` discriminant (RFC 2195).
        let d = unsafe { *(&self as *const Tag as *const u8) };
        1u64 << (d & 63)
    }

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
                | Tag::Condition
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
    /// Head words of bodies' names: `Agency` entries matched only when written with a
    /// capital and followed by a capitalised word or "of"/"for" ("Cục Quản lý…", not "cục bộ").
    Heads,
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
        "within" => Tag::Within,
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
            } else if let Some(h) = num("half-").filter(|h| (1..=2).contains(h)) {
                Tag::HalfYear(h as u8 * 6)
            } else if let Some(d) = num("span-").filter(|d| (0..=100).contains(d)) {
                Tag::Span(d as u8)
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
        spec!("agency_heads.txt", Form::Heads),
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
        spec!("prepositions.txt", Form::Plain(Tag::Preposition)),
        spec!("credits.txt", Form::Plain(Tag::Credit)),
        spec!("doc_drafts.txt", Form::Plain(Tag::Draft)),
        spec!("sent_to.txt", Form::Plain(Tag::SentTo)),
        spec!("completion_verbs.txt", Form::Plain(Tag::Completion)),
        spec!("basis_words.txt", Form::Plain(Tag::Basis)),
        spec!("focus_words.txt", Form::Plain(Tag::Focus)),
        spec!("conditions.txt", Form::Plain(Tag::Condition)),
        spec!("results.txt", Form::Plain(Tag::Result)),
        spec!("regarding.txt", Form::Plain(Tag::Regarding)),
        spec!("shortfalls.txt", Form::Plain(Tag::Shortfall)),
        spec!("hazards.txt", Form::Plain(Tag::Hazard)),
        spec!("event_generic.txt", Form::EventGeneric),
    ]
}

/// The names of the lexicon and gazetteer files (what a user folder may hold).
pub fn file_names() -> Vec<&'static str> {
    specs().iter().map(|s| s.name).chain(gazetteer::specs().iter().map(|s| s.name)).collect()
}

/// Longest entry accepted, in characters.
const MAX_ENTRY: usize = 200;

/// The word lists, compiled. Build it once ([`Lexicon::builtin`], [`Lexicon::load_default`]
/// or [`Lexicon::with_user_dir`]) and pass it to every [`super::extract`] call.
pub struct Lexicon {
    /// Over token ids (two bytes each, big-endian; 0 for a word no entry holds).
    pub(crate) ac: AhoCorasick,
    /// Normal form of every word of every entry → its id (from 1).
    pub(crate) vocab: HashMap<String, u16>,
    /// For each automaton pattern: its tags.
    pub(crate) tags: Vec<Vec<Tag>>,
    /// For each automaton pattern: a head word of `agency_heads.txt`, matched only when
    /// written with a capital before a capitalised word or "of"/"for".
    pub(crate) cap_only: Vec<bool>,
    /// Normal form of every gazetteer form → index of its canonical name.
    canon: HashMap<String, u32>,
    canon_names: Vec<String>,
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
        f.debug_struct("Lexicon").field("patterns", &self.tags.len()).field("bodies", &self.canon_names.len()).field("abbreviations", &self.abbreviations.len()).finish()
    }
}

#[derive(Default)]
struct Builder {
    entries: HashMap<String, Vec<Tag>>,
    /// Entries listed only as head words (`Form::Heads`): true; listed elsewhere too: false.
    heads: HashMap<String, bool>,
    canon: HashMap<String, u32>,
    canon_names: Vec<String>,
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
                Form::Heads => {
                    let norm = norm_phrase(line);
                    let before = self.heads.get(&norm).copied();
                    let elsewhere = self.entries.contains_key(&norm) && before.is_none();
                    self.entry(line, Tag::Agency).map_err(|m| (line_no, m))?;
                    self.heads.insert(norm, before.unwrap_or(!elsewhere));
                }
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
        if let Some(h) = self.heads.get_mut(&norm) {
            *h = false;
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

    /// The gazetteer's bodies: every form an `Agency` entry (an office holder's also a
    /// person title), mapped to its canonical name. A form given again names the later body.
    fn bodies(&mut self, gaz: &GazBuilder) {
        for b in gaz.expand() {
            let idx = self.canon_names.len() as u32;
            self.canon_names.push(b.canonical.clone());
            for f in std::iter::once(&b.canonical).chain(&b.forms) {
                // The gazetteer's reader checked that every form holds a word.
                if self.entry(f, Tag::Agency).is_ok() {
                    if b.office {
                        let _ = self.entry(f, Tag::PersonTitle);
                    }
                    self.canon.insert(norm_phrase(f), idx);
                }
            }
        }
    }

    fn build(self) -> Lexicon {
        let mut patterns: Vec<(String, Vec<Tag>)> = self.entries.into_iter().collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        // Entries are matched as sequences of word ids, so a match is always whole words.
        let cap_only = patterns.iter().map(|(p, _)| self.heads.get(p).copied().unwrap_or(false)).collect();
        let mut vocab: HashMap<String, u16> = HashMap::default();
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
        let ac = AhoCorasick::builder().match_kind(MatchKind::Standard).kind(Some(AhoCorasickKind::ContiguousNFA)).build(&encoded).expect("lexicon patterns are short and few");
        Lexicon {
            ac,
            vocab,
            tags: patterns.into_iter().map(|(_, t)| t).collect(),
            cap_only,
            canon: self.canon,
            canon_names: self.canon_names,
            abbreviations: self.abbreviations,
            code_kinds: self.code_kinds,
            series: self.series,
            event_generic_max: self.event_generic.iter().map(|p| p.split(' ').count()).max().unwrap_or(0),
            event_generic: self.event_generic,
        }
    }
}

/// A user file's text: `None` when it does not exist.
fn read_user(path: &Path, code: ErrorCode) -> Result<Option<String>> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::file(path, code, format!("cannot read the {code} file: {e}"))),
    };
    String::from_utf8(bytes).map(Some).map_err(|e| {
        let b = e.as_bytes();
        let line = b[..e.utf8_error().valid_up_to()].iter().filter(|&&c| c == b'\n').count() + 1;
        Error::file(path, code, format!("line {line}: not valid UTF-8 text"))
    })
}

impl Lexicon {
    /// The built-in lists only.
    pub fn builtin() -> Lexicon {
        Self::load(None).expect("no user folder, nothing to read")
    }

    /// The built-in lists and gazetteer plus the entries of the files with the same names in
    /// `dir`. Other files in `dir` are ignored. A missing `dir` is no error (nothing is
    /// added); an unreadable or malformed file is, naming the file and line.
    pub fn with_user_dir(dir: &Path) -> Result<Lexicon> {
        Self::load(Some(dir))
    }

    fn load(dir: Option<&Path>) -> Result<Lexicon> {
        let mut b = Builder::default();
        b.add_generated();
        for s in specs() {
            if let Err((line, msg)) = b.add(s.form, s.builtin) {
                // The built-in files are checked by the tests; this cannot happen in a release.
                panic!("built-in lexicon {} line {line}: {msg}", s.name);
            }
            let Some(dir) = dir else { continue };
            let path = dir.join(s.name);
            if let Some(text) = read_user(&path, ErrorCode::Lexicon)? {
                b.add(s.form, &text).map_err(|(line, msg)| Error::file(&path, ErrorCode::Lexicon, format!("line {line}: {msg}")))?;
            }
        }
        let mut g = GazBuilder::default();
        for s in gazetteer::specs() {
            if let Err((line, msg)) = g.add(s.form, s.builtin) {
                panic!("built-in gazetteer {} line {line}: {msg}", s.name);
            }
            let Some(dir) = dir else { continue };
            let path = dir.join(s.name);
            if let Some(text) = read_user(&path, ErrorCode::Gazetteer)? {
                g.add(s.form, &text).map_err(|(line, msg)| Error::file(&path, ErrorCode::Gazetteer, format!("line {line}: {msg}")))?;
            }
        }
        b.bodies(&g);
        Ok(b.build())
    }

    /// The canonical Vietnamese name of a body of the gazetteer, as written in either
    /// language and in any of its forms: "Prime Minister", "PM", "Thủ tướng" → "Thủ tướng
    /// Chính phủ"; "MoF", "the Ministry of Finance" → "Bộ Tài chính"; "UBND TP. Hà Nội" →
    /// "Ủy ban nhân dân thành phố Hà Nội". Case, tone-mark placement and spacing around
    /// punctuation do not matter; `None` for a body the gazetteer does not hold.
    pub fn canonical_body(&self, written: &str) -> Option<&str> {
        let w = written.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
        let norm = norm_phrase(w);
        let mut key = norm.as_str();
        for _ in 0..2 {
            if let Some(&i) = self.canon.get(key) {
                return Some(&self.canon_names[i as usize]);
            }
            // "the Ministry of Finance"
            match key.split_once(' ') {
                Some(("the", rest)) => key = rest,
                _ => break,
            }
        }
        None
    }

    /// The canonical name of `written` when the gazetteer knows it, else `written` itself.
    pub(crate) fn canonical_or_written(&self, written: &str) -> String {
        self.canonical_body(written).unwrap_or(written).to_string()
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
    use super::super::analysis::Analysed;
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
    fn builtin_gazetteer_is_well_formed_and_lists_nothing_twice() {
        let mut g = GazBuilder::default();
        for s in gazetteer::specs() {
            if let Err((line, msg)) = g.add(s.form, s.builtin) {
                panic!("{} line {line}: {msg}", s.name);
            }
            assert!(s.builtin.lines().next().is_some_and(|l| l.starts_with('#')), "{} has no header", s.name);
        }
        // No form names two bodies.
        let mut seen: HashMap<String, String> = HashMap::default();
        for b in g.expand() {
            for f in std::iter::once(&b.canonical).chain(&b.forms) {
                if let Some(other) = seen.insert(norm_phrase(f), b.canonical.clone()) {
                    assert_eq!(other, b.canonical, "\"{f}\" names both");
                }
            }
        }
        // agencies.txt keeps the generic heads only: nothing the gazetteer holds.
        let agencies = specs().into_iter().find(|s| s.name == "agencies.txt").unwrap().builtin;
        let twice: Vec<&str> = agencies.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).filter(|l| seen.contains_key(&norm_phrase(l))).collect();
        assert!(twice.is_empty(), "in agencies.txt and the gazetteer: {twice:?}");
        // 34 provinces and cities now, 63 before the merger (Thừa Thiên Huế became Huế).
        let provinces = gazetteer::specs().into_iter().find(|s| s.name == "provinces.tsv").unwrap().builtin;
        let rows: Vec<Vec<&str>> = provinces.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect()).collect();
        let now: Vec<&str> = rows.iter().filter(|r| r.get(4).is_none_or(|p| p.is_empty())).map(|r| r[0]).collect();
        assert_eq!(now.len(), 34);
        assert_eq!(rows.iter().filter(|r| r[0] != "Thừa Thiên Huế").count(), 63);
        for r in &rows {
            if let Some(p) = r.get(4).filter(|p| !p.is_empty()) {
                assert!(now.contains(p), "{} is part of {p}, not a current province", r[0]);
            }
        }
    }

    #[test]
    fn canonical_names_in_either_language() {
        let lex = Lexicon::builtin();
        let c = |w: &str| lex.canonical_body(w);
        for w in ["Prime Minister", "PM", "Thủ tướng", "Thủ tướng Chính phủ", "the Prime Minister", "prime minister"] {
            assert_eq!(c(w), Some("Thủ tướng Chính phủ"), "{w}");
        }
        for w in ["MoF", "Ministry of Finance", "the Ministry of Finance", "Bộ Tài chính", "bộ tài chính", "Finance Ministry"] {
            assert_eq!(c(w), Some("Bộ Tài chính"), "{w}");
        }
        assert_eq!(c("MAE"), Some("Bộ Nông nghiệp và Môi trường"));
        assert_eq!(c("MOIT"), Some("Bộ Công Thương"));
        assert_eq!(c("Bộ KH & CN"), Some("Bộ Khoa học và Công nghệ"));
        assert_eq!(c("Politburo"), Some("Bộ Chính trị"));
        assert_eq!(c("Uỷ ban Thường vụ Quốc hội"), Some("Ủy ban Thường vụ Quốc hội"));
        assert_eq!(c("MPI"), Some("Bộ Kế hoạch và Đầu tư"), "a former ministry keeps its own name");
        assert_eq!(c("Vietnam News Agency"), Some("Thông tấn xã Việt Nam"));
        assert_eq!(c("MTTQ"), Some("Mặt trận Tổ quốc Việt Nam"));
        // bodies made from the province list
        assert_eq!(c("UBND TP. Hà Nội"), Some("Ủy ban nhân dân thành phố Hà Nội"));
        assert_eq!(c("Hanoi People's Committee"), Some("Ủy ban nhân dân thành phố Hà Nội"));
        assert_eq!(c("Chủ tịch UBND tỉnh Quảng Ninh"), Some("Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"));
        assert_eq!(c("Quang Ninh Provincial Party Committee"), Some("Tỉnh ủy Quảng Ninh"));
        assert_eq!(c("Thành ủy TP.HCM"), Some("Thành ủy Hồ Chí Minh"));
        assert_eq!(c("HĐND tỉnh Bình Dương"), Some("Hội đồng nhân dân tỉnh Bình Dương"));
        assert_eq!(c("Bộ Ngoại giao Hoa Kỳ"), None);
        assert_eq!(c(""), None);
    }

    #[test]
    fn province_bodies_are_made_from_the_list() {
        let lex = Lexicon::builtin();
        let agency_at = |text: &str, len: usize| {
            let a = Analysed::new(&lex, text);
            let at = usize::from(a.tok_norm(0) == "the");
            a.has_at(at, Tag::Agency).map(|h| h.len()) == Some(len)
        };
        assert!(agency_at("UBND tỉnh Lâm Đồng chủ trì", 4));
        assert!(agency_at("Ủy ban nhân dân TP. Cần Thơ chủ trì", 8));
        assert!(agency_at("Tỉnh ủy Gia Lai lãnh đạo", 4));
        assert!(agency_at("The Dak Lak People's Committee", 6), "English, without diacritics");
        // An office holder is also a person title: a name after it is the person.
        let a = Analysed::new(&lex, "Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn A phát biểu");
        assert!(a.has_at(0, Tag::PersonTitle).is_some_and(|h| h.len() == 6));
    }

    #[test]
    fn head_words_count_only_before_a_name() {
        let lex = Lexicon::builtin();
        let a = Analysed::new(&lex, "Cục Quản lý thị trường kiểm tra tình trạng ngập cục bộ.");
        assert!(a.has_at(0, Tag::Agency).is_some());
        assert!(a.has_at(8, Tag::Agency).is_none(), "cục bộ");
        let a = Analysed::new(&lex, "Phòng, chống thiên tai là nhiệm vụ của Vụ Pháp chế.");
        assert!(a.has_at(0, Tag::Agency).is_none(), "Phòng, chống");
        assert!(a.has_at(9, Tag::Agency).is_some(), "Vụ Pháp chế");
        let a = Analysed::new(&lex, "The Institute of Economics said");
        assert!(a.has_at(1, Tag::Agency).is_some());
    }

    #[test]
    fn malformed_gazetteer_lines_name_the_line() {
        let mut g = GazBuilder::default();
        assert_eq!(g.add(gazetteer::GazForm::Bodies, "# h\nBộ A\tBA\tMinistry A\toffice\nBộ B\t\t\tboss\n").unwrap_err().0, 3);
        assert_eq!(g.add(gazetteer::GazForm::Bodies, "Bộ A\ta\tb\t\textra\n").unwrap_err().0, 1);
        assert_eq!(g.add(gazetteer::GazForm::Bodies, "UBND {tỉnh}\n").unwrap_err().0, 1);
        assert_eq!(g.add(gazetteer::GazForm::Provinces, "Hà Nội\tthành phố\nX\thuyện\n").unwrap_err().0, 2);
        assert_eq!(g.add(gazetteer::GazForm::LocalBodies, "Sở X {huyện}\n").unwrap_err().0, 1);
        assert_eq!(g.add(gazetteer::GazForm::LocalBodies, "Sở X\n").unwrap_err().0, 1);
        assert_eq!(g.add(gazetteer::GazForm::LocalBodies, "Sở X {tỉnh}\t\tDepartment X of {tỉnh}\n").unwrap_err().0, 1);
        assert_eq!(g.add(gazetteer::GazForm::Bodies, "Bộ A\t -- | Bộ AA\n").unwrap_err().0, 1);
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
