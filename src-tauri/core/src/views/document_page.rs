//! A document's page: everything the library says about one document, in date order —
//! the articles that name it (each mention as its sentence), its directives and the
//! events reported alongside it.

use crate::error::{Error, Result};
use crate::model::{DirectiveFilter, DocumentEntry, DocumentEntryKind, DocumentPage, Span};
use crate::store::Library;
use crate::text::sentence_around;

impl Library {
    /// Everything the library says about one document, in date order: the articles that
    /// name it, its directives and the events reported alongside it.
    pub fn document_page(&self, id: i64) -> Result<DocumentPage> {
        let document = self.list_documents()?.into_iter().find(|d| d.id == id).ok_or(Error::NotFound { what: "document", id })?;
        let mut entries: Vec<DocumentEntry> = Vec::new();
        for d in self.find_directives(&DirectiveFilter { document_id: Some(id), ..Default::default() })? {
            entries.push(DocumentEntry {
                kind: DocumentEntryKind::Directive,
                date: d.article_published.clone(),
                article_id: d.article_id,
                article_title: d.article_title.clone(),
                text: d.sentence.clone(),
                span: d.span,
                directive: Some(d),
                event: None,
            });
        }
        // Every mention, as its sentence: once per sentence, and not where a directive
        // about the document already shows that sentence.
        let mentions = self.mentions_of_document(id)?;
        // Mentions come article by article: each body is read and split into characters once.
        let mut article: Option<(i64, Vec<char>)> = None;
        let mut shown: Vec<(i64, Span)> = entries.iter().map(|e| (e.article_id, e.span)).collect();
        for m in mentions {
            let article_id = m.article_id;
            if article.as_ref().is_none_or(|(a, _)| *a != article_id) {
                let body = self.article_body(article_id)?;
                article = Some((article_id, body.chars().collect()));
            }
            let Some((_, chars)) = &article else { continue };
            let (text, (s0, s1)) = sentence_around(chars, m.start as usize, m.end as usize);
            let span = Span { start: s0 as u32, end: s1 as u32 };
            if shown.iter().any(|(a, s)| *a == article_id && s.start < span.end && span.start < s.end) {
                continue;
            }
            shown.push((article_id, span));
            entries.push(DocumentEntry { kind: DocumentEntryKind::Mention, date: m.article_published, article_id, article_title: m.article_title, text, span, directive: None, event: None });
        }
        for e in self.events_of_document(id)? {
            let Some(src) = e.sources.first().cloned() else { continue };
            entries.push(DocumentEntry {
                kind: DocumentEntryKind::Event,
                date: Some(e.date.clone()),
                article_id: src.article_id,
                article_title: src.article_title,
                text: e.title.clone(),
                span: src.span,
                directive: None,
                event: Some(e),
            });
        }
        // Date order; within one article, the order of its text.
        let rank = |k: DocumentEntryKind| match k {
            DocumentEntryKind::Mention => 0,
            DocumentEntryKind::Directive => 1,
            DocumentEntryKind::Event => 2,
        };
        entries.sort_by(|a, b| (a.date.is_none(), &a.date, a.article_id, a.span.start, rank(a.kind)).cmp(&(b.date.is_none(), &b.date, b.article_id, b.span.start, rank(b.kind))));
        Ok(DocumentPage { document, entries })
    }
}
