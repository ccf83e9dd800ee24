//! The `inkstone` command: thin subcommands over inkstone-core.
//!
//! Exit codes: 0 success, 1 the command ran and found errors, 2 it could not run.

mod cmd;

/// Indexing allocates many small strings and maps; mimalloc makes a 10,000-post
/// `list` spend less time in malloc and free than the system allocator does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "inkstone",
    version,
    about = "Author a Hugo site: check, list, render, edit front matter"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Each subcommand's arguments and body live in its own file under `cmd/`.
#[derive(Subcommand)]
enum Command {
    /// Every problem in the site's content: front matter, images, internal links.
    Check(cmd::check::CheckArgs),
    /// Set or remove one front matter field, changing only that field's lines.
    Fm(cmd::fm::FmArgs),
    /// Every content file of the site, newest first.
    List(cmd::list::ListArgs),
    /// A new draft post from the site's archetype; prints its path (see docs/new-post.md).
    New(cmd::new::NewArgs),
    /// Commit the site's changes and push them, never forced; see docs/publishing.md.
    Publish(cmd::publish::PublishArgs),
    /// The preview HTML of a post's body (Hugo's HTML plus `data-*` preview marks).
    Render(cmd::render::RenderArgs),
    /// Series in order; regenerate their cross-link blocks (see docs/series.md).
    Series(cmd::series::SeriesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => cmd::check::run(args),
        Command::Fm(args) => cmd::fm::run(args),
        Command::List(args) => cmd::list::run(args),
        Command::New(args) => cmd::new::run(args),
        Command::Publish(args) => cmd::publish::run(args),
        Command::Render(args) => cmd::render::run(args),
        Command::Series(args) => cmd::series::run(args),
    }
}
