//! Build script: lets Tauri generate the app context from tauri.conf.json.

fn main() {
    tauri_build::build()
}
