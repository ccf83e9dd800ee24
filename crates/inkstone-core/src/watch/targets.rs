//! Which parts of a site the watcher follows, and whether a changed path belongs to them.

use std::path::Path;

use crate::schema::CONFIG_FILE_NAME;
use crate::site::SiteConfig;

/// Folders under the site root whose changes reach the index, the checks or the preview,
/// besides the content folders.
const SITE_FOLDERS: [&str; 6] = [
    "static",
    "layouts/shortcodes",
    "layouts/_shortcodes",
    "archetypes",
    "data",
    "config",
];

/// The site-relative folders to watch recursively: every content folder the config
/// names (one per language, module mounts) plus the site's own folders. Without a
/// readable config, `content` is assumed so a broken config can still be fixed live.
pub fn watched_folders(config: Option<&SiteConfig>) -> Vec<String> {
    let mut folders: Vec<String> = Vec::new();
    let mut add = |folder: &str| {
        let folder = folder.trim_matches('/').replace('\\', "/");
        if !folder.is_empty() && !folder.starts_with("..") && !folders.contains(&folder) {
            folders.push(folder);
        }
    };
    match config {
        Some(config) => {
            add(&config.content_dir);
            config
                .languages
                .iter()
                .filter_map(|language| language.content_dir.as_deref())
                .for_each(&mut add);
            config
                .content_mounts
                .iter()
                .for_each(|mount| add(&mount.source));
        }
        None => add("content"),
    }
    SITE_FOLDERS.iter().for_each(|folder| add(folder));
    folders
}

/// True for a file at the site root that configures the site: Hugo's config
/// (`hugo.toml`, `config.yaml`, …) or Inkstone's own `inkstone.yaml` (the schema, the
/// checks, series and new-post settings all read it).
pub fn is_root_config_name(name: &str) -> bool {
    if name == CONFIG_FILE_NAME {
        return true;
    }
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    matches!(stem, "hugo" | "config") && matches!(extension, "toml" | "yaml" | "yml" | "json")
}

/// The site-relative `/` path of `path` when the watcher should report it.
pub fn site_relative(root: &Path, folders: &[String], path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root).ok()?;
    let text = relative.to_str()?.replace('\\', "/");
    let name = text.rsplit('/').next().unwrap_or(&text);
    if is_own_temp_file(name) {
        return None;
    }
    let inside_folder = folders.iter().any(|folder| {
        text == *folder
            || (text.starts_with(folder.as_str()) && text[folder.len()..].starts_with('/'))
    });
    let is_config = !text.contains('/') && is_root_config_name(&text);
    (inside_folder || is_config).then_some(text)
}

/// `fsio::write_atomic`'s temporary files come and go within one save.
fn is_own_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.contains(".inkstone-") && name.ends_with(".tmp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_files_and_inkstone_yaml_content_shortcodes_are_reported_not_public_or_temp_files() {
        let root = Path::new("/site");
        let folders = watched_folders(None);
        let rel = |p: &str| site_relative(root, &folders, &root.join(p));
        assert_eq!(
            rel("content/posts/a.md").as_deref(),
            Some("content/posts/a.md")
        );
        assert_eq!(rel("hugo.toml").as_deref(), Some("hugo.toml"));
        assert_eq!(rel("inkstone.yaml").as_deref(), Some("inkstone.yaml"));
        assert_eq!(
            rel("content/inkstone.yaml").as_deref(),
            Some("content/inkstone.yaml")
        );
        assert_eq!(rel("inkstone.yml"), None);
        assert_eq!(
            rel("layouts/_shortcodes/x.html").as_deref(),
            Some("layouts/_shortcodes/x.html")
        );
        assert_eq!(rel("public/index.html"), None);
        assert_eq!(rel("layouts/_default/single.html"), None);
        assert_eq!(rel("contentious/a.md"), None);
        assert_eq!(rel("content/.a.md.inkstone-12-0.tmp"), None);
    }
}
