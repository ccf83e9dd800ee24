//! What a link may point at on a site: page URLs, aliases, section pages, taxonomy
//! pages, content files (for `ref` and `.md` links), and files under `static/`.

use crate::site::{PostKind, Site, SiteConfig};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Every place on the site a link can land, built once per check run.
#[derive(Debug, Default)]
pub struct LinkTargets {
    /// Page URLs and aliases, normalized by `normalize_url`.
    urls: HashSet<String>,
    /// Every folder above a page URL: Hugo makes a list page for each section.
    folders: HashSet<String>,
    /// Content-relative paths, lowercased, with and without `.md`, bundles by folder.
    content_paths: HashSet<String>,
    /// File names and bundle folder names, for `ref "name"` lookups.
    base_names: HashSet<String>,
    /// Taxonomy plurals (`tags`): their pages are generated, not written.
    taxonomies: Vec<String>,
    languages: Vec<String>,
    base_host: Option<String>,
    base_path: String,
    pub static_dirs: Vec<PathBuf>,
}

impl LinkTargets {
    pub fn build(site: &Site) -> LinkTargets {
        let config = site.config();
        let mut targets = LinkTargets {
            taxonomies: config
                .taxonomies
                .values()
                .map(|p| p.to_lowercase())
                .collect(),
            languages: config
                .languages
                .iter()
                .map(|l| l.code.to_lowercase())
                .collect(),
            static_dirs: static_dirs(site.root()),
            ..LinkTargets::default()
        };
        (targets.base_host, targets.base_path) = split_base_url(&config.base_url);
        for post in site.posts() {
            let url = normalize_url(&post.summary.url);
            add_folders(&mut targets.folders, &url);
            targets.urls.insert(url);
            for alias in aliases(post) {
                targets.urls.insert(normalize_url(&alias));
            }
            let rel = content_relative(config, &post.summary.path).to_lowercase();
            targets.add_content_path(&rel, post.summary.kind);
        }
        targets
    }

    fn add_content_path(&mut self, rel: &str, kind: PostKind) {
        let without_ext = rel.rsplit_once('.').map_or(rel, |(stem, _)| stem);
        self.content_paths.insert(rel.to_string());
        self.content_paths.insert(without_ext.to_string());
        // Hugo makes a section page for every folder, with or without `_index.md`.
        let mut folder = without_ext;
        while let Some((parent, _)) = folder.rsplit_once('/') {
            if !self.content_paths.insert(parent.to_string()) {
                break;
            }
            folder = parent;
        }
        let mut name = without_ext.rsplit('/').next().unwrap_or(without_ext);
        if matches!(kind, PostKind::LeafBundle | PostKind::BranchBundle) {
            let folder = without_ext.rsplit_once('/').map_or("", |(dir, _)| dir);
            self.content_paths.insert(folder.to_string());
            name = folder.rsplit('/').next().unwrap_or(folder);
        }
        // Translations by file name (`post.zh-tw.md`) answer to `post` too.
        let mut parts: Vec<&str> = without_ext.split('/').collect();
        if let Some(last) = parts.last_mut() {
            if let Some((stem, lang)) = last.rsplit_once('.') {
                if self.languages.iter().any(|l| l == lang) {
                    *last = stem;
                    self.content_paths.insert(parts.join("/"));
                    self.base_names.insert(stem.to_string());
                }
            }
        }
        self.base_names.insert(name.to_string());
        let file_name = rel.rsplit('/').next().unwrap_or(rel);
        self.base_names.insert(file_name.to_string());
    }

    /// Whether a site path (`/posts/slug/#part`) is a page the site publishes.
    pub fn has_page(&self, path: &str) -> bool {
        let mut url = normalize_url(path);
        if !self.base_path.is_empty() {
            if let Some(rest) = url.strip_prefix(&self.base_path) {
                url = format!("/{}", rest.trim_start_matches('/'));
            }
        }
        if self.urls.contains(&url) || self.folders.contains(&url) || url == "/" {
            return true;
        }
        let first = url.trim_start_matches('/').split('/').next().unwrap_or("");
        if self.languages.iter().any(|l| l == first) {
            let rest = url
                .trim_start_matches('/')
                .strip_prefix(first)
                .unwrap_or("/");
            if rest == "/" || self.urls.contains(rest) || self.folders.contains(rest) {
                return true;
            }
            return self.is_taxonomy_page(rest);
        }
        self.is_taxonomy_page(&url)
    }

    fn is_taxonomy_page(&self, url: &str) -> bool {
        let first = url.trim_start_matches('/').split('/').next().unwrap_or("");
        self.taxonomies.iter().any(|t| t == first)
    }

    /// Whether a `ref` target names a content file, as Hugo looks it up: from the
    /// content root (`/posts/a.md`), relative to the page's folder, or by name alone.
    pub fn has_ref(&self, from_folder: &str, target: &str) -> bool {
        let path = target.split('#').next().unwrap_or("").to_lowercase();
        if path.is_empty() {
            return true; // `#anchor` on the page itself
        }
        let trimmed = path.trim_end_matches('/');
        if let Some(absolute) = trimmed.strip_prefix('/') {
            return absolute.is_empty() || self.content_paths.contains(&strip_md(absolute));
        }
        let relative = join_relative(from_folder, trimmed);
        if relative
            .as_deref()
            .is_some_and(|r| self.content_paths.contains(&strip_md(r)))
        {
            return true;
        }
        self.content_paths.contains(&strip_md(trimmed))
            || self.base_names.contains(trimmed)
            || self.base_names.contains(&strip_md(trimmed))
    }

    /// Whether a relative `.md` link (`../other.md#part`) names a content file.
    pub fn has_markdown_file(&self, from_folder: &str, target: &str) -> bool {
        let path = target.split(['#', '?']).next().unwrap_or("").to_lowercase();
        let path = percent_decode(&path);
        match join_relative(from_folder, &path) {
            Some(joined) => self.content_paths.contains(&strip_md(&joined)),
            None => false,
        }
    }

    /// The site path of an absolute URL on this site's own host (`https://example.org/posts/a/`).
    pub fn own_path<'a>(&self, url: &'a str) -> Option<&'a str> {
        let host = self.base_host.as_deref()?;
        let rest = url.split_once("://")?.1;
        let (url_host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        url_host
            .eq_ignore_ascii_case(host)
            .then_some(if path.is_empty() { "/" } else { path })
    }

    /// Whether a file exists under one of the static folders (`/images/a.webp`).
    pub fn has_static_file(&self, site_path: &str) -> bool {
        let relative = percent_decode(site_path.split(['#', '?']).next().unwrap_or(""))
            .trim_start_matches('/')
            .to_string();
        if relative.is_empty() || relative.split('/').any(|part| part == "..") {
            return false;
        }
        self.static_dirs
            .iter()
            .any(|dir| dir.join(&relative).is_file())
    }
}

/// A page URL in the form links are compared in: path only, lowercased (Hugo
/// lowercases paths by default), percent-decoded, with a trailing slash for pages.
pub fn normalize_url(url: &str) -> String {
    let path = url.split(['#', '?']).next().unwrap_or("");
    let mut path = percent_decode(path).to_lowercase();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    let last = path.rsplit('/').next().unwrap_or("");
    if !path.ends_with('/') && !last.contains('.') {
        path.push('/');
    }
    path
}

fn add_folders(folders: &mut HashSet<String>, url: &str) {
    let mut end = url.trim_end_matches('/').len();
    while let Some(slash) = url[..end].rfind('/') {
        folders.insert(url[..=slash].to_string());
        end = slash;
    }
}

fn aliases(post: &crate::site::Post) -> Vec<String> {
    let value = post
        .front_matter
        .fields
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("aliases"));
    match value.map(|(_, v)| v) {
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(str::to_string))
            .collect(),
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// A post's path below its content folder (`content/posts/a.md` → `posts/a.md`).
pub fn content_relative<'a>(config: &SiteConfig, path: &'a str) -> &'a str {
    let dirs = std::iter::once(config.content_dir.as_str())
        .chain(
            config
                .languages
                .iter()
                .filter_map(|l| l.content_dir.as_deref()),
        )
        .chain(config.content_mounts.iter().map(|m| m.source.as_str()));
    dirs.filter_map(|dir| {
        path.strip_prefix(dir.trim_end_matches('/'))
            .and_then(|r| r.strip_prefix('/'))
    })
    .min_by_key(|rest| rest.len())
    .unwrap_or(path)
}

fn strip_md(path: &str) -> String {
    path.strip_suffix(".md")
        .or_else(|| path.strip_suffix(".markdown"))
        .unwrap_or(path)
        .to_string()
}

/// `folder` + a relative path, with `.` and `..` resolved; `None` when it climbs out.
fn join_relative(folder: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

fn split_base_url(base_url: &str) -> (Option<String>, String) {
    let Some((_, rest)) = base_url.split_once("://") else {
        return (None, String::new());
    };
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = path.trim_matches('/');
    let base_path = if path.is_empty() {
        String::new()
    } else {
        format!("/{}/", path.to_lowercase())
    };
    (Some(host.to_lowercase()), base_path)
}

fn static_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![root.join("static")];
    if let Ok(themes) = std::fs::read_dir(root.join("themes")) {
        dirs.extend(themes.flatten().map(|theme| theme.path().join("static")));
    }
    dirs.retain(|d| d.is_dir());
    dirs
}

/// `%E4%B8%AD` → `中`; invalid sequences are kept as written.
pub fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}
