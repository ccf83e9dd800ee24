//! The site: Hugo config, content discovery, the index of every post.

pub mod asset;
pub mod config;
mod dates;
mod discover;
mod error;
mod href;
mod index;
mod index_post;
mod post;
mod post_file;
pub(crate) mod read_file;
mod read_head;
mod root;
mod urls;

pub use config::{ContentMount, Language, SiteConfig};
pub use error::SiteError;
pub use href::{resolve_href, LinkTarget};
pub use index::Site;
pub use post::{Post, PostKind, PostSummary};
pub use post_file::PostFile;
pub use root::{find_site_root, is_site_root};
