//! Render options taken from an opened site: its goldmark settings, its own shortcodes,
//! its pages for `ref`/`relref`, its baseURL.

use super::options::{GoldmarkSettings, LinkResolver, RenderOptions};
use crate::site::{Post, Site};
use std::collections::BTreeSet;
use std::path::Path;

impl<'a> RenderOptions<'a> {
    /// Options for previewing any page of `site`, resolving links through its index.
    pub fn for_site(site: &'a Site) -> RenderOptions<'a> {
        RenderOptions {
            goldmark: GoldmarkSettings::from_config(&site.config().goldmark),
            site_shortcodes: site_shortcode_names(site.root()),
            links: Some(site),
            base_url: site.config().base_url.clone(),
            ..RenderOptions::default()
        }
    }

    /// The same options for one page: its path for diagnostics, its front matter for `param`.
    pub fn with_page(mut self, post: &Post) -> RenderOptions<'a> {
        self.path = post.summary.path.clone();
        self.params = post.front_matter.fields.clone().into_iter().collect();
        self
    }
}

/// Shortcode names from `layouts/shortcodes/` and `layouts/_shortcodes/`, the site's
/// themes included; `a/b.html` is the shortcode `a/b`.
pub fn site_shortcode_names(root: &Path) -> BTreeSet<String> {
    let mut layout_dirs = vec![root.join("layouts")];
    if let Ok(themes) = std::fs::read_dir(root.join("themes")) {
        layout_dirs.extend(themes.flatten().map(|theme| theme.path().join("layouts")));
    }
    let mut names = BTreeSet::new();
    for layouts in layout_dirs {
        for folder in ["shortcodes", "_shortcodes"] {
            collect_names(&layouts.join(folder), "", &mut names, 0);
        }
    }
    names
}

fn collect_names(dir: &Path, prefix: &str, names: &mut BTreeSet<String>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.is_dir() && depth < 8 {
            collect_names(&path, &format!("{prefix}{file_name}/"), names, depth + 1);
        } else if let Some(stem) = file_name.split('.').next().filter(|s| !s.is_empty()) {
            // `note.html`, `note.en.html`, `note.amp.html` are all the shortcode `note`.
            names.insert(format!("{prefix}{stem}"));
        }
    }
}

impl LinkResolver for Site {
    /// Hugo's lookup: a path under the content folder (`posts/a.md`, `/posts/a`), or a
    /// file or bundle name alone (`a.md`, `a`).
    fn resolve(&self, target: &str) -> Option<String> {
        let wanted = page_key(target);
        if wanted.is_empty() {
            return None;
        }
        let absolute = target.starts_with('/');
        let content_dir = self.config().content_dir.trim_matches('/').to_string();
        let keyed = |post: &Post| {
            let path = post.summary.path.as_str();
            let under_content = path
                .strip_prefix(&format!("{content_dir}/"))
                .unwrap_or(path);
            page_key(under_content)
        };
        let posts = self.posts();
        posts
            .iter()
            .find(|post| keyed(post) == wanted)
            .or_else(|| {
                (!absolute)
                    .then(|| {
                        posts
                            .iter()
                            .find(|post| keyed(post).ends_with(&format!("/{wanted}")))
                    })
                    .flatten()
            })
            .map(|post| post.summary.url.clone())
    }
}

/// `posts/a.md`, `/posts/a/`, `posts/a/index.md` all become `posts/a`.
fn page_key(path: &str) -> String {
    let path = path.trim_matches('/');
    let path = path
        .strip_suffix(".md")
        .or_else(|| path.strip_suffix(".markdown"))
        .unwrap_or(path);
    let path = path
        .strip_suffix("/index")
        .or_else(|| path.strip_suffix("/_index"))
        .unwrap_or(path);
    path.to_string()
}

#[cfg(test)]
mod tests {
    use super::page_key;

    #[test]
    fn page_keys_ignore_extension_slashes_and_bundle_index() {
        for path in ["posts/a.md", "/posts/a/", "posts/a/index.md", "posts/a"] {
            assert_eq!(page_key(path), "posts/a");
        }
    }
}
