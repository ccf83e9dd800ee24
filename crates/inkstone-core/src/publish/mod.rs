//! Publishing a site to git in one click without ever losing work: check, commit only
//! the chosen files, fetch, rebase, push; every situation the writer must handle is a
//! `PublishOutcome`.

mod diff;
mod draft;
mod error;
mod explain;
mod integrate;
mod message;
mod outcome;
mod pipeline;
mod plan;
mod review;
mod setup;
mod status;

pub use crate::git::repo::OperationKind;
pub use diff::diff_of_change;
pub use draft::flip_drafts_to_published;
pub use error::PublishError;
pub use message::{default_message, UiLanguage};
pub use outcome::{
    ChangeKind, ChangedFile, PublishOutcome, PublishProgress, PublishStatus, StatusReport,
};
pub use pipeline::{publish, PublishRequest};
pub use review::{review, PublishPlan};
pub use setup::{add_remote, initialise_repository};
pub use status::publish_status;
