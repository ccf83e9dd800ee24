//! Why a save did not reach the disk, written for the writer; the text stays in the buffer.

use std::io;
use std::path::{Path, PathBuf};

/// A save that failed. Nothing was written, and the editor keeps the text.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{rel_path}: is not a path inside the site: save it under the site folder, e.g. content/posts/name.md")]
    OutsideSite { rel_path: String },

    #[error("{}: the file is read-only, so it was not saved; your text is kept: make the file writable (chmod u+w) or save it under another name", path.display())]
    ReadOnlyFile { path: PathBuf },

    #[error("{}: permission denied, so it was not saved; your text is kept: check that you own the file and its folder", path.display())]
    PermissionDenied { path: PathBuf },

    #[error("{}: the disk is full, so it was not saved; your text is kept: free some space and save again", path.display())]
    DiskFull { path: PathBuf },

    #[error("{}: the disk is mounted read-only, so it was not saved; your text is kept: save it on a writable disk", path.display())]
    ReadOnlyDisk { path: PathBuf },

    #[error("{}: could not be saved ({source}); your text is kept: check the folder exists and save again", path.display())]
    Io { path: PathBuf, source: io::Error },
}

impl SaveError {
    /// Classifies an I/O failure so the writer sees the cause, not an errno.
    pub(crate) fn from_io(path: &Path, source: io::Error) -> Self {
        let path = path.to_path_buf();
        match source.kind() {
            io::ErrorKind::PermissionDenied => Self::PermissionDenied { path },
            io::ErrorKind::StorageFull => Self::DiskFull { path },
            io::ErrorKind::ReadOnlyFilesystem => Self::ReadOnlyDisk { path },
            _ => Self::Io { path, source },
        }
    }

    /// A stable code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::OutsideSite { .. } => "save-outside-site",
            Self::ReadOnlyFile { .. } => "save-read-only-file",
            Self::PermissionDenied { .. } => "save-permission-denied",
            Self::DiskFull { .. } => "save-disk-full",
            Self::ReadOnlyDisk { .. } => "save-read-only-disk",
            Self::Io { .. } => "save-failed",
        }
    }

    /// The file concerned, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::OutsideSite { .. } => None,
            Self::ReadOnlyFile { path }
            | Self::PermissionDenied { path }
            | Self::DiskFull { path }
            | Self::ReadOnlyDisk { path }
            | Self::Io { path, .. } => Some(path),
        }
    }
}
