//! The `inkstone-app` binary: starts the desktop shell.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    inkstone_app_lib::run();
}
