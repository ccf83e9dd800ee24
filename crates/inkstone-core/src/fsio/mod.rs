//! File input and output that never loses text: atomic saves, safe reads.
