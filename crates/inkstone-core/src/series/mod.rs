//! Series: posts that share a series term, kept in order, cross-linked by a generated
//! block, and checked. See docs/series.md.

mod block;
mod checks;
mod edits;
mod error;
mod fields;
mod membership;
mod model;
mod numbering;
mod ordinal;
mod overview;
mod rename;
mod reorder;
mod settings;
mod sync;
mod terms_edit;
mod write;

pub use block::{claims, find, quote_for, BlockClaims, FoundBlock};
pub use checks::{check_file, check_site, SeriesChecks};
pub use error::SeriesError;
pub use membership::{add_post, remove_post};
pub use model::{build_series, OrderedBy, Series, SeriesPost};
pub use numbering::order_field;
pub use ordinal::chinese as chinese_numeral;
pub use overview::{overview, SeriesOverview};
pub use rename::rename;
pub use reorder::reorder;
pub use settings::{BlockPosition, BlockTemplate, Numerals, SeriesSettings};
pub use sync::{apply, sync, synced_text, unified_diff, FileChange};
pub use write::write;
