//! A post's URL path computed as Hugo does: `url`, then `[permalinks]`, then the default.

use super::dates::PostDate;
use super::discover::ContentFile;
use super::post::PostKind;
use super::SiteConfig;
use jiff::civil::Weekday;

/// What a URL is made of, gathered from the file's place and its front matter.
pub(crate) struct UrlInputs<'a> {
    pub file: &'a ContentFile,
    pub url: Option<&'a str>,
    pub slug: Option<&'a str>,
    pub title: &'a str,
    pub date: Option<PostDate>,
}

/// The page's path on the site, always starting and (for pages) ending with `/`.
pub(crate) fn post_url(inputs: &UrlInputs<'_>, config: &SiteConfig) -> String {
    if let Some(url) = inputs.url.map(str::trim).filter(|u| !u.is_empty()) {
        return explicit_url(url);
    }
    let file = inputs.file;
    let pattern = match file.kind {
        PostKind::BranchBundle => None,
        _ => config.permalinks.get(&file.section().to_lowercase()),
    };
    let path = match pattern {
        Some(pattern) => expand_pattern(pattern, inputs, config),
        None => default_path(inputs, config),
    };
    let lang_prefix = if file.lang != config.default_language || config.default_language_in_subdir {
        format!("/{}", file.lang)
    } else {
        String::new()
    };
    clean_path(&format!("{lang_prefix}/{path}/"))
}

/// `url` front matter is used as written, with a leading slash and, when its last part
/// has no extension, a trailing one.
fn explicit_url(url: &str) -> String {
    if url.contains("://") {
        return url.to_string();
    }
    let mut path = format!("/{}", url.trim_start_matches('/'));
    let last = path.rsplit('/').next().unwrap_or("");
    if !path.ends_with('/') && !last.contains('.') {
        path.push('/');
    }
    path
}

fn default_path(inputs: &UrlInputs<'_>, config: &SiteConfig) -> String {
    let file = inputs.file;
    let folders = file.sections.join("/");
    let folders = path_part(&folders, config);
    match file.kind {
        PostKind::BranchBundle => folders,
        _ => {
            let name = inputs.slug.filter(|s| !s.is_empty()).map_or_else(
                || path_part(&file.base_name, config),
                |s| path_part(s, config),
            );
            format!("{folders}/{name}")
        }
    }
}

/// Replaces every `:token` of a permalink pattern. Unknown tokens stay as written.
fn expand_pattern(pattern: &str, inputs: &UrlInputs<'_>, config: &SiteConfig) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(colon) = rest.find(':') {
        out.push_str(&rest[..colon]);
        let after = &rest[colon + 1..];
        let token_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let token = &after[..token_len];
        match token_value(token, inputs, config) {
            Some(value) => out.push_str(&value),
            None => {
                out.push(':');
                out.push_str(token);
            }
        }
        rest = &after[token_len..];
    }
    out.push_str(rest);
    out
}

fn token_value(token: &str, inputs: &UrlInputs<'_>, config: &SiteConfig) -> Option<String> {
    let file = inputs.file;
    // Go's zero time (year 1, January 1st, a Monday) when the post has no date.
    let date = inputs.date.map(|d| d.local.date());
    let slug = inputs.slug.filter(|s| !s.is_empty());
    Some(match token {
        "year" => date.map_or(1, |d| i32::from(d.year())).to_string(),
        "month" => format!("{:02}", date.map_or(1, |d| d.month())),
        "monthname" => month_name(date.map_or(1, |d| d.month())).to_string(),
        "day" => format!("{:02}", date.map_or(1, |d| d.day())),
        "weekday" => date.map_or(1, |d| weekday_number(d.weekday())).to_string(),
        "yearday" => date.map_or(1, |d| d.day_of_year()).to_string(),
        "section" => path_part(file.section(), config),
        "sections" => path_part(&file.sections.join("/"), config),
        "title" => urlize(inputs.title, config),
        "slug" => urlize(slug.unwrap_or(inputs.title), config),
        "slugorfilename" => {
            slug.map_or_else(|| path_part(&file.base_name, config), |s| urlize(s, config))
        }
        "filename" | "contentbasename" => path_part(&file.base_name, config),
        _ => return None,
    })
}

fn weekday_number(weekday: Weekday) -> i8 {
    weekday.to_sunday_zero_offset()
}

fn month_name(month: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    NAMES[usize::try_from(month - 1).unwrap_or(0).min(11)]
}

/// Hugo's `urlize` (as hugo 0.111 does it): keep letters, digits, marks and
/// `._~#@/\-`; whitespace becomes one hyphen (none at the start, none next to a written
/// hyphen); everything else, `+` and `%` included, is dropped; then lowercase.
pub(crate) fn urlize(text: &str, config: &SiteConfig) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_hyphen = !out.is_empty() && !out.ends_with('-');
        } else if c.is_alphanumeric()
            || is_mark(c)
            || matches!(c, '.' | '/' | '\\' | '_' | '#' | '~' | '-' | '@')
        {
            if pending_hyphen && c != '-' {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c);
        }
    }
    if config.disable_path_to_lower {
        out
    } else {
        out.to_lowercase()
    }
}

/// A path made of folder and file names, urlized piece by piece.
fn path_part(path: &str, config: &SiteConfig) -> String {
    urlize(path, config)
}

/// Combining marks (accents written as separate code points) are kept, as in Hugo.
fn is_mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || matches!(u32::from(c), 0x0900..=0x0DFF if !c.is_alphanumeric())
}

/// Collapses repeated slashes so patterns and prefixes join cleanly.
fn clean_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c == '/' && out.ends_with('/') {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
