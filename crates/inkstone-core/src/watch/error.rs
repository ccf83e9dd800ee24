//! Why the site could not be watched, written for the writer.

use std::path::PathBuf;

/// The watcher could not start. The app still works; changes on disk need a reload.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("{}: changes on disk cannot be followed ({source}): reopen the site, or restart Inkstone", path.display())]
    Platform {
        path: PathBuf,
        source: notify::Error,
    },
}

impl WatchError {
    pub fn code(&self) -> &'static str {
        "watch-failed"
    }
}

/// Whether a platform error means "too many watches": the cue to fall back to polling.
pub(crate) fn is_watch_limit(error: &notify::Error) -> bool {
    match &error.kind {
        notify::ErrorKind::MaxFilesWatch => true,
        // ENOSPC from inotify_add_watch, should a version of notify pass it through raw.
        notify::ErrorKind::Io(io) => io.raw_os_error() == Some(28) && cfg!(target_os = "linux"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_watch_limit;

    #[test]
    fn the_platform_watch_limit_is_recognised_and_other_errors_are_not() {
        assert!(is_watch_limit(&notify::Error::new(
            notify::ErrorKind::MaxFilesWatch
        )));
        assert!(!is_watch_limit(&notify::Error::path_not_found()));
    }
}
