//! Resolving the site a command works on: the argument, or the site around the cwd.

use inkstone_core::site::{find_site_root, Site};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Printed (exit 2) when neither the argument nor the current folder is in a site.
pub const NO_SITE_MESSAGE: &str = "no Hugo site here: run inside a site folder or pass SITE_DIR";

/// The root of the site `arg` names (or is inside of); without `arg`, the site
/// containing the current directory. Prints the reason and gives exit code 2 when
/// there is none.
pub fn site_root(arg: Option<&Path>) -> Result<PathBuf, ExitCode> {
    let start = match arg {
        Some(path) => path.to_path_buf(),
        None => std::env::current_dir().map_err(|e| {
            eprintln!("inkstone: cannot read the current folder ({e}): pass SITE_DIR");
            ExitCode::from(2)
        })?,
    };
    find_site_root(&start).ok_or_else(|| {
        eprintln!("inkstone: {NO_SITE_MESSAGE}");
        ExitCode::from(2)
    })
}

/// Opens and indexes the site `arg` resolves to; prints the error and gives exit
/// code 2 when it cannot.
pub fn open_site(arg: Option<&Path>) -> Result<Site, ExitCode> {
    let root = site_root(arg)?;
    Site::open(&root).map_err(|error| {
        eprintln!("inkstone: {error}");
        ExitCode::from(2)
    })
}

/// Leaves the index to the operating system: the process ends right after the
/// command, and freeing tens of thousands of small strings one by one would only
/// delay that.
pub fn release_at_exit<T>(value: T) {
    std::mem::forget(value);
}
