//! Turning one content file's text into a `Post` (or a problem), without touching others.

use super::dates::{date_from_file_name, parse_post_date};
use super::discover::ContentFile;
use super::post::{field_terms, field_text, head_hash, Post, PostSummary};
use super::read_head::Head;
use super::urls::{post_url, UrlInputs};
use super::SiteConfig;
use crate::check::{Diagnostic, Severity};
use crate::front_matter::{self, FrontMatter, LineEnding, Split};
use jiff::tz::TimeZone;

/// Indexes one file from its head. The post is kept even when its front matter is
/// broken, so the writer can open and fix it; the problem says why.
pub(crate) fn index_head(
    file: &ContentFile,
    head: Head<'_>,
    config: &SiteConfig,
    zone: &TimeZone,
) -> (Post, Option<Diagnostic>) {
    let text = head.text;
    let (split, front_matter, problem) = match head.split {
        Ok(split) => match front_matter::parse(text, &split) {
            Ok(front_matter) => (split, front_matter, None),
            Err(error) => (split, FrontMatter::default(), Some(error)),
        },
        // A split fails only once the whole file has been read: `text` is all of it.
        Err(error) => (all_body(text), FrontMatter::default(), Some(error)),
    };
    let problem = problem.map(|error| Diagnostic::front_matter(&file.rel_path, &error));
    let head_hash = head_hash(text, &split);
    (
        build_post(file, head_hash, split, front_matter, config, zone),
        problem,
    )
}

/// A `Split` for a file whose front matter could not be found: all of it is body.
fn all_body(text: &str) -> Split {
    Split {
        bom: text.starts_with('\u{feff}'),
        format: None,
        block: 0..0,
        block_first_line: 1,
        body: 0..text.len(),
        body_first_line: 1,
        line_ending: if text.contains("\r\n") {
            LineEnding::CrLf
        } else {
            LineEnding::Lf
        },
    }
}

/// A problem for a file that could not be read at all.
pub(crate) fn read_problem(rel_path: &str, code: &str, message: String, hint: &str) -> Diagnostic {
    Diagnostic {
        path: rel_path.to_string(),
        line: 1,
        column: 1,
        severity: Severity::Error,
        code: code.to_string(),
        message,
        hint: hint.to_string(),
    }
}

fn build_post(
    file: &ContentFile,
    head_hash: u64,
    split: Split,
    front_matter: FrontMatter,
    config: &SiteConfig,
    zone: &TimeZone,
) -> Post {
    let title = field_text(&front_matter, "title").unwrap_or_default();
    let (date, file_name_slug) = post_date(file, &front_matter, config);
    let parsed_date = date.as_deref().and_then(|d| parse_post_date(d, zone));
    let slug = field_text(&front_matter, "slug").or(file_name_slug);
    let url_field = field_text(&front_matter, "url");
    let url = post_url(
        &UrlInputs {
            file,
            url: url_field.as_deref(),
            slug: slug.as_deref(),
            title: &title,
            date: parsed_date,
        },
        config,
    );
    let summary = PostSummary {
        path: file.rel_path.clone(),
        section: file.section().to_string(),
        lang: file.lang.clone(),
        kind: file.kind,
        title,
        date,
        draft: front_matter.is_true("draft"),
        tags: field_terms(&front_matter, "tags"),
        categories: field_terms(&front_matter, "categories"),
        series: field_terms(&front_matter, "series"),
        url,
    };
    Post {
        summary,
        body_first_line: split.body_first_line,
        front_matter,
        split,
        timestamp: parsed_date.map(|d| d.timestamp),
        head_hash,
    }
}

/// The date as the config's `[frontmatter] date` sources find it, and the slug the
/// file name gives when the date came from it (Hugo sets both from `:filename`).
fn post_date(
    file: &ContentFile,
    front_matter: &FrontMatter,
    config: &SiteConfig,
) -> (Option<String>, Option<String>) {
    for source in &config.date_sources {
        match source.as_str() {
            ":filename" => {
                if let Some((date, slug)) = date_from_file_name(&file.base_name) {
                    let slug = Some(slug).filter(|s| !s.is_empty());
                    return (Some(date), slug);
                }
            }
            // Modification times and git dates are not what the writer wrote.
            ":filemodtime" | ":git" => {}
            key => {
                if let Some(date) = field_text(front_matter, key).filter(|d| !d.trim().is_empty()) {
                    return (Some(date), None);
                }
            }
        }
    }
    (None, None)
}
