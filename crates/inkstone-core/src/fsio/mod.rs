//! File input and output that never loses text: atomic saves, safe reads.

mod read;
mod write;

pub use read::{read_text, ReadError, MAX_TEXT_BYTES};
pub use write::write_atomic;

#[cfg(test)]
mod tests;
