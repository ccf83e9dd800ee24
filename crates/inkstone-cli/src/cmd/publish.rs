//! `inkstone publish [SITE_DIR] [-m MESSAGE] [--yes] [--dry-run]`: the Publish button's
//! pipeline, with progress on stderr and the outcome on stdout. Exit codes are listed in
//! docs/publishing.md.

use super::site_arg::open_site;
use inkstone_core::check::check_site;
use inkstone_core::publish::{
    default_message, publish, publish_status, ChangeKind, ChangedFile, PublishOutcome,
    PublishProgress, PublishRequest, StatusReport, UiLanguage,
};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Published, nothing to publish, or the dry run listed the changes.
const EXIT_DONE: u8 = 0;
/// Publishing ran and stopped on something the writer must handle (check errors,
/// conflict, refusal, sign-in, network); nothing was lost.
const EXIT_STOPPED: u8 = 1;
/// Publishing could not start (no site, not a repository, no remote, git missing …).
const EXIT_CANNOT_RUN: u8 = 2;
/// Without `--yes` and without a terminal to ask on: the changes were listed, nothing done.
const EXIT_NEEDS_CONFIRMATION: u8 = 3;

#[derive(clap::Args)]
pub struct PublishArgs {
    /// The site folder (or any folder inside it); default: the site around the cwd.
    pub site_dir: Option<PathBuf>,
    /// The commit message; default: "Publish: “title”, …" naming the posts.
    #[arg(short = 'm', long = "message")]
    pub message: Option<String>,
    /// Publish without asking for confirmation.
    #[arg(long)]
    pub yes: bool,
    /// List what would be published and the message, then stop.
    #[arg(long)]
    pub dry_run: bool,
    /// Publish only this file (relative to the site root); repeat for more. Default: every change.
    #[arg(long = "only", value_name = "PATH")]
    pub only: Vec<String>,
    /// Set `draft: false` in every draft post being published.
    #[arg(long)]
    pub undraft: bool,
    /// With --undraft: also set `date` to this (e.g. 2026-02-06T09:00:00+08:00).
    #[arg(long = "undraft-date", value_name = "DATE", requires = "undraft")]
    pub undraft_date: Option<String>,
    /// The language of the default message: `en` or `zh-TW`; default: from LANG.
    #[arg(long = "lang")]
    pub lang: Option<String>,
    /// `text`: a sentence; `json`: the outcome object the app receives.
    #[arg(long, value_enum, default_value_t = OutcomeFormat::Text)]
    pub format: OutcomeFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum OutcomeFormat {
    Text,
    Json,
}

pub fn run(args: PublishArgs) -> ExitCode {
    let site = match open_site(args.site_dir.as_deref()) {
        Ok(site) => site,
        Err(code) => return code,
    };
    let changes = match publish_status(site.root()) {
        Ok(StatusReport::Ready { status }) => status.changes,
        Ok(StatusReport::NotARepository) => {
            return finish(&PublishOutcome::NotARepository, args.format)
        }
        Ok(StatusReport::GitMissing) => return finish(&PublishOutcome::GitMissing, args.format),
        Err(error) => return fail(&error),
    };
    let chosen: Vec<ChangedFile> = changes
        .into_iter()
        .filter(|c| args.only.is_empty() || args.only.contains(&c.path))
        .collect();
    let request = PublishRequest {
        paths: (!args.only.is_empty()).then(|| args.only.clone()),
        message: args.message.clone(),
        undraft: if args.undraft {
            chosen
                .iter()
                .filter(|c| c.draft)
                .map(|c| c.path.clone())
                .collect()
        } else {
            vec![]
        },
        undraft_date: args.undraft_date.clone(),
        language: language(args.lang.as_deref()),
    };
    let message = request
        .message
        .clone()
        .unwrap_or_else(|| default_message(&chosen, request.language));
    if args.dry_run || !args.yes {
        print_plan(&chosen, &message);
        if args.dry_run {
            return ExitCode::from(EXIT_DONE);
        }
    }
    // With no files to commit, publishing only pushes earlier commits: nothing to confirm.
    if !args.yes && !chosen.is_empty() {
        if !std::io::stdin().is_terminal() {
            eprintln!(
                "inkstone: not published: pass --yes to publish without a terminal to confirm on"
            );
            return ExitCode::from(EXIT_NEEDS_CONFIRMATION);
        }
        if !confirmed(chosen.len()) {
            eprintln!("inkstone: not published");
            return ExitCode::from(EXIT_DONE);
        }
    }
    let checks = || check_site(&site).diagnostics;
    let mut report = |step: PublishProgress| {
        // The outcome line on stdout says how it ended; "done" would only repeat it.
        if step != PublishProgress::Done {
            eprintln!("inkstone: {}…", step.explain());
        }
    };
    match publish(
        site.root(),
        &request,
        &checks,
        &mut report,
        Arc::new(AtomicBool::new(false)),
    ) {
        Ok(outcome) => finish(&outcome, args.format),
        Err(error) => fail(&error),
    }
}

/// One line per file (`M path  “title” (draft)`), then the message, on stdout.
fn print_plan(chosen: &[ChangedFile], message: &str) {
    if chosen.is_empty() {
        println!("no changed files to commit");
        return;
    }
    for file in chosen {
        let letter = match file.change {
            ChangeKind::Added => "A",
            ChangeKind::Modified => "M",
            ChangeKind::Deleted => "D",
            ChangeKind::Renamed => "R",
        };
        let mut line = format!("{letter} {}", file.path);
        if let Some(from) = &file.from {
            line = format!("{letter} {from} -> {}", file.path);
        }
        if let Some(title) = &file.title {
            line.push_str(&format!("  “{title}”"));
        }
        if file.draft {
            line.push_str(" (draft)");
        }
        println!("{line}");
    }
    println!("message: {message}");
}

fn confirmed(count: usize) -> bool {
    eprint!(
        "Publish {count} file{}? [y/N] ",
        if count == 1 { "" } else { "s" }
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let read = std::io::stdin().lock().read_line(&mut answer);
    read.is_ok() && matches!(answer.trim(), "y" | "Y" | "yes" | "Yes")
}

fn language(flag: Option<&str>) -> UiLanguage {
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    UiLanguage::from_tag(
        flag.map(str::to_string)
            .or(from_env)
            .as_deref()
            .unwrap_or("en"),
    )
}

/// Prints the outcome on stdout and turns it into the documented exit code.
fn finish(outcome: &PublishOutcome, format: OutcomeFormat) -> ExitCode {
    match format {
        OutcomeFormat::Text => println!("{}", outcome.explain()),
        OutcomeFormat::Json => match serde_json::to_string(outcome) {
            Ok(json) => println!("{json}"),
            Err(error) => eprintln!("inkstone: could not write the outcome as JSON: {error}"),
        },
    }
    ExitCode::from(match outcome {
        PublishOutcome::Published { .. } | PublishOutcome::NothingToPublish => EXIT_DONE,
        PublishOutcome::NotARepository
        | PublishOutcome::NoRemote { .. }
        | PublishOutcome::DetachedHead
        | PublishOutcome::OperationInProgress { .. }
        | PublishOutcome::GitMissing => EXIT_CANNOT_RUN,
        _ => EXIT_STOPPED,
    })
}

fn fail(error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("inkstone: {error}");
    ExitCode::from(EXIT_CANNOT_RUN)
}
