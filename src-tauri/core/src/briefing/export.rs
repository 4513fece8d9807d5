//! Writing a briefing to a file: the format comes from the file name, the bytes from the
//! matching renderer, and the file is replaced whole or not at all (a temp file in the
//! same folder, synced, then renamed over the target).

use super::Briefing;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;
use ts_rs::TS;

/// The file formats a briefing is exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum BriefingFormat {
    Pdf,
    Html,
    Markdown,
}

impl BriefingFormat {
    /// The format of a file name: `.pdf`, `.html`/`.htm`, `.md`/`.markdown` (any case).
    pub fn from_path(path: &Path) -> Result<Self> {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase);
        match ext.as_deref() {
            Some("pdf") => Ok(Self::Pdf),
            Some("html" | "htm") => Ok(Self::Html),
            Some("md" | "markdown") => Ok(Self::Markdown),
            Some(other) => Err(Error::InvalidInput(format!("{}: cannot write a briefing as “.{other}”; use a file name ending in .pdf, .html or .md", path.display()))),
            None => Err(Error::InvalidInput(format!("{}: the file name has no extension; use one ending in .pdf, .html or .md", path.display()))),
        }
    }
}

/// A written export, as the app reports it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BriefingExport {
    pub path: String,
    pub format: BriefingFormat,
    #[ts(type = "number")]
    pub bytes: u64,
}

impl Briefing {
    /// The briefing in `format`, as the bytes of a file.
    pub fn render(&self, format: BriefingFormat) -> Result<Vec<u8>> {
        Ok(match format {
            BriefingFormat::Pdf => self.to_pdf()?,
            BriefingFormat::Html => self.to_html().into_bytes(),
            BriefingFormat::Markdown => self.to_markdown().into_bytes(),
        })
    }

    /// Writes the briefing to `path` in the format its name says; returns the format and
    /// the number of bytes written. An existing file is replaced only once the new one is
    /// complete; on any error the target is left as it was.
    pub fn write_to(&self, path: &Path) -> Result<BriefingExport> {
        let format = BriefingFormat::from_path(path)?;
        let bytes = self.render(format)?;
        write_atomically(path, &bytes)?;
        Ok(BriefingExport { path: path.display().to_string(), format, bytes: bytes.len() as u64 })
    }
}

/// `bytes` into `path` through a temp file in the same folder and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let fail = |e: std::io::Error| Error::io(format!("cannot write {}", path.display()), e);
    let mut tmp = tempfile::Builder::new().prefix(".briefdesk-").suffix(".part").tempfile_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension_in_any_case() {
        assert_eq!(BriefingFormat::from_path(Path::new("/tmp/a.PDF")).unwrap(), BriefingFormat::Pdf);
        assert_eq!(BriefingFormat::from_path(Path::new("b.htm")).unwrap(), BriefingFormat::Html);
        assert_eq!(BriefingFormat::from_path(Path::new("c.md")).unwrap(), BriefingFormat::Markdown);
        let e = BriefingFormat::from_path(Path::new("/tmp/brief.docx")).unwrap_err();
        assert_eq!(e.code(), crate::model::ErrorCode::InvalidInput);
        assert!(e.to_string().contains("/tmp/brief.docx") && e.to_string().contains(".docx"), "{e}");
        assert!(BriefingFormat::from_path(Path::new("brief")).unwrap_err().to_string().contains("no extension"));
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("brief.md");
        write_atomically(&target, b"old").unwrap();
        // A target that is a directory cannot be replaced by a file.
        let blocked = dir.path().join("sub.md");
        std::fs::create_dir(&blocked).unwrap();
        assert!(write_atomically(&blocked, b"new").is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"old");
        write_atomically(&target, b"new").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 2, "no temp file left behind: {left:?}");
    }
}
