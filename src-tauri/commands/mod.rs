//! The IPC commands: each a one-line delegation to inkstone-core.

pub mod disk;
pub mod journal;
pub mod links;
pub mod meta;
pub mod posts;
pub mod preview;
pub mod save;
pub mod site;
