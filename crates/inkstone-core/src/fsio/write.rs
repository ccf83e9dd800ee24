//! Saving a file atomically: the old content or the new one, never half of each.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to
/// disk and renamed over the original, which keeps its permissions. If anything
/// fails, the original is untouched and the temporary file is removed. A symbolic
/// link is followed, so the file it points to is replaced and the link survives.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve_symlink(path)?;
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = target.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a file path", path.display()),
        )
    })?;
    let (temp_path, temp_file) = create_temp(&folder, &file_name.to_string_lossy())?;
    let result = fill_and_swap(temp_file, &temp_path, &target, bytes);
    if result.is_err() {
        // The original was not replaced; leave no stray file behind.
        let _ = fs::remove_file(&temp_path);
        return result;
    }
    sync_folder(&folder);
    Ok(())
}

fn fill_and_swap(
    mut temp_file: File,
    temp_path: &Path,
    target: &Path,
    bytes: &[u8],
) -> io::Result<()> {
    temp_file.write_all(bytes)?;
    temp_file.sync_all()?;
    drop(temp_file);
    if let Ok(original) = fs::metadata(target) {
        fs::set_permissions(temp_path, original.permissions())?;
    }
    fs::rename(temp_path, target)
}

fn resolve_symlink(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// A new, exclusive temporary file next to the target, hidden and clearly named so
/// a leftover after a power cut is recognisable.
fn create_temp(folder: &Path, file_name: &str) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let mut last_error = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let candidate = folder.join(format!(
            ".{file_name}.inkstone-{}-{n}.tmp",
            std::process::id()
        ));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last_error = Some(error),
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("could not create a temporary file")))
}

/// Makes the rename itself durable. Only Unix-like systems let a folder be opened
/// and flushed; elsewhere the rename is as durable as the platform makes it.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_hidden_and_unique() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, _fa) = create_temp(dir.path(), "post.md").expect("first");
        let (b, _fb) = create_temp(dir.path(), "post.md").expect("second");
        assert_ne!(a, b);
        let name = a
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(
            name.starts_with(".post.md.inkstone-") && name.ends_with(".tmp"),
            "{name}"
        );
    }
}
