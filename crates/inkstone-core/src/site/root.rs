//! Finding the site a path belongs to, the way git finds its repository.

use std::path::{Path, PathBuf};

/// The config file names Hugo reads at a site root, in Hugo's order of preference.
pub(crate) const ROOT_CONFIG_NAMES: [&str; 8] = [
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.yml",
    "config.json",
];

/// True when `dir` holds a Hugo site config (a root file or `config/_default/`).
pub fn is_site_root(dir: &Path) -> bool {
    ROOT_CONFIG_NAMES
        .iter()
        .any(|name| dir.join(name).is_file())
        || dir.join("config").join("_default").is_dir()
}

/// Walks up from `start` (a folder or a file) to the nearest folder holding a Hugo
/// site config: `hugo.{toml,yaml,yml,json}`, `config.{…}` or `config/_default/`.
pub fn find_site_root(start: &Path) -> Option<PathBuf> {
    let absolute = if start.is_absolute() {
        start.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(start)
    };
    absolute
        .ancestors()
        .find(|dir| dir.is_dir() && is_site_root(dir))
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_root_from_a_nested_content_folder() {
        let site = tempfile::tempdir().expect("temp dir");
        std::fs::write(site.path().join("hugo.yaml"), "title: t\n").expect("write");
        let deep = site.path().join("content/posts/bundle");
        std::fs::create_dir_all(&deep).expect("mkdir");
        assert_eq!(find_site_root(&deep).as_deref(), Some(site.path()));
    }

    #[test]
    fn a_config_default_folder_marks_a_root() {
        let site = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(site.path().join("config/_default")).expect("mkdir");
        assert!(is_site_root(site.path()));
    }
}
