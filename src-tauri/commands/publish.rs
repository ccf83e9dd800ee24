//! Publishing from the window: status, the dialog's plan and diffs, the run with its
//! progress streamed over a channel, cancelling it, and the set-up ways out. Git runs
//! off the main thread; every rule lives in inkstone_core::publish.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::check::{check_site, forget_cached_checker};
use inkstone_core::publish::{
    self, ChangedFile, PublishError, PublishOutcome, PublishPlan, PublishProgress, PublishRequest,
    StatusReport, UiLanguage,
};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

/// The cancel flag of the publish that is running, if one is.
#[derive(Default)]
pub struct PublishRuns {
    running: Mutex<Option<Arc<AtomicBool>>>,
}

impl PublishRuns {
    fn start(&self) -> Result<Arc<AtomicBool>> {
        let mut running = self.running.lock().unwrap_or_else(|p| p.into_inner());
        if running.is_some() {
            return Err(AppError::new(
                "publish-running",
                "Publishing is already under way: wait for it to finish, or cancel it first",
            ));
        }
        let flag = Arc::new(AtomicBool::new(false));
        *running = Some(flag.clone());
        Ok(flag)
    }

    fn finish(&self) {
        *self.running.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn cancel(&self) {
        if let Some(flag) = self
            .running
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            flag.store(true, Ordering::SeqCst);
        }
    }
}

fn publish_error(e: PublishError) -> AppError {
    let error = AppError::new(e.code(), e.to_string());
    match e.path() {
        Some(path) => error.at(path.to_string_lossy(), None, None),
        None => error,
    }
}

/// Runs `work` on a blocking thread: git may take seconds, the window must not wait.
async fn off_main<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work).await?
}

fn site_root(app: &AppHandle) -> Result<PathBuf> {
    app.state::<AppState>()
        .with_site(|site| Ok(site.root().to_path_buf()))
}

/// Branch, distance from the upstream and unpublished changes (the status view).
#[tauri::command]
pub async fn publish_status(app: AppHandle) -> Result<StatusReport> {
    let root = site_root(&app)?;
    off_main(move || publish::publish_status(&root).map_err(publish_error)).await
}

/// The dialog's first screen: the status and the check results that matter.
#[tauri::command]
pub async fn publish_plan(app: AppHandle) -> Result<PublishPlan> {
    off_main(move || {
        app.state::<AppState>()
            .with_site(|site| publish::review(site).map_err(publish_error))
    })
    .await
}

/// The diff publishing one file would commit.
#[tauri::command]
pub async fn publish_diff(app: AppHandle, path: String) -> Result<String> {
    let root = site_root(&app)?;
    off_main(move || publish::diff_of_change(&root, &path).map_err(publish_error)).await
}

/// The default commit message for the ticked files, in the interface's language.
#[tauri::command]
pub fn publish_message(files: Vec<ChangedFile>, language: UiLanguage) -> String {
    publish::default_message(&files, language)
}

/// Publishes as the writer chose, sending each step to `on_progress`.
#[tauri::command]
pub async fn publish_run(
    app: AppHandle,
    runs: State<'_, PublishRuns>,
    request: PublishRequest,
    on_progress: Channel<PublishProgress>,
) -> Result<PublishOutcome> {
    let root = site_root(&app)?;
    let cancel = runs.start()?;
    let worker = app.clone();
    let result = off_main(move || {
        let state = worker.state::<AppState>();
        let checks = || {
            state
                .with_site(|site| Ok(check_site(site).diagnostics))
                .unwrap_or_default()
        };
        let mut progress = |step: PublishProgress| {
            // A closed window stops listening; publishing goes on regardless.
            let _ = on_progress.send(step);
        };
        let outcome = publish::publish(&root, &request, &checks, &mut progress, cancel)
            .map_err(publish_error)?;
        // Undrafted posts changed on disk: the index (and so the list badges) must say so.
        state.with_site_mut(|site| {
            for path in &request.undraft {
                let _ = site.refresh_file(path);
            }
            forget_cached_checker();
            Ok(())
        })?;
        Ok(outcome)
    })
    .await;
    runs.finish();
    result
}

/// Stops the running publish at its next step (a running git command is killed).
#[tauri::command]
pub fn publish_cancel(runs: State<'_, PublishRuns>) {
    runs.cancel();
}

/// Makes the site folder a git repository ("not a repository": initialise).
#[tauri::command]
pub async fn publish_init(app: AppHandle) -> Result<StatusReport> {
    let root = site_root(&app)?;
    off_main(move || {
        publish::initialise_repository(&root).map_err(publish_error)?;
        publish::publish_status(&root).map_err(publish_error)
    })
    .await
}

/// Adds the remote to publish to ("no remote": the URL the writer pasted).
#[tauri::command]
pub async fn publish_add_remote(app: AppHandle, url: String) -> Result<StatusReport> {
    let root = site_root(&app)?;
    off_main(move || {
        publish::add_remote(&root, &url).map_err(publish_error)?;
        publish::publish_status(&root).map_err(publish_error)
    })
    .await
}
