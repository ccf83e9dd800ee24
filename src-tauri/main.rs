//! The `inkstone-app` binary: starts the desktop shell.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// Opening a site allocates many small maps and strings; mimalloc took about a quarter
/// off the CPU of indexing 10,000 posts (scripts/bench/README.md), as in the CLI.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    inkstone_app_lib::run();
}
