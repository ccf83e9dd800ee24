//! How a running watcher follows the site, shared with its event threads: the mode, the
//! open files, the poller once the platform's watch limit forced one, and whom to tell
//! when the mode changes. A native watcher whose limit is reached after its start (new
//! folders appearing) switches here to polling the open files too, keeping the platform
//! watches it already has.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use super::open_files::OpenFilePoller;
use super::{Handler, PollingCause, WatchMode};

/// Told the new mode when it changes; runs on a watcher thread, so it must not call back
/// into the watcher.
pub type ModeHandler = Arc<dyn Fn(&WatchMode) + Send + Sync>;

pub(crate) struct Following {
    root: PathBuf,
    folders: Vec<String>,
    handler: Handler,
    state: Mutex<State>,
}

struct State {
    mode: WatchMode,
    open_files: Vec<String>,
    poller: Option<OpenFilePoller>,
    on_mode: Option<ModeHandler>,
    /// The mode changed since the start: a handler set later hears it at once.
    switched: bool,
}

impl Following {
    pub(crate) fn new(
        root: &Path,
        folders: &[String],
        handler: Handler,
        mode: WatchMode,
        open_files: &[String],
    ) -> Following {
        Following {
            root: root.to_path_buf(),
            folders: folders.to_vec(),
            handler,
            state: Mutex::new(State {
                mode,
                open_files: open_files.to_vec(),
                poller: None,
                on_mode: None,
                switched: false,
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    pub(crate) fn mode(&self) -> WatchMode {
        self.state().mode.clone()
    }

    /// Starts polling the open files (a watcher that polls from its start).
    pub(crate) fn poll_open_files(&self) -> notify::Result<()> {
        let mut state = self.state();
        let poller = OpenFilePoller::start(
            &self.root,
            &self.folders,
            self.handler.clone(),
            &state.open_files,
        )?;
        state.poller = Some(poller);
        Ok(())
    }

    pub(crate) fn set_open_files(&self, open_files: &[String]) {
        let mut state = self.state();
        state.open_files = open_files.to_vec();
        if let Some(poller) = state.poller.as_mut() {
            poller.set_open_files(open_files);
        }
    }

    pub(crate) fn on_mode_change(&self, on_mode: ModeHandler) {
        let mut state = self.state();
        state.on_mode = Some(on_mode.clone());
        if state.switched {
            let mode = state.mode.clone();
            drop(state);
            on_mode(&mode);
        }
    }

    /// The platform refused a watch after the start: from now on the open files are
    /// polled as well, and the app is told. Only the first time counts.
    pub(crate) fn limit_reached(&self, error: &notify::Error) {
        let mut state = self.state();
        if matches!(state.mode, WatchMode::Polling { .. }) {
            return;
        }
        match OpenFilePoller::start(
            &self.root,
            &self.folders,
            self.handler.clone(),
            &state.open_files,
        ) {
            Ok(poller) => state.poller = Some(poller),
            // The notice still goes out: the writer must know the site is not followed whole.
            Err(poll_error) => eprintln!("inkstone: the open posts cannot be polled: {poll_error}"),
        }
        state.mode = WatchMode::Polling {
            cause: PollingCause::WatchLimitLater,
            reason: format!(
                "the system's limit on watched folders was reached as new folders appeared ({error}); changes in folders added since are not seen, and open posts are checked for changes: raise fs.inotify.max_user_watches to follow the whole site"
            ),
        };
        state.switched = true;
        let mode = state.mode.clone();
        let on_mode = state.on_mode.clone();
        drop(state);
        if let Some(on_mode) = on_mode {
            on_mode(&mode);
        }
    }
}
