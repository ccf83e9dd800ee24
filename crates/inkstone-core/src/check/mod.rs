//! Site checks: every diagnostic `inkstone check` prints and the app shows inline.

pub mod date;
pub mod diagnostic;
pub mod field;

pub use diagnostic::{Diagnostic, Severity};
