//! An action cut into its tasks (semicolons, colon lists, enumerators, commas and
//! "và"/"and" before a new verb, clauses with a subject of their own) and each task tidied.

use super::*;

impl Cx<'_, '_> {
    /// An inline enumerator at k: "(1)", "(a)", "1)", "a)"; returns where it ends.
    pub(super) fn enumerator_at(&self, k: usize) -> Option<usize> {
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
    pub(super) fn enumerator_ending(&self, e: usize) -> Option<usize> {
        [e.saturating_sub(3), e.saturating_sub(2)].into_iter().find(|&k| k < e && self.enumerator_at(k) == Some(e))
    }

    /// Does a new task begin at k (after a separator)? Returns where its verb starts.
    pub(super) fn new_task_at(&self, k: usize, concrete_only: bool) -> bool {
        let a = self.a;
        // "…, trong quý I/2026 hoàn thành hồ sơ": a time phrase may front the verb.
        let mut j = self.date_phrase_at(k).map_or(k, |d| d.t1);
        // "…, đồng thời trình…", "…, at the same time calculate…"
        if let Some(h) = a.has_at(j, Tag::Opener) {
            j = h.end();
        }
        while let Some(h) = a.has_at(j, Tag::Adverb) {
            if concrete_only && a.hit_at(h.end(), starts_action).is_none() {
                return false;
            }
            j = h.end();
        }
        match a.hit_at(j, starts_action) {
            // A verb alone between commas is one of a list ("các cơ quan, tổ chức, …").
            Some(h) if !a.is_word(h.end()) => false,
            // "…, phối hợp xử lý vi phạm": a verb of manner before a concrete one.
            Some(h) => !concrete_only || h.tag == Tag::TaskVerb || (j > k && h.tag != Tag::Adverb) || (h.tag == Tag::ActionVerb && a.has_at(h.end(), Tag::TaskVerb).is_some()),
            None => false,
        }
    }

    /// The verb opening the item at `item..k` (or its head word) stands again at n: "tổ
    /// chức lấy ý kiến và tổ chức kỳ họp" is two tasks even where the verb alone could
    /// head a noun.
    pub(super) fn repeats_verb(&self, item: usize, k: usize, n: usize) -> bool {
        let a = self.a;
        let (i0, _) = self.trim(item, k);
        let (Some(first), Some(again)) = (a.hit_at(i0, starts_action), a.hit_at(n, starts_action)) else { return false };
        // "tổ chức lấy ý kiến … và tổ chức kỳ họp": the second may repeat the first's head.
        first.tag != Tag::Adverb && again.len() <= first.len() && (0..again.len()).all(|d| a.tok_norm(i0 + d) == a.tok_norm(n + d))
    }

    /// A closing quote at k followed by who said it: `…mặt bằng" - ông X cho biết`,
    /// `…the roads", the minister said`.
    pub(super) fn attribution_at(&self, k: usize) -> bool {
        let a = self.a;
        a.is_punct(k, "\"") && (a.is_punct(k + 1, "-") || (a.is_punct(k + 1, ",") && (k + 2..k + 9).any(|j| a.has_at(j, Tag::Reporting).is_some())))
    }

    /// The items of an action `r0..r1` given to `who`.
    pub(super) fn split(&self, who: Who, r0: usize, r1: usize, sent: usize, en: bool, out: &mut Vec<Task>) {
        let a = self.a;
        // "…: A; B; C" with verbs opening the items: one task per item.
        if let Some(c) = (r0..r1).find(|&k| a.is_punct(k, ":")) {
            let segs = Clauses::semicolon_parts(a, c + 1, r1);
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
            // The start of the next item, and a clause of another subject from here.
            let mut cut: Option<usize> = None;
            let mut handover: Option<Frame> = None;
            // "…lấy ý kiến cử tri để UBND cấp huyện báo cáo UBND tỉnh trước ngày 24/4": a
            // purpose with a subject of its own gives that body the task.
            let purpose_clause = (k > item && a.has_at(k, Tag::Purpose).is_some()).then(|| self.subject_clause_at(k + 1, r1)).flatten();
            if a.is_punct(k, ";") && k + 1 < r1 {
                let (s0, _) = self.trim(k + 1, r1);
                // English duties in gerunds: "…advising on A; responsible for training B;
                // printing C": each part after a semicolon is one more.
                let gerund = |j: usize| en && a.is_word(j) && !a.cap(j) && a.tok_norm(j).ends_with("ing");
                let duty = en && a.tok_norm(s0) == "responsible" && a.tok_norm(s0 + 1) == "for";
                if self.listing_bodies(item, k) || self.completion_clause(s0, r1).is_some() {
                    // "phối hợp Sở A; Công an tỉnh; UBND cấp xã thực hiện…": one list; "…;
                    // hoàn thành trước ngày 30/7": the deadline of the task before.
                } else if duty {
                    cut = Some(s0 + 2);
                } else if (gerund(s0) && gerund(self.trim(item, k).0))
                    || self.starter(s0).is_some()
                    || a.has_at(s0, Tag::SubjectCue).is_some()
                    || a.has_at(s0, Tag::AssignCue).is_some()
                    || self.body_at(s0).is_some()
                    || self.own_cue(s0, r1)
                    || a.has_at(s0, Tag::Condition).is_some()
                {
                    cut = Some(k + 1);
                }
            } else if purpose_clause.is_some() {
                handover = purpose_clause;
            } else if let Some(f) = self.contrast_clause(k, r1, en) {
                // "…, while the Department of Construction must…", "…, trong khi Sở X chủ
                // trì…": another body's task.
                handover = Some(f);
            } else if en && t == "as" && a.tok_norm(k + 1) == "well" && a.tok_norm(k + 2) == "as" {
                // "…, as well as to visit and support families": one more task.
                let to = a.tok_norm(k + 3) == "to";
                let n = k + 3 + usize::from(to);
                if (to && a.is_word(n)) || self.starter(n).is_some() {
                    cut = Some(n);
                }
            } else if let Some(c) =
                (en && (a.is_punct(k, ",") || t == "while")).then(|| a.has_at(k + 1, Tag::AssignCue)).flatten().filter(|c| a.tok_norm(c.t0 as usize).ends_with("ing") && c.end() < r1)
            {
                // "…, while asking investors to mobilise…": an order to others; "…by
                // August 31, requesting homes for veterans be finished by July 27": a
                // further order to the same addressees.
                match self.addressee_to_verb(c.end(), r1) {
                    Some(to) => handover = Some(Frame { who: Who::Tokens(c.end(), to), act0: to + 1, lead: None, end: None }),
                    None => cut = Some(c.end()),
                }
            } else if a.is_punct(k, ",") || t == "và" || t == "and" || (en && t == "while" && a.tok_norm(k + 1).ends_with("ing")) {
                let mut n = k + 1;
                if a.is_punct(k, ",") && matches!(a.tok_norm(n), "và" | "and") {
                    n += 1;
                }
                let has_verb = (item..k).any(|j| a.hit_at(j, starts_action).is_some_and(|h| h.tag != Tag::Adverb));
                let has_object = (item..k).any(|j| self.object_word(j));
                let bare_before = a.inside_hit(k - 1, starts_action) || a.hit_at(k - 1, starts_action).is_some();
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
                    // (the cheap checks first: a verb series reads the whole part)
                    has_verb
                        && has_object
                        && !bare_before
                        && (self.new_task_at(n, true) || self.repeats_verb(item, k, n) || self.verb_series((r0..k).rev().find(|&j| a.is_punct(j, ";")).map_or(r0, |j| j + 1), r1))
                };
                // "…, hoàn thành trước ngày 31/12": a deadline for the same task.
                // Guidance given to no one named stays one item across commas ("cần đẩy
                // nhanh giải ngân…, tháo gỡ khó khăn…, hỗ trợ sản xuất…"): a line of advice,
                // not tasks to track one by one.
                let ok = ok && self.has_object_after(n, r1) && !(who == Who::Nobody && a.is_punct(k, ",")) && self.completion_clause(n, r1).is_none() && !self.examples_open(item, k);
                if ok {
                    cut = Some(n);
                } else if a.is_punct(k, ",") && has_verb && has_object && a.ending_with(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_none() {
                    // (not after a body: "phối hợp với các Sở, ngành liên quan khảo sát…"
                    // goes on listing bodies)
                    // "…, các địa phương có chung cư cũ rà soát tổng thể": a clause with
                    // its own subject and verb is a task of that subject.
                    handover = self.subject_clause_at(n, r1);
                }
            }
            if let Some(f) = handover {
                out.push(Task { who: who.clone(), t0: item, t1: k, raw_end: k, sent, due: None });
                who = f.who;
                item = f.act0;
                k = f.act0;
                continue;
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
                        who = f.who;
                        item = f.act0;
                        k = f.act0;
                        continue;
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

    /// A part with a subject and a cue of its own: "…; các khu vực sạt lở cần phải di dời…".
    fn own_cue(&self, s0: usize, r1: usize) -> bool {
        let a = self.a;
        let part_end = (s0..r1).find(|&k| a.is_punct(k, ";")).unwrap_or(r1);
        (s0 + 2..part_end.min(s0 + 16)).find(|&k| a.is_punct(k, ",") || a.has_at(k, Tag::SubjectCue).is_some()).is_some_and(|k| a.has_at(k, Tag::SubjectCue).is_some())
    }

    /// Is the semicolon at k inside a list of bodies after the item's last verb ("phối hợp
    /// với Sở Khoa học và Công nghệ; Công an tỉnh; …")? Every piece so far is a body.
    fn listing_bodies(&self, item: usize, k: usize) -> bool {
        let a = self.a;
        let Some(v) = (item..k).rev().find_map(|j| self.starter(j).filter(|h| h.end() <= k)) else { return false };
        let mut b = v.end();
        while let Some(p) = a.has_at(b, Tag::Preposition) {
            b = p.end();
        }
        let (n0, _) = self.trim(k + 1, k + 2);
        let pieces = Clauses::semicolon_parts(a, b, k);
        // (or a name of a firm or unit: "Viễn thông Đồng Nai (VNPT Đồng Nai)")
        let name_word = |j: usize| {
            (a.is_word(j) && !a.is_num(j) && (a.cap(j) || (self.starter(j).is_none() && a.hit_at(j, |t| matches!(t, Tag::Preposition | Tag::Deadline)).is_none())))
                || a.is_punct(j, "(")
                || a.is_punct(j, ")")
        };
        let named = |s: usize, e: usize| a.cap(s) && a.is_word(s) && e - s <= 12 && (s..e).all(name_word);
        (self.body_at(n0).is_some() || a.cap(n0))
            && !pieces.is_empty()
            && pieces.iter().all(|&(s, e)| {
                let (s, e) = self.trim(s, e);
                self.body_like(s, e) || self.proper(s, e) || named(s, e)
            })
    }

    /// ", while <body> <cue or verb> …" at k (a comma): the frame of that clause.
    fn contrast_clause(&self, k: usize, r1: usize, en: bool) -> Option<Frame> {
        let a = self.a;
        if !a.is_punct(k, ",") {
            return None;
        }
        let n = match (a.tok_norm(k + 1), a.tok_norm(k + 2)) {
            ("while", _) | ("whereas", _) if en => k + 2,
            ("trong", "khi") if !en => k + 3,
            _ => return None,
        };
        let f = self.frame(n, r1, en, false)?;
        matches!(f.who, Who::Tokens(b, _) if b == n).then_some(f)
    }

    /// A clause at n opening with a body (or list of bodies) and then a task verb.
    pub(super) fn subject_clause_at(&self, n: usize, r1: usize) -> Option<Frame> {
        let a = self.a;
        let (s0, _) = self.trim(n, r1);
        let be = (s0 + 1..r1.min(s0 + 16)).find(|&k| self.verb_here(k) && !self.nominal_verb(k))?;
        if (s0..be).any(|k| a.is_punct(k, ",") || a.is_punct(k, ";")) || a.has_at(be, Tag::TaskVerb).is_none() {
            return None;
        }
        (self.body_like(s0, be) && !self.is_person(s0, be)).then_some(Frame { who: Who::Tokens(s0, be), act0: be, lead: None, end: None })
    }

    /// Does the part starting at n (up to the next comma or semicolon) hold anything but
    /// verbs and a date?
    pub(super) fn has_object_after(&self, n: usize, r1: usize) -> bool {
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

    /// "…cần có sự chuẩn bị kỹ lưỡng, nghiên cứu kỹ kế hoạch, xác định mốc thời gian…":
    /// three or more comma parts of `part..` (up to a semicolon) that each open with a verb
    /// and go on to an object are a series of tasks, whatever their verbs (two verbs
    /// alone, "thực hiện quyết liệt, đồng bộ…", are one manner).
    pub(super) fn verb_series(&self, part: usize, r1: usize) -> bool {
        let a = self.a;
        let end = (part..r1).find(|&k| a.is_punct(k, ";")).unwrap_or(r1);
        let mut parts = 0;
        let mut s = part;
        for k in part..=end {
            if k < end && !a.is_punct(k, ",") {
                continue;
            }
            let mut v = self.trim(s, k).0;
            while let Some(h) = a.has_at(v, Tag::Adverb) {
                v = h.end();
            }
            // (a part that opens with an exhortation, "…, bảo đảm thông xe…", is the aim
            // of the one before)
            let Some(h) = self.starter(v).filter(|h| !matches!(h.tag, Tag::Adverb | Tag::Exhortation) && !a.cap(v)) else { return false };
            if !(h.end()..k).any(|j| self.object_word(j)) {
                return false;
            }
            parts += 1;
            s = k + 1;
        }
        parts >= 3
    }

    /// After the colon at c: at least two items separated by semicolons, most of them
    /// opening with a verb ("…: Phải bảo đảm…; Tăng cường…; Gắn bó…").
    pub(super) fn verb_list(&self, c: usize, r1: usize) -> bool {
        let a = self.a;
        let segs = Clauses::semicolon_parts(a, c + 1, r1);
        let verb_first = segs
            .iter()
            .filter(|&&(s, e)| {
                let (s, _) = self.trim(s, e);
                self.starter(s).is_some() || a.has_at(s, Tag::SubjectCue).is_some()
            })
            .count();
        segs.len() >= 2 && verb_first * 2 > segs.len()
    }

    /// An item `item..k` that has opened a list of examples with a colon ("…các vấn đề
    /// như: đất đai, sắp xếp cán bộ, giải quyết chế độ…", "gồm:", "such as:"): its commas
    /// list nouns, not further tasks.
    pub(super) fn examples_open(&self, item: usize, k: usize) -> bool {
        let a = self.a;
        (item..k).any(|j| match a.tok_norm(j) {
            "như" | "gồm" => a.is_punct(j + 1, ":"),
            "such" => a.tok_norm(j + 1) == "as" && a.is_punct(j + 2, ":"),
            _ => false,
        })
    }

    /// Trim a task's tokens: connectives at the start; a closing cue ("the official said"),
    /// a very long purpose clause and punctuation at the end.
    pub(super) fn tidy(&self, t: &mut Task) {
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
            } else if let Some(n) = a.has_at(t.t0, Tag::SetPhrase).and_then(|h| (h.end()..t.t1.min(h.end() + 8)).find(|&k| a.is_punct(k, ",") || self.starter(k).is_some())) {
                // "theo chức năng của đơn vị, tổ chức thực hiện…": the set phrase is how,
                // the task starts at its verb.
                let v = if a.is_punct(n, ",") { n + 1 } else { n };
                if self.starter(v).is_none() {
                    break;
                }
                t.t0 = v;
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
        if let Some(k) = (t.t0 + 1..t.t1).find(|&k| a.has_at(k, Tag::ActionCut).is_some() || self.attribution_at(k)) {
            t.t1 = k;
        }
        // A long closing clause of completion is the task's deadline, not what to do
        // ("…, hoàn thành ngay sau khi xã mới đi vào hoạt động (trước ngày 01/7)").
        let completion = (t.t0 + 1..t.t1).filter(|&k| a.is_punct(k, ",")).find_map(|k| self.completion_clause(k + 1, t.t1).filter(|d| d.t0 > k + 4).map(|d| (k, d)));
        if let Some((k, d)) = completion {
            t.due.get_or_insert_with(|| d.when.iso());
            t.t1 = k;
        }
        // A purpose clause is the task's own words ("…các giải pháp nhằm bảo đảm cân đối
        // cung - cầu, ổn định thị trường và…" is kept whole, as labels keep it); only a
        // very long one, past 45 words, is cut off.
        if let Some(k) = (t.t0 + 3..t.t1).find(|&k| a.has_at(k, Tag::Purpose).is_some()) {
            let rest = (k..t.t1).filter(|&j| a.is_word(j)).count();
            if rest > 45 {
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
}

/// Where a bulleted or numbered line's text starts: "- ", "• ", "1. ", "2) ", "a) ".
pub(super) fn bullet(a: &Analysed, lo: usize) -> Option<usize> {
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
