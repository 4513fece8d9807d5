//! Schema migrations, embedded in the binary and tracked by `PRAGMA user_version`.
//! All pending steps run in one transaction: a library is either fully upgraded or
//! left as it was.

use super::search::index_article;
use crate::error::{Error, Result};
use crate::model::{ExtractedDirective, Span};
use rusqlite::{Connection, Transaction};

type Step = fn(&Transaction) -> rusqlite::Result<()>;

/// Step N brings a library from version N to N+1. Append only; never edit a shipped step.
pub const MIGRATIONS: &[Step] = &[v1_articles, v2_search_index, v3_change_log, v4_extraction, v5_follow_up, v6_document_head, v7_confidence];

/// The schema version this build writes.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Refuse a library from a newer Briefdesk.
pub fn check_version(conn: &Connection, shown: &str) -> Result<()> {
    let found = version(conn)?;
    if found > latest() {
        return Err(Error::NewerLibrary { path: shown.to_string(), found, supported: latest() });
    }
    Ok(())
}

/// Apply every pending step in one transaction.
pub fn migrate(conn: &mut Connection, shown: &str) -> Result<()> {
    migrate_to(conn, shown, latest())
}

/// Apply the steps up to `target` (tests use this to build earlier schemas).
pub fn migrate_to(conn: &mut Connection, shown: &str, target: i64) -> Result<()> {
    check_version(conn, shown)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let current = version(&tx)?;
    if current >= target {
        return Ok(());
    }
    for step in &MIGRATIONS[current as usize..target as usize] {
        step(&tx)?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}

fn v1_articles(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE articles (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            body        TEXT NOT NULL,
            published   TEXT,            -- YYYY-MM-DD or YYYY-MM; NULL: needs a date
            source_name TEXT NOT NULL,
            source_path TEXT,
            format      TEXT NOT NULL,
            sha256      TEXT NOT NULL,   -- of the original bytes
            text_hash   TEXT NOT NULL UNIQUE, -- of the NFC, white-space-folded text
            is_sample   INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX articles_by_published ON articles(published);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    )
}

/// Full-text index: each text twice, tone-canonical with diacritics (for ranking exact
/// matches first) and folded (đ→d, no diacritics) for matching. Contentless: the text
/// itself stays in `articles`.
fn v2_search_index(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(
            title_exact, body_exact, title_fold, body_fold,
            content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 0'
        );",
    )?;
    let mut read = tx.prepare("SELECT id, title, body FROM articles")?;
    let rows = read.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    for row in rows {
        let (id, title, body) = row?;
        index_article(tx, id, &title, &body)?;
    }
    Ok(())
}

fn v3_change_log(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE change_log (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id INTEGER,
            action    TEXT NOT NULL,
            detail    TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX change_log_by_entity ON change_log(entity, entity_id);",
    )
}

/// Extraction results: the document registry and its mentions, directives, events
/// merged across articles, and which articles were extracted by which rules.
/// Existing articles are extracted after the upgrade (`Library::extract_pending`).
fn v4_extraction(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE documents (
            id         INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL,
            ident      TEXT NOT NULL,  -- number without leading zeros, or 'title:' + folded title
            series     TEXT,           -- numbering series from the symbol ('tw', 'ttg', 'cp'); NULL: none written
            number     TEXT,
            code       TEXT,
            title      TEXT,
            issuer     TEXT,
            horizon    INTEGER,
            origin     TEXT NOT NULL DEFAULT 'machine',
            created_at TEXT NOT NULL
        );
        CREATE INDEX documents_by_identity ON documents(kind, ident);
        CREATE TABLE document_mentions (
            id          INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start       INTEGER NOT NULL,  -- character offsets in the article's text
            end         INTEGER NOT NULL,
            written     TEXT NOT NULL
        );
        CREATE INDEX mentions_by_article ON document_mentions(article_id);
        CREATE INDEX mentions_by_document ON document_mentions(document_id);
        CREATE TABLE directives (
            id           INTEGER PRIMARY KEY,
            article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            assignee     TEXT,
            action       TEXT NOT NULL,
            due          TEXT,            -- YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY
            concrete     INTEGER NOT NULL,
            span_start   INTEGER NOT NULL,
            span_end     INTEGER NOT NULL,
            action_start INTEGER,
            action_end   INTEGER,
            state        TEXT NOT NULL DEFAULT 'machine', -- machine|confirmed|edited|rejected|manual
            machine_action TEXT,          -- the action as extracted (kept through edits; NULL if hand-added)
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX directives_by_article ON directives(article_id);
        CREATE TABLE directive_documents (
            directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (directive_id, document_id)
        );
        CREATE TABLE events (
            id         INTEGER PRIMARY KEY,
            date       TEXT NOT NULL,
            title      TEXT NOT NULL,
            place      TEXT,
            state      TEXT NOT NULL DEFAULT 'machine',
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_by_date ON events(date);
        CREATE TABLE event_sources (
            id         INTEGER PRIMARY KEY,
            event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            title      TEXT NOT NULL,
            place      TEXT,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            UNIQUE (event_id, article_id, start)
        );
        CREATE INDEX event_sources_by_article ON event_sources(article_id);
        CREATE TABLE extraction_runs (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            extractor  TEXT NOT NULL,
            ran_at     TEXT NOT NULL
        );",
    )
}

/// The follow-up workspace: the user's status, owner, priority, notes and tags on each
/// directive, checklists of tasks, and a change log that can be read per directive and
/// undone.
fn v5_follow_up(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE directives ADD COLUMN status TEXT NOT NULL DEFAULT 'new'; -- new|tracking|in-progress|done|dropped
        ALTER TABLE directives ADD COLUMN owner TEXT;
        ALTER TABLE directives ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal'; -- low|normal|high
        ALTER TABLE directives ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        CREATE TABLE directive_tags (
            directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
            tag          TEXT NOT NULL,
            PRIMARY KEY (directive_id, tag)
        );
        CREATE INDEX directive_tags_by_tag ON directive_tags(tag);
        CREATE TABLE tasks (
            id           INTEGER PRIMARY KEY,
            directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
            text         TEXT NOT NULL,
            done         INTEGER NOT NULL DEFAULT 0,
            done_at      TEXT,
            due          TEXT,            -- same forms as directives.due
            owner        TEXT,
            position     INTEGER NOT NULL,
            deleted      INTEGER NOT NULL DEFAULT 0, -- deleted tasks are kept so a delete can be undone
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE INDEX tasks_by_directive ON tasks(directive_id, deleted, position);
        ALTER TABLE change_log ADD COLUMN directive_id INTEGER; -- the directive a change belongs to
        ALTER TABLE change_log ADD COLUMN undone_by INTEGER;    -- the undo entry that reverted it
        UPDATE change_log SET directive_id = entity_id WHERE entity = 'directive';
        CREATE INDEX change_log_by_directive ON change_log(directive_id);
        CREATE TABLE alerts_sent (
            key TEXT PRIMARY KEY,  -- item and due date, so a moved deadline is announced again
            at  TEXT NOT NULL
        );",
    )
}

/// How sure the machine is of each directive (`extract::confidence`), and the index the
/// review queue reads (untouched machine-made directives, most doubtful first). Directives
/// already stored get the confidence their sentence gives with the built-in word lists;
/// hand-added ones have none (NULL).
fn v7_confidence(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE directives ADD COLUMN confidence REAL; -- 0..1; NULL: added by hand
        CREATE INDEX directives_review ON directives(coalesce(confidence, 0), id) WHERE state = 'machine';",
    )?;
    let articles: Vec<(i64, String)> = tx
        .prepare("SELECT id, body FROM articles WHERE id IN (SELECT article_id FROM directives WHERE state != 'manual') ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if articles.is_empty() {
        return Ok(());
    }
    let lex = crate::extract::Lexicon::builtin();
    let mut rows = tx.prepare(
        "SELECT d.id, d.assignee, coalesce(d.machine_action, d.action), d.due, d.concrete, d.span_start, d.span_end,
            d.action_start, d.action_end, (SELECT count(*) FROM directive_documents dd WHERE dd.directive_id = d.id)
         FROM directives d WHERE d.article_id = ?1 AND d.state != 'manual' ORDER BY d.id",
    )?;
    let mut write = tx.prepare("UPDATE directives SET confidence = ?2 WHERE id = ?1")?;
    for (article, body) in articles {
        let found: Vec<(i64, ExtractedDirective)> = rows
            .query_map([article], |r| {
                let action_span = match (r.get::<_, Option<u32>>(7)?, r.get::<_, Option<u32>>(8)?) {
                    (Some(start), Some(end)) => Some(Span { start, end }),
                    _ => None,
                };
                let docs: i64 = r.get(9)?;
                Ok((
                    r.get(0)?,
                    ExtractedDirective {
                        assignee: r.get(1)?,
                        action: r.get(2)?,
                        documents: (0..docs).map(|k| format!("d{}", k + 1)).collect(),
                        due: r.get(3)?,
                        concrete: r.get(4)?,
                        span: Span { start: r.get(5)?, end: r.get(6)? },
                        action_span,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let ds: Vec<ExtractedDirective> = found.iter().map(|(_, d)| d.clone()).collect();
        let scores = crate::extract::confidence::confidences_in(&lex, &body, &ds);
        for ((id, _), c) in found.iter().zip(scores) {
            write.execute(rusqlite::params![id, stored_confidence(c)])?;
        }
    }
    Ok(())
}

/// A confidence as stored: two decimals, so a page boundary read back compares equal.
pub(crate) fn stored_confidence(c: f32) -> f64 {
    ((c as f64).clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// The head word a document was named by ("Công văn", "Công điện": one kind, two
/// names), for its label. NULL for documents stored before: labelled by their kind.
fn v6_document_head(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch("ALTER TABLE documents ADD COLUMN head TEXT;")
}
