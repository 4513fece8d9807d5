//! Vietnamese text handling: NFC, diacritic folding (including đ→d), tone-placement
//! canonicalisation ("Hoà" = "Hòa"), word tokens, whitespace folding and sentences.
//!
//! Folding keeps a map from every byte of the folded text back to the original text,
//! so a match found in folded text can be highlighted in the text as written.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// NFC-normalise a string (precomposed Vietnamese letters).
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// The base letter of one character, lower-cased, without any diacritic; `đ`/`Đ` give `d`.
/// A lone combining mark folds to nothing.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð' {
        out.push('d');
        return;
    }
    if let Some(b) = latin_base(c) {
        out.push(b);
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() && !is_combining_mark(d) {
            base = Some(d);
        }
    });
    for l in base.unwrap_or(c).to_lowercase() {
        out.push(l);
    }
}

/// The folded base letter of a precomposed Latin letter (Latin-1, Extended-A/B and
/// Extended Additional, where every Vietnamese letter lies), from a table built once.
fn latin_base(c: char) -> Option<char> {
    static TABLE: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
        let mut t = vec!['\0'; 0x1F00 - 0xC0];
        for (k, slot) in t.iter_mut().enumerate() {
            let Some(c) = char::from_u32(0xC0 + k as u32) else { continue };
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() && !is_combining_mark(d) {
                    base = Some(d);
                }
            });
            let b = base.unwrap_or(c);
            if b.is_ascii_alphabetic() {
                *slot = b.to_ascii_lowercase();
            }
        }
        t
    });
    let k = (c as u32).checked_sub(0xC0)? as usize;
    TABLE.get(k).copied().filter(|&b| b != '\0')
}

/// Fold for search and matching: lower case, no diacritics, đ→d. "Chỉ thị" → "chi thi".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Text already in NFC (every stored and extracted text) is folded char by char
    // without the normaliser's decompose-and-recompose pass.
    if s.is_ascii() || unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes {
        for c in s.chars() {
            fold_char(c, &mut out);
        }
    } else {
        for c in s.nfc() {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Folded text with, for every byte of it, the byte offset in `s` of the character it
/// came from. `s` should already be NFC (as every stored text is).
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i, out.len() - before));
    }
    map.push(s.len());
    (out, map)
}

const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

fn is_vowel_base(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// One syllable: letters as (base, shape marks), and at most one tone.
fn canonical_syllable(word: &str, out: &mut String) {
    // Decompose into letters, each a base char plus its non-tone marks.
    let mut letters: Vec<(char, Vec<char>)> = Vec::new();
    let mut tone: Option<char> = None;
    for c in word.nfd() {
        if TONES.contains(&c) {
            tone = Some(c);
        } else if is_combining_mark(c) {
            if let Some(last) = letters.last_mut() {
                last.1.push(c);
            }
        } else {
            letters.push((c, Vec::new()));
        }
    }
    let Some(tone) = tone else {
        out.extend(word.nfc());
        return;
    };
    let lower = |i: usize| letters[i].0.to_ascii_lowercase();
    // The vowel nucleus, skipping the consonantal u of "qu" and i of "gi".
    let mut start = letters.iter().position(|(b, _)| is_vowel_base(*b));
    if let Some(s) = start {
        let next_is_vowel = letters.get(s + 1).is_some_and(|(b, _)| is_vowel_base(*b));
        if s > 0 && next_is_vowel && ((lower(s - 1) == 'q' && lower(s) == 'u') || (lower(s - 1) == 'g' && lower(s) == 'i')) {
            start = Some(s + 1);
        }
    }
    let target = start.map(|s| {
        let end = (s..letters.len()).find(|&i| !is_vowel_base(letters[i].0)).unwrap_or(letters.len());
        let shaped: Vec<usize> = (s..end).filter(|&i| !letters[i].1.is_empty()).collect();
        if let Some(&last) = shaped.last() {
            last
        } else if end - s == 1 || end < letters.len() {
            end - 1
        } else if end - s == 2 {
            let pair: String = [lower(s), lower(s + 1)].iter().collect();
            if matches!(pair.as_str(), "oa" | "oe" | "uy") {
                s + 1
            } else {
                s
            }
        } else {
            s + 1
        }
    });
    let Some(target) = target else {
        // No vowel to carry the tone: keep the word as written.
        out.extend(word.nfc());
        return;
    };
    let mut decomposed = String::with_capacity(word.len() + 2);
    for (i, (base, marks)) in letters.iter().enumerate() {
        decomposed.push(*base);
        decomposed.extend(marks);
        if i == target {
            decomposed.push(tone);
        }
    }
    out.extend(decomposed.nfc());
}

/// Lower case, NFC, with the tone mark of every syllable on one canonical vowel, so
/// that old and new tone placement compare equal ("Hoà", "Hòa" → the same string)
/// while every other diacritic is kept.
pub fn canonical_tones(s: &str) -> String {
    let lower: String = s.nfc().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(lower.len());
    let mut word_start = None;
    for (i, c) in lower.char_indices() {
        if c.is_alphabetic() || is_combining_mark(c) {
            word_start.get_or_insert(i);
        } else {
            if let Some(s) = word_start.take() {
                canonical_syllable(&lower[s..i], &mut out);
            }
            out.push(c);
        }
    }
    if let Some(s) = word_start {
        canonical_syllable(&lower[s..], &mut out);
    }
    out
}

/// Word tokens (runs of letters and digits) with their byte ranges.
pub fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() || is_combining_mark(c) {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            spans.push((st, i));
        }
    }
    if let Some(st) = start {
        spans.push((st, s.len()));
    }
    spans
}

/// Word tokens of a string.
pub fn words(s: &str) -> Vec<&str> {
    word_spans(s).into_iter().map(|(a, b)| &s[a..b]).collect()
}

/// NFC with every run of white space folded to one space, trimmed: two copies of an
/// article that differ only in line wrapping or spacing fold to the same text.
pub fn fold_whitespace(s: &str) -> String {
    let n = nfc(s);
    n.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut `s` to at most `max` characters at a word boundary, adding "…" when cut.
pub fn cut_at_word(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let byte_max = s.char_indices().nth(max).map(|(i, _)| i).unwrap_or(s.len());
    let head = &s[..byte_max];
    let cut = head.rfind(char::is_whitespace).filter(|&i| i > byte_max / 2).unwrap_or(byte_max);
    let head = head[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:–-".contains(c));
    format!("{head}…")
}

/// The first sentence of a paragraph: up to the first `.`, `!` or `?` followed by white
/// space and an upper-case letter or digit, not after a known abbreviation
/// ("TP.", "PGS.TS.", "ThS.") nor inside a number ("656,7", "1.500").
pub fn first_sentence(p: &str) -> &str {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let Some(&(_, next)) = chars.get(k + 1) else { break };
        if !next.is_whitespace() {
            continue;
        }
        let after = chars[k + 1..].iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
        if !after.is_some_and(|a| a.is_uppercase() || a.is_numeric() || "\"“'(".contains(a)) {
            continue;
        }
        // (after the white space, which may be more than one byte: a no-break space)
        let word_start = p[..i].rfind(|c: char| c.is_whitespace()).map_or(0, |w| w + p[w..].chars().next().map_or(1, char::len_utf8));
        let word = &p[word_start..i];
        if c == '.' && is_abbreviation(word) {
            continue;
        }
        return &p[..i + c.len_utf8()];
    }
    p
}

/// The sentence of a text (as characters) around the characters `start..end`: its text
/// and its character range (from after the previous `.`, `!`, `?` or line break, to and
/// with the next one).
pub fn sentence_around(chars: &[char], start: usize, end: usize) -> (String, (usize, usize)) {
    let end_of = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut s = start.min(chars.len());
    while s > 0 && !end_of(chars[s - 1]) {
        s -= 1;
    }
    while s < chars.len() && chars[s].is_whitespace() {
        s += 1;
    }
    let mut e = end.min(chars.len());
    while e < chars.len() && !end_of(chars[e]) {
        e += 1;
    }
    if e < chars.len() && chars[e] != '\n' {
        e += 1;
    }
    let text: String = chars[s..e].iter().collect();
    (text.trim_end().to_string(), (s, e))
}

/// Abbreviations that end with a full stop inside a sentence: "TP.", "PGS.TS.", "ThS.",
/// "UBND." is not (it is a word in upper case at the end of a sentence only when long).
fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    !w.is_empty()
        && w.split('.').all(|part| {
            let n = part.chars().count();
            let upper = part.chars().filter(|c| c.is_uppercase()).count();
            (1..=4).contains(&n) && part.chars().next().is_some_and(char::is_uppercase) && (upper >= 2 || n == 1 || (n <= 3 && w.contains('.')) || part == "Th" || part == "Tp")
        })
}

#[cfg(test)]
mod tests {

    /// The table's fast path folds every Latin letter exactly as the decomposition does.
    #[test]
    fn latin_table_folds_as_the_decomposition_does() {
        for u in 0xC0u32..0x1F00 {
            let Some(c) = char::from_u32(u) else { continue };
            let Some(fast) = latin_base(c) else { continue };
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() && !is_combining_mark(d) {
                    base = Some(d);
                }
            });
            let slow: String = base.unwrap_or(c).to_lowercase().collect();
            assert_eq!(fast.to_string(), slow, "U+{u:04X}");
        }
        assert_eq!(fold("Ủy ban Nhân dân ĐỒNG THÁP"), "uy ban nhan dan dong thap");
        let decomposed: String = "Chỉ thị".nfd().collect();
        assert_eq!(fold(&decomposed), "chi thi");
    }
    use super::*;

    #[test]
    fn the_sentence_around_a_mention() {
        let chars: Vec<char> = "Mở đầu. Bộ Y tế ban hành Chỉ thị 12 hôm nay! Câu sau.\nDòng mới".chars().collect();
        let at = |w: &str| {
            let s: String = chars.iter().collect();
            let b = s.find(w).unwrap();
            let start = s[..b].chars().count();
            (start, start + w.chars().count())
        };
        let (start, end) = at("Chỉ thị 12");
        assert_eq!(sentence_around(&chars, start, end).0, "Bộ Y tế ban hành Chỉ thị 12 hôm nay!");
        let (start, end) = at("Dòng");
        assert_eq!(sentence_around(&chars, start, end), ("Dòng mới".to_string(), (start, chars.len())));
    }

    #[test]
    fn folds_vietnamese_including_d_bar() {
        assert_eq!(fold("Chỉ thị 12"), "chi thi 12");
        assert_eq!(fold("CHỈ THỊ 12"), "chi thi 12");
        assert_eq!(fold("Quyết định Đối ngoại"), "quyet dinh doi ngoai");
        assert_eq!(fold("Hoà"), fold("Hòa"));
    }

    #[test]
    fn folds_decomposed_input_like_precomposed() {
        let decomposed: String = "Nghị quyết".nfd().collect();
        assert_eq!(fold(&decomposed), "nghi quyet");
    }

    #[test]
    fn fold_map_points_back_to_original_characters() {
        let s = nfc("Bộ Ngoại giao");
        let (f, map) = fold_with_map(&s);
        let at = f.find("ngoai").unwrap();
        let (a, b) = (map[at], map[at + "ngoai".len()]);
        assert_eq!(&s[a..b], "Ngoại");
    }

    #[test]
    fn tone_placement_is_canonical_but_other_marks_stay() {
        assert_eq!(canonical_tones("Hoà"), canonical_tones("Hòa"));
        assert_eq!(canonical_tones("thuỷ"), canonical_tones("thủy"));
        assert_eq!(canonical_tones("khoẻ"), canonical_tones("khỏe"));
        assert_eq!(canonical_tones("Chỉ thị"), "chỉ thị");
        assert_eq!(canonical_tones("Đối ngoại"), "đối ngoại");
        assert_ne!(canonical_tones("hòa"), canonical_tones("hoa"));
        assert_ne!(canonical_tones("chỉ"), canonical_tones("chi"));
        // "qu" and "gi" keep their tone on the following vowel.
        assert_eq!(canonical_tones("quả"), "quả");
        assert_eq!(canonical_tones("giữa"), "giữa");
        assert_eq!(canonical_tones("người"), "người");
    }

    #[test]
    fn whitespace_folding_ignores_wrapping() {
        assert_eq!(fold_whitespace("a  b\n\nc \t"), "a b c");
    }

    #[test]
    fn cuts_at_word_boundary() {
        let t = cut_at_word("Công tác đối ngoại nhân dân năm 2025 tiếp tục giữ vai trò", 20);
        assert_eq!(t, "Công tác đối ngoại…");
    }

    #[test]
    fn first_sentence_skips_abbreviations_and_numbers() {
        assert_eq!(first_sentence("Ông A ở TP. Hồ Chí Minh nói. Sau đó"), "Ông A ở TP. Hồ Chí Minh nói.");
        assert_eq!(first_sentence("PGS.TS. Nguyễn Văn A phát biểu. Tiếp"), "PGS.TS. Nguyễn Văn A phát biểu.");
        assert_eq!(first_sentence("Số tiền 656,7 tỷ đồng. Hết"), "Số tiền 656,7 tỷ đồng.");
        assert_eq!(first_sentence("No stop here"), "No stop here");
        // A no-break space before the word (two bytes in UTF-8) found by the property test.
        assert_eq!(first_sentence("Ông Nam\u{a0}nói. Bà B"), "Ông Nam\u{a0}nói.");
    }
}
