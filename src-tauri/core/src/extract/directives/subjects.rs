//! Who: bodies and lists of bodies, the subject before a verb, the words trimmed off a
//! would-be subject, and anaphors ("Sở này", "they", "giao sở…") that take a body named before.

use super::*;

impl Cx<'_, '_> {
    /// The verb at k is a noun or a participle, not the predicate: a passive or a copula
    /// follows it ("Chỉ đạo được đưa ra sau…", "Các xã mới thành lập sẽ được đặt tên…",
    /// "quán triệt là tăng cường…").
    pub(super) fn nominal_verb(&self, k: usize) -> bool {
        let a = self.a;
        let Some(v) = a.hit_at(k, starts_action) else { return false };
        let mut n = v.end();
        if matches!(a.tok_norm(n), "sẽ" | "đã" | "đều" | "cũng") && matches!(a.tok_norm(n + 1), "được" | "bị" | "là") {
            return true;
        }
        if a.has_at(n, Tag::Copula).is_some_and(|c| a.tok_norm(c.t0 as usize) == "là") {
            return true;
        }
        // "ý kiến đề xuất của Sở Tài chính", "the proposal of": a verb owned by a body is
        // a noun.
        if matches!(a.tok_norm(n), "của" | "of") && (self.body_at(n + 1).is_some() || a.has_at(n + 1, Tag::SubjectPrefix).is_some()) {
            return true;
        }
        if matches!(a.tok_norm(n), "được" | "bị") {
            n += 1;
            return a.hit_at(n, |t| starts_action(t) && t != Tag::Adverb).is_some();
        }
        false
    }

    /// A verb or adverb that opens an action at k (not a noun after "các": "các tổ chức").
    pub(super) fn starter(&self, k: usize) -> Option<Hit> {
        let h = self.a.hit_at(k, starts_action)?;
        if self.a.ending_with(k, |t| t == Tag::SubjectPrefix).is_some() {
            return None;
        }
        Some(h)
    }

    /// A word in lower case that opens an action at k: a verb here even where it names
    /// bodies elsewhere ("tổ chức" after "UBND các tỉnh", not in "các tổ chức").
    pub(super) fn verb_here(&self, k: usize) -> bool {
        !self.a.cap(k) && self.starter(k).is_some()
    }

    /// A word at k that is no part of a verb: a word of an object or a noun.
    pub(super) fn object_word(&self, k: usize) -> bool {
        self.a.is_word(k) && self.a.hit_at(k, starts_action).is_none() && !self.a.inside_hit(k, starts_action)
    }

    pub(super) fn body_at(&self, k: usize) -> Option<Hit> {
        self.a.hit_at(k, |t| matches!(t, Tag::Agency | Tag::PersonTitle))
    }

    /// Tokens `b..e` read as a body or list of bodies ("các bộ, ngành, địa phương liên
    /// quan", "Ủy ban Nhân dân các tỉnh, thành phố ven biển", "The Ministry of Justice").
    pub(super) fn body_like(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        if b >= e || e - b > 45 {
            return false;
        }
        let mut k = b;
        while let Some(p) = a.has_at(k, Tag::SubjectPrefix).filter(|p| p.end() < e && self.body_at(k).is_none()) {
            k = p.end();
        }
        if a.is_num(k) && !a.attached(k + 1) && k + 1 < e {
            k += 1; // "11 Bộ, cơ quan"
        }
        // English adjectives before the head: "Military medical units", "Local authorities".
        let en = a.en_at(k);
        if en && self.body_at(k).is_none() {
            let function = |j: usize| matches!(a.tok_norm(j), "and" | "or" | "but" | "of" | "to" | "in" | "for" | "with" | "on" | "at" | "by" | "from" | "as" | "that");
            // ("provincial and municipal People's Committees", "all levels of government")
            let joins = |j: usize| j > k && matches!(a.tok_norm(j), "and" | "or" | "of");
            let plain = |j: usize| a.is_word(j) && !a.is_num(j) && (!function(j) || joins(j)) && a.hit_at(j, |t| verbish(t) || matches!(t, Tag::Anaphor | Tag::Pronoun | Tag::Relative)).is_none();
            if let Some(h) = (k + 1..(k + 4).min(e)).find(|&j| self.body_at(j).is_some()).filter(|&h| (k..h).all(plain)) {
                k = h;
            }
        }
        if self.body_at(k).is_none() || (k == b && a.hit_at(k, starts_action).is_some()) {
            return false;
        }
        // (a colon before the names of the bodies: "UBND các huyện: Tân Hưng, …")
        let names_follow = |k: usize| a.is_punct(k, ":") && k + 1 < e && a.cap(k + 1);
        let mut unknown_run = 0;
        let mut named_list = false;
        while k < e {
            if let Some(h) = self.body_at(k) {
                k = h.end();
                unknown_run = 0;
                continue;
            }
            // An aside in brackets names the members or a short form: "Các Sở liên quan
            // (Tài chính, Xây dựng)", "Viễn thông Đồng Nai (VNPT)".
            // (Names, not a caption or an abbreviated place: "(thứ 4 từ phải)", "(H.Vĩnh Cửu)".)
            if a.is_punct(k, "(") && k > b && a.cap(k + 1) {
                let close = (k + 1..e.min(k + 24)).find(|&j| a.is_punct(j, ")"));
                if let Some(c) = close.filter(|&c| (k + 1..c).all(|j| a.is_word(j) && !a.is_num(j) || a.is_punct(j, ","))) {
                    k = c + 1;
                    unknown_run = 0;
                    continue;
                }
            }
            // A capitalised word inside a subject belongs to a name, even a word that is a
            // verb elsewhere ("Cục Quản lý thị trường", "Trung tâm Kiểm soát bệnh tật").
            // (after "các Bộ:" every capitalised word is a name: "Tài chính, Xây dựng")
            if k > b && a.cap(k) && a.is_word(k) && !a.is_num(k) && (a.is_word(k - 1) || named_list) {
                unknown_run = 0;
                k += 1;
                continue;
            }
            // "Quân khu 4, 5", "Tổ 1 và 2": more numbers of a numbered body.
            let more_numbers = a.is_num(k) && k >= b + 2 && (a.is_punct(k - 1, ",") || matches!(a.tok_norm(k - 1), "và" | "and")) && a.is_num(k - 2);
            // ("Tax Department of Region 16", "Quân khu 4": the number of a named unit)
            let numbered = a.is_num(k) && k > b && a.is_word(k - 1) && a.cap(k - 1) && !a.attached(k + 1);
            if more_numbers || numbered {
                unknown_run = 0;
                k += 1;
                continue;
            }
            if a.hit_at(k, |t| verbish(t) || matches!(t, Tag::Purpose | Tag::Blocker | Tag::SetPhrase | Tag::Relative | Tag::Future)).is_some() || a.is_num(k) {
                return false;
            }
            // "một số địa phương chưa …": a shortfall reported, not an addressee
            if a.has_at(k, Tag::Shortfall).is_some() && !a.cap(k) {
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
            } else if ![",", "&", "-", "(", ")", "'", "/"].contains(&a.tok_norm(k)) && !names_follow(k) {
                return false;
            } else {
                named_list |= names_follow(k);
                unknown_run = 0;
            }
            k += 1;
        }
        true
    }

    /// A person named after a title ("Thủ tướng Phạm Minh Chính"): the one acting or
    /// speaking in a narrated sentence, not an assignee.
    pub(super) fn is_person(&self, b: usize, e: usize) -> bool {
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
    pub(super) fn proper(&self, b: usize, e: usize) -> bool {
        let a = self.a;
        let function = |k: usize| matches!(a.tok_norm(k), "of" | "and" | "for" | "the" | "&" | "(" | ")" | "-");
        e > b && e - b <= 12 && a.cap(b) && a.is_word(b) && (b..e).all(|k| (a.is_word(k) && a.cap(k) && !a.is_num(k)) || function(k))
    }

    /// Strip connectives, punctuation and adverbs at the ends of a would-be subject, and
    /// a parenthetical (", according to …").
    pub(super) fn trim(&self, mut b: usize, mut e: usize) -> (usize, usize) {
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
            } else if let Some(c) = self.condition_end(b, e) {
                b = c;
            } else {
                break;
            }
        }
        // A set phrase or a basis phrase inside a subject ends it: "Các bộ, ngành theo chức
        // năng, nhiệm vụ được giao …", "UBND các tỉnh căn cứ chức năng, nhiệm vụ …", "…,
        // according to their assigned functions, …".
        let set_phrase = |k: usize| a.has_at(k, Tag::SetPhrase).is_some() || a.has_at(k, Tag::Basis).is_some();
        if let Some(c) = (b + 1..e).find(|&k| set_phrase(k) || (a.is_punct(k, ",") && set_phrase(k + 1))) {
            e = c;
        }
        // A role given in apposition ends it: "Sở Tài chính là cơ quan thường trực, có
        // trách nhiệm …", "The department is the standing agency, responsible for …".
        if e > b && e - b <= 30 && a.is_punct(e - 1, ",") {
            if let Some(c) = (b + 1..e).rev().find(|&k| a.copula_at(k).is_some() && self.body_like(b, k)) {
                let role = (c + 1..e - 1).all(|j| a.hit_at(j, verbish).is_none());
                if role {
                    e = c;
                }
            }
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

    /// Where a condition opening at b ends: after the first comma before a verb ("Trường
    /// hợp có khó khăn, vướng mắc, | báo cáo…").
    pub(super) fn condition_end(&self, b: usize, e: usize) -> Option<usize> {
        let a = self.a;
        let h = a.has_at(b, Tag::Condition)?;
        (h.end()..e.min(b + 20)).find(|&k| a.is_punct(k, ",") && self.starter(k + 1).is_some()).map(|k| k + 1)
    }

    /// The subject of a verb or cue at k, looking back to `lo`.
    pub(super) fn subject_before(&self, lo: usize, k: usize) -> Subject {
        // A subject never reaches back over a semicolon or colon.
        let lo = self.clauses.part_start(lo, k);
        let bounds: Vec<usize> = (lo..=k).filter(|&p| self.clauses.opens_at(lo, p)).collect();
        for &b in &bounds {
            let (b2, e2) = self.trim(b, k);
            if b2 < e2 && self.body_like(b2, e2) {
                // The tail of a longer list is not a subject ("trình Ban Chấp hành Trung
                // ương, Bộ Chính trị, …").
                // ("…sắp xếp tổ chức bộ máy, đơn vị hành chính, …": a list of things that
                // names a body among them.)
                let prev = (lo..b.saturating_sub(1)).rev().find(|&p| self.a.is_punct(p, ",")).map_or(lo, |p| p + 1);
                let listed = |j: usize| self.a.hit_at(j, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some_and(|h| h.end() < b && self.a.ending_with(j, |t| t == Tag::Preposition).is_none());
                let speaker = (prev..b.saturating_sub(1)).any(|j| self.a.hit_at(j, |t| matches!(t, Tag::AssignCue | Tag::Reporting | Tag::SubjectCue)).is_some());
                let tail = b > lo && self.a.is_punct(b - 1, ",") && (self.a.ending_with(b - 1, |t| matches!(t, Tag::Agency | Tag::PersonTitle)).is_some() || (!speaker && (prev..b - 1).any(listed)));
                if tail {
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
        // "They must…", "Họ phải…", "These departments must…", "it will…": resolved later
        if self.a.has_at(b2, Tag::Anaphor).is_some_and(|h| h.end() == e2 || (self.a.has_at(b2, Tag::Pronoun).is_none() && self.body_like(h.end(), e2))) {
            return Subject::Body(b2, e2);
        }
        if self.a.has_at(b2, Tag::Pronoun).is_some() {
            return Subject::Nobody;
        }
        if self.proper(b2, e2) {
            return Subject::Proper(b2, e2);
        }
        Subject::Invalid
    }

    /// Where a list of bodies starting at y0 ends ("Bộ Quốc phòng, Bộ Công an"), if it
    /// starts with one.
    pub(super) fn bodies_end(&self, y0: usize, end: usize) -> Option<usize> {
        let a = self.a;
        let mut k = y0;
        loop {
            while let Some(p) = a.has_at(k, Tag::SubjectPrefix).filter(|p| p.end() < end && self.body_at(k).is_none()) {
                k = p.end();
            }
            let h = self.body_at(k).filter(|h| h.end() <= end)?;
            k = h.end();
            // "ward-level People's Committees": a hyphened word goes on with the body
            while k + 1 < end && a.is_punct(k, "-") && a.attached(k) && a.attached(k + 1) && a.is_word(k + 1) {
                k += 2;
            }
            loop {
                // capitalised words continuing a name: "UBND tỉnh Thanh Hóa", "Cục Quản lý…"
                while k < end && a.is_word(k) && a.cap(k) && self.body_at(k).is_none() {
                    k += 1;
                }
                // the bodies it belongs to: "UBND các tỉnh", "Sở Y tế các địa phương",
                // "chairpersons of the commune People's Committees"
                let mut p = k;
                if a.tok_norm(p) == "of" && k > y0 {
                    p += 1;
                }
                let p = a.has_at(p, Tag::SubjectPrefix).map_or(p, |h| h.end());
                // (or a name after a level: "the commune People's Committees")
                let named_level = p == k && k > y0 && a.cap(p) && !a.cap(k - 1) && a.is_word(k - 1);
                match self.body_at(p).filter(|h| (p > k && !a.cap(p) || named_level) && h.end() <= end) {
                    Some(h) => k = h.end(),
                    None => break,
                }
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
    pub(super) fn first_bodies(&self, b: usize, e: usize) -> usize {
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

    /// A subject that points back to a body named before: "Sở này", "các đơn vị nói
    /// trên", "These agencies", "the ministry", "They". Returns the head words it shares
    /// with that body (empty: any body).
    pub(super) fn anaphor_head(&self, b: usize, e: usize) -> Option<String> {
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
        // ("Đơn vị này", "this agency": a head that fits any body takes the last one)
        let any_body = |w: String| if matches!(w.as_str(), "don vi" | "cac don vi" | "co quan" | "cac co quan" | "unit" | "units" | "agency" | "agencies") { String::new() } else { w };
        if let Some(h) = a.ending_with(e, |t| t == Tag::Anaphor).filter(|h| h.t0 as usize > b) {
            return Some(any_body(head(b, h.t0 as usize)));
        }
        if let Some(h) = a.has_at(b, Tag::Anaphor).filter(|h| h.end() < e && e - h.end() <= 2) {
            return Some(any_body(head(h.end(), e))); // "These agencies"
        }
        // "the ministry": the article and one generic head in lower case, singular (a
        // plural "the organisations" stands as written: the group it names).
        let generic = e == b + 2 && a.has_at(b, Tag::Determiner).is_some() && !a.cap(b + 1) && !a.tok_norm(b + 1).ends_with('s') && a.has_at(b + 1, Tag::Agency).is_some_and(|h| h.end() == e);
        // "giao sở tham mưu…": a Vietnamese head word alone, in lower case, after a body of
        // that head was named ("Sở Nông nghiệp và Môi trường").
        let bare = e == b + 1 && !a.cap(b) && matches!(a.tok_norm(b), "sở" | "bộ" | "cục" | "ban" | "tỉnh" | "huyện" | "xã" | "phường");
        (generic || bare).then(|| head(if bare { b } else { b + 1 }, e))
    }
}

impl Cx<'_, '_> {
    /// The last body named before token b, in its sentence or the one before, whose name
    /// holds `head` (a head word: "bộ", "ministry").
    fn named_in_text(&self, b: usize, head: &str) -> Option<String> {
        let a = self.a;
        if head.is_empty() {
            return None;
        }
        let si = a.tok_sent[b] as usize;
        let from = a.sents[si.saturating_sub(1)].t0;
        (from..b).rev().find_map(|j| {
            let h = self.body_at(j).filter(|h| h.end() <= b && (j == 0 || a.ending_with(j, |t| t == Tag::Agency).is_none()))?;
            let w = a.slice(j, h.end());
            let holds = format!(" {} ", crate::text::fold(w)).contains(&format!(" {head} "));
            // (a bare Vietnamese head names a body that opens with it and a name: "tỉnh" is
            // "Tỉnh Gia Lai", not "Tỉnh ủy")
            let n = head.split(' ').count();
            let vi_head = a.en_at(j) || (crate::text::fold(a.slice(j, j + n)) == head && a.cap(j + n));
            (a.cap(j) && holds && vi_head && a.has_at(h.end(), Tag::Anaphor).is_none()).then(|| w.to_string())
        })
    }
}

/// "Sở này", "they", "the ministry" take the body named last in the three sentences
/// before whose name holds the same head word. A task whose subject is "it" alone and
/// points back to no body is dropped ("It must be said that…").
pub(super) fn resolve_anaphors(cx: &Cx, tasks: &mut Vec<Task>) {
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
                let found = named.iter().rev().take_while(|(s, _)| *s + 3 >= t.sent).filter(|(s, _)| *s < t.sent).find(|(_, w)| head.is_empty() || crate::text::fold(w).contains(&head));
                if let Some((_, w)) = found {
                    t.who = Who::Carried(w.clone());
                } else if let Some(w) = cx.named_in_text(b, &head) {
                    // "…đồng ý đề xuất của Bộ Tài chính và giao Bộ này…": a body named in
                    // the text just before, given no task itself.
                    t.who = Who::Carried(w);
                }
            }
            None => named.push((t.sent, a.slice(b, e).to_string())),
        }
    }
    tasks.retain(|t| !matches!(t.who, Who::Tokens(b, e) if e == b + 1 && a.has_at(b, Tag::Pronoun).is_some()));
}
