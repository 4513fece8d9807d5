//! `briefdesk brief`: a briefing summary written as PDF, HTML or Markdown (by the
//! extension of --out), replaced whole or not at all.

use briefdesk_core::briefing::BriefingFormat;
use briefdesk_core::model::DirectiveStatus;
use briefdesk_core::{BriefingLang, BriefingOptions, Library};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BriefArgs {
    /// First day of the period (YYYY-MM-DD); default: 29 days before --to.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: Option<String>,
    /// Last day of the period (YYYY-MM-DD); default: today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: Option<String>,
    /// Only directives about this document (id from `briefdesk documents`; repeat for several).
    #[arg(long = "document", value_name = "ID")]
    documents: Vec<i64>,
    /// Only directives of this assignee, as written (repeat for several).
    #[arg(long = "assignee", value_name = "A")]
    assignees: Vec<String>,
    /// Only directives carrying this tag (repeat: any of them).
    #[arg(long = "tag", value_name = "T")]
    tags: Vec<String>,
    /// Only directives with this status (repeat); default: every status but dropped.
    #[arg(long = "status", value_name = "S", value_parser = crate::followup_cmd::parse_status)]
    statuses: Vec<DirectiveStatus>,
    /// Language of the labels: vi (default) or en. Article words stay as written.
    #[arg(long, value_name = "vi|en", value_parser = parse_lang, default_value = "vi")]
    lang: BriefingLang,
    /// Include your notes on the directives.
    #[arg(long)]
    notes: bool,
    /// The file to write: .pdf, .html (or .htm) or .md.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

fn parse_lang(s: &str) -> Result<BriefingLang, String> {
    match s.trim().to_lowercase().as_str() {
        "vi" => Ok(BriefingLang::Vi),
        "en" => Ok(BriefingLang::En),
        _ => Err(format!("“{s}” is not a briefing language: vi or en")),
    }
}

pub fn run(lib: &Library, args: BriefArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    // Check the file name before any work.
    BriefingFormat::from_path(&args.out)?;
    let opts =
        BriefingOptions { from: args.from, to: args.to, document_ids: args.documents, assignees: args.assignees, tags: args.tags, statuses: args.statuses, lang: args.lang, include_notes: args.notes };
    let briefing = lib.briefing(&opts)?;
    briefing.write_to(&args.out)?;
    let s = &briefing.summary;
    eprintln!(
        "wrote {} ({} – {}): {} ({} new, {} done, {} overdue, {} due soon), {}, {}",
        args.out.display(),
        briefing.from,
        briefing.to,
        crate::counted(s.total as usize, "directive"),
        s.new,
        s.done,
        s.overdue,
        s.due_soon,
        crate::counted(briefing.events.len(), "event"),
        crate::counted(briefing.sources.len(), "source")
    );
    Ok(ExitCode::SUCCESS)
}
