//! The platform watches a site needs, kept in line with the disk while it runs: the root
//! (config files), each watched folder that exists, recursively, and for a folder that
//! does not exist yet its nearest existing parent, so its creation is seen. Without that
//! parent watch a first `layouts/shortcodes/` under an existing `layouts/` would never
//! be followed, as nothing watches `layouts/` itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use notify::RecursiveMode;

/// What to watch and how; `held` is what the platform watcher holds now.
#[derive(Debug)]
pub(crate) struct FolderWatches {
    root: PathBuf,
    folders: Vec<String>,
    held: HashMap<PathBuf, RecursiveMode>,
}

/// The two calls of a platform watcher this needs, so tests can stand in for it.
pub(crate) trait Watches {
    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()>;
    fn unwatch(&mut self, path: &Path) -> notify::Result<()>;
}

impl FolderWatches {
    pub(crate) fn new(root: &Path, folders: &[String]) -> FolderWatches {
        FolderWatches {
            root: root.to_path_buf(),
            folders: folders.to_vec(),
            held: HashMap::new(),
        }
    }

    /// The watches the site needs as the disk is now.
    fn wanted(&self) -> HashMap<PathBuf, RecursiveMode> {
        let mut wanted = HashMap::new();
        // The root itself, not recursively: config files, and nothing from public/ or .git/.
        wanted.insert(self.root.clone(), RecursiveMode::NonRecursive);
        for folder in &self.folders {
            let path = self.root.join(folder);
            if path.is_dir() {
                wanted.insert(path, RecursiveMode::Recursive);
                continue;
            }
            let awaiting = path
                .ancestors()
                .skip(1)
                .take_while(|parent| *parent != self.root)
                .find(|parent| parent.is_dir());
            if let Some(parent) = awaiting {
                wanted
                    .entry(parent.to_path_buf())
                    .or_insert(RecursiveMode::NonRecursive);
            }
        }
        // A folder inside a recursively watched one is already covered.
        let recursive: Vec<PathBuf> = wanted
            .iter()
            .filter(|(_, mode)| **mode == RecursiveMode::Recursive)
            .map(|(path, _)| path.clone())
            .collect();
        wanted.retain(|path, _| {
            !recursive
                .iter()
                .any(|outer| path != outer && path.starts_with(outer))
        });
        wanted
    }

    /// Brings the held watches in line with the disk. Adds to `new_folders` the folders
    /// that are now watched recursively and were not before (files already in them sent
    /// no event), even when a later watch fails. The first error (the platform's limit,
    /// say) stops and is returned; the watches already held stay.
    pub(crate) fn update(
        &mut self,
        watcher: &mut impl Watches,
        new_folders: &mut Vec<PathBuf>,
    ) -> notify::Result<()> {
        // A folder removed from disk took its platform watch with it.
        self.held.retain(|path, _| path.is_dir());
        let wanted = self.wanted();
        let stale: Vec<PathBuf> = self
            .held
            .iter()
            .filter(|(path, mode)| wanted.get(*path) != Some(*mode))
            .map(|(path, _)| path.clone())
            .collect();
        for path in stale {
            let _ = watcher.unwatch(&path);
            self.held.remove(&path);
        }
        let mut missing: Vec<(PathBuf, RecursiveMode)> = wanted
            .into_iter()
            .filter(|(path, _)| !self.held.contains_key(path))
            .collect();
        // Root first, then parents before children: the order the platform would see them.
        missing.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, mode) in missing {
            watcher.watch(&path, mode)?;
            if mode == RecursiveMode::Recursive {
                new_folders.push(path.clone());
            }
            self.held.insert(path, mode);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[derive(Default)]
    struct Recorded(Vec<String>);

    fn update(watches: &mut FolderWatches, platform: &mut impl Watches) -> Vec<PathBuf> {
        let mut new_folders = Vec::new();
        watches.update(platform, &mut new_folders).expect("update");
        new_folders
    }

    /// Accepts `room` watches, then refuses as inotify does at its limit.
    struct Limited {
        room: usize,
        watched: Vec<PathBuf>,
    }

    impl Watches for Limited {
        fn watch(&mut self, path: &Path, _mode: RecursiveMode) -> notify::Result<()> {
            if self.watched.len() == self.room {
                return Err(notify::Error::new(notify::ErrorKind::MaxFilesWatch));
            }
            self.watched.push(path.to_path_buf());
            Ok(())
        }
        fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
            self.watched.retain(|held| held != path);
            Ok(())
        }
    }

    impl Watches for Recorded {
        fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
            let how = if mode == RecursiveMode::Recursive {
                "recursive"
            } else {
                "only"
            };
            self.0.push(format!("watch {} {how}", path.display()));
            Ok(())
        }
        fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
            self.0.push(format!("unwatch {}", path.display()));
            Ok(())
        }
    }

    #[test]
    fn a_missing_folder_is_awaited_through_its_parent_then_watched_itself() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("layouts/_default")).expect("mkdir");
        fs::create_dir_all(root.join("content")).expect("mkdir");
        let folders = vec![
            "content".to_owned(),
            "layouts/shortcodes".to_owned(),
            "data".to_owned(),
        ];
        let mut watches = FolderWatches::new(root, &folders);
        let mut platform = Recorded::default();
        let first = update(&mut watches, &mut platform);
        let at = |rel: &str| root.join(rel).display().to_string();
        assert_eq!(first, [root.join("content")]);
        assert_eq!(
            platform.0,
            [
                format!("watch {} only", root.display()),
                format!("watch {} recursive", at("content")),
                format!("watch {} only", at("layouts")),
            ]
        );
        fs::create_dir(root.join("layouts/shortcodes")).expect("mkdir");
        platform.0.clear();
        let later = update(&mut watches, &mut platform);
        assert_eq!(later, [root.join("layouts/shortcodes")]);
        assert_eq!(
            platform.0,
            [
                format!("unwatch {}", at("layouts")),
                format!("watch {} recursive", at("layouts/shortcodes")),
            ]
        );
        platform.0.clear();
        assert_eq!(update(&mut watches, &mut platform), Vec::<PathBuf>::new());
        assert!(platform.0.is_empty(), "nothing changed: {:?}", platform.0);
    }

    #[test]
    fn at_the_limit_the_watches_held_stay_and_the_folders_watched_before_it_are_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("content")).expect("mkdir");
        let folders = vec!["content".to_owned(), "data".to_owned(), "static".to_owned()];
        let mut watches = FolderWatches::new(root, &folders);
        let mut platform = Limited {
            room: 3,
            watched: Vec::new(),
        };
        assert_eq!(update(&mut watches, &mut platform), [root.join("content")]);
        fs::create_dir(root.join("data")).expect("mkdir");
        fs::create_dir(root.join("static")).expect("mkdir");
        let mut new_folders = Vec::new();
        let error = watches
            .update(&mut platform, &mut new_folders)
            .expect_err("the fourth watch is refused");
        assert!(matches!(error.kind, notify::ErrorKind::MaxFilesWatch));
        assert_eq!(new_folders, [root.join("data")]);
        assert_eq!(
            platform.watched,
            [root.to_path_buf(), root.join("content"), root.join("data")]
        );
    }
}
