//! The desktop shell: Tauri builder, plugins and state. Business rules live in inkstone-core.

pub fn run() {}
