//! The crash-recovery journal: unsaved text kept in the app's data folder, one small
//! file per buffer, written atomically a moment after typing and removed after a save.
//! On launch, `pending` gives every buffer back with the file as it is now, so nothing
//! is restored silently over a newer file.

mod error;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use error::JournalError;

use crate::fsio::write_atomic;
use crate::save::content_hash;

/// Extension of journal entries; anything else in the folder is not ours.
const ENTRY_EXTENSION: &str = "journal.json";

/// The journal in one folder (created when missing).
#[derive(Debug, Clone)]
pub struct Journal {
    dir: PathBuf,
}

/// What is stored for one buffer.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    site_root: PathBuf,
    path: String,
    text: String,
    /// `content_hash` of the text the buffer was loaded from; none for a new file.
    base_hash: Option<String>,
}

/// An unsaved buffer found on launch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecoveredBuffer {
    pub site_root: String,
    /// Site-relative, `/`-separated.
    pub path: String,
    /// The unsaved text.
    pub text: String,
    /// The file as it is now; none when it is gone or unreadable.
    pub disk_now: Option<String>,
    /// True when the file is still what the buffer was loaded from: restoring the
    /// text loses nothing. False means the file changed since: show a diff first.
    pub base_matches_disk: bool,
}

impl Journal {
    pub fn open(dir: &Path) -> Result<Journal, JournalError> {
        fs::create_dir_all(dir).map_err(|source| JournalError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(Journal {
            dir: dir.to_path_buf(),
        })
    }

    /// Keeps `text` as the unsaved state of `rel_path`, replacing the previous one.
    /// `base_hash` is `save::content_hash` of the text the buffer was loaded from.
    pub fn record(
        &self,
        site_root: &Path,
        rel_path: &str,
        text: &str,
        base_hash: Option<&str>,
    ) -> Result<(), JournalError> {
        let entry = Entry {
            site_root: site_root.to_path_buf(),
            path: rel_path.to_owned(),
            text: text.to_owned(),
            base_hash: base_hash.map(str::to_owned),
        };
        let path = self.entry_path(site_root, rel_path);
        let bytes = serde_json::to_vec(&entry).map_err(|source| JournalError::Damaged {
            path: path.clone(),
            source,
        })?;
        write_atomic(&path, &bytes).map_err(|source| JournalError::Io { path, source })
    }

    /// Forgets the buffer after a successful save (nothing to do when absent).
    pub fn clear(&self, site_root: &Path, rel_path: &str) -> Result<(), JournalError> {
        let path = self.entry_path(site_root, rel_path);
        match fs::remove_file(&path) {
            Err(source) if source.kind() != io::ErrorKind::NotFound => {
                Err(JournalError::Io { path, source })
            }
            _ => Ok(()),
        }
    }

    /// Every buffer left unsaved, with the file on disk now. A damaged entry is
    /// skipped rather than blocking the others (writes are atomic, so it is not ours).
    pub fn pending(&self) -> Result<Vec<RecoveredBuffer>, JournalError> {
        let listing = fs::read_dir(&self.dir).map_err(|source| JournalError::Io {
            path: self.dir.clone(),
            source,
        })?;
        let mut recovered: Vec<RecoveredBuffer> = listing
            .flatten()
            .map(|item| item.path())
            .filter(|path| is_entry_file(path))
            .filter_map(|path| read_entry(&path).ok())
            .map(recover)
            .collect();
        recovered.sort_by(|a, b| (&a.site_root, &a.path).cmp(&(&b.site_root, &b.path)));
        Ok(recovered)
    }

    /// One file per (site, path), named by a hash so any path makes a valid name.
    fn entry_path(&self, site_root: &Path, rel_path: &str) -> PathBuf {
        let key = format!("{}\0{rel_path}", site_root.display());
        let hash = content_hash(key.as_bytes());
        self.dir.join(format!("{}.{ENTRY_EXTENSION}", &hash[..32]))
    }
}

fn is_entry_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| !name.starts_with('.') && name.ends_with(ENTRY_EXTENSION))
}

fn read_entry(path: &Path) -> Result<Entry, JournalError> {
    let bytes = fs::read(path).map_err(|source| JournalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| JournalError::Damaged {
        path: path.to_path_buf(),
        source,
    })
}

fn recover(entry: Entry) -> RecoveredBuffer {
    let disk_bytes = fs::read(entry.site_root.join(&entry.path)).ok();
    let base_matches_disk = match (&entry.base_hash, &disk_bytes) {
        (Some(base), Some(disk)) => *base == content_hash(disk),
        // A new buffer never saved, and still no file: nothing to overwrite.
        (None, None) => true,
        _ => false,
    };
    RecoveredBuffer {
        site_root: entry.site_root.display().to_string(),
        path: entry.path,
        text: entry.text,
        disk_now: disk_bytes.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        base_matches_disk,
    }
}
