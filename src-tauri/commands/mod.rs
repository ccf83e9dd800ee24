//! The IPC commands: each a one-line delegation to inkstone-core.

pub mod posts;
pub mod preview;
pub mod site;
