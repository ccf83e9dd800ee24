//! `inkstone new TITLE`: a new draft from the site's archetype; prints its path.

use super::site_arg::open_site;
use inkstone_core::new_post::{
    create_new_post, parse_now, plan_new_post, NewPostError, NewPostRequest, Zoned,
};
use std::path::PathBuf;
use std::process::ExitCode;

/// Set to an RFC 3339 time (`2026-02-06T09:00:00+08:00`) to make the new post's date
/// and file name deterministic, as the tests do.
pub const NOW_VARIABLE: &str = "INKSTONE_NOW";

#[derive(clap::Args)]
pub struct NewArgs {
    /// The post's title, in any language; the slug is made from it.
    pub title: String,
    /// The site's folder (default: the site around the current folder).
    #[arg(long)]
    pub site: Option<PathBuf>,
    /// The section (folder under content/); default: `new_post.section`, else posts.
    #[arg(long)]
    pub section: Option<String>,
    /// Put the post in this series.
    #[arg(long)]
    pub series: Option<String>,
    /// Use this slug instead of one made from the title.
    #[arg(long)]
    pub slug: Option<String>,
    /// The language code (default: the site's default language).
    #[arg(long)]
    pub lang: Option<String>,
}

/// Prints the new file's path relative to the site root. Exit 1 when the post cannot
/// be made as asked (the reason and its fix on stderr), 2 when there is no site or
/// `INKSTONE_NOW` is not a time.
pub fn run(args: NewArgs) -> ExitCode {
    let site = match open_site(args.site.as_deref()) {
        Ok(site) => site,
        Err(code) => return code,
    };
    let now = match now() {
        Ok(now) => now,
        Err(message) => {
            eprintln!("inkstone: {message}");
            return ExitCode::from(2);
        }
    };
    let request = NewPostRequest {
        title: args.title,
        section: args.section,
        series: args.series,
        lang: args.lang,
        slug: args.slug,
        defaults: Default::default(),
        now,
    };
    let created = plan_new_post(&site, &request)
        .and_then(|plan| create_new_post(site.root(), &plan).map(|_| plan.path));
    match created {
        Ok(path) => {
            println!("{path}");
            ExitCode::SUCCESS
        }
        Err(error) => report(&error),
    }
}

fn report(error: &NewPostError) -> ExitCode {
    eprintln!("inkstone: error[{}]: {error}", error.code());
    ExitCode::from(1)
}

/// The moment to date the post: `INKSTONE_NOW` when set, else the clock.
fn now() -> Result<Zoned, String> {
    match std::env::var(NOW_VARIABLE) {
        Err(_) => Ok(Zoned::now()),
        Ok(text) => parse_now(&text).ok_or_else(|| {
            format!("{NOW_VARIABLE} is `{text}`, not a time: use 2026-02-06T09:00:00+08:00")
        }),
    }
}
