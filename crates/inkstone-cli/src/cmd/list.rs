//! `inkstone list [SITE_DIR] [--format text|json]`: every content file of the site.

use super::site_arg::{open_site, release_at_exit};
use inkstone_core::site::PostSummary;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ListArgs {
    /// The site folder (or any folder inside it); default: the site around the cwd.
    pub site_dir: Option<PathBuf>,
    /// `text`: one line per post (date, draft marker, path, title); `json`: an array
    /// with one object per content file.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// Lists the posts newest first. Files that could not be read or parsed are reported
/// on stderr; they do not change the exit code, as listing still worked.
pub fn run(args: ListArgs) -> ExitCode {
    let site = match open_site(args.site_dir.as_deref()) {
        Ok(site) => site,
        Err(code) => return code,
    };
    for problem in site.problems() {
        eprintln!("{}", problem.to_text_line());
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut summaries = site.posts().iter().map(|post| &post.summary);
    let written = match args.format {
        ListFormat::Text => {
            summaries.try_for_each(|summary| writeln!(out, "{}", text_line(summary)))
        }
        ListFormat::Json => write_json(&mut out, summaries),
    };
    let flushed = written.and_then(|()| out.flush());
    release_at_exit(site);
    match flushed {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`inkstone list | head`) is not a failure of the listing.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("inkstone: cannot write the list: {e}");
            ExitCode::from(2)
        }
    }
}

/// `2026-02-06T09:00:00+08:00  draft  content/posts/x.md  Title`; undated posts show `-`.
fn text_line(summary: &PostSummary) -> String {
    let line = format!(
        "{:<25}  {:<5}  {}  {}",
        summary.date.as_deref().unwrap_or("-"),
        if summary.draft { "draft" } else { "" },
        summary.path,
        summary.title
    );
    line.trim_end().to_string()
}

/// A JSON array with one object per line, so it is both valid JSON and greppable.
fn write_json<'a>(
    out: &mut impl Write,
    summaries: impl Iterator<Item = &'a PostSummary>,
) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (i, summary) in summaries.enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, summary)?;
    }
    out.write_all(b"\n]\n")
}
