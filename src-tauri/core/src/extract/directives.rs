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

use super::analysis::{Analysed, Hit};
use super::dates::{DateHit, Role, When};
use super::documents::Docs;
use super::lexicon::Tag;
use crate::model::{DocKind, ExtractedDirective};

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
    dates: &'b [DateHit],
    docs: &'b Docs,
}

/// A verb right after one of these is the object of a preposition, not a predicate
/// ("Huyện X sau sắp xếp còn 5 xã", "the plan for restructuring").
const PREPOSITIONS: &[&str] = &["sau", "trước", "khi", "của", "cho", "với", "về", "bằng", "do", "after", "before", "of", "for", "with", "about", "by", "from"];

/// Words before a colon that introduce a credit, not a list ("Ảnh: …", "Nguồn: …").
const CREDITS: &[&str] = &["ảnh", "nguồn", "photo", "source", "video", "clip", "đồ họa", "graphic"];

fn starts_action(t: Tag) -> bool {
    t.starts_action()
}

fn verbish(t: Tag) -> bool {
    t.starts_action() || matches!(t, Tag::Reporting | Tag::AssignCue | Tag::SubjectCue | Tag::Commitment | Tag::Past | Tag::Issuing)
}

impl Cx<'_, '_> {
    /// The verb at k is a noun or a participle, not the predicate: a passive or a copula
    /// follows it ("Chỉ đạo được đưa ra sau…", "Các xã mới thành lập sẽ được đặt tên…",
    /// "quán triệt là tăng cường…").
    fn nominal_verb(&self, k: usize) -> bool {
        let a = self.a;
        let Some(v) = a.hit_at(k, starts_action) else { return false };
        let mut n = v.end();
        if matches!(a.tok_norm(n), "sẽ" | "đã" | "đều" | "cũng") && matches!(a.tok_norm(n + 1), "được" | "bị" | "là") {
            return true;
        }
        if a.has_at(n, Tag::Copula).is_some_and(|c| a.tok_norm(c.t0 as usize) == "là") {
            return true;
        }
        if matches!(a.tok_norm(n), "được" | "bị") {
            n += 1;
            return a.hit_at(n, |t| starts_action(t) && t != Tag::Adverb).is_some();
        }
        false
    }

    /// A verb or adverb that opens an action at k (not a noun after "các": "các tổ chức").
    fn starter(&self, k: usize) -> Option<Hit> {
        let h = self.a.hit_at(k, starts_action)?;
        if self.a.ending_with(k, |t| t == Tag::SubjectPrefix).is_some() {
            return None;
        }
        Some(h)
    }

    fn body_at(&self, k: usize) -> Option<Hit> {
        self.a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle))
    }

    /// Tokens `b..e` read as a body or list of bodies ("các bộ, ngành, địa phương liên
    /// quan", "Ủy ban Nhân dân các tỉnh, thành phố ven biển", "The Ministry of Justice").
    fn body_like(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        if b >= e || e - b > 45 {
            return false;
        }
        let mut k = b;
        while let Some(p) = a.has_at(k, Tag::SubjectPrefix).filter(|p| p.end() < e) {
            k = p.end();
        }
        if a.is_num(k) && !a.attached(k + 1) && k + 1 < e {
            k += 1; // "11 Bộ, cơ quan"
        }
        if self.body_at(k).is_none() || (k == b && a.hit_at(k, starts_action).is_some()) {
            return false;
        }
        let mut unknown_run = 0;
        while k < e {
            if let Some(h) = self.body_at(k) {
                k = h.end();
                unknown_run = 0;
                continue;
            }
            // A capitalised word inside a subject belongs to a name, even a word that is a
            // verb elsewhere ("Cục Quản lý thị trường", "Trung tâm Kiểm soát bệnh tật").
            if k > b && a.cap(k) && a.is_word(k) && !a.is_num(k) && a.is_word(k - 1) {
                unknown_run = 0;
                k += 1;
                continue;
            }
            if a.hit_at(k, |t| verbish(t) || matches!(t, Tag::Purpose | Tag::Blocker | Tag::SetPhrase | Tag::Relative | Tag::Future)).is_some() || a.is_num(k) {
                return false;
            }
            if a.is_word(k) {
                // A few words of description ("ven biển", "liên quan", "trực thuộc Trung
                // ương"), not a clause.
                if !a.cap(k) && a.has_at(k, Tag::SubjectPrefix).is_none() && !matches!(a.tok_norm(k), "và" | "and" | "of") {
                    unknown_run += 1;
                    if unknown_run > 6 {
                        return false;
                    }
                } else {
                    unknown_run = 0;
                }
            } else if ![",", "&", "-", "(", ")", "'", "/"].contains(&a.tok_norm(k)) {
                return false;
            } else {
                unknown_run = 0;
            }
            k += 1;
        }
        true
    }

    /// A person named after a title ("Thủ tướng Phạm Minh Chính"): the one acting or
    /// speaking in a narrated sentence, not an assignee.
    fn is_person(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        (b..e).any(|k| {
            a.has_at(k, Tag::PersonTitle).is_some_and(|h| {
                // "Chủ tịch UBND tỉnh X - Nguyễn Văn A": a dash may come before the name.
                let n0 = if a.is_punct(h.end(), "-") { h.end() + 1 } else { h.end() };
                let names = (n0..e).take_while(|&j| a.cap(j) && a.is_word(j) && self.body_at(j).is_none()).count();
                names >= 2
            })
        })
    }

    /// A name: capitalised words ("Việt Nam", "The Electricity of Việt Nam Group (EVN)").
    fn proper(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        let function = |k: usize| matches!(a.tok_norm(k), "of" | "and" | "for" | "the" | "&" | "(" | ")" | "-");
        e > b && e - b <= 12 && a.cap(b) && a.is_word(b) && (b..e).all(|k| (a.is_word(k) && a.cap(k) && !a.is_num(k)) || function(k))
    }

    /// An inline enumerator at k: "(1)", "(a)", "1)", "a)"; returns where it ends.
    fn enumerator_at(&self, k: usize) -> Option<usize> {
        let a = self.a;
        let label = |j: usize| {
            let w = a.tok_text(j);
            (a.is_num(j) && w.len() <= 2) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()))
        };
        if a.is_punct(k, "(") && label(k + 1) && a.is_punct(k + 2, ")") {
            return Some(k + 3);
        }
        if !(label(k) && a.is_punct(k + 1, ")") && a.attached(k + 1)) {
            return None;
        }
        // "a)" without its "(": not the end of a bracket opened just before ("(tháng 1)").
        let opened = (k.saturating_sub(6)..k).rev().take_while(|&j| !a.is_punct(j, ")")).any(|j| a.is_punct(j, "("));
        (!opened).then_some(k + 2)
    }

    /// An enumerator ending at e (where it starts).
    fn enumerator_ending(&self, e: usize) -> Option<usize> {
        [e.saturating_sub(3), e.saturating_sub(2)].into_iter().find(|&k| k < e && self.enumerator_at(k) == Some(e))
    }

    /// Strip connectives, punctuation and adverbs at the ends of a would-be subject, and
    /// a parenthetical (", according to …").
    fn trim(&self, mut b: usize, mut e: usize) -> (usize, usize) {
        let a = self.a;
        loop {
            if let Some(n) = self.enumerator_at(b).filter(|&n| n <= e) {
                b = n;
            } else if b < e && !a.is_word(b) {
                b += 1;
            } else if let Some(h) = a.has_at(b, Tag::Adverb).filter(|h| h.end() <= e && (h.end() == e || a.is_punct(h.end(), ","))) {
                b = h.end();
            } else if let Some(h) = a.has_at(b, Tag::ListMarker).filter(|h| h.end() <= e) {
                b = h.end();
            } else if let Some(h) = a.has_at(b, Tag::Opener).filter(|h| h.end() <= e) {
                b = h.end();
            } else {
                break;
            }
        }
        // A set phrase inside a subject ends it: "Các bộ, ngành theo chức năng, nhiệm vụ
        // được giao …", "…, according to their assigned functions, …".
        let set_phrase = |k: usize| a.has_at(k, Tag::SetPhrase).is_some();
        if let Some(c) = (b + 1..e).find(|&k| set_phrase(k) || (a.is_punct(k, ",") && set_phrase(k + 1))) {
            e = c;
        }
        loop {
            if let Some(k) = self.enumerator_ending(e).filter(|&k| k > b) {
                e = k; // "các sở, ngành a) rà soát…"
            } else if e > b && ((!a.is_word(e - 1) && !a.is_punct(e - 1, ")")) || matches!(a.tok_norm(e - 1), "và" | "and")) {
                e -= 1;
            } else if let Some(h) = a.ending_with(e, |t| matches!(t, Tag::Adverb | Tag::Past | Tag::Future)).filter(|h| h.t0 as usize >= b) {
                e = h.t0 as usize;
            } else {
                break;
            }
        }
        (b, e)
    }

    fn is_boundary(&self, lo: usize, p: usize) -> bool {
        let a = self.a;
        p == lo
            || [",", ";", ":"].iter().any(|x| a.is_punct(p - 1, x))
            || a.ending_with(p, |t| matches!(t, Tag::Reporting | Tag::ListMarker)).is_some()
            // "said that the ministry must…", "cho rằng các địa phương cần…"
            || (p > lo && matches!(a.tok_norm(p - 1), "that" | "rằng"))
    }

    /// The subject of a verb or cue at k, looking back to `lo`.
    fn subject_before(&self, lo: usize, k: usize) -> Subject {
        // A subject never reaches back over a semicolon or colon.
        let lo = (lo..k).rev().find(|&p| self.a.is_punct(p, ";") || self.a.is_punct(p, ":")).map_or(lo, |p| p + 1);
        let bounds: Vec<usize> = (lo..=k).filter(|&p| self.is_boundary(lo, p)).collect();
        for &b in &bounds {
            let (b2, e2) = self.trim(b, k);
            if b2 < e2 && self.body_like(b2, e2) {
                // The tail of a longer list is not a subject ("trình Ban Chấp hành Trung
                // ương, Bộ Chính trị, …").
                if b > lo && self.a.is_punct(b - 1, ",") && self.a.ending_with(b - 1, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some() {
                    let prev = (lo..b - 1).rev().find(|&p| self.a.is_punct(p, ",")).map_or(lo, |p| p + 1);
                    let (pb, pe) = self.trim(prev, b - 1);
                    if self.body_like(pb, pe) || !(pb..pe).any(|j| self.a.hit_at(j, |t| matches!(t, Tag::TitleStop | Tag::SubjectMarker | Tag::Opener)).is_some() && j == pb) {
                        return Subject::Invalid;
                    }
                }
                return Subject::Body(b2, e2);
            }
        }
        let Some(&last) = bounds.last() else { return Subject::Nobody };
        let (b2, e2) = self.trim(last, k);
        if b2 >= e2 {
            return Subject::Nobody;
        }
        if self.a.has_at(b2, Tag::Pronoun).is_some() {
            return Subject::Nobody;
        }
        if self.a.has_at(b2, Tag::Anaphor).is_some_and(|h| h.end() == e2) {
            return Subject::Body(b2, e2); // "They must…", "Họ phải…": resolved later
        }
        if self.proper(b2, e2) {
            return Subject::Proper(b2, e2);
        }
        Subject::Invalid
    }

    /// 1. "X <cue> Y <action>".
    fn assign_frame(&self, lo: usize, cue: Hit, end: usize, en: bool) -> Option<Frame> {
        let a = self.a;
        let y0 = cue.end();
        // "Chủ tịch UBND các tỉnh tiếp tục chỉ đạo theo dõi…": after an adverb the cue is
        // the subject's own act.
        let c0 = cue.t0 as usize;
        if self.starter(y0).is_some() && a.ending_with(c0, |t| t == Tag::Adverb).is_some() {
            let adv = a.ending_with(c0, |t| t == Tag::Adverb).map_or(c0, |h| h.t0 as usize);
            if let Subject::Body(b, e) = self.subject_before(lo, adv) {
                return Some(Frame { who: Who::Tokens(b, e), act0: adv, lead: None, end: None });
            }
        }
        if y0 >= end || a.has_at(y0, Tag::IssuerMarker).is_some() {
            return None;
        }
        if a.is_punct(y0, ":") {
            return Some(Frame { who: Who::Nobody, act0: y0 + 1, lead: None, end: None });
        }
        if !a.is_word(y0) && !a.is_punct(y0, "\"") {
            return None;
        }
        if en {
            // The one who asks comes just before: a name, a pronoun, a body.
            let mut c0 = cue.t0 as usize;
            // "He also requested…", "The PM has required…", "Lawmakers are urging…",
            // "The ministry will ask…"
            while let Some(h) = a.ending_with(c0, |t| matches!(t, Tag::Adverb | Tag::Past | Tag::Future | Tag::Copula)) {
                c0 = h.t0 as usize;
            }
            // (or a comma before a participle: "…No. 150/CĐ-TTg, ordering ministries to…")
            let participle = a.tok_norm(cue.t0 as usize).ends_with("ing") && c0 > 0 && a.is_punct(c0 - 1, ",");
            let asker = participle || (c0 > 0 && (a.cap(c0 - 1) || a.ending_with(c0, |t| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::Pronoun)).is_some()));
            let to_verb = self.addressee_to_verb(y0, end);
            if !asker && to_verb.is_none() {
                return None;
            }
            if cue.t0 > 0 && matches!(a.tok_norm(cue.t0 as usize - 1), "their" | "its" | "his" | "her") {
                return None; // "their assigned functions"
            }
            // "had assigned 9,831 tasks" narrates; "has required the ministry to submit…"
            // still gives a body a task.
            let narrated = a.ending_with(cue.t0 as usize, |t| t == Tag::Past).is_some();
            if a.has_at(y0, Tag::Relative).is_some() {
                // "requested that provinces speed up…"
                let be = self.bodies_end(y0 + 1, end)?;
                return Some(Frame { who: Who::Tokens(y0 + 1, be), act0: be, lead: None, end: None });
            }
            // "suggested the advisory units develop…", "demanded that ministries review…"
            // (a bare verb right after the bodies).
            if let Some(be) = self.bodies_end(y0, end).filter(|&be| be < end && !a.cap(be) && self.starter(be).is_some()) {
                if !narrated {
                    return Some(Frame { who: Who::Tokens(y0, be), act0: be, lead: None, end: None });
                }
            }
            let to = (y0..end).find(|&k| {
                a.tok_norm(k) == "to"
                    && a.is_word(k + 1)
                    && k + 1 < end
                    && !(k.saturating_sub(3)..k).any(|j| a.has_at(j, Tag::Blocker).is_some_and(|h| h.end() > k))
            });
            return Some(match to {
                Some(k) => {
                    let (b, e) = self.trim(y0, k);
                    let e = self.first_bodies(b, e);
                    if b < e && (self.body_like(b, e) || self.proper(b, e)) {
                        Frame { who: Who::Tokens(b, e), act0: k + 1, lead: None, end: None }
                    } else if to_verb == Some(k) && !narrated && a.has_at(b, Tag::Pronoun).is_none() {
                        // "urged the utility regulator to investigate…": whoever stands
                        // between the cue and "to" + a verb is told to act.
                        Frame { who: Who::Tokens(b, e), act0: k + 1, lead: None, end: None }
                    } else if narrated || (b < e && a.has_at(b, Tag::Pronoun).is_none() && !self.body_like(b, e)) {
                        return None;
                    } else {
                        Frame { who: Who::Nobody, act0: k + 1, lead: None, end: None }
                    }
                }
                None if narrated => return None,
                None => Frame { who: Who::Nobody, act0: y0, lead: None, end: None },
            });
        }
        let mut k = y0;
        let mut act = None;
        while k < end && k < y0 + 45 {
            if let Some(h) = self.body_at(k).filter(|_| k == y0 || !a.cap(k) || a.hit_at(k, starts_action).is_none()) {
                k = h.end();
                continue;
            }
            if let Some(h) = a.has_at(k, Tag::SubjectCue) {
                act = Some((k, h.end()));
                break;
            }
            if self.starter(k).is_some() && (k == y0 || !a.cap(k)) {
                act = Some((k, k));
                break;
            }
            if a.is_punct(k, ":") {
                act = Some((k, k + 1));
                break;
            }
            // "đề nghị các bộ, cơ quan ngang bộ; UBND các tỉnh … báo cáo": a semicolon
            // between bodies still lists addressees.
            let list_goes_on = a.is_punct(k, ";") && self.body_at(k + 1).is_some();
            if [".", ";", "!", "?"].iter().any(|p| a.is_punct(k, p)) && !list_goes_on {
                break;
            }
            k += 1;
        }
        let bodies_end = self.bodies_end(y0, end);
        let (yend, act0) = match act {
            // "giao Bộ Tài chính xuất cấp 5.000 tấn gạo…": no verb of the lists, but the
            // bodies end and a lower-case word follows.
            Some((yend, act0)) if self.body_like(y0, yend) || bodies_end.is_none_or(|be| be >= yend) => (yend, act0),
            _ => match bodies_end {
                Some(be) if be < end && a.is_word(be) && !a.cap(be) => (be, be),
                _ => act?,
            },
        };
        let (b, e) = self.trim(y0, yend);
        if b >= e {
            return Some(Frame { who: Who::Nobody, act0, lead: None, end: None });
        }
        if a.is_punct(yend, ":") && act0 == yend + 1 && (self.body_like(b, e) || self.proper(b, e)) {
            // "Thủ tướng yêu cầu các địa phương: …": the list's items are theirs.
            return Some(Frame { who: Who::Tokens(b, e), act0, lead: None, end: None });
        }
        // Another cue before the action: this one was not addressed to anyone
        // ("Phát biểu và chỉ đạo tại Hội nghị, Tổng Bí thư đề nghị…").
        if (b..e).any(|k| a.has_at(k, Tag::AssignCue).is_some()) {
            return None;
        }
        if self.body_like(b, e) || self.proper(b, e) {
            return Some(Frame { who: Who::Tokens(b, e), act0, lead: None, end: None });
        }
        if a.has_at(b, Tag::Pronoun).is_some() {
            return Some(Frame { who: Who::Nobody, act0, lead: None, end: None });
        }
        // Not a body: not an assignment ("đã chỉ đạo quá trình chuẩn bị…").
        None
    }

    /// English "<cue> X to <verb>": a short noun phrase X (no clause of its own) after the
    /// cue, then "to" and a verb of the lists; returns where "to" stands.
    fn addressee_to_verb(&self, y0: usize, end: usize) -> Option<usize> {
        let a = self.a;
        let k = (y0 + 1..end.min(y0 + 12)).find(|&k| a.tok_norm(k) == "to")?;
        let clause_inside = (y0..k).any(|j| {
            a.is_punct(j, ",") || a.is_punct(j, ";") || a.is_punct(j, "\"") || a.hit_at(j, |t| verbish(t) || t == Tag::Relative || t == Tag::Copula).is_some()
        });
        let words = (y0..k).filter(|&j| a.is_word(j)).count();
        // "to" + a gerund is a preposition ("demands attention to reorganising…").
        let infinitive = !a.tok_norm(k + 1).ends_with("ing") && a.hit_at(k + 1, |t| starts_action(t) && t != Tag::Adverb).is_some();
        (!clause_inside && (1..=8).contains(&words) && infinitive).then_some(k)
    }

    /// Where a list of bodies starting at y0 ends ("Bộ Quốc phòng, Bộ Công an"), if it
    /// starts with one.
    fn bodies_end(&self, y0: usize, end: usize) -> Option<usize> {
        let a = self.a;
        let mut k = y0;
        loop {
            while let Some(p) = a.has_at(k, Tag::SubjectPrefix).filter(|p| p.end() < end) {
                k = p.end();
            }
            let h = self.body_at(k).filter(|h| h.end() <= end)?;
            k = h.end();
            // capitalised words continuing a name: "UBND tỉnh Thanh Hóa", "Cục Quản lý…"
            while k < end && a.is_word(k) && a.cap(k) && self.body_at(k).is_none() {
                k += 1;
            }
            let last = Some(k);
            if k < end && (a.is_punct(k, ",") || matches!(a.tok_norm(k), "và" | "and" | "&")) && self.body_at(k + 1).is_some() {
                k += 1;
                continue;
            }
            if k + 1 < end && a.is_punct(k, ",") && matches!(a.tok_norm(k + 1), "và" | "and") {
                k += 2;
                continue;
            }
            return last;
        }
    }

    /// The leading comma-separated parts of `b..e` that read as bodies ("ministries,
    /// agencies and localities, according to their functions" → up to "localities").
    fn first_bodies(&self, b: usize, e: usize) -> usize {
        let a = self.a;
        let mut end = b;
        let mut s = b;
        for k in b..=e {
            if k == e || a.is_punct(k, ",") {
                let (x, y) = self.trim(s, k);
                let x = if matches!(a.tok_norm(x), "and" | "và") { x + 1 } else { x };
                if x < y && (self.body_like(x, y) || self.proper(x, y)) {
                    end = y;
                    s = k + 1;
                    continue;
                }
                break;
            }
        }
        if end == b {
            e
        } else {
            end
        }
    }

    /// The frame of a sentence part `lo..end`, trying the four shapes.
    fn frame(&self, lo: usize, end: usize, en: bool, allow_imperative: bool) -> Option<Frame> {
        let a = self.a;
        // Cues are looked for in the first clause; later ones are read by `split`.
        let first = (lo..end).find(|&k| a.is_punct(k, ";")).unwrap_or(end);
        // 1. assignment cues
        for k in lo..first {
            if let Some(cue) = a.has_at(k, Tag::AssignCue).filter(|h| h.end() <= end) {
                let counted = k > lo && (a.is_num(k - 1) || a.ending_with(k, |t| t == Tag::SubjectPrefix).is_some());
                // "X được giao chỉ đạo …": the cue is the task given to X.
                let tasked = a.ending_with(k, |t| t == Tag::SubjectCue).is_some();
                if counted || tasked {
                    continue;
                }
                if let Some(f) = self.assign_frame(lo, cue, end, en) {
                    return Some(f);
                }
            }
        }
        // 2. subject cues
        for k in lo..first {
            let words_after = |h: &Hit| (h.end()..end).filter(|&j| a.is_word(j)).count();
            if let Some(cue) = a.hit_at(k, |t| matches!(t, Tag::SubjectCue | Tag::Commitment)).filter(|h| words_after(h) >= 2) {
                // "chịu trách nhiệm trước…", "phải là tấm gương…": no verb after the cue,
                // which then belongs to the action.
                let act0 = if en || self.starter(cue.end()).is_some() || a.has_at(cue.end(), Tag::SubjectCue).is_some() { cue.end() } else { k };
                match self.subject_before(lo, k) {
                    Subject::Body(b, e) | Subject::Proper(b, e) => return Some(Frame { who: Who::Tokens(b, e), act0, lead: None, end: None }),
                    Subject::Nobody => return Some(Frame { who: Who::Nobody, act0, lead: Some(k), end: None }),
                    Subject::Invalid => continue,
                }
            }
        }
        // 4a. an imperative opening the part
        if allow_imperative {
            if let Some(f) = self.imperative(lo, lo, end) {
                return Some(f);
            }
        }
        // 3. a body followed by a task verb
        let sent = &a.sents[a.tok_sent[lo.min(a.tok_sent.len() - 1)] as usize];
        if sent.heading {
            return None; // "Nhà nước kiến tạo, doanh nghiệp tiên phong…": a slogan
        }
        let dated = self.dates.iter().any(|d| d.t0 >= sent.t0 && d.t1 <= sent.t1 && d.role == Role::Plain && matches!(d.when, super::dates::When::Day(_)));
        for k in lo..end {
            if self.starter(k).is_none() || a.cap(k) || self.nominal_verb(k) || (k > lo && PREPOSITIONS.contains(&a.tok_norm(k - 1))) {
                continue;
            }
            // The subject stands before a future marker ("Bộ Y tế sẽ chủ trì").
            let subj_end = a.ending_with(k, |t| t == Tag::Future).map_or(k, |h| h.t0 as usize);
            if let Subject::Body(b, e) = self.subject_before(lo, subj_end) {
                if en && !self.new_task_at(k, false) {
                    return None; // "The Government also organised…"
                }
                let mut v = k;
                while let Some(h) = a.has_at(v, Tag::Adverb) {
                    v = h.end();
                }
                // "…ban hành Quyết định…", "…cũng có quyết định thành lập…": issued.
                let issuing = a.has_at(v, Tag::Issuing).is_some_and(|h| a.hit_at(h.end(), |t| matches!(t, Tag::DocKind(..))).is_some())
                    || (a.tok_norm(v) == "có" && a.hit_at(v + 1, |t| matches!(t, Tag::DocKind(..))).is_some());
                // What comes before the subject is an opening phrase ("Đồng thời,", "Để
                // làm tốt việc này,"), not a clause of its own ("Cùng tham dự … có …,").
                let narrated_before = (lo..b).any(|j| a.hit_at(j, |t| matches!(t, Tag::EventVerb | Tag::EventNoun | Tag::Reporting | Tag::Past)).is_some());
                // "Bộ Y tế sẽ chủ trì…", "The ministry will coordinate…": a plan's
                // assignment when a body (not a named person) will do a task; narrated
                // otherwise.
                let planned = a.ending_with(k, |t| t == Tag::Future).is_some()
                    && a.hit_at(k, |t| matches!(t, Tag::TaskVerb | Tag::ActionVerb)).is_some()
                    && a.has_at(b, Tag::PersonTitle).is_none()
                    && !(b..e).any(|j| a.has_at(j, Tag::PersonTitle).is_some());
                let told = a.ending_with(k, |t| t == Tag::Past).is_some() || (a.ending_with(k, |t| t == Tag::Future).is_some() && !planned);
                if told || self.is_person(b, e) || dated || issuing || narrated_before {
                    return None;
                }
                // "chủ trì Hội nghị…": a meeting chaired is narrated, not assigned.
                let v = a.hit_at(k, starts_action).map_or(k + 1, |h| h.end());
                let obj = a.has_at(v, Tag::EventNoun).is_some() || (a.has_at(v, Tag::SubjectPrefix).is_some() && a.has_at(v + 1, Tag::EventNoun).is_some());
                // "…, ngân hàng và quỹ đầu tư toàn cầu, cũng là nhiệm vụ trọng tâm": the words
                // before a copula name a thing (as for an imperative).
                let described = (k..first).any(|j| a.is_punct(j, ",") && a.has_at(j + 1, Tag::Copula).is_some() || (a.is_punct(j, ",") && a.tok_norm(j + 1) == "cũng" && a.has_at(j + 2, Tag::Copula).is_some()));
                if obj || described {
                    return None;
                }
                return Some(Frame { who: Who::Tokens(b, e), act0: k, lead: None, end: None });
            }
        }
        // 4b. an imperative after an opening phrase ("Cùng với đó, đẩy mạnh…")
        if !allow_imperative {
            return None;
        }
        let c = (lo..end.min(lo + 8)).find(|&k| a.is_punct(k, ",") || a.is_punct(k, ":"))?;
        if !(lo..c).any(|k| a.hit_at(k, verbish).is_some()) || a.is_punct(c, ":") || a.ending_with(c, |t| t == Tag::Reporting).is_some() {
            return self.imperative(lo, c + 1, end);
        }
        None
    }

    fn imperative(&self, lo: usize, s: usize, end: usize) -> Option<Frame> {
        let a = self.a;
        let (s, _) = self.trim(s, end);
        if s >= end || (self.starter(s).is_none() && a.has_at(s, Tag::SubjectCue).is_none()) {
            return None;
        }
        let reported = lo < s && a.ending_with(s - 1, |t| t == Tag::Reporting).is_some();
        // A verb phrase that frames a narrated clause: "Báo cáo tổng kết…, Bộ trưởng cho
        // biết…", "Thực hiện chỉ đạo…, Bộ Y tế đã ban hành…", "Tiếp tục chương trình…,
        // đoàn công tác đến thăm…".
        let past = |k: usize| {
            a.has_at(k, Tag::Past).is_some_and(|h| {
                let n = h.end();
                a.is_word(n) && a.hit_at(n, |t| matches!(t, Tag::TitleStop | Tag::Copula)).is_none() && !matches!(a.tok_norm(n), "và" | "and")
            })
        };
        if (s + 1..end).any(|k| a.hit_at(k, |t| matches!(t, Tag::Reporting | Tag::EventVerb)).is_some() || past(k)) {
            return None;
        }
        for k in s + 1..end {
            if a.is_punct(k - 1, ",") {
                let (mut b, _) = self.trim(k, end);
                if let Some(d) = self.dates.iter().find(|d| d.t0 == b) {
                    b = d.t1; // "…, năm 2026 ngành y tế đặt mục tiêu…"
                }
                let clause = self.bodies_end(b, end).is_some_and(|be| a.is_word(be) && !a.is_punct(be, ",")) || a.has_at(b, Tag::Pronoun).is_some();
                if clause {
                    return None;
                }
            }
        }
        // "Chủ trì hội nghị có…": a meeting chaired is narrated.
        let v = a.hit_at(s, starts_action).map_or(s + 1, |h| h.end());
        if a.has_at(v, Tag::EventNoun).is_some() || self.nominal_verb(s) {
            return None;
        }
        // "Hoàn thiện thể chế là một trong ba đột phá": a description, unless reported
        // speech ("Thủ tướng nêu rõ, triển khai Nghị quyết… là mệnh lệnh hành động").
        let mut end = end;
        if let Some(c) = (s + 1..end).find(|&k| a.has_at(k, Tag::Copula).is_some()) {
            if !reported {
                return None;
            }
            end = c;
        }
        let act0 = a.has_at(s, Tag::SubjectCue).map_or(s, |h| h.end());
        Some(Frame { who: Who::Nobody, act0, lead: Some(s), end: Some(end) })
    }
}

impl Cx<'_, '_> {
    /// A subject that points back to a body named before: "Sở này", "các đơn vị nói
    /// trên", "These agencies", "the ministry", "They". Returns the head words it shares
    /// with that body (empty: any body).
    fn anaphor_head(&self, b: usize, e: usize) -> Option<String> {
        let a = self.a;
        let head = |x: usize, y: usize| {
            let mut x = x;
            while let Some(p) = a.has_at(x, Tag::SubjectPrefix).filter(|p| p.end() < y) {
                x = p.end();
            }
            crate::text::fold(a.slice(x, y))
        };
        if a.has_at(b, Tag::Anaphor).is_some_and(|h| h.end() == e) {
            return Some(String::new());
        }
        if let Some(h) = a.ending_with(e, |t| t == Tag::Anaphor).filter(|h| h.t0 as usize > b) {
            return Some(head(b, h.t0 as usize));
        }
        if let Some(h) = a.has_at(b, Tag::Anaphor).filter(|h| h.end() < e && e - h.end() <= 2) {
            return Some(head(h.end(), e)); // "These agencies"
        }
        // "the ministry": the article and one generic head in lower case, singular (a
        // plural "the organisations" stands as written: the group it names).
        let generic = e == b + 2
            && a.has_at(b, Tag::Determiner).is_some()
            && !a.cap(b + 1)
            && !a.tok_norm(b + 1).ends_with('s')
            && a.has_at(b + 1, Tag::Agency).is_some_and(|h| h.end() == e);
        // "giao sở tham mưu…": a Vietnamese head word alone, in lower case, after a body of
        // that head was named ("Sở Nông nghiệp và Môi trường").
        let bare = e == b + 1 && !a.cap(b) && matches!(a.tok_norm(b), "sở" | "bộ" | "cục" | "ban" | "tỉnh" | "huyện" | "xã" | "phường");
        (generic || bare).then(|| head(if bare { b } else { b + 1 }, e))
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

impl Cx<'_, '_> {
    /// Does a new task begin at k (after a separator)? Returns where its verb starts.
    fn new_task_at(&self, k: usize, concrete_only: bool) -> bool {
        let a = self.a;
        // "…, trong quý I/2026 hoàn thành hồ sơ": a time phrase may front the verb.
        let mut j = self.date_phrase_at(k).map_or(k, |d| d.t1);
        while let Some(h) = a.has_at(j, Tag::Adverb) {
            if concrete_only && a.hit_at(h.end(), starts_action).is_none() {
                return false;
            }
            j = h.end();
        }
        match a.hit_at(j, starts_action) {
            // A verb alone between commas is one of a list ("các cơ quan, tổ chức, …").
            Some(h) if !a.is_word(h.end()) => false,
            Some(h) => !concrete_only || h.tag == Tag::TaskVerb || (j > k && h.tag != Tag::Adverb),
            None => false,
        }
    }

    /// The verb opening the item at `item..k` (or its head word) stands again at n: "tổ
    /// chức lấy ý kiến và tổ chức kỳ họp" is two tasks even where the verb alone could
    /// head a noun.
    fn repeats_verb(&self, item: usize, k: usize, n: usize) -> bool {
        let a = self.a;
        let (i0, _) = self.trim(item, k);
        let (Some(first), Some(again)) = (a.hit_at(i0, starts_action), a.hit_at(n, starts_action)) else { return false };
        // "tổ chức lấy ý kiến … và tổ chức kỳ họp": the second may repeat the first's head.
        first.tag != Tag::Adverb && again.len() <= first.len() && (0..again.len()).all(|d| a.tok_norm(i0 + d) == a.tok_norm(n + d))
    }

    /// The items of an action `r0..r1` given to `who`.
    fn split(&self, who: Who, r0: usize, r1: usize, sent: usize, en: bool, out: &mut Vec<Task>) {
        let a = self.a;
        // "…: A; B; C" with verbs opening the items: one task per item.
        if let Some(c) = (r0..r1).find(|&k| a.is_punct(k, ":")) {
            let mut segs = Vec::new();
            let mut s = c + 1;
            for k in c + 1..=r1 {
                if k == r1 || a.is_punct(k, ";") {
                    if k > s {
                        segs.push((s, k));
                    }
                    s = k + 1;
                }
            }
            if self.verb_list(c, r1) {
                for (s, e) in segs {
                    self.split(who.clone(), s, e, sent, en, out);
                }
                return;
            }
        }
        // "…, đó là: 5 nhất quán…": the action ends at the cue.
        let r1 = (r0 + 1..r1).find(|&k| a.has_at(k, Tag::ActionCut).is_some()).unwrap_or(r1);
        let mut who = who;
        let mut item = r0;
        let mut k = r0;
        while k < r1 {
            let t = a.tok_norm(k);
            let mut cut: Option<usize> = None; // start of the next item
            if a.is_punct(k, ";") && k + 1 < r1 {
                let (s0, _) = self.trim(k + 1, r1);
                if self.starter(s0).is_some() || a.has_at(s0, Tag::SubjectCue).is_some() || a.has_at(s0, Tag::AssignCue).is_some() || self.body_at(s0).is_some() {
                    cut = Some(k + 1);
                }
            } else if a.has_at(k, Tag::Purpose).is_some() && k > item && self.subject_clause_at(k + 1, r1).is_some() {
                // "…lấy ý kiến cử tri để UBND cấp huyện báo cáo UBND tỉnh trước ngày 24/4":
                // a purpose with a subject of its own gives that body the task.
                let f = self.subject_clause_at(k + 1, r1).expect("checked");
                out.push(Task { who: who.clone(), t0: item, t1: k, raw_end: k, sent, due: None });
                who = f.who;
                item = f.act0;
                k = f.act0;
                continue;
            } else if en && a.is_punct(k, ",") && a.has_at(k + 1, Tag::AssignCue).is_some_and(|c| a.tok_norm(c.t0 as usize).ends_with("ing") && c.end() < r1) {
                // "…by August 31, requesting homes for veterans be finished by July 27":
                // a further order to the same addressees.
                cut = a.has_at(k + 1, Tag::AssignCue).map(|c| c.end());
            } else if a.is_punct(k, ",") || t == "và" || t == "and" || (en && t == "while" && a.tok_norm(k + 1).ends_with("ing")) {
                let mut n = k + 1;
                if a.is_punct(k, ",") && matches!(a.tok_norm(n), "và" | "and") {
                    n += 1;
                }
                let has_verb = (item..k).any(|j| a.hit_at(j, starts_action).is_some_and(|h| h.tag != Tag::Adverb));
                let has_object = (item..k).any(|j| a.is_word(j) && a.hit_at(j, starts_action).is_none() && !self.inside_hit(j, starts_action));
                let bare_before = self.inside_hit(k - 1, starts_action) || a.hit_at(k - 1, starts_action).is_some();
                let to_in_item = en && (item..k).any(|j| a.tok_norm(j) == "to");
                let comma = a.is_punct(k, ",") || t == "while";
                // English coordination repeats a verb form of the item: "develop…,
                // propose…", "including conducting…, initiating…"; ", striving to…"
                // after finite verbs only is an adjunct of the same task.
                let same_form = || {
                    let ing = a.tok_norm(n).ends_with("ing");
                    (item..k).any(|j| a.hit_at(j, starts_action).is_some_and(|h| h.tag != Tag::Adverb) && a.tok_norm(j).ends_with("ing") == ing)
                };
                let ok = if en {
                    self.new_task_at(n, false) && has_verb && has_object && !bare_before && (comma || !to_in_item) && (!a.is_punct(k, ",") || same_form())
                } else {
                    (self.new_task_at(n, true) || self.repeats_verb(item, k, n)) && has_verb && has_object && !bare_before
                };
                // "…, hoàn thành trước ngày 31/12": a deadline for the same task.
                // Guidance given to no one named stays one item across commas ("cần đẩy
                // nhanh giải ngân…, tháo gỡ khó khăn…, hỗ trợ sản xuất…"): a line of advice,
                // not tasks to track one by one.
                let ok = ok && self.has_object_after(n, r1) && !(who == Who::Nobody && a.is_punct(k, ","));
                if ok {
                    cut = Some(n);
                } else if a.is_punct(k, ",") && has_verb && has_object && a.ending_with(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_none() {
                    // (not after a body: "phối hợp với các Sở, ngành liên quan khảo sát…"
                    // goes on listing bodies)
                    // "…, các địa phương có chung cư cũ rà soát tổng thể": a clause with
                    // its own subject and verb is a task of that subject.
                    if let Some(f) = self.subject_clause_at(n, r1) {
                        out.push(Task { who: who.clone(), t0: item, t1: k, raw_end: k, sent, due: None });
                        who = f.who;
                        item = f.act0;
                        k = f.act0;
                        continue;
                    }
                }
            }
            if let Some(n) = cut {
                if n > item {
                    out.push(Task { who: who.clone(), t0: item, t1: k, raw_end: k, sent, due: None });
                }
                // A new part may name its own actor: "…; Bộ Y tế chủ trì…", "…; giao Bộ Y tế…".
                if a.is_punct(k, ";") {
                    let (s0, _) = self.trim(n, r1);
                    let opens = |f: &Frame| match f.who {
                        Who::Tokens(b, _) => b == s0 || a.has_at(s0, Tag::AssignCue).is_some(),
                        _ => false,
                    };
                    // "…; Đảng ủy Chính phủ chỉ đạo hoàn thiện…": the body directs it.
                    let directs = self.bodies_end(s0, r1).filter(|&be| a.has_at(be, Tag::AssignCue).is_some_and(|c| self.starter(c.end()).is_some()));
                    let f = match directs {
                        Some(be) => Some(Frame { who: Who::Tokens(s0, be), act0: be, lead: None, end: None }),
                        None => self.frame(n, r1, en, false).filter(opens),
                    };
                    if let Some(f) = f {
                        {
                            who = f.who;
                            item = f.act0;
                            k = f.act0;
                            continue;
                        }
                    }
                }
                item = n;
                k = n;
                continue;
            }
            k += 1;
        }
        if item < r1 {
            out.push(Task { who, t0: item, t1: r1, raw_end: r1, sent, due: None });
        }
    }

    /// A date starting at k, alone or after its cue ("trong quý I/2026", "before June
    /// 30"), outside any document's name.
    fn date_phrase_at(&self, k: usize) -> Option<&DateHit> {
        let a = self.a;
        self.dates
            .iter()
            .find(|d| d.t0 == k || (d.t0 == k + 1 && a.ending_with(k + 1, |t| matches!(t, Tag::Deadline | Tag::ScheduleCue)).is_some()))
            .filter(|d| !self.in_document(d))
    }

    /// A clause at n opening with a body (or list of bodies) and then a task verb.
    fn subject_clause_at(&self, n: usize, r1: usize) -> Option<Frame> {
        let a = self.a;
        let (s0, _) = self.trim(n, r1);
        let be = (s0 + 1..r1.min(s0 + 16)).find(|&k| self.starter(k).is_some() && !a.cap(k) && !self.nominal_verb(k))?;
        if (s0..be).any(|k| a.is_punct(k, ",") || a.is_punct(k, ";")) || a.has_at(be, Tag::TaskVerb).is_none() {
            return None;
        }
        (self.body_like(s0, be) && !self.is_person(s0, be)).then_some(Frame { who: Who::Tokens(s0, be), act0: be, lead: None, end: None })
    }

    /// Does the part starting at n (up to the next comma or semicolon) hold anything but
    /// verbs and a date?
    fn has_object_after(&self, n: usize, r1: usize) -> bool {
        let a = self.a;
        let e = (n..r1).find(|&k| a.is_punct(k, ",") || a.is_punct(k, ";")).unwrap_or(r1);
        let mut k = n;
        while k < e {
            if let Some(d) = self.date_phrase_at(k) {
                k = d.t1.max(k + 1);
                continue;
            }
            if let Some(h) = a.hit_at(k, |t| starts_action(t) || matches!(t, Tag::Deadline | Tag::ScheduleCue)) {
                k = h.end();
                continue;
            }
            if a.is_word(k) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// After the colon at c: at least two items separated by semicolons, most of them
    /// opening with a verb ("…: Phải bảo đảm…; Tăng cường…; Gắn bó…").
    fn verb_list(&self, c: usize, r1: usize) -> bool {
        let a = self.a;
        let mut segs = Vec::new();
        let mut s = c + 1;
        for k in c + 1..=r1 {
            if k == r1 || a.is_punct(k, ";") {
                if k > s {
                    segs.push((s, k));
                }
                s = k + 1;
            }
        }
        let verb_first = segs
            .iter()
            .filter(|&&(s, e)| {
                let (s, _) = self.trim(s, e);
                self.starter(s).is_some() || a.has_at(s, Tag::SubjectCue).is_some()
            })
            .count();
        segs.len() >= 2 && verb_first * 2 > segs.len()
    }

    /// Token k lies inside (not at the start of) a hit satisfying `f`.
    fn inside_hit(&self, k: usize, f: impl Fn(Tag) -> bool + Copy) -> bool {
        (k.saturating_sub(4)..k).any(|j| self.a.hits_at(j).iter().any(|h| f(h.tag) && h.end() > k))
    }

    /// Trim a task's tokens: connectives at the start; a closing cue ("the official said"),
    /// a very long purpose clause and punctuation at the end.
    fn tidy(&self, t: &mut Task) {
        let a = self.a;
        loop {
            if let Some(n) = self.enumerator_at(t.t0).filter(|&n| n < t.t1) {
                t.t0 = n;
            } else if t.t0 < t.t1 && (!a.is_word(t.t0) || matches!(a.tok_norm(t.t0), "và" | "and")) {
                t.t0 += 1;
            } else if let Some(h) = a.has_at(t.t0, Tag::ListMarker).filter(|h| a.is_punct(h.end(), ",")) {
                t.t0 = h.end() + 1;
            } else if let Some(h) = a.has_at(t.t0, Tag::Adverb).filter(|h| a.is_punct(h.end(), ",")) {
                t.t0 = h.end() + 1;
            } else if let Some(h) = a.has_at(t.t0, Tag::Opener).filter(|h| h.end() < t.t1 && self.starter(h.end()).is_some()) {
                t.t0 = h.end(); // "đồng thời trình…"
            } else if let Some(d) = self.date_phrase_at(t.t0).filter(|d| d.t1 < t.t1 && self.starter(d.t1).is_some() && !self.horizon(d)) {
                // "trong quý I/2026 hoàn thành hồ sơ", "6 tháng đầu năm hoàn thành…": the
                // time phrase fronting the verb is when it is due.
                if t.due.is_none() && (d.role == Role::Deadline || !matches!(d.when, When::Day(_))) {
                    t.due = Some(d.when.iso());
                }
                t.t0 = d.t1;
            } else {
                break;
            }
        }
        if let Some(k) = (t.t0 + 1..t.t1).find(|&k| a.has_at(k, Tag::ActionCut).is_some()) {
            t.t1 = k;
        }
        if let Some(k) = (t.t0 + 3..t.t1).find(|&k| a.has_at(k, Tag::Purpose).is_some()) {
            let rest = (k..t.t1).filter(|&j| a.is_word(j)).count();
            if rest > 30 {
                t.t1 = k;
            }
        }
        while t.t1 > t.t0 && (!a.is_word(t.t1 - 1) && !a.is_punct(t.t1 - 1, ")") && !a.is_punct(t.t1 - 1, "\"") || matches!(a.tok_norm(t.t1 - 1), "và" | "and")) {
            t.t1 -= 1;
        }
        // An unbalanced closing quote or bracket at the end.
        for (open, close) in [("\"", "\""), ("(", ")")] {
            if t.t1 > t.t0 && a.is_punct(t.t1 - 1, close) {
                let n_open = (t.t0..t.t1).filter(|&j| a.is_punct(j, open)).count();
                let n_close = (t.t0..t.t1).filter(|&j| a.is_punct(j, close)).count();
                if (open == close && n_open % 2 == 1) || (open != close && n_close > n_open) {
                    t.t1 -= 1;
                }
            }
        }
    }

    /// "kịp thời (riêng ngày 5/11 họp lúc 19 giờ…)": outside brackets nothing but an
    /// adverb: a fragment, not a task.
    fn only_adverbs(&self, t: &Task) -> bool {
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
    fn credit_line(&self, t: &Task) -> bool {
        let a = self.a;
        let mut k = t.t0;
        while k > 0 && !a.is_word(k - 1) && !a.is_punct(k - 1, ":") {
            k -= 1;
        }
        k >= 2 && a.is_punct(k - 1, ":") && CREDITS.contains(&a.tok_norm(k - 2))
    }

    /// "ban hành Quyết định số 1650/QĐ-UBND ngày 23-10-2025 về…": issuing a document that
    /// already has its date tells what was done; it is not a task.
    fn issues_a_dated_document(&self, t: &Task) -> bool {
        let a = self.a;
        let Some(issue) = a.has_at(t.t0, Tag::Issuing) else { return false };
        let Some(m) = self.docs.mentions.iter().find(|m| m.t0 == issue.end()) else { return false };
        // Its date: a day written right after its number ("… số 1650/QĐ-UBND ngày 23-10-2025").
        self.dates.iter().any(|d| matches!(d.when, When::Day(_)) && d.role != Role::Deadline && d.t0 >= m.t0 && d.t0 <= m.t1 + 1)
    }

    fn due(&self, t: &Task) -> Option<String> {
        let a = self.a;
        let ds = self.dates.iter().filter(|d| d.t0 >= t.t0 && d.t1 <= t.raw_end && !self.in_document(d) && !self.horizon(d));
        let mut after_verb = None;
        for d in ds {
            if d.role == Role::Deadline {
                return Some(d.when.iso());
            }
            let after_task_verb = a.ending_with(d.t0, |t| t == Tag::TaskVerb).is_some() && !matches!(d.when, super::dates::When::Day(_));
            let scheduled = a.ending_with(d.t0, |t| t == Tag::ScheduleCue).is_some();
            if d.role == Role::Plain && after_verb.is_none() && (after_task_verb || scheduled) {
                after_verb = Some(d.when.iso());
            }
        }
        after_verb.or_else(|| self.programme_period(t))
    }

    fn in_document(&self, d: &DateHit) -> bool {
        self.docs.mentions.iter().any(|m| m.t0 <= d.t0 && d.t1 <= m.t1)
    }

    /// "báo cáo A và đề xuất B trước ngày 14-9": two tasks joined by "và"/"and" share the
    /// deadline written at the end of the second (a comma or semicolon keeps them apart).
    fn share_deadline_across_and(&self, tasks: &mut [Task]) {
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
    fn opening_deadline(&self, lo: usize, act0: usize) -> Option<&DateHit> {
        self.dates.iter().find(|d| d.t0 >= lo && d.t1 <= act0 && d.role == Role::Deadline && !self.in_document(d))
    }

    /// A deadline that closes a sentence as a completion clause of its own is every
    /// task's of the sentence: "…; từ đó, xây dựng lộ trình, hoàn thành trước tháng
    /// 9/2025.", "…, to be completed before June 30." (A deadline at the end of the last
    /// task alone stays that task's.)
    fn closing_deadline(&self, start: usize, end: usize) -> Option<&DateHit> {
        let a = self.a;
        let d = self.dates.iter().find(|d| d.role == Role::Deadline && d.t0 >= start && d.t1 <= end && (d.t1..end).all(|k| !a.is_word(k)))?;
        // Back over the cue ("trước", "before") to a verb that follows a comma.
        let cue = a.ending_with(d.t0, |t| t == Tag::Deadline).map_or(d.t0, |h| h.t0 as usize);
        let verb = a.ending_with(cue, |t| t == Tag::TaskVerb || t == Tag::ActionVerb)?;
        let v0 = verb.t0 as usize;
        let own_clause = v0 > 0 && a.is_punct(v0 - 1, ",");
        (own_clause && !self.in_document(d) && !self.horizon(d)).then_some(d)
    }

    /// "tầm nhìn đến năm 2045", "vision to 2050": the horizon of a plan, never a deadline.
    fn horizon(&self, d: &DateHit) -> bool {
        let a = self.a;
        (d.t0.saturating_sub(2)..=d.t1).any(|k| a.ending_with(k, |t| t == Tag::HorizonCue).is_some())
    }

    /// Tasks taken from a work programme or plan of a period ("… trong Chương trình công
    /// tác tháng 11 và tháng 12/2025") are due within it: its last month.
    fn programme_period(&self, t: &Task) -> Option<String> {
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

    fn concrete(&self, t: &Task, has_assignee: bool) -> bool {
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

/// "Sở này", "they", "the ministry" take the body named last in the three sentences
/// before whose name holds the same head word.
fn resolve_anaphors(cx: &Cx, tasks: &mut [Task]) {
    let a = cx.a;
    let mut named: Vec<(usize, String)> = Vec::new();
    for t in tasks.iter_mut() {
        let (b, e) = match t.who {
            Who::Tokens(b, e) => (b, e),
            Who::Carried(ref w) => {
                named.push((t.sent, w.clone()));
                continue;
            }
            Who::Nobody => continue,
        };
        match cx.anaphor_head(b, e) {
            Some(head) => {
                let found = named
                    .iter()
                    .rev()
                    .take_while(|(s, _)| *s + 3 >= t.sent)
                    .filter(|(s, _)| *s < t.sent)
                    .find(|(_, w)| head.is_empty() || crate::text::fold(w).contains(&head));
                if let Some((_, w)) = found {
                    t.who = Who::Carried(w.clone());
                }
            }
            None => named.push((t.sent, a.slice(b, e).to_string())),
        }
    }
}

/// The distinct words of tokens `t0..t1` as sorted hashes (shared words are then counted
/// by a merge of integers).
fn words(a: &Analysed, t0: usize, t1: usize) -> Vec<u64> {
    use std::hash::BuildHasher;
    let h = rustc_hash::FxBuildHasher;
    let mut w: Vec<u64> = (t0..t1).filter(|&k| a.is_word(k) && !a.is_num(k)).map(|k| h.hash_one(a.tok_norm(k))).collect();
    w.sort_unstable();
    w.dedup();
    w
}

/// How many words two sorted, distinct word lists share.
fn shared_words(x: &[u64], y: &[u64]) -> usize {
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

/// Where a bulleted or numbered line's text starts: "- ", "• ", "1. ", "2) ", "a) ".
fn bullet(a: &Analysed, lo: usize) -> Option<usize> {
    let line_start = lo == 0 || a.toks[lo].nl_before > 0;
    if !line_start {
        return None;
    }
    if ["-", "+", "•", "*"].iter().any(|p| a.is_punct(lo, p)) && a.is_word(lo + 1) {
        return Some(lo + 1);
    }
    let w = a.tok_text(lo);
    let short = (a.is_num(lo) && w.len() <= 2) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase())) || (w.len() <= 4 && w.chars().all(|c| "IVXL".contains(c)));
    (short && (a.is_punct(lo + 1, ".") || a.is_punct(lo + 1, ")")) && a.attached(lo + 1) && a.is_word(lo + 2)).then_some(lo + 2)
}

pub(crate) fn find(a: &Analysed, dates: &[DateHit], docs: &Docs) -> Vec<ExtractedDirective> {
    let cx = Cx { a, dates, docs };
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
    for (si, s) in a.sents.iter().enumerate() {
        let mut lo = s.t0;
        let marker = a.has_at(lo, Tag::ListMarker).filter(|h| a.is_punct(h.end(), ",") || a.is_punct(h.end(), ":")).map(|h| h.end() + 1).or_else(|| bullet(a, lo));
        if let Some(m) = marker {
            lo = m;
            item_para = Some(s.para);
        }
        let list_item = item_para == Some(s.para);
        let before = tasks.len();
        if let Some(f) = cx.frame(lo, s.t1, s.en, true) {
            let mut who = f.who;
            if who == Who::Nobody && !s.heading {
                // An imperative takes the assignee of the list's announcement or of the
                // sentence just before.
                let line_start = s.t0 == 0 || a.toks[s.t0].nl_before > 0;
                let carried = if marker.is_some() {
                    intro.clone()
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
            if s.heading {
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
        if tasks.len() == before && s.t1 - s.t0 <= 16 {
            if let Some(d) = dates.iter().find(|d| d.sent == si && d.role == Role::Deadline) {
                if let Some((p, _)) = prev.as_ref().filter(|(p, _)| *p + 1 == si) {
                    for t in tasks.iter_mut().rev().take_while(|t| t.sent == *p) {
                        if t.due.is_none() && cx.due(t).is_none() {
                            t.due = Some(d.when.iso());
                        }
                    }
                }
            }
        }
        let own_subject = tasks[before..].iter().any(|t| matches!(t.who, Who::Tokens(..)));
        if own_subject {
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
        if (t.t0..t.t1).filter(|&k| a.is_word(k)).count() < 2 || cx.issues_a_dated_document(&t) || cx.credit_line(&t) || cx.only_adverbs(&t) {
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
        let d = ExtractedDirective {
            assignee,
            action: a.slice(t.t0, t.t1).to_string(),
            documents,
            due,
            concrete,
            span: a.span(s.t0, s.t1),
            action_span: Some(a.span(t.t0, t.t1)),
        };
        let w = words(a, t.t0, t.t1);
        // The same order twice (a lead and the body, a pull-quote): keep the fuller one.
        let heading = s.heading;
        if let Some(k) = out.iter().position(|(d2, w2, _)| {
            let small = w.len().min(w2.len());
            let dues_agree = d.due.is_none() || d2.due.is_none() || d.due == d2.due;
            small >= 5 && dues_agree && shared_words(&w, w2) * 10 >= small * 8
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

