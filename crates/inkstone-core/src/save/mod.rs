//! Saving a post without ever overwriting a change the writer has not seen.
//!
//! `save_post` compares the file on disk with the text the buffer was loaded from: when
//! someone else changed it meanwhile, nothing is written and the caller gets both texts
//! as a `SaveOutcome::Conflict` to resolve. Otherwise the text goes to disk atomically.

mod error;
mod hash;

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

pub use error::SaveError;
pub use hash::content_hash;

use crate::fsio::write_atomic;
use crate::watch::own_writes;

/// What became of a save the writer asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum SaveOutcome {
    /// The text is on disk.
    Saved,
    /// The file changed on disk since the buffer was loaded; nothing was written.
    /// `base` is what the buffer was loaded from (none for a buffer never on disk).
    Conflict {
        disk: String,
        base: Option<String>,
        mine: String,
    },
}

/// Saves `text` to `rel_path` (site-relative, `/`-separated) under `root`.
///
/// `base` is the text the buffer was loaded from. When the disk holds something else
/// that is not `text` either, the file is left alone and `Conflict` is returned. A file
/// deleted on disk is written again: the writer kept it open on purpose.
pub fn save_post(
    root: &Path,
    rel_path: &str,
    text: &str,
    base: Option<&str>,
) -> Result<SaveOutcome, SaveError> {
    let path = resolve_in_site(root, rel_path)?;
    let disk = match fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(SaveError::from_io(&path, error)),
    };
    if let Some(disk) = &disk {
        let unchanged_since_load = base.is_some_and(|base| base.as_bytes() == disk.as_slice());
        if !unchanged_since_load && disk.as_slice() != text.as_bytes() {
            return Ok(SaveOutcome::Conflict {
                disk: String::from_utf8_lossy(disk).into_owned(),
                base: base.map(str::to_owned),
                mine: text.to_owned(),
            });
        }
        if disk.as_slice() == text.as_bytes() {
            // Already on disk: a write would only wake every watcher for nothing.
            return Ok(SaveOutcome::Saved);
        }
    }
    write_text(&path, text)?;
    Ok(SaveOutcome::Saved)
}

/// Saves `text` whatever the disk holds: the writer saw the conflict and chose
/// "keep mine". Still atomic, still refuses a read-only file.
pub fn save_post_keeping_mine(root: &Path, rel_path: &str, text: &str) -> Result<(), SaveError> {
    let path = resolve_in_site(root, rel_path)?;
    write_text(&path, text)
}

fn write_text(path: &Path, text: &str) -> Result<(), SaveError> {
    refuse_read_only(path)?;
    // Recorded before the write so the watcher's echo finds it, however fast it comes.
    own_writes().record(path, text.as_bytes());
    if let Err(error) = write_atomic(path, text.as_bytes()) {
        own_writes().forget(path);
        return Err(SaveError::from_io(path, error));
    }
    Ok(())
}

/// The absolute path of a site-relative path, refusing anything that climbs out.
pub(crate) fn resolve_in_site(root: &Path, rel_path: &str) -> Result<PathBuf, SaveError> {
    let relative = Path::new(rel_path);
    let stays_inside = !rel_path.is_empty()
        && relative
            .components()
            .all(|part| matches!(part, Component::Normal(_) | Component::CurDir));
    if !stays_inside {
        return Err(SaveError::OutsideSite {
            rel_path: rel_path.to_owned(),
        });
    }
    // The watcher reports canonical paths; the same spelling here lets echoes match.
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    Ok(root.join(relative))
}

/// An atomic save renames over the file, which a read-only file would not stop:
/// the writer's chmod is a decision to respect, so it is checked first.
fn refuse_read_only(path: &Path) -> Result<(), SaveError> {
    match fs::metadata(path) {
        Ok(meta) if meta.permissions().readonly() => Err(SaveError::ReadOnlyFile {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}
