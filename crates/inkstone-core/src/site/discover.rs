//! Finding every content file under the site's content folders, as Hugo sees them.

use super::post::PostKind;
use super::SiteConfig;
use std::path::Path;

/// Folder names never holding content, whatever their depth (hidden ones too).
const SKIPPED_FOLDERS: [&str; 1] = ["node_modules"];
/// Hugo's output folders: skipped at the site root only (a content dir of `.`), since
/// `content/functions/resources/` is an ordinary section.
const OUTPUT_FOLDERS: [&str; 2] = ["public", "resources"];

/// Whether to skip folder `name` found `depth` folders below the content root `root_dir`.
fn is_skipped_folder(root_dir: &str, depth: usize, name: &str) -> bool {
    let at_site_root = depth == 0 && matches!(root_dir, "" | ".");
    name.starts_with('.')
        || SKIPPED_FOLDERS.contains(&name)
        || (at_site_root && OUTPUT_FOLDERS.contains(&name))
}

/// A folder of content, with the language every file in it has unless its name says
/// otherwise (`post.zh-tw.md`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ContentRoot {
    /// Relative to the site root, `/`-separated, no trailing slash.
    pub dir: String,
    pub lang: String,
}

/// One content file and what its place in the tree says about it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ContentFile {
    /// Relative to the site root, `/`-separated.
    pub rel_path: String,
    pub lang: String,
    pub kind: PostKind,
    /// Folders between the content root and the page (a bundle's own folder excluded).
    pub sections: Vec<String>,
    /// The file name without language and extension; a bundle's folder name.
    pub base_name: String,
}

impl ContentFile {
    /// The first folder under the content root; empty for top-level pages.
    pub fn section(&self) -> &str {
        self.sections.first().map_or("", String::as_str)
    }
}

/// The content folders of a site: `[[module.mounts]]` targeting `content` when there
/// are any, else `contentDir` plus every language's own `contentDir`.
pub(crate) fn content_roots(config: &SiteConfig) -> Vec<ContentRoot> {
    let clean = |dir: &str| {
        dir.trim_start_matches("./")
            .trim_end_matches('/')
            .to_string()
    };
    let mut roots: Vec<ContentRoot> = Vec::new();
    let mut push = |dir: String, lang: String| {
        if !roots.iter().any(|r| r.dir == dir) {
            roots.push(ContentRoot { dir, lang });
        }
    };
    if !config.content_mounts.is_empty() {
        for mount in &config.content_mounts {
            let lang = mount
                .lang
                .clone()
                .unwrap_or_else(|| config.default_language.clone());
            push(clean(&mount.source), lang);
        }
        return roots;
    }
    for language in &config.languages {
        if let Some(dir) = &language.content_dir {
            push(clean(dir), language.code.clone());
        }
    }
    push(clean(&config.content_dir), config.default_language.clone());
    roots
}

/// Every content file under `roots`, in no particular order. Unreadable folders are
/// skipped silently: a missing content folder simply has no posts.
pub(crate) fn discover(
    site_root: &Path,
    roots: &[ContentRoot],
    config: &SiteConfig,
) -> Vec<ContentFile> {
    let mut files = Vec::new();
    for root in roots {
        // A language folder nested in the main folder (content/en) is walked on its own.
        let nested: Vec<&str> = roots
            .iter()
            .filter(|other| other.dir.starts_with(&format!("{}/", root.dir)))
            .map(|other| other.dir.as_str())
            .collect();
        walk(
            site_root,
            root,
            &site_root.join(&root.dir),
            &mut Vec::new(),
            &nested,
            config,
            &mut files,
        );
    }
    files
}

fn walk(
    site_root: &Path,
    root: &ContentRoot,
    dir: &Path,
    folders: &mut Vec<String>,
    nested_roots: &[&str],
    config: &SiteConfig,
    out: &mut Vec<ContentFile>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<String> = Vec::new();
    let mut subfolders: Vec<String> = Vec::new();
    for entry in entries.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let is_dir = file_type.is_dir() || (file_type.is_symlink() && entry.path().is_dir());
        if is_dir {
            if !is_skipped_folder(&root.dir, folders.len(), &name) {
                subfolders.push(name);
            }
        } else if is_content_file_name(&name) {
            files.push(name);
        }
    }
    let is_leaf_bundle = files
        .iter()
        .any(|name| stem_and_lang(name, config).0 == "index");
    for name in &files {
        let file = content_file(root, folders, name, config);
        // Markdown beside a leaf bundle's index is a resource of it, not a page.
        if is_leaf_bundle && file.kind == PostKind::Page {
            continue;
        }
        out.push(file);
    }
    if is_leaf_bundle {
        return; // its subfolders hold resources
    }
    for folder in subfolders {
        folders.push(folder);
        let rel = join_dir(&root.dir, folders);
        if !nested_roots.contains(&rel.as_str()) {
            walk(
                site_root,
                root,
                &site_root.join(&rel),
                folders,
                nested_roots,
                config,
                out,
            );
        }
        folders.pop();
    }
}

pub(crate) fn is_content_file_name(name: &str) -> bool {
    !name.starts_with('.') && (name.ends_with(".md") || name.ends_with(".markdown"))
}

/// `post.zh-tw.md` → (`post`, Some(`zh-tw`)) when zh-tw is a configured language;
/// otherwise the whole name without extension and no language.
fn stem_and_lang<'a>(name: &'a str, config: &SiteConfig) -> (&'a str, Option<&'a str>) {
    let stem = name
        .strip_suffix(".md")
        .or_else(|| name.strip_suffix(".markdown"))
        .unwrap_or(name);
    if let Some((base, suffix)) = stem.rsplit_once('.') {
        if !base.is_empty()
            && config
                .languages
                .iter()
                .any(|l| l.code.eq_ignore_ascii_case(suffix))
        {
            return (base, Some(suffix));
        }
    }
    (stem, None)
}

/// Describes one file given by its path relative to the site root, as `discover`
/// would: `None` when it is not a content file (outside every root, a resource of a
/// leaf bundle, or not markdown).
pub(crate) fn describe(
    site_root: &Path,
    rel_path: &str,
    roots: &[ContentRoot],
    config: &SiteConfig,
) -> Option<ContentFile> {
    let (parent, name) = rel_path.rsplit_once('/')?;
    if !is_content_file_name(name) {
        return None;
    }
    // The deepest root holding the file decides its language.
    let root = roots
        .iter()
        .filter(|r| parent == r.dir || parent.starts_with(&format!("{}/", r.dir)))
        .max_by_key(|r| r.dir.len())?;
    let folders: Vec<String> = parent[root.dir.len()..]
        .split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if folders
        .iter()
        .enumerate()
        .any(|(depth, f)| is_skipped_folder(&root.dir, depth, f))
    {
        return None;
    }
    // Inside a leaf bundle (an ancestor or this folder holds index.md) only the index counts.
    let (stem, _) = stem_and_lang(name, config);
    let mut dir = site_root.join(&root.dir);
    for (depth, folder) in folders.iter().enumerate() {
        dir.push(folder);
        let is_own_folder = depth + 1 == folders.len();
        if (!is_own_folder || stem != "index") && folder_has_index(&dir, config) {
            return None;
        }
    }
    Some(content_file(root, &folders, name, config))
}

fn folder_has_index(dir: &Path, config: &SiteConfig) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().any(|e| {
                e.file_name().to_str().is_some_and(|n| {
                    is_content_file_name(n) && stem_and_lang(n, config).0 == "index"
                })
            })
        })
        .unwrap_or(false)
}

fn join_dir(root_dir: &str, folders: &[String]) -> String {
    let mut path = root_dir.to_string();
    for folder in folders {
        path.push('/');
        path.push_str(folder);
    }
    path
}

/// The `ContentFile` for the file `name` in `folders` under `root`.
fn content_file(
    root: &ContentRoot,
    folders: &[String],
    name: &str,
    config: &SiteConfig,
) -> ContentFile {
    let (stem, lang) = stem_and_lang(name, config);
    let kind = match stem {
        "index" => PostKind::LeafBundle,
        "_index" => PostKind::BranchBundle,
        _ => PostKind::Page,
    };
    let mut sections = folders.to_vec();
    let base_name = match kind {
        PostKind::Page => stem.to_string(),
        PostKind::LeafBundle => sections.pop().unwrap_or_default(),
        PostKind::BranchBundle => sections.last().cloned().unwrap_or_default(),
    };
    ContentFile {
        rel_path: format!("{}/{}", join_dir(&root.dir, folders), name),
        lang: lang.map_or_else(|| root.lang.clone(), str::to_lowercase),
        kind,
        sections,
        base_name,
    }
}
