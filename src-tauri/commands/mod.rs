//! The IPC commands: each a one-line delegation to inkstone-core.

pub mod disk;
pub mod journal;
pub mod links;
pub mod media;
pub mod meta;
pub mod new_post;
pub mod posts;
pub mod preview;
pub mod publish;
pub mod save;
pub mod search;
pub mod series;
pub mod site;
