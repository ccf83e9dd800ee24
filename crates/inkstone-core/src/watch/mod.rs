//! Following a site on disk: every create, edit, delete and rename in the folders that
//! matter reaches the app as a batch of `SiteChange`s, without Inkstone's own writes.
//!
//! A `git checkout` of thousands of files arrives as a few large batches, not thousands
//! of calls. When the platform's watch limit is hit, the watcher says so
//! (`WatchMode::Polling`) and polls only the files the app has open.

mod changes;
mod error;
mod folder_watches;
mod own_writes;
mod targets;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    new_debouncer_opt, DebounceEventResult, Debouncer, NoCache, RecommendedCache,
};
use serde::Serialize;
use ts_rs::TS;

pub use changes::{ChangeKind, SiteChange};
pub use error::WatchError;
pub use own_writes::{own_writes, OwnWrites};
pub use targets::{is_root_config_name, watched_folders};

use crate::site::SiteConfig;
use changes::{raw_changes, site_changes, RawChange};
use error::is_watch_limit;
use folder_watches::{FolderWatches, Watches};

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
    /// Only the open files are checked, every `POLL_INTERVAL`; `reason` says why.
    Polling { reason: String },
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

enum Backend {
    /// Held only to keep the platform watcher running; dropping it stops it.
    Native { _running: Arc<Mutex<NativeWatches>> },
    Polling {
        debouncer: Debouncer<PollWatcher, NoCache>,
        watched: Vec<PathBuf>,
    },
}

/// A running watcher; dropping it stops it.
pub struct SiteWatcher {
    root: PathBuf,
    backend: Backend,
    mode: WatchMode,
}

impl SiteWatcher {
    /// Watches the site at `root`: its content folders (from `config`, or `content`
    /// when the config cannot be read), `static/`, shortcodes, `archetypes/`, `data/`
    /// and the config files. `open_files` (site-relative) are what gets polled if the
    /// platform's watch limit forces the fallback.
    pub fn start(
        root: &Path,
        config: Option<&SiteConfig>,
        open_files: &[String],
        on_changes: impl FnMut(Vec<SiteChange>) + Send + 'static,
    ) -> Result<SiteWatcher, WatchError> {
        let root = canonical(root);
        let folders = watched_folders(config);
        let handler: Handler = Arc::new(Mutex::new(on_changes));
        match start_native(&root, &folders, handler.clone()) {
            Ok(debouncer) => Ok(SiteWatcher {
                root,
                backend: Backend::Native {
                    _running: debouncer,
                },
                mode: WatchMode::Native,
            }),
            Err(error) if is_watch_limit(&error) => {
                let reason = format!(
                    "the system's limit on watched folders was reached ({error}); only open posts are checked for changes: raise fs.inotify.max_user_watches to follow the whole site"
                );
                Self::polling(root, folders, open_files, reason, handler)
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
        Self::polling(
            canonical(root),
            folders,
            open_files,
            reason.to_owned(),
            handler,
        )
    }

    fn polling(
        root: PathBuf,
        folders: Vec<String>,
        open_files: &[String],
        reason: String,
        handler: Handler,
    ) -> Result<SiteWatcher, WatchError> {
        // Contents, not only times: two writes within one clock tick share an mtime,
        // and hashing a handful of open posts is cheap.
        let config = notify::Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(true);
        let event_handler = batch_handler(root.clone(), folders, handler, None);
        let debouncer = new_debouncer_opt(DEBOUNCE, None, event_handler, NoCache, config).map_err(
            |source| WatchError::Platform {
                path: root.clone(),
                source,
            },
        )?;
        let mut watcher = SiteWatcher {
            root,
            backend: Backend::Polling {
                debouncer,
                watched: Vec::new(),
            },
            mode: WatchMode::Polling { reason },
        };
        watcher.set_open_files(open_files);
        Ok(watcher)
    }

    pub fn mode(&self) -> &WatchMode {
        &self.mode
    }

    /// Tells the watcher which files the app has open (site-relative). Only polling
    /// uses it; a native watcher already sees the whole site.
    pub fn set_open_files(&mut self, open_files: &[String]) {
        let Backend::Polling { debouncer, watched } = &mut self.backend else {
            return;
        };
        for path in watched.drain(..) {
            let _ = debouncer.unwatch(&path);
        }
        for rel in open_files {
            let path = self.root.join(rel);
            // A file missing now is still worth watching: its return is a change.
            if debouncer.watch(&path, RecursiveMode::NonRecursive).is_ok() {
                watched.push(path);
            }
        }
    }
}

fn start_native(
    root: &Path,
    folders: &[String],
    handler: Handler,
) -> Result<Arc<Mutex<NativeWatches>>, notify::Error> {
    let late_watch: LateWatch = Arc::new(OnceLock::new());
    let event_handler = batch_handler(
        root.to_path_buf(),
        folders.to_vec(),
        handler,
        Some(late_watch.clone()),
    );
    let mut debouncer: NativeDebouncer = new_debouncer_opt(
        DEBOUNCE,
        None,
        event_handler,
        RecommendedCache::new(),
        notify::Config::default(),
    )?;
    let mut watches = FolderWatches::new(root, folders);
    watches.update(&mut debouncer)?;
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
fn follow_folder_changes(late_watch: &LateWatch, raw: &mut Vec<RawChange>) {
    let folders_moved = raw.iter().any(|change| match change {
        RawChange::Created(path) => path.is_dir(),
        RawChange::Removed(_) | RawChange::Renamed { .. } => true,
        RawChange::Modified(_) => false,
    });
    if !folders_moved {
        return;
    }
    let Some(running) = late_watch.get().and_then(Weak::upgrade) else {
        return;
    };
    let mut running = match running.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    let NativeWatches { debouncer, folders } = &mut *running;
    // A failure (the platform's limit) leaves the rest of the site watched as it was.
    if let Ok(new_folders) = folders.update(debouncer) {
        raw.extend(new_folders.into_iter().map(RawChange::Created));
    }
}

fn batch_handler(
    root: PathBuf,
    folders: Vec<String>,
    handler: Handler,
    late_watch: Option<LateWatch>,
) -> impl FnMut(DebounceEventResult) + Send + 'static {
    move |result: DebounceEventResult| {
        // Errors mid-run (a folder vanished, a watch could not be added) leave the
        // rest of the site watched; there is nobody to return them to here.
        let Ok(events) = result else { return };
        let mut raw: Vec<RawChange> = events
            .iter()
            .flat_map(|event| raw_changes(&event.kind, &event.paths))
            .collect();
        if let Some(late_watch) = &late_watch {
            follow_folder_changes(late_watch, &mut raw);
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
