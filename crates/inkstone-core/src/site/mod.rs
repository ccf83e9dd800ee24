//! The site: Hugo config, content discovery, the index of every post.

pub mod config;
mod error;
mod root;

pub use config::{ContentMount, Language, SiteConfig};
pub use error::SiteError;
pub use root::{find_site_root, is_site_root};
