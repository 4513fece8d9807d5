//! The document registry as read back: labels, the registry list, where each document
//! is mentioned and which documents each article names. Extraction writes the registry
//! (`store::extraction`); this module only reads it.

use super::{enum_from_sql, Library};
use crate::error::Result;
use crate::model::{DocKind, DocumentMention, DocumentRef, LibraryDocument, Span};
use crate::text::fold;
use rusqlite::Row;
use std::collections::HashMap;

/// The Vietnamese head word of a kind, for labels.
fn kind_word(k: DocKind) -> &'static str {
    match k {
        DocKind::Directive => "Chỉ thị",
        DocKind::Resolution => "Nghị quyết",
        DocKind::Conclusion => "Kết luận",
        DocKind::Decision => "Quyết định",
        DocKind::Strategy => "Chiến lược",
        DocKind::Program => "Chương trình",
        DocKind::Plan => "Kế hoạch",
        DocKind::Project => "Đề án",
        DocKind::Law => "Luật",
        DocKind::Decree => "Nghị định",
        DocKind::Circular => "Thông tư",
        DocKind::Dispatch => "Công điện",
        DocKind::Regulation => "Quy định",
        DocKind::Notice => "Thông báo",
        DocKind::Other => "Văn bản",
    }
}

/// "Chỉ thị 12-CT/TW", "Chỉ thị 12", "Chiến lược đối ngoại Nhân dân", "Công văn
/// 352-CV/ĐU": the head word the document was named by (`head`), else its kind's.
pub(crate) fn label(kind: DocKind, head: Option<&str>, number: Option<&str>, code: Option<&str>, title: Option<&str>) -> String {
    let word = head.map(str::trim).filter(|h| !h.is_empty()).unwrap_or_else(|| kind_word(kind));
    if let Some(c) = code.or(number) {
        return format!("{word} {c}");
    }
    match title {
        Some(t) if fold(t).starts_with(&fold(word)) => t.to_string(),
        Some(t) => format!("{word} {t}"),
        None => word.to_string(),
    }
}

pub(crate) fn doc_ref_from_row(r: &Row, offset: usize) -> rusqlite::Result<DocumentRef> {
    let kind = enum_from_sql(&r.get::<_, String>(offset + 1)?, DocKind::Other);
    let number: Option<String> = r.get(offset + 2)?;
    let code: Option<String> = r.get(offset + 3)?;
    let title: Option<String> = r.get(offset + 4)?;
    let head: Option<String> = r.get(offset + 5)?;
    Ok(DocumentRef { id: r.get(offset)?, kind, label: label(kind, head.as_deref(), number.as_deref(), code.as_deref(), title.as_deref()) })
}

/// One mention of a document, with the article it is in.
pub(crate) struct MentionRow {
    pub article_id: i64,
    pub article_title: String,
    pub article_published: Option<String>,
    pub start: u32,
    pub end: u32,
}

impl Library {
    /// The document registry, most named first.
    pub fn list_documents(&self) -> Result<Vec<LibraryDocument>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.kind, d.number, d.code, d.title, d.issuer, d.horizon, d.head,
                (SELECT count(*) FROM document_mentions m WHERE m.document_id = d.id),
                (SELECT count(DISTINCT m.article_id) FROM document_mentions m WHERE m.document_id = d.id),
                (SELECT count(*) FROM directive_documents dd JOIN directives x ON x.id = dd.directive_id
                  WHERE dd.document_id = d.id AND x.state != 'rejected')
             FROM documents d ORDER BY 10 DESC, 9 DESC, d.kind, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let kind = enum_from_sql(&r.get::<_, String>(1)?, DocKind::Other);
            let (number, code, title): (Option<String>, Option<String>, Option<String>) = (r.get(2)?, r.get(3)?, r.get(4)?);
            Ok(LibraryDocument {
                id: r.get(0)?,
                kind,
                label: label(kind, r.get::<_, Option<String>>(7)?.as_deref(), number.as_deref(), code.as_deref(), title.as_deref()),
                number,
                code,
                title,
                issuer: r.get(5)?,
                horizon: r.get(6)?,
                mentions: r.get(8)?,
                articles: r.get(9)?,
                directives: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Documents in the registry.
    pub(crate) fn document_count(&self) -> Result<u32> {
        Ok(self.conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?)
    }

    /// Every mention of a document, article by article, in text order.
    pub(crate) fn mentions_of_document(&self, document_id: i64) -> Result<Vec<MentionRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.article_id, a.title, a.published, m.start, m.end FROM document_mentions m
             JOIN articles a ON a.id = m.article_id WHERE m.document_id = ?1 ORDER BY m.article_id, m.start",
        )?;
        let rows = stmt.query_map([document_id], |r| Ok(MentionRow { article_id: r.get(0)?, article_title: r.get(1)?, article_published: r.get(2)?, start: r.get(3)?, end: r.get(4)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The documents one article mentions, in text order (a document once per mention).
    pub(crate) fn mentions_in_article(&self, article_id: i64) -> Result<Vec<DocumentMention>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT doc.id, doc.kind, doc.number, doc.code, doc.title, doc.head, m.start, m.end FROM document_mentions m
                 JOIN documents doc ON doc.id = m.document_id WHERE m.article_id = ?1 ORDER BY m.start",
            )?
            .query_map([article_id], |r| Ok(DocumentMention { document: doc_ref_from_row(r, 0)?, span: Span { start: r.get(6)?, end: r.get(7)? } }))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// The documents each article names (ids ascending), by article id.
    pub(crate) fn documents_by_article(&self) -> Result<HashMap<i64, Vec<i64>>> {
        let mut docs_of: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT DISTINCT article_id, document_id FROM document_mentions ORDER BY article_id, document_id")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (a, d) = row?;
            docs_of.entry(a).or_default().push(d);
        }
        Ok(docs_of)
    }

    /// Documents with a target year: (document id, horizon year, publication date of the
    /// first dated article naming it).
    pub(crate) fn document_horizons(&self) -> Result<Vec<(i64, i32, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.horizon, min(a.published) FROM documents d
             JOIN document_mentions m ON m.document_id = d.id JOIN articles a ON a.id = m.article_id
             WHERE d.horizon IS NOT NULL AND a.published IS NOT NULL GROUP BY d.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
