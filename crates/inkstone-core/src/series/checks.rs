//! Series warnings for `inkstone check` and the diagnostics panel: a stale block, two
//! parts with one number, a published post linking a draft part.

use super::block::{claims, find, quote_for};
use super::model::{build_series, Series, SeriesPost};
use super::settings::SeriesSettings;
use crate::check::targets::normalize_url;
use crate::check::{Diagnostic, Severity};
use crate::front_matter::{self, FrontMatter, Split};
use crate::schema::{InkstoneConfig, CONFIG_FILE_NAME};
use crate::site::Site;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

/// The site-wide half of the series checks, built once: every series, and which parts
/// each post is (a post may be in several series).
pub struct SeriesChecks {
    settings: SeriesSettings,
    all: Vec<Series>,
    /// Post path → (series index, part index), in series order.
    parts: HashMap<String, Vec<(usize, usize)>>,
}

impl SeriesChecks {
    /// The series of `site`; `Err` is the warning about broken series settings.
    pub fn new(site: &Site) -> Result<SeriesChecks, Diagnostic> {
        // A broken inkstone.yaml is reported by the field checks; series then use defaults.
        let config = InkstoneConfig::load(site.root()).unwrap_or_default();
        let settings = SeriesSettings::from_config(&config, Path::new(CONFIG_FILE_NAME))
            .map_err(|error| settings_problem(&error))?;
        let all = build_series(site, &settings);
        let mut parts: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (s, series) in all.iter().enumerate() {
            for (p, part) in series.posts.iter().enumerate() {
                parts.entry(part.path.clone()).or_default().push((s, p));
            }
        }
        Ok(SeriesChecks {
            settings,
            all,
            parts,
        })
    }

    /// Whether the post at `rel_path` is a part of any series.
    pub fn is_part(&self, rel_path: &str) -> bool {
        self.parts.contains_key(rel_path)
    }

    /// The series warnings of one file, given its text (a buffer or the file on disk).
    pub fn check_text(&self, rel_path: &str, text: &str) -> Vec<Diagnostic> {
        if !self.is_part(rel_path) {
            return Vec::new();
        }
        match front_matter::read(text) {
            Ok((split, front_matter)) => self.check_parsed(rel_path, text, &split, &front_matter),
            Err(_) => Vec::new(),
        }
    }

    /// `check_text` for a file already split and parsed.
    pub fn check_parsed(
        &self,
        rel_path: &str,
        text: &str,
        split: &Split,
        front_matter: &FrontMatter,
    ) -> Vec<Diagnostic> {
        let Some(places) = self.parts.get(rel_path) else {
            return Vec::new();
        };
        let file = PartFile {
            text,
            split,
            front_matter,
        };
        places
            .iter()
            .flat_map(|&(s, p)| {
                let series = &self.all[s];
                let is_first = self.is_first(rel_path, s);
                check_part(&self.settings, series, &series.posts[p], is_first, &file)
            })
            .collect()
    }

    /// A post in several series carries the block of the first one only.
    fn is_first(&self, rel_path: &str, series: usize) -> bool {
        self.parts
            .get(rel_path)
            .and_then(|places| places.first())
            .is_some_and(|&(first, _)| first == series)
    }
}

/// Every series warning of the site, series by series, part by part.
pub fn check_site(site: &Site) -> Vec<Diagnostic> {
    let checks = match SeriesChecks::new(site) {
        Ok(checks) => checks,
        Err(problem) => return vec![problem],
    };
    let places: Vec<(usize, usize)> = checks
        .all
        .iter()
        .enumerate()
        .flat_map(|(s, series)| (0..series.posts.len()).map(move |p| (s, p)))
        .collect();
    places
        .par_iter()
        .flat_map_iter(|&(s, p)| {
            let series = &checks.all[s];
            let part = &series.posts[p];
            let Some(post) = site.post(&part.path) else {
                return Vec::new();
            };
            // An unreadable file is the checks' problem to report, not the series'.
            let Ok(file) = site.read_post(post) else {
                return Vec::new();
            };
            let file = PartFile {
                text: &file.text,
                split: &file.split,
                front_matter: &file.front_matter,
            };
            check_part(
                &checks.settings,
                series,
                part,
                checks.is_first(&part.path, s),
                &file,
            )
        })
        .collect()
}

/// The series warnings of one file's text (an unsaved buffer) in its indexed site.
pub fn check_file(site: &Site, rel_path: &str, text: &str) -> Vec<Diagnostic> {
    match SeriesChecks::new(site) {
        Ok(checks) => checks.check_text(rel_path, text),
        Err(_) => Vec::new(),
    }
}

/// The file of one series part, split and parsed.
struct PartFile<'a> {
    text: &'a str,
    split: &'a Split,
    front_matter: &'a FrontMatter,
}

fn settings_problem(error: &super::SeriesError) -> Diagnostic {
    Diagnostic {
        path: CONFIG_FILE_NAME.to_string(),
        line: 1,
        column: 1,
        severity: Severity::Warning,
        code: error.code().to_string(),
        message: error.to_string(),
        hint: "fix the `series:` section of inkstone.yaml (see docs/series.md)".into(),
    }
}

fn check_part(
    settings: &SeriesSettings,
    series: &Series,
    part: &SeriesPost,
    is_first_series: bool,
    file: &PartFile<'_>,
) -> Vec<Diagnostic> {
    let (text, split, front_matter) = (file.text, file.split, file.front_matter);
    let warn = |line: u32, code: &str, message: String| Diagnostic {
        path: part.path.clone(),
        line,
        column: 1,
        severity: Severity::Warning,
        code: code.to_string(),
        message,
        hint: format!("run `inkstone series sync {}`", series.name),
    };
    let mut diagnostics = Vec::new();
    if let Some(order) = part.order.filter(|n| series.duplicates.contains(n)) {
        let others: Vec<&str> = series
            .posts
            .iter()
            .filter(|p| p.order == Some(order) && p.path != part.path)
            .map(|p| p.path.as_str())
            .collect();
        let line = settings
            .order_fields()
            .iter()
            .find_map(|key| {
                front_matter
                    .key_lines
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(key))
                    .map(|(_, line)| *line)
            })
            .unwrap_or(1);
        diagnostics.push(warn(
            line,
            "series-duplicate-part",
            format!(
                "part number {order} of series “{}” is also given to {}",
                series.name,
                others.join(", ")
            ),
        ));
    }
    if !is_first_series {
        return diagnostics;
    }
    let body = text.get(split.body.clone()).unwrap_or("");
    // A hand-written block is the writer's own prose (titles shortened, parts
    // described): it is checked once `series sync` has converted it to a marked one.
    let Some(found) = find(settings, body).filter(|found| found.marked) else {
        return diagnostics;
    };
    let line = split.body_first_line + body[..found.quote_start].matches('\n').count() as u32;
    for draft in linked_drafts(series, part, &found.quote) {
        diagnostics.push(warn(
            line,
            "series-links-draft",
            format!(
                "this published post links part {} 〈{}〉 of “{}”, which is a draft: the link will not work on the site",
                draft.part, draft.title, series.name
            ),
        ));
    }
    let expected = quote_for(settings, series, part);
    if found.quote != expected {
        let reasons = stale_reasons(series, part, &found.quote, &expected);
        diagnostics.push(warn(
            line,
            "series-block-stale",
            format!(
                "the series block of “{}” is out of date: {}",
                series.name,
                reasons.join("; ")
            ),
        ));
    }
    diagnostics
}

fn linked_drafts<'a>(series: &'a Series, part: &SeriesPost, quote: &str) -> Vec<&'a SeriesPost> {
    if part.draft {
        return Vec::new();
    }
    let linked: Vec<String> = claims(quote)
        .links
        .iter()
        .map(|(_, url)| normalize_url(url))
        .collect();
    series
        .posts
        .iter()
        .filter(|p| p.draft && linked.contains(&normalize_url(&p.url)))
        .collect()
}

/// Why a block differs from the one the template gives, most telling reason first.
fn stale_reasons(series: &Series, part: &SeriesPost, found: &str, expected: &str) -> Vec<String> {
    let found = claims(found);
    let wanted = claims(expected);
    let mut reasons = Vec::new();
    match found.part {
        Some(n) if n != part.part => {
            reasons.push(format!("it says part {n}, but this is part {}", part.part))
        }
        _ => {}
    }
    let found_urls: Vec<String> = found.links.iter().map(|(_, u)| normalize_url(u)).collect();
    for (title, url) in &wanted.links {
        if !found_urls.contains(&normalize_url(url)) {
            reasons.push(format!("it does not link 〈{title}〉 ({url})"));
        }
    }
    for (title, url) in &found.links {
        let url_key = normalize_url(url);
        match series
            .posts
            .iter()
            .find(|p| normalize_url(&p.url) == url_key)
        {
            Some(target) if target.title != *title => reasons.push(format!(
                "it links {url} as 〈{title}〉, but that part is now titled 〈{}〉",
                target.title
            )),
            Some(_) => {}
            None => reasons.push(format!(
                "it links {url}, which is no longer a part of the series (moved or removed)"
            )),
        }
    }
    if reasons.is_empty() {
        reasons.push("its wording differs from the series template".into());
    }
    reasons
}
