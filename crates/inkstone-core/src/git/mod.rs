//! The system `git`, run non-interactively: the only way Inkstone touches a repository.
//!
//! Inkstone uses the writer's own git (their config, credential helpers, SSH agent) rather
//! than a library, so what works in their terminal works here. One file per verb.

pub mod commit;
pub mod diff;
pub mod failure;
pub mod fetch;
pub mod push;
pub mod rebase;
pub mod remote;
pub mod repo;
mod run;
mod setup;
pub mod status;

pub use run::{Git, GitError, GitOutput};
pub use setup::init_with_local_remote;
