//! Tokens and their normalised forms.
//!
//! A text is cut into word tokens (runs of letters, digits and combining marks) and
//! punctuation tokens (one character each). Every token keeps its byte and character
//! range in the text as given, so that anything found maps back to a [`Span`]. The
//! normalised text joins the tokens' normal forms with one space: lower case, NFC, the
//! tone mark of "oa", "oe", "uy" endings on one canonical vowel ("Hòa" = "Hoà"), and
//! typographic quotes, apostrophes and dashes reduced to ASCII. Lexicon entries go
//! through the same function and are matched word by word, so "Bộ KH&CN" matches
//! "bộ KH & CN" and "Uỷ ban" "Ủy ban".
//!
//! [`Span`]: crate::model::Span

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    /// Only ASCII digits.
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Byte range in the text.
    pub b0: u32,
    pub b1: u32,
    /// Character range in the text.
    pub c0: u32,
    pub c1: u32,
    /// Byte range in the normalised text.
    pub n0: u32,
    pub n1: u32,
    pub kind: TokKind,
    /// The first character is upper case.
    pub cap: bool,
    /// White space separates it from the previous token.
    pub space_before: bool,
    /// Line breaks in the white space before it (at most 2: a paragraph break).
    pub nl_before: u8,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind != TokKind::Punct
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Vietnamese letters (Latin-1, Latin Extended-A/B and Additional) without table lookups.
    if ('\u{00C0}'..='\u{024F}').contains(&c) {
        return c != '×' && c != '÷';
    }
    if ('\u{1E00}'..='\u{1EFF}').contains(&c) {
        return true;
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Upper case, with Vietnamese capitals (Latin-1, Đ, Ơ, Ư, Latin Extended Additional)
/// answered without the general tables.
fn is_upper(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F => c.is_ascii_uppercase(),
        0xC0..=0xDE => u != 0xD7,
        0x110 | 0x1A0 | 0x1AF => true,
        0x1EA0..=0x1EF9 => u.is_multiple_of(2),
        _ => c.is_uppercase(),
    }
}

fn maybe_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c) || (c > '\u{1EFF}' && is_combining_mark(c))
}

/// The normal form of one punctuation character.
fn norm_punct(c: char) -> char {
    match c {
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' | '`' => '\'',
        '–' | '—' | '‒' | '―' | '−' => '-',
        _ => c,
    }
}

const TONED: [[char; 6]; 5] = [['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'], ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'], ['a', 'à', 'á', 'ả', 'ã', 'ạ'], ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'], ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']];

fn toned(c: char, row: usize) -> Option<usize> {
    TONED[row].iter().position(|&x| x == c)
}

fn is_vowel(c: char) -> bool {
    let mut base = c;
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) && base == c {
            base = d;
        }
    });
    matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Put the tone of a word-final "oa", "oe" or "uy" on its second vowel ("hòa" → "hoà",
/// "khỏe" → "khoẻ", "thủy" → "thuỷ"), the placement both spellings share once folded.
fn canonical_final_pair(word: &mut String, start: usize) {
    let mut rev = word[start..].chars().rev();
    let (Some(b), Some(a)) = (rev.next(), rev.next()) else { return };
    // Only a toned o/u before a plain a/e/y can need moving.
    if !matches!(b, 'a' | 'e' | 'y') || !(toned(a, 0).is_some_and(|t| t > 0) || toned(a, 1).is_some_and(|t| t > 0)) {
        return;
    }
    let chars: Vec<char> = word[start..].chars().collect();
    let n = chars.len();
    let (row_a, row_b) = match (toned(a, 0), toned(a, 1)) {
        (Some(_), _) if toned(b, 2) == Some(0) => (0, 2),
        (Some(_), _) if toned(b, 3) == Some(0) => (0, 3),
        (_, Some(_)) if toned(b, 4) == Some(0) => (1, 4),
        _ => return,
    };
    let tone = toned(a, row_a).unwrap_or(0);
    if tone == 0 {
        return;
    }
    if n >= 3 && (is_vowel(chars[n - 3]) || (row_a == 1 && chars[n - 3] == 'q')) {
        return;
    }
    word.truncate(start);
    word.extend(&chars[..n - 2]);
    word.push(TONED[row_a][0]);
    word.push(TONED[row_b][tone]);
}

/// Lower case of one letter; Vietnamese letters (Latin-1 and Latin Extended Additional,
/// where capitals and small letters alternate) without the general tables.
fn push_lower(c: char, out: &mut String) {
    let u = c as u32;
    let fast = match u {
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0x1EA0..=0x1EF9 => char::from_u32(u | 1),
        0x110 => Some('đ'),
        0x1A0 | 0x1AF => char::from_u32(u + 1),
        _ => None,
    };
    match fast {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// Append the normal form of one word token to `out`.
pub(crate) fn push_norm_word(w: &str, out: &mut String) {
    let start = out.len();
    if w.is_ascii() {
        out.push_str(w);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut combining = false;
    for c in w.chars() {
        combining |= maybe_combining(c);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_lower(c, out);
        }
    }
    if combining {
        let composed: String = out[start..].nfc().collect();
        out.truncate(start);
        out.push_str(&composed);
    }
    canonical_final_pair(out, start);
}

/// Tokens of `text`, and the normalised text (token forms joined by single spaces).
pub(crate) fn tokenize(text: &str) -> (Vec<Tok>, String) {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut norm = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = 0u32;
    let mut word: Option<(usize, u32)> = None;
    let mut space = false;
    let mut nl = 0u8;
    let push = |toks: &mut Vec<Tok>, norm: &mut String, b0: usize, b1: usize, c0: u32, c1: u32, space: bool, nl: u8| {
        if !norm.is_empty() {
            norm.push(' ');
        }
        let n0 = norm.len();
        let s = &text[b0..b1];
        let first = s.chars().next().unwrap_or(' ');
        let kind = if is_word_char(first) {
            if s.bytes().all(|b| b.is_ascii_digit()) {
                TokKind::Num
            } else {
                TokKind::Word
            }
        } else {
            TokKind::Punct
        };
        match kind {
            TokKind::Punct => norm.push(norm_punct(first)),
            TokKind::Num => norm.push_str(s),
            TokKind::Word => push_norm_word(s, norm),
        }
        toks.push(Tok { b0: b0 as u32, b1: b1 as u32, c0, c1, n0: n0 as u32, n1: norm.len() as u32, kind, cap: is_upper(first), space_before: space, nl_before: nl });
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if word.is_none() {
                word = Some((i, chars));
            }
        } else {
            if let Some((b0, c0)) = word.take() {
                push(&mut toks, &mut norm, b0, i, c0, chars, space, nl);
                space = false;
                nl = 0;
            }
            if c.is_whitespace() {
                space = true;
                if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                    nl = nl.saturating_add(1).min(2);
                }
            } else if c != '\u{feff}' && !c.is_control() {
                push(&mut toks, &mut norm, i, i + c.len_utf8(), chars, chars + 1, space, nl);
                space = false;
                nl = 0;
            }
        }
        chars += 1;
    }
    if let Some((b0, c0)) = word.take() {
        push(&mut toks, &mut norm, b0, text.len(), c0, chars, space, nl);
    }
    (toks, norm)
}

/// The normal form of a whole phrase (a lexicon entry): its tokens' forms joined by spaces.
pub(crate) fn norm_phrase(s: &str) -> String {
    tokenize(s).1
}

#[cfg(test)]
mod tests {

    #[test]
    fn vietnamese_lower_case_matches_the_general_one() {
        for u in (0u32..0x250).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(is_upper(c), c.is_uppercase(), "U+{u:04X}");
            let mut fast = String::new();
            push_lower(c, &mut fast);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "U+{u:04X}");
        }
    }
    use super::*;

    #[test]
    fn tokens_keep_byte_and_char_ranges() {
        let s = "Bộ KH&CN, 12-CT/TW.";
        let (toks, norm) = tokenize(s);
        let words: Vec<&str> = toks.iter().map(|t| &s[t.b0 as usize..t.b1 as usize]).collect();
        assert_eq!(words, ["Bộ", "KH", "&", "CN", ",", "12", "-", "CT", "/", "TW", "."]);
        assert_eq!(norm, "bộ kh & cn , 12 - ct / tw .");
        assert_eq!(toks[1].c0, 3);
        assert!(toks[0].cap && toks[1].space_before && !toks[2].space_before);
        assert_eq!(toks[5].kind, TokKind::Num);
    }

    #[test]
    fn tone_placement_and_case_fold_to_one_form() {
        assert_eq!(norm_phrase("Hòa"), norm_phrase("hoà"));
        assert_eq!(norm_phrase("Ủy ban"), norm_phrase("Uỷ ban"));
        assert_eq!(norm_phrase("khỏe"), norm_phrase("khoẻ"));
        assert_eq!(norm_phrase("quý"), "quý");
        assert_eq!(norm_phrase("của"), "của");
        assert_ne!(norm_phrase("giao"), norm_phrase("giáo"));
        assert_eq!(norm_phrase("“Hà Nội”"), "\" hà nội \"");
    }

    #[test]
    fn decomposed_text_normalises_like_precomposed() {
        let decomposed: String = "Chỉ thị".nfd().collect();
        assert_eq!(norm_phrase(&decomposed), "chỉ thị");
    }

    #[test]
    fn line_breaks_are_counted() {
        let (toks, _) = tokenize("a\nb\n\n\nc");
        assert_eq!(toks.iter().map(|t| t.nl_before).collect::<Vec<_>>(), [0, 1, 2]);
    }
}
