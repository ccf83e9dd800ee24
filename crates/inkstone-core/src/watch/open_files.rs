//! Polling the files the app has open: the fallback when the platform's watch limit
//! leaves parts of the site unwatched, at the start or later (new folders).

use std::path::{Path, PathBuf};

use notify::{PollWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer_opt, Debouncer, NoCache};

use super::{batch_handler, Handler, DEBOUNCE, POLL_INTERVAL};

/// A poll watcher over the open files, reporting through the same batch handler as the
/// native watcher.
pub(crate) struct OpenFilePoller {
    root: PathBuf,
    debouncer: Debouncer<PollWatcher, NoCache>,
    watched: Vec<PathBuf>,
}

impl OpenFilePoller {
    pub(crate) fn start(
        root: &Path,
        folders: &[String],
        handler: Handler,
        open_files: &[String],
    ) -> notify::Result<OpenFilePoller> {
        // Contents, not only times: two writes within one clock tick share an mtime,
        // and hashing a handful of open posts is cheap.
        let config = notify::Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(true);
        let event_handler = batch_handler(root.to_path_buf(), folders.to_vec(), handler, None);
        let debouncer = new_debouncer_opt(DEBOUNCE, None, event_handler, NoCache, config)?;
        let mut poller = OpenFilePoller {
            root: root.to_path_buf(),
            debouncer,
            watched: Vec::new(),
        };
        poller.set_open_files(open_files);
        Ok(poller)
    }

    /// Polls exactly `open_files` (site-relative) from now on.
    pub(crate) fn set_open_files(&mut self, open_files: &[String]) {
        for path in self.watched.drain(..) {
            let _ = self.debouncer.unwatch(&path);
        }
        for rel in open_files {
            let path = self.root.join(rel);
            // A file missing now is still worth watching: its return is a change.
            if self
                .debouncer
                .watch(&path, RecursiveMode::NonRecursive)
                .is_ok()
            {
                self.watched.push(path);
            }
        }
    }
}
