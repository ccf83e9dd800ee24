//! What the shell holds between commands: the open site.

use crate::error::{AppError, Result};
use inkstone_core::site::Site;
use std::sync::RwLock;

#[derive(Default)]
pub struct AppState {
    site: RwLock<Option<Site>>,
    /// Why the launch site could not be opened, shown once the UI asks.
    launch_error: RwLock<Option<AppError>>,
}

impl AppState {
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
