//! Following a site on disk: every create, edit, delete and rename in the folders that
//! matter reaches the app as a batch of `SiteChange`s, without Inkstone's own writes.
//!
//! A `git checkout` of thousands of files arrives as a few large batches, not thousands
//! of calls. When the platform's watch limit is hit, at the start or later as folders
//! appear, the watcher says so (`WatchMode::Polling`) and polls the files the app has open.

mod changes;
mod error;
mod folder_watches;
mod following;
mod open_files;
mod own_writes;
mod targets;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer_opt, DebounceEventResult, Debouncer, RecommendedCache};
use serde::Serialize;
use ts_rs::TS;

pub use changes::{ChangeKind, SiteChange};
pub use error::WatchError;
pub use following::ModeHandler;
pub use own_writes::{own_writes, OwnWrites};
pub use targets::{is_root_config_name, watched_folders};

use crate::site::SiteConfig;
use changes::{raw_changes, site_changes, RawChange};
use error::is_watch_limit;
use folder_watches::{FolderWatches, Watches};
use following::Following;

/// Quiet time before a burst of events is delivered: short enough to feel live,
/// long enough that one save or one checkout is one batch.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// How often open files are checked when the platform cannot watch the site.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// How the site is being followed, for the app to tell the writer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum WatchMode {
    /// The platform reports every change in the watched folders.
    Native,
    /// The open files are checked every `POLL_INTERVAL`, because the platform's limit
    /// left the site (or the folders added since the start) unwatched. `cause` is what
    /// the app says, in the writer's language; `reason` says it in English with the
    /// platform's own error, for the log.
    Polling { cause: PollingCause, reason: String },
}

/// Why the open files are polled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PollingCause {
    /// The platform's limit on watches was reached at the start: only open posts are followed.
    WatchLimit,
    /// The limit was reached later, as folders appeared: folders added since are not followed.
    WatchLimitLater,
    /// The caller asked for polling (`SiteWatcher::start_polling`); `reason` is its own.
    Requested,
}

type Handler = Arc<Mutex<dyn FnMut(Vec<SiteChange>) + Send>>;
type NativeDebouncer = Debouncer<RecommendedWatcher, RecommendedCache>;

/// The platform watcher and what it holds.
struct NativeWatches {
    debouncer: NativeDebouncer,
    folders: FolderWatches,
}

impl Watches for NativeDebouncer {
    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        Debouncer::watch(self, path, mode)
    }
    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        Debouncer::unwatch(self, path)
    }
}

/// The running native watcher, reachable from its own event handler so a watched
/// folder created after the start (a first `data/` file) gets its watch.
type LateWatch = Arc<OnceLock<Weak<Mutex<NativeWatches>>>>;

/// What the native watcher's event handler reaches besides the batch: its own watches,
/// to follow new folders, and the shared state, to switch to polling at the limit.
struct NativeLinks {
    late_watch: LateWatch,
    following: Arc<Following>,
}

/// A running watcher; dropping it stops it.
pub struct SiteWatcher {
    following: Arc<Following>,
    /// Held only to keep the platform watcher running; none when polling from the start.
    _native: Option<Arc<Mutex<NativeWatches>>>,
}

impl SiteWatcher {
    /// Watches the site at `root`: its content folders (from `config`, or `content`
    /// when the config cannot be read), `static/`, shortcodes, `archetypes/`, `data/`
    /// and the config files. `open_files` (site-relative) are what gets polled if the
    /// platform's watch limit forces the fallback, at the start or later.
    pub fn start(
        root: &Path,
        config: Option<&SiteConfig>,
        open_files: &[String],
        on_changes: impl FnMut(Vec<SiteChange>) + Send + 'static,
    ) -> Result<SiteWatcher, WatchError> {
        let root = canonical(root);
        let folders = watched_folders(config);
        let handler: Handler = Arc::new(Mutex::new(on_changes));
        let following = Arc::new(Following::new(
            &root,
            &folders,
            handler.clone(),
            WatchMode::Native,
            open_files,
        ));
        match start_native(&root, &folders, handler.clone(), following.clone()) {
            Ok(native) => Ok(SiteWatcher {
                following,
                _native: Some(native),
            }),
            Err(error) if is_watch_limit(&error) => {
                let reason = format!(
                    "the system's limit on watched folders was reached ({error}); only open posts are checked for changes: raise fs.inotify.max_user_watches to follow the whole site"
                );
                let mode = WatchMode::Polling {
                    cause: PollingCause::WatchLimit,
                    reason,
                };
                Self::polling(root, folders, open_files, mode, handler)
            }
            Err(source) => Err(WatchError::Platform { path: root, source }),
        }
    }

    /// Polls only `open_files`, as `start` does when the platform cannot watch the site.
    pub fn start_polling(
        root: &Path,
        config: Option<&SiteConfig>,
        open_files: &[String],
        reason: &str,
        on_changes: impl FnMut(Vec<SiteChange>) + Send + 'static,
    ) -> Result<SiteWatcher, WatchError> {
        let handler: Handler = Arc::new(Mutex::new(on_changes));
        let folders = watched_folders(config);
        let mode = WatchMode::Polling {
            cause: PollingCause::Requested,
            reason: reason.to_owned(),
        };
        Self::polling(canonical(root), folders, open_files, mode, handler)
    }

    fn polling(
        root: PathBuf,
        folders: Vec<String>,
        open_files: &[String],
        mode: WatchMode,
        handler: Handler,
    ) -> Result<SiteWatcher, WatchError> {
        let following = Arc::new(Following::new(&root, &folders, handler, mode, open_files));
        following
            .poll_open_files()
            .map_err(|source| WatchError::Platform { path: root, source })?;
        Ok(SiteWatcher {
            following,
            _native: None,
        })
    }

    /// How the site is followed now: a native watcher turns to polling when the
    /// platform's limit is reached later.
    pub fn mode(&self) -> WatchMode {
        self.following.mode()
    }

    /// Calls `on_mode` on a watcher thread when the mode changes later (at once, if it
    /// already changed since the start). `on_mode` must not call back into the watcher.
    pub fn on_mode_change(&self, on_mode: impl Fn(&WatchMode) + Send + Sync + 'static) {
        self.following.on_mode_change(Arc::new(on_mode));
    }

    /// Tells the watcher which files the app has open (site-relative). Only polling
    /// uses them; a native watcher keeps them for the day the limit is reached.
    pub fn set_open_files(&mut self, open_files: &[String]) {
        self.following.set_open_files(open_files);
    }
}

fn start_native(
    root: &Path,
    folders: &[String],
    handler: Handler,
    following: Arc<Following>,
) -> Result<Arc<Mutex<NativeWatches>>, notify::Error> {
    let late_watch: LateWatch = Arc::new(OnceLock::new());
    let links = NativeLinks {
        late_watch: late_watch.clone(),
        following,
    };
    let event_handler = batch_handler(root.to_path_buf(), folders.to_vec(), handler, Some(links));
    let mut debouncer: NativeDebouncer = new_debouncer_opt(
        DEBOUNCE,
        None,
        event_handler,
        RecommendedCache::new(),
        notify::Config::default(),
    )?;
    let mut watches = FolderWatches::new(root, folders);
    watches.update(&mut debouncer, &mut Vec::new())?;
    let running = Arc::new(Mutex::new(NativeWatches {
        debouncer,
        folders: watches,
    }));
    let _ = late_watch.set(Arc::downgrade(&running));
    Ok(running)
}

/// After folders came or went, brings the platform watches in line with the disk and
/// adds a `Created` for each folder newly watched: files written into it before its
/// watch (a `git checkout` creating `data/` with its files) sent no event of their own.
/// A failure (the platform's limit) leaves the rest of the site watched as it was and
/// is returned.
fn follow_folder_changes(late_watch: &LateWatch, raw: &mut Vec<RawChange>) -> notify::Result<()> {
    let folders_moved = raw.iter().any(|change| match change {
        RawChange::Created(path) => path.is_dir(),
        RawChange::Removed(_) | RawChange::Renamed { .. } => true,
        RawChange::Modified(_) => false,
    });
    if !folders_moved {
        return Ok(());
    }
    let Some(running) = late_watch.get().and_then(Weak::upgrade) else {
        return Ok(());
    };
    let mut running = match running.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    let NativeWatches { debouncer, folders } = &mut *running;
    let mut new_folders = Vec::new();
    let updated = folders.update(debouncer, &mut new_folders);
    raw.extend(new_folders.into_iter().map(RawChange::Created));
    updated
}

fn batch_handler(
    root: PathBuf,
    folders: Vec<String>,
    handler: Handler,
    native: Option<NativeLinks>,
) -> impl FnMut(DebounceEventResult) + Send + 'static {
    move |result: DebounceEventResult| {
        let events = match result {
            Ok(events) => events,
            Err(errors) => {
                // notify watches a folder created inside a recursively watched one
                // itself; at the platform's limit it says so only here. Other errors (a
                // folder vanished) leave the rest of the site watched.
                if let (Some(native), Some(limit)) =
                    (&native, errors.iter().find(|error| is_watch_limit(error)))
                {
                    native.following.limit_reached(limit);
                }
                return;
            }
        };
        let mut raw: Vec<RawChange> = events
            .iter()
            .flat_map(|event| raw_changes(&event.kind, &event.paths))
            .collect();
        if let Some(native) = &native {
            if let Err(error) = follow_folder_changes(&native.late_watch, &mut raw) {
                if is_watch_limit(&error) {
                    native.following.limit_reached(&error);
                }
            }
        }
        let changes = site_changes(&root, &folders, raw, own_writes());
        if changes.is_empty() {
            return;
        }
        let mut on_changes = match handler.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        on_changes(changes);
    }
}

/// The root as the platform will report it (symbolic links resolved), so event paths
/// and saved paths compare equal.
fn canonical(root: &Path) -> PathBuf {
    fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf())
}
