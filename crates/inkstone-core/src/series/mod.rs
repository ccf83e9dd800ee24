//! Series: posts that share a series term, kept in order, cross-linked by a generated
//! block, and checked. See docs/series.md.

mod block;
mod checks;
mod error;
mod fields;
mod model;
mod ordinal;
mod settings;
mod sync;

pub use block::{claims, find, quote_for, BlockClaims, FoundBlock};
pub use checks::{check_file, check_site, SeriesChecks};
pub use error::SeriesError;
pub use model::{build_series, OrderedBy, Series, SeriesPost};
pub use ordinal::chinese as chinese_numeral;
pub use settings::{BlockPosition, BlockTemplate, Numerals, SeriesSettings};
pub use sync::{apply, sync, synced_text, unified_diff, FileChange};
