use super::analysis::Analysed;
use super::dates::DateHit;
use super::documents::Docs;
use crate::model::ExtractedEvent;

pub(crate) fn find(_a: &Analysed, _dates: &[DateHit], _docs: &Docs) -> Vec<ExtractedEvent> {
    Vec::new()
}
