//! Front matter: split a content file, parse its block, edit it losslessly.
//!
//! Every position this module reports is a 1-based line (and column) in the whole
//! file, never in the front matter block, so the app and `inkstone check` can point
//! at the exact character the writer has to fix.

mod edit;
mod entries;
mod error;
mod lookup;
mod parse;
mod split;
mod text_pos;
mod yaml_value;

pub use edit::{set_field, unset_field, EditError};
pub use error::FrontMatterError;
pub use parse::{parse, read, FrontMatter};
pub use split::{split, Format, LineEnding, Split};
pub use yaml_value::yaml_value;
