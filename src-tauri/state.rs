//! What the shell holds between commands: the open site.

use crate::error::{AppError, Result};
use inkstone_core::search::BodyCache;
use inkstone_core::site::Site;
use std::sync::{Mutex, RwLock};

/// Post text the body search may keep in memory; a 10,000-post site of long posts is
/// about 75 MB, so that fits, and a larger site keeps what fits and reads the rest.
const BODY_CACHE_BYTES: usize = 128 * 1024 * 1024;

pub struct AppState {
    site: RwLock<Option<Site>>,
    /// Bodies read by earlier searches of the open site, so that each keystroke of a
    /// search does not read every file again.
    body_cache: Mutex<BodyCache>,
    /// Why the launch site could not be opened, shown once the UI asks.
    launch_error: RwLock<Option<AppError>>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            site: RwLock::default(),
            body_cache: Mutex::new(BodyCache::with_limit(BODY_CACHE_BYTES)),
            launch_error: RwLock::default(),
        }
    }
}

impl AppState {
    /// Runs `f` with the body cache (searches take turns; each is one parallel pass).
    pub fn with_body_cache<T>(&self, f: impl FnOnce(&mut BodyCache) -> T) -> Result<T> {
        let mut guard = self.body_cache.lock().unwrap_or_else(|p| p.into_inner());
        Ok(f(&mut guard))
    }

    pub fn set_site(&self, site: Site) {
        *self.site.write().unwrap_or_else(|p| p.into_inner()) = Some(site);
        *self.launch_error.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    pub fn set_launch_error(&self, error: AppError) {
        *self.launch_error.write().unwrap_or_else(|p| p.into_inner()) = Some(error);
    }

    pub fn launch_error(&self) -> Option<AppError> {
        self.launch_error
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Runs `f` with the open site for changing it (a save refreshes the index), or fails with `no-site`.
    pub fn with_site_mut<T>(&self, f: impl FnOnce(&mut Site) -> Result<T>) -> Result<T> {
        let mut guard = self.site.write().unwrap_or_else(|p| p.into_inner());
        match guard.as_mut() {
            Some(site) => f(site),
            None => Err(AppError::no_site()),
        }
    }

    /// Runs `f` with the open site, or fails with `no-site`.
    pub fn with_site<T>(&self, f: impl FnOnce(&Site) -> Result<T>) -> Result<T> {
        let guard = self.site.read().unwrap_or_else(|p| p.into_inner());
        match guard.as_ref() {
            Some(site) => f(site),
            None => Err(AppError::no_site()),
        }
    }
}
