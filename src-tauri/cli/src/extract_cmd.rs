//! `briefdesk extract FILE... [--json] [--out DIR]`: directives, documents and events of
//! article files, without a library. JSON in the shape of `../shared/eval/FORMAT.md`
//! (plus spans, mentions and `concrete`).

use briefdesk_core::article::PubDate;
use briefdesk_core::extract::{extract, Lexicon};
use briefdesk_core::import::load_file;
use briefdesk_core::model::Extraction;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Article files (.txt or .md, as for `import`).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// JSON output: with --out, one DIR/NAME.json per article; without, one array on stdout.
    #[arg(long)]
    json: bool,
    /// Write DIR/NAME.json for each article (NAME is the file name without its ending).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Publication date for articles that carry none (YYYY-MM-DD); dates written without
    /// a year are resolved with it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// One article of the `--json` array: its file, then the FORMAT.md fields in order.
#[derive(serde::Serialize)]
struct WithFile {
    file: String,
    #[serde(flatten)]
    extraction: Extraction,
}

pub fn run(args: ExtractArgs) -> Res<ExitCode> {
    let fallback = match &args.date {
        Some(d) => Some(PubDate::parse(d).filter(|p| matches!(p, PubDate::Day(_))).ok_or_else(|| format!("invalid date \"{d}\": use YYYY-MM-DD"))?),
        None => None,
    };
    let lex = Lexicon::load_default()?;
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create the folder: {e}", dir.display()))?;
    }
    let mut failed = 0;
    let mut all = Vec::new();
    let mut out = std::io::stdout().lock();
    for path in &args.files {
        let loaded = match load_file(path, fallback) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("briefdesk: {e}");
                failed += 1;
                continue;
            }
        };
        let a = &loaded.article;
        if a.published.is_none() {
            eprintln!("briefdesk: {}: no date in the file (give one with --date); dates without a year are left out", path.display());
        }
        let x = extract(&lex, &a.body, a.published);
        if let Some(dir) = &args.out {
            let target = dir.join(format!("{}.json", stem(path)));
            let write = || -> std::io::Result<()> {
                let mut f = std::io::BufWriter::new(std::fs::File::create(&target)?);
                serde_json::to_writer_pretty(&mut f, &x)?;
                writeln!(f)?;
                f.flush()
            };
            if let Err(e) = write() {
                eprintln!("briefdesk: {}: cannot write {}: {e}", path.display(), target.display());
                failed += 1;
                continue;
            }
            if !args.json {
                summary(&mut out, path, &x)?;
            }
        } else if args.json {
            all.push(WithFile { file: path.display().to_string(), extraction: x });
        } else {
            summary(&mut out, path, &x)?;
        }
    }
    if args.json && args.out.is_none() {
        serde_json::to_writer_pretty(&mut out, &all)?;
        writeln!(out)?;
    }
    if let Some(dir) = &args.out {
        eprintln!("{} of {} articles extracted into {}", args.files.len() - failed, args.files.len(), dir.display());
    }
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| "article".to_string(), |s| s.to_string_lossy().into_owned())
}

/// A readable account of one article's extraction.
fn summary(out: &mut impl Write, path: &Path, x: &Extraction) -> std::io::Result<()> {
    writeln!(out, "== {} ({})", path.display(), x.published.as_deref().unwrap_or("no date"))?;
    if !x.documents.is_empty() {
        writeln!(out, "Documents:")?;
        for d in &x.documents {
            let name = [d.code.as_deref().or(d.number.as_deref()), d.title.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" — ");
            let mut extra = Vec::new();
            if let Some(i) = &d.issuer {
                extra.push(format!("issuer: {i}"));
            }
            if let Some(h) = d.horizon {
                extra.push(format!("horizon: {h}"));
            }
            extra.push(format!("{} mention(s)", d.mentions.len()));
            writeln!(out, "  {:<4} {:<10} {}  ({})", d.id, kind(&d.kind), name, extra.join(", "))?;
        }
    }
    if !x.directives.is_empty() {
        writeln!(out, "Directives:")?;
        for d in &x.directives {
            let mut tail = String::new();
            if !d.documents.is_empty() {
                tail.push_str(&format!(" [{}]", d.documents.join(", ")));
            }
            if let Some(due) = &d.due {
                tail.push_str(&format!(" (due {due})"));
            }
            writeln!(out, "  {} {} — {}{}", if d.concrete { "*" } else { "-" }, d.assignee.as_deref().unwrap_or("(no assignee)"), d.action, tail)?;
        }
    }
    if !x.events.is_empty() {
        writeln!(out, "Events:")?;
        for e in &x.events {
            let place = e.place.as_deref().map(|p| format!(" @ {p}")).unwrap_or_default();
            writeln!(out, "  {} {}{}", e.date, e.title, place)?;
        }
    }
    writeln!(out)
}

fn kind(k: &briefdesk_core::model::DocKind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
