//! English verb forms for the word lists: an entry "allocate" in a verb list also
//! matches "allocates" and "allocating", so lists name each verb once ("Key measures
//! include: allocating…", "the ministry coordinates…"). Past forms are not made: "the
//! ministry submitted…" narrates, it does not assign.

/// The third-person and -ing forms of an English verb written in lower case ASCII
/// ("allocate" → allocates, allocating; "plan" → plans, planning; "carry" → carries,
/// carrying). Empty for anything else (Vietnamese, one or two letters, forms already
/// inflected).
pub(crate) fn verb_forms(verb: &str) -> Vec<String> {
    let w = verb;
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) || w.ends_with("ing") {
        return Vec::new();
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    let b = w.as_bytes();
    let (last, prev) = (b[b.len() - 1], b[b.len() - 2]);
    let third = if w.ends_with('s') || w.ends_with('x') || w.ends_with('z') || w.ends_with("ch") || w.ends_with("sh") {
        format!("{w}es")
    } else if last == b'y' && !vowel(prev) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    };
    // One vowel before a final consonant in a short word doubles it: plan → planning.
    let vowels = b.iter().filter(|&&c| vowel(c)).count();
    let ing = if last == b'e' && !w.ends_with("ee") {
        format!("{}ing", &w[..w.len() - 1])
    } else if vowels == 1 && vowel(prev) && !vowel(last) && !b"wxy".contains(&last) && b.len() <= 4 {
        format!("{w}{}ing", last as char)
    } else {
        format!("{w}ing")
    };
    vec![third, ing]
}

/// English passive assignments, every auxiliary with every participle: "Localities have
/// been asked to…", "Farmers have also been ordered to…", "The ministry is requested to…".
/// Read as subject cues: the subject before them must act.
pub(crate) fn passive_cues() -> Vec<String> {
    const AUX: &[&str] = &["is", "are", "was", "were", "has been", "have been", "had been", "has also been", "have also been", "will be", "shall be", "is being", "are being"];
    const PARTICIPLES: &[&str] =
        &["asked", "ordered", "urged", "requested", "directed", "instructed", "told", "called on", "called upon", "required", "tasked", "assigned", "mandated", "designated", "expected", "encouraged"];
    let mut out = Vec::new();
    for aux in AUX {
        for p in PARTICIPLES {
            out.push(format!("{aux} {p} to"));
        }
        out.push(format!("{aux} tasked with"));
        out.push(format!("{aux} responsible for"));
        out.push(format!("{aux} in charge of"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{passive_cues, verb_forms};

    #[test]
    fn passives_cover_auxiliaries_and_participles() {
        let c = passive_cues();
        for p in ["have also been ordered to", "were directed to", "is requested to", "has been tasked with", "will be responsible for"] {
            assert!(c.iter().any(|x| x == p), "{p}");
        }
    }

    #[test]
    fn regular_forms() {
        assert_eq!(verb_forms("allocate"), ["allocates", "allocating"]);
        assert_eq!(verb_forms("plan"), ["plans", "planning"]);
        assert_eq!(verb_forms("carry"), ["carries", "carrying"]);
        assert_eq!(verb_forms("finish"), ["finishes", "finishing"]);
        assert_eq!(verb_forms("conduct"), ["conducts", "conducting"]);
        assert_eq!(verb_forms("review"), ["reviews", "reviewing"]);
        assert_eq!(verb_forms("set"), ["sets", "setting"]);
        assert_eq!(verb_forms("see"), ["sees", "seeing"]);
    }

    #[test]
    fn nothing_for_other_words() {
        assert!(verb_forms("giao").len() == 2, "ASCII Vietnamese words are inflected harmlessly: no English text holds them");
        assert!(verb_forms("chủ").is_empty());
        assert!(verb_forms("go").is_empty());
        assert!(verb_forms("reporting").is_empty());
        assert!(verb_forms("Submit").is_empty());
    }
}
