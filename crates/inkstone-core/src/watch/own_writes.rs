//! Inkstone's own writes, remembered so their echo from the watcher is not taken for
//! an external change.
//!
//! The save module records (path, content hash) just before writing. An event for that
//! path whose file now holds exactly that content is an echo. Any other content means
//! someone else wrote, and the record is dropped.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::save::content_hash;

/// The process-wide registry shared by the save module and every watcher.
pub fn own_writes() -> &'static OwnWrites {
    static REGISTRY: OnceLock<OwnWrites> = OnceLock::new();
    REGISTRY.get_or_init(OwnWrites::default)
}

/// Last content hash Inkstone wrote, per absolute path.
#[derive(Debug, Default)]
pub struct OwnWrites {
    written: Mutex<HashMap<PathBuf, String>>,
}

impl OwnWrites {
    pub fn record(&self, path: &Path, bytes: &[u8]) {
        let hash = content_hash(bytes);
        self.with_map(|map| {
            map.insert(path.to_path_buf(), hash);
        });
    }

    pub fn forget(&self, path: &Path) {
        self.with_map(|map| {
            map.remove(path);
        });
    }

    /// Whether the file at `path`, now holding `current` (None: gone), is just the
    /// echo of Inkstone's own write. A mismatch forgets the record: the next event
    /// for this path is someone else's.
    pub fn is_echo(&self, path: &Path, current: Option<&[u8]>) -> bool {
        self.with_map(|map| {
            let Some(recorded) = map.get(path) else {
                return false;
            };
            let echo = current.is_some_and(|bytes| &content_hash(bytes) == recorded);
            if !echo {
                map.remove(path);
            }
            echo
        })
    }

    /// Whether Inkstone has written this path at all (cheap; no hashing).
    pub fn knows(&self, path: &Path) -> bool {
        self.with_map(|map| map.contains_key(path))
    }

    fn with_map<T>(&self, f: impl FnOnce(&mut HashMap<PathBuf, String>) -> T) -> T {
        // A panic elsewhere while holding the lock leaves a usable map: recover it.
        let mut guard = match self.written.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }
}
