//! The frame of a sentence part in one of the four shapes (assignment cue, subject cue,
//! a body before a task verb, an imperative): who is told, where the action starts.

use super::*;

impl Cx<'_, '_> {
    /// 1. "X <cue> Y <action>".
    pub(super) fn assign_frame(&self, lo: usize, cue: Hit, end: usize, en: bool) -> Option<Frame> {
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
        // "Quân chủng Hải quân: Chỉ đạo các đơn vị thuộc quyền triển khai…": a body named
        // as the heading of its own item, then the cue: the act is that body's.
        if c0 > lo + 1 && a.is_punct(c0 - 1, ":") && a.cap(c0) {
            if let Subject::Body(b, e) = self.subject_before(lo, c0 - 1) {
                if !(lo..b).any(|k| a.is_word(k)) {
                    return Some(Frame { who: Who::Tokens(b, e), act0: c0, lead: None, end: None });
                }
            }
        }
        if y0 >= end || a.has_at(y0, Tag::IssuerMarker).is_some() {
            return None;
        }
        if a.is_punct(y0, ":") {
            // "…chỉ đạo: Sở A theo dõi…; Sở B kiểm tra…": the first item names its body.
            if let Some(be) = self.bodies_end(y0 + 1, end).filter(|&be| be < end && self.verb_here(be) && !a.cap(be)) {
                return Some(Frame { who: Who::Tokens(y0 + 1, be), act0: be, lead: None, end: None });
            }
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
            // ("Mr. A, Chairman of the provincial People's Committee, requested…": a title
            // in apposition before the comma)
            let apposed = c0 > lo + 1 && a.is_punct(c0 - 1, ",") && (lo..c0 - 1).any(|j| a.has_at(j, Tag::PersonTitle).is_some());
            let asker = participle || apposed || (c0 > 0 && (a.cap(c0 - 1) || a.ending_with(c0, |t| matches!(t, Tag::Agency | Tag::PersonTitle | Tag::Pronoun)).is_some()));
            let to_verb = self.addressee_to_verb(y0, end);
            // ("told reporters that…" reports; "told ministries to avoid…" orders)
            let tells = matches!(a.tok_norm(cue.t0 as usize), "told" | "tells");
            if (!asker || tells) && to_verb.is_none() {
                return None;
            }
            if cue.t0 > 0 && matches!(a.tok_norm(cue.t0 as usize - 1), "their" | "its" | "his" | "her") {
                return None; // "their assigned functions"
            }
            // "had assigned 9,831 tasks" narrates; "has required the ministry to submit…"
            // still gives a body a task.
            let narrated = a.ending_with(cue.t0 as usize, |t| t == Tag::Past).is_some();
            if a.has_at(y0, Tag::Relative).is_some() {
                // "requested that provinces speed up…", "instructed that ministries must…"
                let be = self.bodies_end(y0 + 1, end)?;
                let act0 = a.has_at(be, Tag::SubjectCue).filter(|h| h.end() < end).map_or(be, |h| h.end());
                return Some(Frame { who: Who::Tokens(y0 + 1, be), act0, lead: None, end: None });
            }
            // "suggested the advisory units develop…", "demanded that ministries review…"
            // (a bare verb right after the bodies).
            if let Some(be) = self.bodies_end(y0, end).filter(|&be| be < end && self.verb_here(be)) {
                if !narrated {
                    return Some(Frame { who: Who::Tokens(y0, be), act0: be, lead: None, end: None });
                }
            }
            let to = (y0..end).find(|&k| a.tok_norm(k) == "to" && a.is_word(k + 1) && k + 1 < end && !(k.saturating_sub(3)..k).any(|j| a.has_at(j, Tag::Blocker).is_some_and(|h| h.end() > k)));
            // "tasked the department with inspecting…", "charged X with drafting…"
            if to.is_none() && !narrated {
                let with = (y0 + 1..end.min(y0 + 14)).find(|&k| a.tok_norm(k) == "with" && a.tok_norm(k + 1).ends_with("ing") && k + 1 < end);
                if let Some(k) = with {
                    let (b, e) = self.trim(y0, k);
                    if b < e && self.body_like(b, e) {
                        return Some(Frame { who: Who::Tokens(b, e), act0: k + 1, lead: None, end: None });
                    }
                }
            }
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
                // "assigned the following tasks:": the items below say who does what.
                None if end > y0 && a.is_punct(end - 1, ":") => Frame { who: Who::Nobody, act0: end, lead: None, end: None },
                None => Frame { who: Who::Nobody, act0: y0, lead: None, end: None },
            });
        }
        let mut k = y0;
        let mut act = None;
        while k < end && k < y0 + 45 {
            // "yêu cầu UBND các tỉnh tổ chức tiêm…": a word that names bodies elsewhere
            // ("các tổ chức") is the verb right after a body.
            let verb_after_body = k > y0 && !a.cap(k) && self.verb_here(k) && a.ending_with(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some();
            if let Some(h) = self.body_at(k).filter(|_| !verb_after_body && (k == y0 || !a.cap(k) || a.hit_at(k, starts_action).is_none())) {
                k = h.end();
                continue;
            }
            if let Some(h) = a.has_at(k, Tag::SubjectCue) {
                // ("giao các quận chịu trách nhiệm toàn diện…": no verb after the cue, which
                // then belongs to the action)
                let verb_after = self.starter(h.end()).is_some() || a.has_at(h.end(), Tag::SubjectCue).is_some();
                act = Some((k, if verb_after { h.end() } else { k }));
                break;
            }
            // "yêu cầu UBND cấp huyện trên cơ sở Đề án …; tổ chức lấy ý kiến…": the action
            // follows the basis phrase.
            if let Some(v) = self.basis_phrase_end(k, end).filter(|_| k > y0) {
                let v = if a.is_punct(v, ";") || a.is_punct(v, ",") { v + 1 } else { v };
                if self.starter(v).is_some() {
                    act = Some((k, v));
                    break;
                }
            }
            if self.starter(k).is_some() && (k == y0 || !a.cap(k)) {
                act = Some((k, k));
                break;
            }
            if a.is_punct(k, ":") {
                // "UBND các huyện: Tân Hưng, Vĩnh Hưng và thị xã Kiến Tường chỉ đạo…": the
                // names of the bodies, then the action.
                let names = (k + 1..end.min(k + 40))
                    // (a short name's lower-case syllable after its capital: "Tài chính",
                    // "Nông nghiệp và Môi trường"; never a verb)
                    .take_while(|&j| {
                        let syllable = a.is_word(j) && a.is_word(j - 1) && a.cap(j - 1) && self.starter(j).is_none();
                        (a.is_word(j) && a.cap(j)) || syllable || a.is_punct(j, ",") || matches!(a.tok_norm(j), "và" | "and") || self.body_at(j).is_some() || a.inside_hit(j, |t| t == Tag::Agency)
                    })
                    .last();
                // ("Bộ trưởng các Bộ: Tài chính, Xây dựng theo chức năng, nhiệm vụ chỉ đạo…":
                // a set phrase may stand between the names and the verb)
                let verb_after = names.is_some_and(|l| a.cap(k + 1) && (self.verb_here(l + 1) || a.has_at(l + 1, Tag::SetPhrase).is_some_and(|h| self.verb_here(h.end()))));
                if !verb_after {
                    act = Some((k, k + 1));
                    break;
                }
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
        // (a set phrase after the bodies is trimmed off: "…các tỉnh thành theo chức năng,
        // nhiệm vụ, thẩm quyền tập trung…")
        let addressees = |yend: usize| {
            let (b, e) = self.trim(y0, yend);
            self.body_like(y0, yend) || self.body_like(b, e)
        };
        let (yend, act0) = match act {
            // "giao Bộ Tài chính xuất cấp 5.000 tấn gạo…": no verb of the lists, but the
            // bodies end and a lower-case word follows.
            Some((yend, act0)) if addressees(yend) || bodies_end.is_none_or(|be| be >= yend) => (yend, act0),
            _ => match bodies_end {
                Some(be) if be < end && a.is_word(be) && !a.cap(be) => (be, be),
                _ => act?,
            },
        };
        let (b, e) = self.trim(y0, yend);
        if b >= e {
            // "…có văn bản gửi Ban Quản lý dự án tỉnh đề nghị đôn đốc…": no one after the
            // cue, so the bodies the letter is sent to are the ones asked. The recipient
            // opens with a body and runs to the cue, however long its name.
            let recipient = |s: usize| {
                s < c0 && c0 - s <= 30 && self.body_at(s).is_some() && !(s..c0).any(|k| [".", ";", ":", "!", "?"].iter().any(|p| a.is_punct(k, p)) || a.hit_at(k, |t| t == Tag::AssignCue).is_some())
            };
            let sent = (lo..c0).rev().find_map(|j| a.has_at(j, Tag::SentTo).filter(|h| recipient(h.end())));
            let who = sent.map_or(Who::Nobody, |h| {
                let (b, e) = self.trim(h.end(), c0);
                Who::Tokens(b, e)
            });
            return Some(Frame { who, act0, lead: None, end: None });
        }
        if a.is_punct(yend, ":") && act0 == yend + 1 && (self.body_like(b, e) || self.proper(b, e)) {
            // "Thủ tướng yêu cầu các địa phương: …": the list's items are theirs.
            return Some(Frame { who: Who::Tokens(b, e), act0, lead: None, end: None });
        }
        // Another cue before the action: this one was not addressed to anyone
        // ("Phát biểu và chỉ đạo tại Hội nghị, Tổng Bí thư đề nghị…").
        // ("các thành viên được phân công…": a passive participle describes the bodies)
        if (b..e).any(|k| a.has_at(k, Tag::AssignCue).is_some() && !(k > b && a.tok_norm(k - 1) == "được")) {
            return None;
        }
        if self.body_like(b, e) || self.proper(b, e) {
            return Some(Frame { who: Who::Tokens(b, e), act0, lead: None, end: None });
        }
        if a.has_at(b, Tag::Pronoun).is_some() {
            return Some(Frame { who: Who::Nobody, act0, lead: None, end: None });
        }
        if self.time_then_verb(b, e) {
            let act0 = a.has_at(act0, Tag::Future).map_or(act0, |h| h.end());
            return Some(Frame { who: Who::Nobody, act0, lead: None, end: None });
        }
        // Not a body: not an assignment ("đã chỉ đạo quá trình chuẩn bị…").
        None
    }

    /// "yêu cầu từ tháng 3 sẽ thí điểm…": tokens `b..e` between a cue and its verb are only
    /// a time phrase (and "sẽ" or an adverb): when, not who.
    fn time_then_verb(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        // (a date with its cue, "trong tháng 3", "trước ngày 5/3", is a date phrase; a start,
        // "từ", "kể từ", "bắt đầu từ", is a time too)
        let mut j = b;
        while j < e && matches!(a.tok_norm(j), "từ" | "kể" | "bắt" | "đầu") {
            j += 1;
        }
        let Some(d) = self.date_phrase_at(j) else { return false };
        j = d.t1;
        while let Some(h) = a.has_at(j, Tag::Future).or_else(|| a.has_at(j, Tag::Adverb)).filter(|_| j < e) {
            j = h.end();
        }
        j >= e
    }

    /// English "<cue> X to <verb>": a short noun phrase X (no clause of its own) after the
    /// cue, then "to" and a verb of the lists; returns where "to" stands.
    pub(super) fn addressee_to_verb(&self, y0: usize, end: usize) -> Option<usize> {
        let a = self.a;
        let k = (y0 + 1..end.min(y0 + 12)).find(|&k| a.tok_norm(k) == "to")?;
        let clause_inside = (y0..k).any(|j| a.is_punct(j, ",") || a.is_punct(j, ";") || a.is_punct(j, "\"") || a.hit_at(j, |t| verbish(t) || t == Tag::Relative || t == Tag::Copula).is_some());
        let words = (y0..k).filter(|&j| a.is_word(j)).count();
        // "to" + a gerund is a preposition ("demands attention to reorganising…").
        // ("to closely monitor": an adverb may split the infinitive)
        let v = a.has_at(k + 1, Tag::Adverb).map_or(k + 1, |h| h.end());
        let infinitive = !a.tok_norm(v).ends_with("ing") && a.hit_at(v, |t| starts_action(t) && t != Tag::Adverb).is_some();
        (!clause_inside && (1..=8).contains(&words) && infinitive).then_some(k)
    }

    /// "UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số 118/2025/NĐ-CP xác định …": a
    /// body, a basis phrase ("căn cứ", "dựa trên", "on the basis of") that ends with the
    /// document it names (and that document's date), then the body's verb.
    fn body_on_a_basis(&self, lo: usize, end: usize) -> Option<Frame> {
        let a = self.a;
        let (s0, _) = self.trim(lo, end);
        self.body_at(s0)?;
        let be = (s0 + 1..end.min(s0 + 16)).find(|&k| a.has_at(k, Tag::Basis).is_some() || a.is_punct(k, ",") || self.starter(k).is_some())?;
        let v = self.basis_phrase_end(be, end)?;
        let verb = self.verb_here(v) && !self.nominal_verb(v);
        (verb && self.body_like(s0, be) && !self.is_person(s0, be)).then_some(Frame { who: Who::Tokens(s0, be), act0: v, lead: None, end: None })
    }

    /// Where a basis phrase at k ends: after the documents it names and their dates ("căn
    /// cứ Nghị định số 118/2025/NĐ-CP ngày …", "trên cơ sở Đề án A và Đề án B").
    fn basis_phrase_end(&self, k: usize, end: usize) -> Option<usize> {
        let a = self.a;
        let basis = a.has_at(k, Tag::Basis)?;
        let mut m = self.docs.mentions.iter().filter(|m| m.t0 >= basis.end() && m.t0 <= basis.end() + 12 && m.t1 < end).min_by_key(|m| m.t0)?;
        // (more documents joined to the first: "… và Đề án …", "…, Kế hoạch …")
        while let Some(n) = self.docs.mentions.iter().find(|n| n.t1 < end && (n.t0 == m.t1 + 1 && (a.is_punct(m.t1, ",") || matches!(a.tok_norm(m.t1), "và" | "and")))) {
            m = n;
        }
        let dated = self.dates.iter().find(|d| d.t0 >= m.t1 && self.docs.dated_by(a, d.t0).is_some_and(|x| x.t0 == m.t0));
        Some(dated.map_or(m.t1, |d| d.t1))
    }

    /// English "X is the standing agency, responsible for …": after a role given in
    /// apposition, a bare "responsible for" is X's task (elsewhere it only describes a
    /// noun: "the agency responsible for roads").
    fn role_cue(&self, lo: usize, k: usize) -> Option<Hit> {
        let a = self.a;
        if !(k > lo && a.is_punct(k - 1, ",") && a.tok_norm(k) == "responsible" && (lo..k).any(|j| a.copula_at(j).is_some())) {
            return None;
        }
        // ("…, responsible to the People's Committee for advising…")
        let stop = |j: usize| [";", ".", ":", ","].iter().any(|p| a.is_punct(j, p));
        let to = a.tok_norm(k + 1) == "to";
        let f = if to { (k + 2..k + 30).take_while(|&j| !stop(j)).find(|&j| a.tok_norm(j) == "for")? } else { k + 1 };
        (a.tok_norm(f) == "for").then_some(Hit { t0: k as u32, t1: f as u32 + 1, tag: Tag::SubjectCue })
    }

    /// "Đối với <bodies>: <action>" at the start of a part.
    fn regarding(&self, lo: usize, end: usize) -> Option<Frame> {
        let a = self.a;
        let (s0, _) = self.trim(lo, end);
        let h = a.has_at(s0, Tag::Regarding)?;
        let c = (h.end()..end.min(h.end() + 40)).find(|&k| a.is_punct(k, ":") || a.is_punct(k, ".") || a.is_punct(k, ";"))?;
        let (b, e) = self.trim(h.end(), c);
        (a.is_punct(c, ":") && c + 1 < end && b < e && (self.body_like(b, e) || self.proper(b, e))).then_some(Frame { who: Who::Tokens(b, e), act0: c + 1, lead: None, end: None })
    }

    /// "Nhiệm vụ của Sở A là xây dựng…", "The task of the department is to draft…": a
    /// duty stated as a noun, the body after "của"/"of", the action after the copula.
    fn duty_of(&self, lo: usize, end: usize) -> Option<Frame> {
        let a = self.a;
        // (a cheap look first: this runs on every part)
        let en_noun = |j: usize| matches!(a.tok_norm(j), "task" | "tasks" | "duty" | "duties" | "responsibility");
        let duty = |j: usize| matches!((a.tok_norm(j), a.tok_norm(j + 1)), ("nhiệm", "vụ") | ("trách", "nhiệm"));
        if !(lo..(lo + 5).min(end)).any(|j| duty(j) || en_noun(j)) {
            return None;
        }
        let (mut s0, _) = self.trim(lo, end);
        if a.tok_norm(s0) == "the" {
            s0 += 1;
        }
        let d = if duty(s0) {
            s0 + 2
        } else if en_noun(s0) {
            s0 + 1
        } else {
            return None;
        };
        // (a word may come between: "nhiệm vụ chính của…")
        let of = (d..(d + 3).min(end)).find(|&j| matches!(a.tok_norm(j), "của" | "of"))?;
        let be = self.bodies_end(of + 1, end)?;
        let cop = a.copula_at(be)?;
        let mut act0 = cop.end();
        if a.tok_norm(act0) == "to" {
            act0 += 1;
        }
        (act0 < end && self.verb_here(act0)).then_some(Frame { who: Who::Tokens(of + 1, be), act0, lead: None, end: None })
    }

    /// "- Sở Xây dựng: Chủ trì rà soát…", "The Ministry of Construction: urgently
    /// complete…": bodies heading a line, a colon, then their action.
    fn body_heading(&self, lo: usize, end: usize) -> Option<Frame> {
        let a = self.a;
        // (a cheap look first: this runs on every part)
        if !(lo..end.min(lo + 40)).any(|k| a.is_punct(k, ":")) {
            return None;
        }
        let (s0, _) = self.trim(lo, end);
        // (a headline "Thủ tướng: Đưa chi thường xuyên xuống…" quotes; a person speaks)
        if self.bare_heading(s0) {
            return None;
        }
        let be = self.bodies_end(s0, end)?;
        if self.is_person(s0, be) {
            return None;
        }
        let v = be + 1;
        let opens = self.starter(v).is_some() || a.has_at(v, Tag::SubjectCue).is_some();
        (a.is_punct(be, ":") && v < end && opens && self.body_like(s0, be)).then_some(Frame { who: Who::Tokens(s0, be), act0: v, lead: None, end: None })
    }

    /// The sentence token k stands in.
    fn sent_of(&self, k: usize) -> &Sent {
        let a = self.a;
        &a.sents[a.tok_sent[k.min(a.tok_sent.len() - 1)] as usize]
    }

    /// Token k stands in a headline or a line without a list marker (a slogan, "Thủ
    /// tướng: Đưa chi…"): no body is told there; a numbered line "1. Sở Y tế chủ trì, phối
    /// hợp…" still heads the items a body is given.
    fn bare_heading(&self, k: usize) -> bool {
        let s = self.sent_of(k);
        s.heading && super::items::bullet(self.a, s.t0).is_none()
    }

    /// The frame of a sentence part `lo..end`, trying the four shapes.
    pub(super) fn frame(&self, lo: usize, end: usize, en: bool, allow_imperative: bool) -> Option<Frame> {
        let a = self.a;
        if let Some(f) = self.duty_of(lo, end).or_else(|| self.body_heading(lo, end)) {
            return Some(f);
        }
        // "Đối với Bộ Y tế: Đẩy nhanh…; Đảm bảo…", "For the Ministry of Health: …": the
        // bodies before the colon are told to do what follows it.
        if let Some(f) = self.regarding(lo, end) {
            return Some(f);
        }
        // Cues are looked for in the first clause; later ones are read by `split`.
        let first = self.clauses.first_part_end(a, lo, end);
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
            if let Some(cue) = a.hit_at(k, |t| matches!(t, Tag::SubjectCue | Tag::Commitment)).or_else(|| self.role_cue(lo, k)).filter(|h| words_after(h) >= 2) {
                // "…the tasks that need to be completed by…": a cue inside a relative
                // clause describes the noun before it; no one is told.
                if k > lo && a.ending_with(k, |t| t == Tag::Relative).is_some() {
                    continue;
                }
                // "chịu trách nhiệm trước…", "phải là tấm gương…": no verb after the cue,
                // which then belongs to the action.
                let verb_after = self.starter(cue.end()).is_some() || a.has_at(cue.end(), Tag::SubjectCue).is_some();
                // "…, cần nguồn nhân lực chất lượng cao…": a need of a noun, no task.
                // ("cần căn cứ … để rà soát…" is a task: a basis, then the verb.)
                if !verb_after && a.has_at(cue.end(), Tag::Basis).is_none() && cue.len() == 1 && a.tok_norm(cue.t0 as usize) == "cần" {
                    continue;
                }
                let mut act0 = if en || verb_after { cue.end() } else { k };
                // "UBND các xã cần căn cứ Luật … và Văn bản số … để rà soát…": the task
                // is what the basis serves.
                if let Some(v) = self.basis_phrase_end(cue.end(), end) {
                    let v = if a.has_at(v, Tag::Purpose).is_some() { v + 1 } else { v };
                    if self.verb_here(v) {
                        act0 = v;
                    }
                }
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
        // "Nhà nước kiến tạo, doanh nghiệp tiên phong…": a slogan.
        if self.bare_heading(lo) {
            return None;
        }
        let sent = self.sent_of(lo);
        // A day in the sentence makes it narration ("Ngày 5/6, Sở Y tế tổ chức…"), unless
        // it is the date of a document named there ("theo Nghị định số 50/2026/NĐ-CP ngày
        // 01/3/2026").
        // (A day inside a purpose clause is the aim's, not the telling's: "…chuẩn bị hồ sơ
        // để trình … có hiệu lực vào ngày 1/7".)
        let purpose = (sent.t0..sent.t1).find(|&k| a.has_at(k, Tag::Purpose).is_some()).unwrap_or(sent.t1);
        // (nor is a day a rule starts from: "Từ 5h ngày 6/9, các đơn vị thực hiện nghiêm…",
        // "Kể từ ngày 1/10, …", "From October 1, …")
        let starts_from = |d: &DateHit| (d.t0.saturating_sub(4)..d.t0).any(|j| matches!(a.tok_norm(j), "từ" | "from" | "starting"));
        let dated =
            self.dates.iter().any(|d| d.t0 >= sent.t0 && d.t1 <= purpose && d.role == Role::Plain && matches!(d.when, When::Day(_)) && self.docs.dated_by(a, d.t0).is_none() && !starts_from(d));
        if !dated {
            if let Some(f) = self.body_on_a_basis(lo, end) {
                return Some(f);
            }
        }
        for k in lo..end {
            if self.starter(k).is_none() || a.cap(k) || self.nominal_verb(k) || (k > lo && a.ending_with(k, |t| t == Tag::Preposition).is_some()) {
                continue;
            }
            // "…tại Bệnh viện A, Bệnh viện B, trong đó sử dụng AI…": a comma parts a
            // subject from its verb only after a set phrase ("Các bộ, theo chức năng,
            // nhiệm vụ được giao, chủ động…").
            if !en && k > lo && a.is_punct(k - 1, ",") && a.ending_with(k - 1, |t| t == Tag::SetPhrase).is_none() {
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
                // ("Authorities will proactively advise…": the verb after the adverbs)
                let planned = a.ending_with(k, |t| t == Tag::Future).is_some()
                    && a.hit_at(v, |t| matches!(t, Tag::TaskVerb | Tag::ActionVerb)).is_some()
                    && a.has_at(b, Tag::PersonTitle).is_none()
                    && !(b..e).any(|j| a.has_at(j, Tag::PersonTitle).is_some());
                // "Bộ trưởng cũng cho biết, …": the body reports, it is not told.
                let reports = a.has_at(v, Tag::Reporting).is_some();
                let told = reports || a.ending_with(k, |t| t == Tag::Past).is_some() || (a.ending_with(k, |t| t == Tag::Future).is_some() && !planned);
                if told || self.is_person(b, e) || dated || issuing || narrated_before {
                    return None;
                }
                // "chủ trì Hội nghị…": a meeting chaired is narrated, not assigned.
                let v = a.hit_at(k, starts_action).map_or(k + 1, |h| h.end());
                let obj = a.has_at(v, Tag::EventNoun).is_some() || (a.has_at(v, Tag::SubjectPrefix).is_some() && a.has_at(v + 1, Tag::EventNoun).is_some());
                // "…, ngân hàng và quỹ đầu tư toàn cầu, cũng là nhiệm vụ trọng tâm": the words
                // before a copula name a thing (as for an imperative).
                let described = (k..first).any(|j| a.is_punct(j, ",") && a.copula_at(j + 1).is_some() || (a.is_punct(j, ",") && a.tok_norm(j + 1) == "cũng" && a.copula_at(j + 2).is_some()));
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

    pub(super) fn imperative(&self, lo: usize, s: usize, end: usize) -> Option<Frame> {
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
        // ("…hoàn trả mặt bằng các hạng mục đã thi công xong": a past act of a thing, not
        // of a subject, describes the thing.)
        // ("…hoàn thành kế hoạch Thành phố đã giao đầu năm": a body right after a noun of
        // the task is the subject of a clause that describes that noun.)
        // (the noun is a verb's object: "hoàn thành kế hoạch", a syllable or two after it)
        let describes_noun = |j: usize| {
            let noun = |k: usize| self.object_word(k) && !a.cap(k) && !matches!(a.tok_norm(k), "và" | "hoặc" | "and" | "or");
            j > s + 1 && noun(j - 1) && (j.saturating_sub(4).max(s)..j - 1).any(|k| a.hit_at(k, starts_action).is_some_and(|h| h.tag != Tag::Adverb && h.end() < j))
        };
        let narrated_past = |k: usize| {
            past(k) && {
                let c = (s..k).rev().find(|&j| a.is_punct(j, ",")).map_or(s, |j| j + 1);
                // (nor is "ngân hàng" a body inside "giải ngân hàng tháng")
                (c..k).any(|j| (self.body_at(j).is_some() && !describes_noun(j) && !a.inside_hit(j, starts_action)) || a.has_at(j, Tag::Pronoun).is_some())
            }
        };
        // A quotation ends at its closing mark: "…hoàn trả mặt bằng" - ông X thông tin.
        let said = (s + 1..end).find(|&k| self.attribution_at(k)).unwrap_or(end);
        // (the object of the opening verb is no narration: "Tổ chức thăm hỏi các gia đình…")
        // ("Hoàn thành việc công bố phương án…": after "việc", the verb is a noun.)
        let mut object = a.hit_at(s, starts_action).map_or(s + 1, |h| h.end());
        if matches!(a.tok_norm(object), "việc" | "the") {
            object += 1;
        }
        // ("Tổ chức thành công Hội nghị…", "successfully organised": a result reported)
        let done_well = |k: usize| a.has_at(k, Tag::Result).is_some() && a.ending_with(k, starts_action).is_some();
        let narrated = |k: usize| a.hit_at(k, |t| (t == Tag::Reporting || t == Tag::EventVerb) && k != object).is_some() || done_well(k);
        if (s + 1..said).any(|k| narrated(k) || narrated_past(k)) {
            return None;
        }
        // (commas inside a purpose clause list its own nouns: "…, để học sinh, giáo viên và
        // các nhà trường chủ động chuẩn bị"; unless it opens with bodies of its own: "để
        // các bộ, ngành, địa phương tổ chức…" is another subject's clause)
        let purpose = (s + 1..end).find_map(|k| a.has_at(k, Tag::Purpose)).filter(|h| self.bodies_end(h.end(), end).is_none()).map_or(end, |h| h.t0 as usize);
        for k in s + 1..purpose {
            if a.is_punct(k - 1, ",") {
                let (mut b, _) = self.trim(k, end);
                if let Some(d) = self.dates.iter().find(|d| d.t0 == b) {
                    b = d.t1; // "…, năm 2026 ngành y tế đặt mục tiêu…"
                }
                // ("…, tổ chức đưa người dân về": a verb that names bodies elsewhere)
                let clause = !self.verb_here(b) && self.bodies_end(b, end).is_some_and(|be| a.is_word(be) && !a.is_punct(be, ",")) || a.has_at(b, Tag::Pronoun).is_some();
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
        // (A copula in a clause after a comma is not the sentence's: "…, ensuring that it
        // is suitable…", "…, which is…"; "nhiệm vụ mà Bộ trưởng yêu cầu là…" still is.)
        let clause = |k: usize| a.has_at(k, Tag::Relative).is_some() || a.tok_norm(k) == "rằng";
        let main = (s + 2..end).find(|&k| clause(k) && (a.is_punct(k - 1, ",") || (a.tok_norm(k - 1).ends_with("ing") && a.is_punct(k - 2, ",")))).unwrap_or(end);
        if let Some(c) = (s + 1..main).find(|&k| a.copula_at(k).is_some()) {
            if !reported {
                return None;
            }
            end = c;
        }
        let act0 = a.has_at(s, Tag::SubjectCue).map_or(s, |h| h.end());
        Some(Frame { who: Who::Nobody, act0, lead: Some(s), end: Some(end) })
    }
}
