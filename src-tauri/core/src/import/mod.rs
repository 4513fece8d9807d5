//! Turning files into articles: reading and decoding bytes, recognising the file's
//! format (one module per format behind the [`Format`] trait), and finding the article
//! files under a folder. Storing them is the application layer's job (`app::import`).

mod dated;
mod markdown;
mod plain;

use crate::article::{ParsedArticle, PubDate};
use crate::error::{Error, Result};
use crate::model::ErrorCode;
use crate::text::fold_whitespace;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Files larger than this are refused.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// File endings taken when a folder is imported (a file named on its own is always tried).
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];

/// A source format: recognises its files and parses them. Tried in order; the first
/// that accepts a text wins, plain text last.
pub trait Format {
    fn name(&self) -> &'static str;
    /// `None` when the text is not in this format.
    fn parse(&self, path: &Path, text: &str) -> Option<ParsedArticle>;
}

fn formats() -> [&'static dyn Format; 3] {
    [&dated::DatedText, &markdown::Markdown, &plain::PlainText]
}

/// Options of one import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The date given to articles that carry none ("YYYY-MM-DD").
    pub date: Option<String>,
}

impl ImportOptions {
    pub fn fallback_date(&self) -> Result<Option<PubDate>> {
        match &self.date {
            None => Ok(None),
            Some(d) => PubDate::parse(d).filter(|p| matches!(p, PubDate::Day(_))).map(Some).ok_or_else(|| Error::InvalidDate(d.clone())),
        }
    }
}

/// An article file read and parsed, ready to store.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub format: &'static str,
    pub article: ParsedArticle,
    /// SHA-256 of the original bytes.
    pub sha256: String,
    /// SHA-256 of the text after NFC and white-space folding: the same article again.
    pub text_hash: String,
}

/// Decode file bytes: UTF-8 (with or without BOM), or UTF-16 with a BOM.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    let utf16 = |be: bool| -> Result<String> {
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err(Error::file(path, ErrorCode::NotUtf8, "UTF-16 text with an odd number of bytes (truncated file?)"));
        }
        let units = body.chunks_exact(2).map(|c| if be { u16::from_be_bytes([c[0], c[1]]) } else { u16::from_le_bytes([c[0], c[1]]) });
        char::decode_utf16(units).collect::<Result<String, _>>().map_err(|e| Error::file(path, ErrorCode::NotUtf8, format!("invalid UTF-16 text ({e})")))
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).map(str::to_owned).map_err(|e| not_utf8(path, e, 3)),
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| not_utf8(path, e, 0)),
    }
}

fn not_utf8(path: &Path, e: std::str::Utf8Error, offset: usize) -> Error {
    Error::file(path, ErrorCode::NotUtf8, format!("not valid UTF-8 text (invalid byte at offset {}); save it as UTF-8 and import again", e.valid_up_to() + offset))
}

fn hex_sha256(data: &[u8]) -> String {
    Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash that identifies an article's text whatever its spacing or normalisation.
pub fn text_hash(body: &str) -> String {
    hex_sha256(fold_whitespace(body).as_bytes())
}

/// Parse already decoded text (used for files and for built-in samples).
pub fn parse_text(path: &Path, text: &str, fallback: Option<PubDate>, raw: &[u8]) -> Result<Loaded> {
    if text.trim().is_empty() {
        return Err(Error::file(path, ErrorCode::Empty, "the file is empty"));
    }
    let (format, mut article) = formats().iter().find_map(|f| f.parse(path, text).map(|a| (f.name(), a))).expect("plain text accepts every text");
    if article.body.trim().is_empty() {
        return Err(Error::file(path, ErrorCode::Empty, "the file has a header but no article text"));
    }
    if article.published.is_none() {
        article.published = fallback;
    }
    let text_hash = text_hash(&article.body);
    Ok(Loaded { path: path.to_path_buf(), format, article, sha256: hex_sha256(raw), text_hash })
}

/// Read, check, decode and parse one file. Never panics; every problem is an error
/// naming the file.
pub fn load_file(path: &Path, fallback: Option<PubDate>) -> Result<Loaded> {
    let meta = std::fs::metadata(path).map_err(|e| read_error(path, e))?;
    if meta.is_dir() {
        return Err(Error::file(path, ErrorCode::Unreadable, "is a folder, not a file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::file(path, ErrorCode::TooLarge, format!("the file is {:.1} MB; articles over {} MB are refused", meta.len() as f64 / 1_048_576.0, MAX_FILE_BYTES / 1_048_576)));
    }
    if meta.len() == 0 {
        return Err(Error::file(path, ErrorCode::Empty, "the file is empty"));
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(path, e))?;
    let text = decode(path, &bytes)?;
    parse_text(path, &text, fallback, &bytes)
}

fn read_error(path: &Path, e: std::io::Error) -> Error {
    match e.kind() {
        std::io::ErrorKind::NotFound => Error::file(path, ErrorCode::NotFound, "no such file or folder"),
        std::io::ErrorKind::PermissionDenied => Error::file(path, ErrorCode::Unreadable, "permission denied"),
        _ => Error::file(path, ErrorCode::Unreadable, e.to_string()),
    }
}

/// The files an import of `paths` covers, in a stable order: a file as given, a
/// folder's article files (by ending) at any depth. A path that is missing, or a
/// folder without article files, is an error for that path alone.
pub fn collect_files(paths: &[PathBuf]) -> Vec<Result<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if !p.exists() {
            out.push(Err(Error::file(p, ErrorCode::NotFound, "no such file or folder")));
        } else if p.is_dir() {
            let before = out.len();
            let walker = walkdir::WalkDir::new(p).follow_links(true).sort_by_file_name();
            for entry in walker {
                match entry {
                    Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) && !is_hidden(e.path(), p) => out.push(Ok(e.into_path())),
                    Ok(_) => {}
                    Err(e) => {
                        let at = e.path().unwrap_or(p).to_path_buf();
                        out.push(Err(Error::file(at, ErrorCode::Unreadable, e.to_string())));
                    }
                }
            }
            if out.len() == before {
                out.push(Err(Error::file(p, ErrorCode::NoArticles, "the folder holds no .txt or .md files")));
            }
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

fn has_article_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_hidden(p: &Path, root: &Path) -> bool {
    p.strip_prefix(root).unwrap_or(p).components().any(|c| c.as_os_str().to_str().is_some_and(|s| s.starts_with('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> PathBuf {
        PathBuf::from("a.txt")
    }

    #[test]
    fn decodes_utf8_with_and_without_bom_and_utf16_with_bom() {
        assert_eq!(decode(&p(), "Bộ Ngoại giao".as_bytes()).unwrap(), "Bộ Ngoại giao");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Hà Nội".as_bytes());
        assert_eq!(decode(&p(), &bom).unwrap(), "Hà Nội");
        let mut le = vec![0xFF, 0xFE];
        le.extend("Đảng".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&p(), &le).unwrap(), "Đảng");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Đảng".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&p(), &be).unwrap(), "Đảng");
    }

    #[test]
    fn latin1_bytes_are_refused_naming_the_file_and_offset() {
        let e = decode(Path::new("/x/b.txt"), b"Ha N\xf4i").unwrap_err();
        assert_eq!(e.code(), ErrorCode::NotUtf8);
        let msg = e.to_string();
        assert!(msg.contains("/x/b.txt") && msg.contains("offset 4"), "{msg}");
    }

    #[test]
    fn same_text_with_other_spacing_has_the_same_hash() {
        assert_eq!(text_hash("Bộ  Ngoại\ngiao"), text_hash("Bộ Ngoại giao\n"));
        assert_ne!(text_hash("Bộ Ngoại giao"), text_hash("Bộ Ngoại giao."));
    }

    #[test]
    fn whitespace_only_text_is_empty() {
        let e = parse_text(&p(), " \n\t\n", None, b"").unwrap_err();
        assert_eq!(e.code(), ErrorCode::Empty);
    }
}
