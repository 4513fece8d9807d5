//! `briefdesk`: the command line over the Briefdesk library. Results go to stdout
//! (JSON only, with `--json`); messages and progress go to stderr.

use briefdesk_core::model::{ImportStatus, Segment};
use briefdesk_core::{default_db_path, ImportOptions, Library};
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod brief_cmd;
mod extract_cmd;
mod followup_cmd;

#[derive(Parser)]
#[command(
    name = "briefdesk",
    version,
    about = "Briefdesk: a library of policy news articles — import, list, read and search them",
    after_help = "The library is one SQLite file shared with the desktop app: $BRIEFDESK_DB if set, else \
                  $XDG_DATA_HOME/briefdesk/library.sqlite (~/.local/share/briefdesk/library.sqlite)."
)]
struct Cli {
    /// The library file to use instead of the default.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import article files and folders (.txt, .md; folders are searched at any depth).
    ///
    /// A file may start with a line ` date YYYY-MM-DD ` (or ` date YYYY-MM `); the text
    /// follows. The same text imported again is reported and skipped. Exits 0 when every
    /// file was imported or already present, 1 when any failed.
    Import {
        /// Files or folders.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Publication date for articles that carry none (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Print the per-file report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the articles, newest first (articles without a date last).
    Articles {
        #[arg(long)]
        json: bool,
    },
    /// Show one article with its full text.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Search titles and texts. Diacritics and case are optional ("chi thi 12" finds
    /// "Chỉ thị 12"); matches with the diacritics as typed come first.
    Search {
        query: String,
        #[arg(long)]
        json: bool,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Set the publication date of an article (YYYY-MM-DD or YYYY-MM).
    SetDate { id: i64, date: String },
    /// Remove an article from the library (the change is logged).
    Remove { id: i64 },
    /// Extract directives, policy documents and events from article files (no library
    /// needed): a summary, or JSON with --json (files in DIR with --out DIR).
    Extract(extract_cmd::ExtractArgs),
    /// List the policy documents the library's articles name (one entry per document,
    /// however it is spelled), most named first.
    Documents {
        #[arg(long)]
        json: bool,
    },
    /// List the directives found in the library's articles (rejected ones hidden), with
    /// their follow-up; the options narrow the list.
    Directives {
        #[command(flatten)]
        filter: followup_cmd::DirectiveFilterArgs,
        #[arg(long)]
        json: bool,
    },
    /// Follow a directive up: `directive set ID --status S [--owner O] [--due D] [--tag T]`,
    /// `directive show ID`, `directive confirm|reject|restore ID`.
    #[command(subcommand)]
    Directive(followup_cmd::DirectiveCmd),
    /// A directive's checklist: `followup add DIRECTIVE_ID TEXT [--due D]` (prints the
    /// task's id), `followup done TASK_ID`, `followup undone TASK_ID`, `followup list ID`.
    #[command(subcommand)]
    Followup(followup_cmd::FollowupCmd),
    /// Overdue directives and tasks, and those due within the next N days.
    Upcoming {
        #[arg(long, default_value_t = briefdesk_core::views::UPCOMING_DAYS)]
        days: u32,
        #[arg(long)]
        json: bool,
    },
    /// Every change made to a directive and its checklist, newest first.
    History {
        directive_id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Undo the last change (of one directive when an id is given). Exits 1 when there is
    /// nothing to undo.
    Undo { directive_id: Option<i64> },
    /// Write a briefing summary of a period as PDF, HTML or Markdown (by --out's extension).
    Brief(brief_cmd::BriefArgs),
    /// List the dated events, merged across the articles that report them.
    Events {
        #[arg(long)]
        json: bool,
    },
    /// Run extraction again over the whole library. Directives you confirmed, edited,
    /// rejected or added are kept exactly as they are.
    Reextract,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("briefdesk: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Box<dyn std::error::Error>> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
    if let Command::Extract(args) = cli.command {
        return extract_cmd::run(args);
    }
    let path = match cli.db {
        Some(p) => p,
        None => default_db_path()?,
    };
    let mut lib = Library::open(&path)?;
    match cli.command {
        Command::Import { paths, date, json } => import(&mut lib, &paths, date, json),
        Command::Articles { json } => {
            let list = lib.list_articles()?;
            if json {
                print_json(&list)?;
            } else {
                let stats = lib.stats()?;
                let mut out = std::io::stdout().lock();
                for a in &list {
                    writeln!(out, "{:>5}  {:<10}  {}  [{}]", a.id, a.published.as_deref().unwrap_or("no date"), a.title, a.source_name)?;
                }
                eprintln!("{} articles, {} without a date", stats.articles, stats.needing_date);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, json } => {
            let a = lib.article(id)?;
            if json {
                print_json(&a)?;
            } else {
                let s = &a.summary;
                println!("{}\n{} · {}\n\n{}", s.title, s.published.as_deref().unwrap_or("no date"), s.source_name, a.body);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Search { query, json, limit } => {
            let res = lib.search(&query, limit)?;
            if json {
                print_json(&res)?;
            } else {
                let color = std::io::stdout().is_terminal();
                let mut out = std::io::stdout().lock();
                for h in &res.hits {
                    let a = &h.article;
                    writeln!(out, "{:>5}  {:<10}  {}", a.id, a.published.as_deref().unwrap_or("no date"), render(&h.title, color))?;
                    writeln!(out, "       {}", render(&h.snippet, color))?;
                }
                eprintln!("{} of {} matching articles", res.hits.len(), res.total);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Documents { json } => {
            let docs = lib.list_documents()?;
            if json {
                print_json(&docs)?;
            } else {
                let mut out = std::io::stdout().lock();
                for d in &docs {
                    let issuer = d.issuer.as_deref().map(|i| format!(" — {i}")).unwrap_or_default();
                    let horizon = d.horizon.map(|h| format!(" (tầm nhìn {h})")).unwrap_or_default();
                    writeln!(out, "{:>5}  {}{issuer}{horizon}  [{} mentions in {} articles, {} directives]", d.id, d.label, d.mentions, d.articles, d.directives)?;
                }
                eprintln!("{} documents", docs.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Directives { filter, json } => followup_cmd::directives(&lib, &filter, json),
        Command::Directive(cmd) => followup_cmd::directive(&mut lib, cmd),
        Command::Followup(cmd) => followup_cmd::followup(&mut lib, cmd),
        Command::Upcoming { days, json } => followup_cmd::upcoming(&lib, days, json),
        Command::History { directive_id, json } => followup_cmd::history(&lib, directive_id, json),
        Command::Undo { directive_id } => followup_cmd::undo(&mut lib, directive_id),
        Command::Brief(args) => brief_cmd::run(&lib, args),
        Command::Events { json } => {
            let list = lib.list_events()?;
            if json {
                print_json(&list)?;
            } else {
                let mut out = std::io::stdout().lock();
                for e in &list {
                    let place = e.place.as_deref().map(|p| format!(" — {p}")).unwrap_or_default();
                    writeln!(out, "{:>5}  {}  {}{place}  [{}]", e.id, e.date, e.title, counted(e.sources.len(), "source"))?;
                }
                eprintln!("{} events", list.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Reextract => {
            let r = lib.reextract(None)?;
            eprintln!("{} articles: {} directives found, {} of yours kept; {} documents, {} events in the library", r.articles, r.directives, r.kept, r.documents, r.events);
            Ok(ExitCode::SUCCESS)
        }
        Command::SetDate { id, date } => {
            let a = lib.set_article_date(id, &date)?;
            eprintln!("article {} “{}” is now dated {}", a.id, a.title, a.published.as_deref().unwrap_or(""));
            Ok(ExitCode::SUCCESS)
        }
        Command::Remove { id } => {
            let a = lib.article_summary(id)?;
            lib.delete_article(id)?;
            eprintln!("removed article {} “{}”", a.id, a.title);
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(_) => unreachable!("handled before the library is opened"),
    }
}

/// Matching words in bold on a terminal; plain text otherwise.
fn render(segs: &[Segment], color: bool) -> String {
    segs.iter().map(|s| if s.hit && color { format!("\x1b[1;33m{}\x1b[0m", s.text) } else { s.text.clone() }).collect()
}

fn import(lib: &mut Library, paths: &[PathBuf], date: Option<String>, json: bool) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let bar = ProgressBar::new(0);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")?);
    if !std::io::stderr().is_terminal() {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let report = lib.import_paths(paths, &ImportOptions { date }, &mut |p| {
        bar.set_length(p.total as u64);
        bar.set_position(p.done as u64);
        bar.set_message(p.path.clone());
    })?;
    bar.finish_and_clear();
    for f in &report.files {
        match f.status {
            ImportStatus::Failed => eprintln!("failed: {}", f.message.as_deref().unwrap_or(&f.path)),
            ImportStatus::Duplicate => eprintln!("already present: {}: {}", f.path, f.message.as_deref().unwrap_or("")),
            ImportStatus::Imported if f.needs_date => {
                eprintln!("imported without a date: {} (set one with `briefdesk set-date {} YYYY-MM-DD`)", f.path, f.article_id.unwrap_or(0))
            }
            ImportStatus::Imported => {}
        }
    }
    eprintln!("{} imported, {} already in the library, {} failed", report.imported, report.duplicates, report.failed);
    if json {
        print_json(&report)?;
    }
    Ok(if report.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// "1 source", "2 sources".
pub(crate) fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}
