//! `inkstone series list|sync`: a site's series in order, and regenerating their
//! cross-link blocks (`--dry-run` prints the diff instead of writing).

use super::site_arg::open_site;
use inkstone_core::series::{self, SeriesOverview, SeriesSettings};
use inkstone_core::site::Site;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct SeriesArgs {
    #[command(subcommand)]
    pub action: SeriesAction,
}

#[derive(clap::Subcommand)]
pub enum SeriesAction {
    /// Every series with its posts in order, and its problems.
    List {
        /// The site folder (or any folder inside it); default: the site around the cwd.
        site_dir: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = SeriesFormat::Text)]
        format: SeriesFormat,
    },
    /// Regenerate the cross-link block (and renumber the order field) in every post
    /// of series NAME.
    Sync {
        name: String,
        site_dir: Option<PathBuf>,
        /// Print the changes as a unified diff; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum SeriesFormat {
    Text,
    Json,
}

pub fn run(args: SeriesArgs) -> ExitCode {
    match args.action {
        SeriesAction::List { site_dir, format } => list(site_dir, format),
        SeriesAction::Sync {
            name,
            site_dir,
            dry_run,
        } => sync(&name, site_dir, dry_run),
    }
}

fn open(site_dir: Option<PathBuf>) -> Result<(Site, SeriesSettings), ExitCode> {
    let site = open_site(site_dir.as_deref())?;
    let settings = SeriesSettings::load(site.root()).map_err(|error| {
        eprintln!("inkstone: {error}");
        ExitCode::from(2)
    })?;
    Ok((site, settings))
}

fn list(site_dir: Option<PathBuf>, format: SeriesFormat) -> ExitCode {
    let (site, settings) = match open(site_dir) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let reports = series::overview(&site, &settings);
    match format {
        SeriesFormat::Json => match serde_json::to_string_pretty(&reports) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("inkstone: cannot write the list: {e}");
                return ExitCode::from(2);
            }
        },
        SeriesFormat::Text => print!("{}", text(&reports)),
    }
    ExitCode::SUCCESS
}

/// `Name (lang)`, then one line per part: `  3. [draft] path  Title`, then problems.
fn text(reports: &[SeriesOverview]) -> String {
    let mut out = String::new();
    for report in reports {
        let s = &report.series;
        out.push_str(&format!("{} ({})\n", s.name, s.lang));
        for post in &s.posts {
            let draft = if post.draft { "draft " } else { "" };
            out.push_str(&format!(
                "  {}. {draft}{}  {}\n",
                post.part, post.path, post.title
            ));
        }
        for problem in &report.problems {
            out.push_str(&format!("  {}\n", problem.to_text_line()));
        }
    }
    out
}

fn sync(name: &str, site_dir: Option<PathBuf>, dry_run: bool) -> ExitCode {
    let (site, settings) = match open(site_dir) {
        Ok(opened) => opened,
        Err(code) => return code,
    };
    let changes = match series::sync(&site, &settings, name) {
        Ok(changes) => changes,
        Err(error) => {
            eprintln!("inkstone: {error}");
            return ExitCode::from(2);
        }
    };
    if dry_run {
        print!("{}", series::unified_diff(&changes));
        return ExitCode::SUCCESS;
    }
    if let Err(error) = series::apply(&site, &changes) {
        eprintln!("inkstone: {error}");
        return ExitCode::from(2);
    }
    for change in &changes {
        println!("updated {}", change.path);
    }
    if changes.is_empty() {
        println!("series “{name}” is up to date");
    }
    ExitCode::SUCCESS
}
