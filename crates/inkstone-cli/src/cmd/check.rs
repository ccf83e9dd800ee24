//! `inkstone check [SITE_DIR] [--format text|json]`: every problem in the site's content.

use super::site_arg::{open_site, release_at_exit};
use inkstone_core::check::{check_site, CheckReport, Summary};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct CheckArgs {
    /// The site folder (or any folder inside it); default: the site around the cwd.
    pub site_dir: Option<PathBuf>,
    /// `text`: `path:line:column: severity[code]: message` per problem; `json`: the
    /// report with hints, as the app receives it.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// Exit 0 without errors (warnings allowed), 1 with errors, 2 when it could not run.
pub fn run(args: CheckArgs) -> ExitCode {
    let site = match open_site(args.site_dir.as_deref()) {
        Ok(site) => site,
        Err(code) => return code,
    };
    let report = check_site(&site);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match args.format {
        CheckFormat::Text => report
            .diagnostics
            .iter()
            .try_for_each(|d| writeln!(out, "{}", d.to_text_line())),
        CheckFormat::Json => write_json(&mut out, &report),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("inkstone: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    eprintln!("{}", summary_line(&report.summary));
    let errors = report.summary.errors;
    release_at_exit((site, report));
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json(out: &mut impl Write, report: &CheckReport) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    writeln!(out)
}

/// `checked 12 files: 1 error, 2 warnings`.
pub fn summary_line(summary: &Summary) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "checked {}: {}, {}",
        plural(summary.files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning")
    )
}
