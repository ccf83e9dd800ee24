//! Checking one content file: its front matter fields, images and body links.

use super::checker::Checker;
use super::field::{missing_field, unknown_field, validate_field, FieldAt};
use super::links::{body_links, LinkKind};
use super::targets::{content_relative, normalize_url};
use super::{Diagnostic, Severity};
use crate::front_matter::{FrontMatter, Split};
use crate::schema::infer::is_image_path;
use crate::schema::FieldType;
use crate::site::{PostKind, Site};
use serde_json::Value;

/// One file as the checks see it: saved or not, already split and parsed.
pub struct FileUnderCheck<'a> {
    pub path: &'a str,
    pub text: &'a str,
    pub split: &'a Split,
    pub front_matter: &'a FrontMatter,
    pub kind: PostKind,
    /// The page URL, for duplicate detection; `None` when not yet indexed.
    pub url: Option<&'a str>,
}

pub fn check_post(checker: &Checker, site: &Site, file: &FileUnderCheck) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    check_fields(checker, file, &mut found);
    check_body(checker, site, file, &mut found);
    check_duplicate_url(checker, file, &mut found);
    found
}

fn check_fields(checker: &Checker, file: &FileUnderCheck, found: &mut Vec<Diagnostic>) {
    let fm = file.front_matter;
    for (key, value) in &fm.fields {
        let line = fm
            .key_lines
            .get(key)
            .copied()
            .unwrap_or(file.split.block_first_line);
        let at = FieldAt {
            path: file.path,
            line,
            column: key_column(file.text, line, key),
        };
        let Some(spec) = checker.schema.field(key) else {
            found.extend(unknown_field(&checker.schema, key, &at));
            continue;
        };
        let pattern = checker.patterns.get(&spec.name.to_lowercase());
        found.extend(validate_field(spec, pattern, key, value, &at));
        if let Some(to) = spec.ref_to.as_deref() {
            found.extend(checker.refs.check(to, key, value, &at));
        }
        if spec.field_type == FieldType::Image || spec.item == Some(FieldType::Image) {
            check_images(checker, file, key, value, &at, found);
        }
    }
    let block_start = file.split.block_first_line.saturating_sub(1).max(1);
    let at = FieldAt {
        path: file.path,
        line: block_start,
        column: 1,
    };
    for spec in checker.schema.fields.iter().filter(|f| f.required) {
        let present = fm.fields.keys().any(|k| k.eq_ignore_ascii_case(&spec.name));
        if !present {
            found.push(missing_field(spec, &at));
        }
    }
}

fn check_images(
    checker: &Checker,
    file: &FileUnderCheck,
    key: &str,
    value: &Value,
    at: &FieldAt,
    found: &mut Vec<Diagnostic>,
) {
    let paths: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    for path in paths
        .into_iter()
        .filter(|p| !p.trim().is_empty() && !p.contains("://"))
    {
        if !image_exists(checker, file, path, true) {
            found.push(at.diagnostic(
                Severity::Error,
                "image-missing",
                format!("`{key}` names `{path}`, which does not exist"),
                "put the file under static/ (for /images/a.webp: static/images/a.webp) or fix the path".to_string(),
            ));
        }
    }
}

/// Whether an image path resolves: site paths against `static/` (and `assets/`),
/// relative paths against the page bundle.
fn image_exists(checker: &Checker, file: &FileUnderCheck, path: &str, allow_assets: bool) -> bool {
    let clean = path.split(['?', '#']).next().unwrap_or(path);
    if checker.targets.has_static_file(clean) {
        return true;
    }
    let relative = clean.trim_start_matches('/');
    if allow_assets
        && !relative.split('/').any(|p| p == "..")
        && checker.assets_dir.join(relative).is_file()
    {
        return true;
    }
    if clean.starts_with('/') {
        return false;
    }
    let folder = file.path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let decoded = super::targets::percent_decode(relative);
    checker.root.join(folder).join(decoded).is_file()
}

fn check_body(checker: &Checker, site: &Site, file: &FileUnderCheck, found: &mut Vec<Diagnostic>) {
    let body = file.text.get(file.split.body.clone()).unwrap_or("");
    let rel = content_relative(site.config(), file.path).to_lowercase();
    let folder = rel.rsplit_once('/').map_or("", |(dir, _)| dir);
    for link in body_links(body, file.split.body_first_line) {
        let at = FieldAt {
            path: file.path,
            line: link.line,
            column: link.column,
        };
        let target = link.target.as_str();
        match link.kind {
            LinkKind::Ref => {
                if !checker.targets.has_ref(folder, target) {
                    found.push(
                        at.diagnostic(
                            Severity::Error,
                            "ref-broken",
                            format!("`ref` to `{target}` finds no page, and Hugo stops the build"),
                            "use the path of an existing content file, such as `posts/my-post.md`"
                                .to_string(),
                        ),
                    );
                }
            }
            LinkKind::Image => {
                if !target.contains("://")
                    && !target.starts_with("data:")
                    && !image_exists(checker, file, target, true)
                {
                    found.push(
                        at.diagnostic(
                            Severity::Error,
                            "image-missing",
                            format!("the image `{target}` does not exist"),
                            "put the file under static/ or in the page bundle, or fix the path"
                                .to_string(),
                        ),
                    );
                }
            }
            LinkKind::Link => check_link(checker, folder, target, &at, found),
        }
    }
}

fn check_link(
    checker: &Checker,
    folder: &str,
    target: &str,
    at: &FieldAt,
    found: &mut Vec<Diagnostic>,
) {
    let site_path = if target.starts_with('/') && !target.starts_with("//") {
        target
    } else if target.contains("://") {
        match checker.targets.own_path(target) {
            Some(path) => path,
            None => return,
        }
    } else {
        let file_part = target.split(['#', '?']).next().unwrap_or("");
        if (file_part.ends_with(".md") || file_part.ends_with(".markdown"))
            && !target.contains(':')
            && !checker.targets.has_markdown_file(folder, target)
        {
            found.push(broken_link(target, at));
        }
        return;
    };
    let path_only = site_path.split(['#', '?']).next().unwrap_or("");
    let last = path_only.rsplit('/').next().unwrap_or("");
    if let Some((_, ext)) = last.rsplit_once('.') {
        let missing_image = is_image_path(path_only) && !checker.targets.has_static_file(path_only);
        if missing_image {
            found.push(at.diagnostic(
                Severity::Error,
                "image-missing",
                format!("the link points at `{target}`, which does not exist"),
                "put the file under static/ or fix the path".to_string(),
            ));
        }
        if ext.eq_ignore_ascii_case("html") && !checker.targets.has_page(path_only) {
            found.push(broken_link(target, at));
        }
        return;
    }
    if !checker.targets.has_page(site_path) {
        found.push(broken_link(target, at));
    }
}

fn broken_link(target: &str, at: &FieldAt) -> Diagnostic {
    at.diagnostic(
        Severity::Error,
        "link-broken",
        format!("the link to `{target}` points at no page of this site"),
        "link to an existing post, such as `/posts/<slug>/`, or fix the path".to_string(),
    )
}

fn check_duplicate_url(checker: &Checker, file: &FileUnderCheck, found: &mut Vec<Diagnostic>) {
    let Some(url) = file.url else { return };
    let Some(owners) = checker.published_urls.get(&normalize_url(url)) else {
        return;
    };
    if owners.len() < 2 || !owners.iter().any(|p| p == file.path) {
        return;
    }
    let others: Vec<&str> = owners
        .iter()
        .map(String::as_str)
        .filter(|p| *p != file.path)
        .collect();
    let line = file.split.block_first_line.max(1);
    let at = FieldAt {
        path: file.path,
        line,
        column: 1,
    };
    found.push(at.diagnostic(
        Severity::Error,
        "url-duplicate",
        format!(
            "this page is published at `{url}`, like {}; only one of them will be on the site",
            others.join(", ")
        ),
        "give one of them another `slug` or `url`".to_string(),
    ));
}

/// The character column of `key` on its file line (1 when it cannot be found).
fn key_column(text: &str, line: u32, key: &str) -> u32 {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1) as usize) else {
        return 1;
    };
    match line_text.find(key) {
        Some(at) => u32::try_from(line_text[..at].chars().count() + 1).unwrap_or(1),
        None => 1,
    }
}
