//! The follow-up commands: `directive`, `followup`, `upcoming`, `history`, `undo`, and the
//! filters of `directives`.

use briefdesk_core::model::{DirectiveFilter, DirectiveStatus, DirectiveUpdate, DueState, DueWindow, FollowupTask, HistoryEntry, LibraryDirective, Priority, UpcomingItem};
use briefdesk_core::Library;
use clap::{Args, Subcommand};
use std::io::Write;
use std::process::ExitCode;

type Res = Result<ExitCode, Box<dyn std::error::Error>>;

/// A serde name ("in-progress", "high") back to its enum, for clap.
fn serde_name<T: serde::de::DeserializeOwned>(s: &str, all: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(s.trim().to_lowercase())).map_err(|_| format!("“{s}” is not one of: {all}"))
}

pub fn parse_status(s: &str) -> Result<DirectiveStatus, String> {
    serde_name(s, "new, tracking, in-progress, done, dropped")
}

fn parse_priority(s: &str) -> Result<Priority, String> {
    serde_name(s, "low, normal, high")
}

fn parse_window(s: &str) -> Result<DueWindow, String> {
    match s.trim() {
        "overdue" => Ok(DueWindow::Overdue),
        "none" | "undated" => Ok(DueWindow::Undated),
        n => n.parse::<u32>().map(|days| DueWindow::Within { days }).map_err(|_| format!("“{s}” is not a due window: overdue, none, or a number of days")),
    }
}

fn name<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// Filters of `briefdesk directives`.
#[derive(Args, Debug, Default)]
pub struct DirectiveFilterArgs {
    /// Only directives with this status (repeat for several): new, tracking, in-progress, done, dropped.
    #[arg(long, value_name = "S", value_parser = parse_status)]
    status: Vec<DirectiveStatus>,
    /// Only directives carrying this tag (repeat: any of them).
    #[arg(long, value_name = "T")]
    tag: Vec<String>,
    /// Only directives whose words contain these (diacritics optional: "bo ngoai giao").
    #[arg(long, value_name = "WORDS")]
    text: Option<String>,
    /// Due window: "overdue", "none", or N (due within N days).
    #[arg(long, value_name = "W", value_parser = parse_window)]
    due: Option<DueWindow>,
    /// Only directives about this document (id from `briefdesk documents`).
    #[arg(long, value_name = "ID")]
    document: Option<i64>,
    /// Include rejected directives.
    #[arg(long)]
    rejected: bool,
}

impl DirectiveFilterArgs {
    pub fn filter(&self) -> DirectiveFilter {
        DirectiveFilter { text: self.text.clone(), statuses: self.status.clone(), tags: self.tag.clone(), due: self.due, document_id: self.document, assignee: None, include_rejected: self.rejected }
    }
}

#[derive(Subcommand)]
pub enum DirectiveCmd {
    /// Change a directive's follow-up: status, owner, due date, tags, priority, notes.
    Set {
        id: i64,
        /// new, tracking, in-progress, done or dropped.
        #[arg(long, value_name = "S", value_parser = parse_status)]
        status: Option<DirectiveStatus>,
        /// Who in your organisation follows it ("" clears).
        #[arg(long, value_name = "O")]
        owner: Option<String>,
        /// YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY ("" clears).
        #[arg(long, value_name = "D")]
        due: Option<String>,
        /// Add a tag (repeat for several).
        #[arg(long, value_name = "T")]
        tag: Vec<String>,
        /// Remove a tag (repeat for several).
        #[arg(long, value_name = "T")]
        untag: Vec<String>,
        /// low, normal or high.
        #[arg(long, value_name = "P", value_parser = parse_priority)]
        priority: Option<Priority>,
        /// Replace the notes.
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show a directive with its checklist and history.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Confirm a machine-made directive (it is kept from now on).
    Confirm { id: i64 },
    /// Reject a directive: hidden from lists, kept in the library.
    Reject { id: i64 },
    /// Bring back a rejected directive.
    Restore { id: i64 },
}

#[derive(Subcommand)]
pub enum FollowupCmd {
    /// Add a task to a directive's checklist; prints the new task's id.
    Add {
        directive_id: i64,
        text: String,
        /// YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.
        #[arg(long, value_name = "D")]
        due: Option<String>,
        #[arg(long, value_name = "O")]
        owner: Option<String>,
    },
    /// Tick a task.
    Done { task_id: i64 },
    /// Untick a task.
    Undone { task_id: i64 },
    /// List a directive's checklist.
    List {
        directive_id: i64,
        #[arg(long)]
        json: bool,
    },
}

fn due_note(d: &LibraryDirective) -> String {
    let due = d.due.as_deref().map(|x| format!(" — due {x}")).unwrap_or_default();
    let state = match d.follow_up.due_state {
        DueState::Overdue => " (overdue)",
        DueState::Soon => " (due soon)",
        _ => "",
    };
    format!("{due}{state}")
}

/// One directive as the text output lists it.
pub fn write_directive(out: &mut impl Write, d: &LibraryDirective) -> std::io::Result<()> {
    let docs: Vec<&str> = d.documents.iter().map(|x| x.label.as_str()).collect();
    let p = d.follow_up.progress;
    let mut extras = vec![name(d.follow_up.status)];
    if let Some(o) = &d.follow_up.owner {
        extras.push(format!("owner {o}"));
    }
    if p.total > 0 {
        extras.push(format!("{}/{} tasks", p.done, p.total));
    }
    if !d.follow_up.tags.is_empty() {
        extras.push(d.follow_up.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" "));
    }
    if d.state != briefdesk_core::model::ItemState::Machine {
        extras.push(name(d.state));
    }
    writeln!(
        out,
        "{:>5}  {} {}: {}{}{}\n       [{}] from article {} ({})",
        d.id,
        if d.concrete { "●" } else { "○" },
        d.assignee.as_deref().unwrap_or("(no assignee)"),
        d.action,
        due_note(d),
        if docs.is_empty() { String::new() } else { format!(" [{}]", docs.join("; ")) },
        extras.join(", "),
        d.article_id,
        d.article_published.as_deref().unwrap_or("no date"),
    )
}

fn write_task(out: &mut impl Write, t: &FollowupTask) -> std::io::Result<()> {
    let due = t.due.as_ref().map(|d| format!(" — due {}", d.value)).unwrap_or_default();
    let owner = t.owner.as_deref().map(|o| format!(" — {o}")).unwrap_or_default();
    let late = if t.due_state == DueState::Overdue { " (overdue)" } else { "" };
    writeln!(out, "{:>5}  [{}] {}{due}{late}{owner}", t.id, if t.done { "x" } else { " " }, t.text)
}

fn write_history(out: &mut impl Write, h: &HistoryEntry) -> std::io::Result<()> {
    let what = h.task_text.as_deref().map(|t| format!(" “{t}”")).unwrap_or_default();
    let changes: Vec<String> = h.changes.iter().map(|c| format!("{}: {} → {}", c.field, c.from.as_deref().unwrap_or("—"), c.to.as_deref().unwrap_or("—"))).collect();
    writeln!(out, "{}  {:<8} {}{what}{}{}", h.at, h.actor, h.action, if changes.is_empty() { String::new() } else { format!(" — {}", changes.join("; ")) }, if h.undone { " (undone)" } else { "" })
}

pub fn directives(lib: &Library, args: &DirectiveFilterArgs, json: bool) -> Res {
    let list = lib.find_directives(&args.filter())?;
    if json {
        crate::print_json(&list)?;
    } else {
        let mut out = std::io::stdout().lock();
        for d in &list {
            write_directive(&mut out, d)?;
        }
        eprintln!("{} directives ({} concrete)", list.len(), list.iter().filter(|d| d.concrete).count());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn directive(lib: &mut Library, cmd: DirectiveCmd) -> Res {
    let mut out = std::io::stdout().lock();
    match cmd {
        DirectiveCmd::Set { id, status, owner, due, tag, untag, priority, notes, json } => {
            let tags = if tag.is_empty() && untag.is_empty() {
                None
            } else {
                let mut t = lib.directive(id)?.follow_up.tags;
                t.retain(|x| !untag.iter().any(|u| u.trim_start_matches('#').eq_ignore_ascii_case(x)));
                t.extend(tag);
                Some(t)
            };
            if status.is_none() && owner.is_none() && due.is_none() && tags.is_none() && priority.is_none() && notes.is_none() {
                return Err("nothing to change: give --status, --owner, --due, --tag, --untag, --priority or --notes".into());
            }
            let d = lib.update_directive(id, &DirectiveUpdate { status, owner, due, tags, priority, notes, ..Default::default() })?;
            if json {
                crate::print_json(&d)?;
            } else {
                write_directive(&mut out, &d)?;
            }
        }
        DirectiveCmd::Show { id, json } => {
            let detail = lib.directive_detail(id)?;
            if json {
                crate::print_json(&detail)?;
            } else {
                write_directive(&mut out, &detail.directive)?;
                writeln!(out, "       “{}”", detail.directive.sentence)?;
                if !detail.directive.follow_up.notes.is_empty() {
                    writeln!(out, "\nNotes: {}", detail.directive.follow_up.notes)?;
                }
                writeln!(out, "\nChecklist:")?;
                for t in &detail.tasks {
                    write_task(&mut out, t)?;
                }
                writeln!(out, "\nHistory:")?;
                for h in &detail.history {
                    write_history(&mut out, h)?;
                }
            }
        }
        DirectiveCmd::Confirm { id } => write_directive(&mut out, &lib.confirm_directive(id)?)?,
        DirectiveCmd::Reject { id } => write_directive(&mut out, &lib.reject_directive(id)?)?,
        DirectiveCmd::Restore { id } => write_directive(&mut out, &lib.restore_directive(id)?)?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn followup(lib: &mut Library, cmd: FollowupCmd) -> Res {
    let mut out = std::io::stdout().lock();
    match cmd {
        FollowupCmd::Add { directive_id, text, due, owner } => {
            let t = lib.add_task(directive_id, &text, due.as_deref(), owner.as_deref())?;
            writeln!(out, "{}", t.id)?;
            eprintln!("added task {} to directive {directive_id}", t.id);
        }
        FollowupCmd::Done { task_id } => write_task(&mut out, &lib.set_task_done(task_id, true)?)?,
        FollowupCmd::Undone { task_id } => write_task(&mut out, &lib.set_task_done(task_id, false)?)?,
        FollowupCmd::List { directive_id, json } => {
            let tasks = lib.tasks(directive_id)?;
            if json {
                crate::print_json(&tasks)?;
            } else {
                for t in &tasks {
                    write_task(&mut out, t)?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn write_upcoming(out: &mut impl Write, i: &UpcomingItem) -> std::io::Result<()> {
    let d = &i.directive;
    let who = d.assignee.as_deref().unwrap_or("(no assignee)");
    match &i.task {
        Some(t) => writeln!(out, "{:<10}  task {:>5}  {}  — for directive {} ({who}: {})", i.due.value, t.id, t.text, d.id, d.action),
        None => writeln!(out, "{:<10}  directive {:>5}  {who}: {}", i.due.value, d.id, d.action),
    }
}

pub fn upcoming(lib: &Library, days: u32, json: bool) -> Res {
    let up = lib.upcoming(days)?;
    if json {
        crate::print_json(&up)?;
    } else {
        let mut out = std::io::stdout().lock();
        writeln!(out, "Overdue ({}):", up.overdue.len())?;
        for i in &up.overdue {
            write_upcoming(&mut out, i)?;
        }
        writeln!(out, "\nDue in the next {} days ({}):", up.days, up.soon.len())?;
        for i in &up.soon {
            write_upcoming(&mut out, i)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn history(lib: &Library, id: i64, json: bool) -> Res {
    let list = lib.history(id)?;
    if json {
        crate::print_json(&list)?;
    } else {
        let mut out = std::io::stdout().lock();
        for h in &list {
            write_history(&mut out, h)?;
        }
        eprintln!("{} changes", list.len());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn undo(lib: &mut Library, id: Option<i64>) -> Res {
    match lib.undo_last(id)? {
        Some(h) => {
            let mut out = std::io::stdout().lock();
            write_history(&mut out, &h)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("nothing to undo");
            Ok(ExitCode::FAILURE)
        }
    }
}
