//! Full-text search: folded matching (diacritics and đ ignored), exact-diacritic matches
//! ranked first, snippets with the matching words marked. Any query string is accepted:
//! the user's words are turned into quoted FTS5 terms, so no syntax can leak through.

use super::Library;
use crate::error::Result;
use crate::model::{SearchHit, SearchResults, Segment};
use crate::text::{canonical_tones, fold, fold_with_map, word_spans, words};
use rusqlite::Connection;

/// Characters of context around the best match in a snippet.
const SNIPPET_BEFORE: usize = 70;
const SNIPPET_AFTER: usize = 190;

/// Add one article to the search index (its only writer, with [`unindex_article`]).
pub(crate) fn index_article(conn: &Connection, id: i64, title: &str, body: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO articles_fts(rowid, title_exact, body_exact, title_fold, body_fold) VALUES (?1, ?2, ?3, ?4, ?5)")?.execute(rusqlite::params![
        id,
        canonical_tones(title),
        canonical_tones(body),
        fold(title),
        fold(body)
    ])?;
    Ok(())
}

/// Take one article out of the search index.
pub(crate) fn unindex_article(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
    Ok(())
}

/// The user's query, parsed once.
struct Query {
    /// Folded words.
    folded: Vec<String>,
    /// Words with diacritics as typed (tone placement made canonical).
    exact: Vec<String>,
    /// The last word is still being typed: match it as a prefix.
    prefix_last: bool,
}

impl Query {
    fn parse(q: &str) -> Query {
        let folded: Vec<String> = words(&fold(q)).into_iter().map(str::to_owned).collect();
        let exact: Vec<String> = words(&canonical_tones(q)).into_iter().map(str::to_owned).collect();
        let prefix_last = !q.ends_with(char::is_whitespace) && folded.last().is_some_and(|w| !w.chars().all(|c| c.is_ascii_digit()));
        Query { folded, exact, prefix_last }
    }

    /// An FTS5 query over `columns`: every term (AND), or the terms as a phrase.
    fn fts(&self, columns: &str, terms: &[String], phrase: bool) -> String {
        let n = terms.len();
        let quoted: Vec<String> = terms.iter().enumerate().map(|(i, t)| format!("\"{}\"{}", t.replace('"', "\"\""), if self.prefix_last && i + 1 == n { "*" } else { "" })).collect();
        format!("{{{columns}}} : ({})", quoted.join(if phrase { " + " } else { " " }))
    }

    /// Does a folded word match one of the query's words?
    fn matches(&self, word: &str) -> bool {
        let n = self.folded.len();
        self.folded.iter().enumerate().any(|(i, q)| word == q || (self.prefix_last && i + 1 == n && word.starts_with(q.as_str())))
    }
}

/// Byte ranges in `text` of the words matching the query.
fn hit_ranges(text: &str, q: &Query) -> Vec<(usize, usize)> {
    let (folded, map) = fold_with_map(text);
    word_spans(&folded).into_iter().filter(|&(a, b)| q.matches(&folded[a..b])).map(|(a, b)| (map[a], map[b])).collect()
}

/// Runs of white space (line breaks included) become one space.
fn flatten_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// Split `text[from..to]` into plain and hit segments, on one line.
fn segments(text: &str, from: usize, to: usize, hits: &[(usize, usize)]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut emit = |s: &str, hit: bool| {
        let flat = flatten_ws(s);
        if !flat.is_empty() {
            out.push(Segment { text: flat, hit });
        }
    };
    let mut pos = from;
    for &(a, b) in hits.iter().filter(|&&(a, b)| a >= from && b <= to) {
        emit(&text[pos..a], false);
        emit(&text[a..b], true);
        pos = b;
    }
    emit(&text[pos..to], false);
    if let Some(first) = out.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = out.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    out.retain(|s| !s.text.is_empty());
    out
}

/// Move a byte offset back (or forward) to a character boundary.
fn char_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The passage of `body` with the most distinct query words, cut at word boundaries.
fn snippet(body: &str, q: &Query) -> Vec<Segment> {
    let hits = hit_ranges(body, q);
    let (from, to) = match hits.first() {
        None => (0, char_floor(body, SNIPPET_BEFORE + SNIPPET_AFTER)),
        Some(_) => {
            let best = hits
                .iter()
                .map(|&(a, _)| {
                    let end = a + SNIPPET_AFTER * 2;
                    let distinct: std::collections::HashSet<String> = hits.iter().filter(|h| h.0 >= a && h.1 <= end).map(|h| fold(&body[h.0..h.1])).collect();
                    (distinct.len(), std::cmp::Reverse(a))
                })
                .max()
                .map(|(_, std::cmp::Reverse(a))| a)
                .unwrap_or(0);
            (char_floor(body, best.saturating_sub(SNIPPET_BEFORE * 2)), char_floor(body, best + SNIPPET_AFTER * 2))
        }
    };
    // Widen to whole words.
    let from = if from == 0 { 0 } else { body[..from].rfind(char::is_whitespace).map_or(0, |i| i + 1) };
    let to = if to >= body.len() { body.len() } else { body[to..].find(char::is_whitespace).map_or(body.len(), |i| to + i) };
    let mut segs = segments(body, from, to, &hits);
    if from > 0 {
        segs.insert(0, Segment { text: "… ".into(), hit: false });
    }
    if to < body.len() {
        segs.push(Segment { text: " …".into(), hit: false });
    }
    segs
}

impl Library {
    /// Search title and text. Matching ignores diacritics and case (đ = d, "Hoà" = "Hòa");
    /// articles holding the words as typed, diacritics included and in that order, come
    /// first; then by relevance (title words weigh more).
    pub fn search(&self, query: &str, limit: usize) -> Result<SearchResults> {
        let q = Query::parse(query);
        let mut results = SearchResults { query: query.to_string(), total: 0, hits: Vec::new() };
        if q.folded.is_empty() {
            return Ok(results);
        }
        let folded = q.fts("title_fold body_fold", &q.folded, false);
        let exact = q.fts("title_exact body_exact", &q.exact, true);
        results.total = self.conn.query_row("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1", [&folded], |r| r.get(0))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid, rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?2) AS exact
             FROM articles_fts WHERE articles_fts MATCH ?1
             ORDER BY exact DESC, bm25(articles_fts, 1.0, 1.0, 10.0, 1.0) LIMIT ?3",
        )?;
        let ids = stmt.query_map(rusqlite::params![folded, exact, limit as i64], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?)))?.collect::<rusqlite::Result<Vec<_>>>()?;
        for (id, exact) in ids {
            let a = self.article(id)?;
            let title_hits = hit_ranges(&a.summary.title, &q);
            let title = segments(&a.summary.title, 0, a.summary.title.len(), &title_hits);
            let snippet = snippet(&a.body, &q);
            results.hits.push(SearchHit { article: a.summary, title, snippet, exact });
        }
        Ok(results)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(segs: &[Segment]) -> String {
        segs.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn fts_terms_are_quoted_so_syntax_cannot_leak() {
        let q = Query::parse("NEAR( \"a\" OR b* -c");
        let f = q.fts("x", &q.folded, false);
        assert_eq!(f, "{x} : (\"near\" \"a\" \"or\" \"b\" \"c\"*)");
    }

    #[test]
    fn numbers_are_not_prefixes() {
        let q = Query::parse("chi thi 12");
        assert!(!q.prefix_last);
        assert!(Query::parse("chi th").prefix_last);
        assert!(!Query::parse("chi th ").prefix_last);
    }

    #[test]
    fn snippet_marks_words_as_written_and_is_one_line() {
        let body = "Mở đầu.\n\nBộ Ngoại giao được giao chủ trì sơ kết Chỉ thị 12.\n\nKết thúc.";
        let s = snippet(body, &Query::parse("chi thi 12"));
        let hits: Vec<&str> = s.iter().filter(|x| x.hit).map(|x| x.text.as_str()).collect();
        assert_eq!(hits, ["Chỉ", "thị", "12"]);
        assert!(!text_of(&s).contains('\n'));
        assert!(text_of(&s).contains("sơ kết Chỉ thị 12."));
    }

    #[test]
    fn long_text_snippet_is_cut_with_ellipses() {
        let body = format!("{} Đối ngoại Nhân dân {}", "chữ ".repeat(200), "khác ".repeat(200));
        let s = snippet(&body, &Query::parse("doi ngoai nhan dan"));
        let t = text_of(&s);
        assert!(t.starts_with("… ") && t.ends_with(" …"), "{t}");
        assert!(t.chars().count() < 700);
        assert_eq!(s.iter().filter(|x| x.hit).count(), 4);
    }
}
