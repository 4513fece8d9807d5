//! No input makes the core panic: random, truncated and mixed-script text through the
//! text functions, the article parser and the search.

use briefdesk_core::import::{decode, parse_text};
use briefdesk_core::text::{canonical_tones, first_sentence, fold, fold_with_map, word_spans};
use briefdesk_core::Library;
use proptest::prelude::*;
use std::path::Path;

const SEED: &str = include_str!("../../../data/samples/001_a02c5875a2555c23.txt");

fn vietnamese_ish() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ a-zA-ZàáảãạăằắẳẵặâầấẩẫậđĐèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ\u{0300}-\u{0323}.,;:!?\"“”()\\-/0-9\n]{0,200}",
        (0..SEED.len()).prop_map(|n| SEED[..SEED.floor_char_boundary_compat(n)].to_string()),
    ]
}

trait FloorCompat {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}
impl FloorCompat for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn text_functions_never_panic_and_keep_their_promises(s in vietnamese_ish()) {
        let f = fold(&s);
        prop_assert!(!f.contains('đ'));
        let (mapped, map) = fold_with_map(&s);
        prop_assert_eq!(map.len(), mapped.len() + 1);
        for (a, b) in word_spans(&mapped) {
            prop_assert!(map[a] <= map[b] && s.is_char_boundary(map[a]) && s.is_char_boundary(map[b]));
        }
        let c = canonical_tones(&s);
        prop_assert_eq!(fold(&c), fold(&s.to_lowercase()));
        let first = first_sentence(&s);
        prop_assert!(s.starts_with(first));
    }

    #[test]
    fn parsing_random_bytes_gives_an_article_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let p = Path::new("random.txt");
        if let Ok(text) = decode(p, &bytes) {
            let _ = parse_text(p, &text, None, &bytes);
        }
    }

    #[test]
    fn truncated_articles_parse(n in 0usize..SEED.len()) {
        let cut = &SEED[..SEED.floor_char_boundary_compat(n)];
        if let Ok(l) = parse_text(Path::new("cut.txt"), cut, None, cut.as_bytes()) {
            prop_assert!(!l.article.body.is_empty());
        }
    }
}

#[test]
fn search_accepts_random_queries() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = Library::open(&dir.path().join("l.sqlite")).unwrap();
    lib.seed_samples_if_first_start().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig { cases: 300, ..ProptestConfig::default() });
    runner
        .run(&vietnamese_ish(), |q| {
            let r = lib.search(&q, 5).map_err(|e| TestCaseError::fail(format!("{q:?}: {e}")))?;
            prop_assert!(r.hits.len() as i64 <= r.total);
            Ok(())
        })
        .unwrap();
}
