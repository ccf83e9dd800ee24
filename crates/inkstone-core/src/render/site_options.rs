//! Render options taken from an opened site: its goldmark settings, its own shortcodes,
//! its pages for `ref`/`relref`, its baseURL.

use super::options::{GoldmarkSettings, LinkResolver, RenderOptions};
use crate::site::{Post, Site};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

impl<'a> RenderOptions<'a> {
    /// Options for previewing any page of `site`, resolving links through its index.
    pub fn for_site(site: &'a Site) -> RenderOptions<'a> {
        RenderOptions {
            goldmark: GoldmarkSettings::from_config(&site.config().goldmark),
            site_shortcodes: cached_shortcode_names(site.root()),
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
    scan_shortcodes(root).names.as_ref().clone()
}

/// The names found by one scan, and every folder the scan looked at with its
/// modification time: a name can only appear or vanish when one of them changes.
struct ShortcodeScan {
    root: PathBuf,
    names: Arc<BTreeSet<String>>,
    folders: Vec<(PathBuf, Option<SystemTime>)>,
    /// Folder times are coarse (a clock tick): a folder changed just before the scan
    /// could change again without its time moving, so such a scan is not reused.
    settled: bool,
}

/// How long before a scan a folder's last change must lie for the scan to be reused.
const SETTLE: Duration = Duration::from_secs(2);

impl ShortcodeScan {
    fn still_valid(&self, root: &Path) -> bool {
        self.settled
            && self.root == root
            && self
                .folders
                .iter()
                .all(|(folder, seen)| modified(folder) == *seen)
    }
}

fn modified(folder: &Path) -> Option<SystemTime> {
    std::fs::metadata(folder).and_then(|m| m.modified()).ok()
}

/// The site's shortcode names, scanned again only when a folder they come from changed.
/// The preview asks on every keystroke; checking a handful of folder times costs a few
/// microseconds where reading the folders costs far more.
fn cached_shortcode_names(root: &Path) -> BTreeSet<String> {
    static CACHE: OnceLock<Mutex<Option<ShortcodeScan>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(None));
    if let Ok(guard) = cache.lock() {
        if let Some(scan) = guard.as_ref().filter(|scan| scan.still_valid(root)) {
            return scan.names.as_ref().clone();
        }
    }
    let scan = scan_shortcodes(root);
    let names = scan.names.as_ref().clone();
    if let Ok(mut guard) = cache.lock() {
        *guard = Some(scan);
    }
    names
}

fn scan_shortcodes(root: &Path) -> ShortcodeScan {
    let started = SystemTime::now();
    let themes_dir = root.join("themes");
    let mut folders = vec![(themes_dir.clone(), modified(&themes_dir))];
    let mut layout_dirs = vec![root.join("layouts")];
    if let Ok(themes) = std::fs::read_dir(&themes_dir) {
        layout_dirs.extend(themes.flatten().map(|theme| theme.path().join("layouts")));
    }
    let mut names = BTreeSet::new();
    for layouts in layout_dirs {
        // A `shortcodes` folder created later shows up as a change of `layouts`.
        folders.push((layouts.clone(), modified(&layouts)));
        for folder in ["shortcodes", "_shortcodes"] {
            collect_names(&layouts.join(folder), "", &mut names, 0, &mut folders);
        }
    }
    let settled = folders.iter().all(|(_, seen)| match seen {
        Some(time) => started.duration_since(*time).is_ok_and(|age| age >= SETTLE),
        None => true,
    });
    ShortcodeScan {
        root: root.to_path_buf(),
        names: Arc::new(names),
        folders,
        settled,
    }
}

fn collect_names(
    dir: &Path,
    prefix: &str,
    names: &mut BTreeSet<String>,
    depth: usize,
    folders: &mut Vec<(PathBuf, Option<SystemTime>)>,
) {
    folders.push((dir.to_path_buf(), modified(dir)));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if path.is_dir() && depth < 8 {
            collect_names(
                &path,
                &format!("{prefix}{file_name}/"),
                names,
                depth + 1,
                folders,
            );
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
    use super::{cached_shortcode_names, page_key};
    use std::fs;

    #[test]
    fn cached_shortcode_names_see_a_shortcode_added_later() {
        let site = tempfile::tempdir().unwrap();
        let folder = site.path().join("layouts/shortcodes");
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("note.html"), "").unwrap();
        let first = cached_shortcode_names(site.path());
        assert!(first.contains("note") && !first.contains("aside"));
        fs::write(folder.join("aside.html"), "").unwrap();
        fs::create_dir_all(site.path().join("themes/t/layouts/_shortcodes")).unwrap();
        fs::write(
            site.path().join("themes/t/layouts/_shortcodes/pull.html"),
            "",
        )
        .unwrap();
        let second = cached_shortcode_names(site.path());
        assert!(second.contains("note") && second.contains("aside") && second.contains("pull"));
        fs::remove_file(folder.join("note.html")).unwrap();
        assert!(!cached_shortcode_names(site.path()).contains("note"));
    }

    #[test]
    fn page_keys_ignore_extension_slashes_and_bundle_index() {
        for path in ["posts/a.md", "/posts/a/", "posts/a/index.md", "posts/a"] {
            assert_eq!(page_key(path), "posts/a");
        }
    }
}
