//! The briefing as PDF, typeset in-process by typst (no browser, no external tool).
//!
//! A minimal typst `World` serves three things only: the page layout (`briefing.typ`,
//! built in), the briefing's data as `/briefing.json`, and the Noto Sans fonts embedded in
//! the binary. The template reads every text from the JSON as a string, so no article
//! word is ever interpreted as markup. The output is deterministic: no creation date,
//! a document identifier derived from the title, no clock or file system access.

use super::Briefing;
use crate::error::{Error, Result};
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The fonts embedded for briefings (SIL Open Font License, see data/fonts/).
pub static FONTS: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", include_bytes!("../../../../data/fonts/NotoSans-Regular.ttf")),
    ("NotoSans-Bold.ttf", include_bytes!("../../../../data/fonts/NotoSans-Bold.ttf")),
    ("NotoSans-Italic.ttf", include_bytes!("../../../../data/fonts/NotoSans-Italic.ttf")),
];

const TEMPLATE: &str = include_str!("briefing.typ");

/// What every compilation shares: the standard library, the fonts and the layout.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data_id: FileId,
}

fn file_id(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("a valid virtual path")).intern()
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONTS.iter().flat_map(|(_, data)| Font::iter(Bytes::new(*data))).collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(file_id("/briefing.typ"), TEMPLATE.to_string()),
        data_id: file_id("/briefing.json"),
    }
});

/// One compilation: the shared parts and this briefing's data.
struct BriefingWorld {
    shared: &'static Shared,
    data: Bytes,
}

impl World for BriefingWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }
    fn main(&self) -> FileId {
        self.shared.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.main.id() {
            Ok(self.shared.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.data_id {
            Ok(self.data.clone())
        } else if id == self.shared.main.id() {
            Ok(Bytes::from_string(self.shared.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }
    /// No clock: the briefing carries its own dates, and the output must not vary.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn diagnostics(what: &str, diags: &[SourceDiagnostic]) -> Error {
    let msgs: Vec<String> = diags.iter().map(|d| d.message.to_string()).collect();
    Error::Render(format!("{what}: {}", msgs.join("; ")))
}

impl Briefing {
    /// The briefing as PDF bytes: A4, Noto Sans embedded (subset) with ToUnicode maps so
    /// the text can be selected and searched, the key table's header repeated on every
    /// page and no row split across pages. The same briefing always gives the same bytes.
    pub fn to_pdf(&self) -> Result<Vec<u8>> {
        #[derive(serde::Serialize)]
        struct Data<'a> {
            briefing: &'a Briefing,
            labels: &'a super::Labels,
        }
        let json = serde_json::to_vec(&Data { briefing: self, labels: self.labels() }).map_err(|e| Error::Render(e.to_string()))?;
        let world = BriefingWorld { shared: &SHARED, data: Bytes::new(json) };
        let result = typst::compile::<PagedDocument>(&world).output;
        // Keep the memoisation cache small in a long-running app.
        typst::comemo::evict(4);
        let doc = result.map_err(|d| diagnostics("cannot typeset the briefing", &d))?;
        let options = typst_pdf::PdfOptions { creator: typst::foundations::Smart::Custom(Some("Briefdesk".into())), ..Default::default() };
        typst_pdf::pdf(&doc, &options).map_err(|d| diagnostics("cannot write the briefing's PDF", &d))
    }
}
