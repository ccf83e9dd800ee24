//! The IPC commands: each a one-line delegation to inkstone-core.

pub mod links;
pub mod meta;
pub mod posts;
pub mod preview;
pub mod publish;
pub mod save;
pub mod site;
