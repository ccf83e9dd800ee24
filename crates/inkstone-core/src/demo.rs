//! The demo site: embedded in the binary, installed on first launch so the app is usable at once.

use crate::git;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/demo_files.rs"));

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("could not write the demo site to {path}: {source}; check that the folder is writable and the disk is not full")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Where the demo site and its local remote live inside the app's data folder.
pub struct DemoPaths {
    pub site: PathBuf,
    pub remote: PathBuf,
}

impl DemoPaths {
    pub fn in_data_dir(data_dir: &Path) -> DemoPaths {
        DemoPaths {
            site: data_dir.join("demo-site"),
            remote: data_dir.join("demo-remote.git"),
        }
    }
}

/// Installs the demo site under `data_dir` unless it is already there, and returns its root.
///
/// The copy becomes a git repository with a local bare `origin` so that publishing works
/// offline. When git is missing the site is still installed (publishing will say why it
/// cannot run); a writer's edits to an existing demo copy are never overwritten.
pub fn install(data_dir: &Path) -> Result<PathBuf, DemoError> {
    let paths = DemoPaths::in_data_dir(data_dir);
    if paths.site.join("hugo.yaml").is_file() {
        return Ok(paths.site);
    }
    for (rel, bytes) in DEMO_FILES {
        let dest = paths.site.join(rel);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|source| DemoError::Write {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&dest, bytes).map_err(|source| DemoError::Write {
            path: dest.clone(),
            source,
        })?;
    }
    if !paths.site.join(".git").exists() {
        if let Err(e) = git::init_with_local_remote(&paths.site, &paths.remote) {
            eprintln!("inkstone: the demo site was installed without git history: {e}");
        }
    }
    Ok(paths.site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_demo_has_a_config_and_posts() {
        assert!(DEMO_FILES.iter().any(|(p, _)| *p == "hugo.yaml"));
        let posts = DEMO_FILES
            .iter()
            .filter(|(p, _)| p.starts_with("content/posts/") && p.ends_with(".md"))
            .count();
        assert!(posts >= 8, "the demo site has {posts} posts");
    }

    #[test]
    fn install_twice_keeps_the_writers_edits() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = install(tmp.path()).expect("first install");
        let config = root.join("hugo.yaml");
        std::fs::write(&config, "title: mine\n").expect("edit");
        let again = install(tmp.path()).expect("second install");
        assert_eq!(again, root);
        assert_eq!(
            std::fs::read_to_string(&config).expect("read"),
            "title: mine\n"
        );
    }
}
