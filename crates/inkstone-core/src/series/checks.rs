//! Series warnings for `inkstone check` and the diagnostics panel: a stale block, two
//! parts with one number, a published post linking a draft part.

use super::block::{claims, find, quote_for};
use super::model::{build_series, Series, SeriesPost};
use super::settings::SeriesSettings;
use crate::check::targets::normalize_url;
use crate::check::{Diagnostic, Severity};
use crate::front_matter;
use crate::schema::{InkstoneConfig, CONFIG_FILE_NAME};
use crate::site::Site;
use std::path::Path;

/// Every series warning of the site.
pub fn check_site(site: &Site) -> Vec<Diagnostic> {
    // A broken inkstone.yaml is reported by the field checks; series then use defaults.
    let config = InkstoneConfig::load(site.root()).unwrap_or_default();
    let settings = match SeriesSettings::from_config(&config, Path::new(CONFIG_FILE_NAME)) {
        Ok(settings) => settings,
        Err(error) => return vec![settings_problem(&error)],
    };
    let all = build_series(site, &settings);
    let mut diagnostics = Vec::new();
    for series in &all {
        for part in &series.posts {
            if let Some(post) = site.post(&part.path) {
                diagnostics.extend(check_part(&settings, &all, series, part, &post.text));
            }
        }
    }
    diagnostics
}

/// The series warnings of one file's text (an unsaved buffer) in its indexed site.
pub fn check_file(site: &Site, rel_path: &str, text: &str) -> Vec<Diagnostic> {
    let config = InkstoneConfig::load(site.root()).unwrap_or_default();
    let Ok(settings) = SeriesSettings::from_config(&config, Path::new(CONFIG_FILE_NAME)) else {
        return Vec::new();
    };
    let all = build_series(site, &settings);
    let mut diagnostics = Vec::new();
    for series in &all {
        if let Some(part) = series.part_of(rel_path) {
            diagnostics.extend(check_part(&settings, &all, series, part, text));
        }
    }
    diagnostics
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
    all: &[Series],
    series: &Series,
    part: &SeriesPost,
    text: &str,
) -> Vec<Diagnostic> {
    let Ok((split, front_matter)) = front_matter::read(text) else {
        return Vec::new();
    };
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
    // A post in several series carries the block of the first one only.
    let first_series = all.iter().find(|s| s.part_of(&part.path).is_some());
    if first_series.map(|s| (&s.name, &s.lang)) != Some((&series.name, &series.lang)) {
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
