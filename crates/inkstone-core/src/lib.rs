//! Inkstone's domain: reading a Hugo site, its front matter, checks, preview rendering.
//!
//! This crate never depends on Tauri, rfd or webkit: the desktop shell and the CLI are
//! thin layers over it, so everything a writer relies on is testable here.

pub mod check;
pub mod demo;
pub mod front_matter;
pub mod fsio;
pub mod git;
pub mod journal;
pub mod media;
pub mod merge;
pub mod new_post;
pub mod publish;
pub mod render;
pub mod save;
pub mod schema;
pub mod search;
pub mod series;
pub mod site;
mod toml_json;
pub mod watch;
