//! What a body search looks for: the query's terms, each matched the cheapest way it can be.
//!
//! Latin text matches without regard to case; CJK has no case and matches exactly. An
//! ASCII term runs `memmem` over an ASCII-lowercased copy of the body (same byte offsets),
//! a term without cased letters runs `memmem` over the body itself, and only a term with
//! cased non-ASCII letters (`Éclair`, `Ωmega`) needs a case-insensitive regex.

use memchr::memmem::Finder;
use regex::{Regex, RegexBuilder};
use std::ops::Range;

/// The terms of a query: split on white space, a leading `#` dropped (writers type tags
/// that way), as the post list's own search does.
pub fn query_terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|term| term.trim_start_matches('#'))
        .filter(|term| !term.is_empty())
        .map(str::to_owned)
        .collect()
}

enum Term {
    /// Lowercased ASCII, found in the body's ASCII-lowercased copy.
    AsciiFolded(Finder<'static>),
    /// No letter with case (CJK, digits, punctuation): found byte for byte.
    Exact(Finder<'static>),
    /// Cased letters beyond ASCII: Unicode simple case folding.
    Unicode(Regex),
}

/// Every term of a query, ready to run over many bodies.
pub struct Matcher {
    terms: Vec<Term>,
}

impl Matcher {
    /// `None` when the query has no terms.
    pub fn new(query: &str) -> Option<Matcher> {
        let terms: Vec<Term> = query_terms(query).iter().map(|t| term(t)).collect();
        (!terms.is_empty()).then_some(Matcher { terms })
    }

    /// Whether the body's ASCII-lowercased copy is needed (an ASCII term is present).
    pub fn needs_folded(&self) -> bool {
        self.terms.iter().any(|t| matches!(t, Term::AsciiFolded(_)))
    }

    /// The earliest match of any term when every term occurs in `body`, else `None`.
    /// `folded` is `body` ASCII-lowercased when `needs_folded()`, else empty.
    pub fn find(&self, body: &str, folded: &[u8]) -> Option<Range<usize>> {
        let mut first: Option<Range<usize>> = None;
        for term in &self.terms {
            let found = match term {
                Term::AsciiFolded(finder) => {
                    finder.find(folded).map(|at| at..at + finder.needle().len())
                }
                Term::Exact(finder) => finder
                    .find(body.as_bytes())
                    .map(|at| at..at + finder.needle().len()),
                Term::Unicode(regex) => regex.find(body).map(|m| m.range()),
            }?;
            if first.as_ref().is_none_or(|f| found.start < f.start) {
                first = Some(found);
            }
        }
        first
    }
}

fn term(text: &str) -> Term {
    if text.is_ascii() {
        return Term::AsciiFolded(Finder::new(text.to_ascii_lowercase().as_bytes()).into_owned());
    }
    let cased = text.chars().any(|c| c.to_lowercase().ne(c.to_uppercase()));
    if !cased {
        return Term::Exact(Finder::new(text.as_bytes()).into_owned());
    }
    match RegexBuilder::new(&regex::escape(text))
        .case_insensitive(true)
        .build()
    {
        Ok(regex) => Term::Unicode(regex),
        // An escaped literal always compiles; should the size limit ever refuse one,
        // an exact match is the honest fallback.
        Err(_) => Term::Exact(Finder::new(text.as_bytes()).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(query: &str, body: &str) -> Option<Range<usize>> {
        let matcher = Matcher::new(query).expect("terms");
        let folded = if matcher.needs_folded() {
            body.to_ascii_lowercase().into_bytes()
        } else {
            Vec::new()
        };
        matcher.find(body, &folded)
    }

    #[test]
    fn ascii_terms_ignore_case() {
        assert_eq!(find("rust", "I like RUST a lot"), Some(7..11));
        assert_eq!(find("RuSt", "rust"), Some(0..4));
    }

    #[test]
    fn every_term_must_occur_and_the_earliest_is_reported() {
        assert_eq!(find("lot rust", "I like Rust a lot"), Some(7..11));
        assert_eq!(find("rust go", "I like Rust a lot"), None);
    }

    #[test]
    fn cjk_terms_match_exactly() {
        assert_eq!(find("雲端", "談雲端運算"), Some(3..9));
        assert_eq!(find("云端", "談雲端運算"), None);
    }

    #[test]
    fn non_ascii_latin_terms_ignore_case() {
        assert_eq!(find("éclair", "Un ÉCLAIR"), Some(3..10));
        assert_eq!(find("ΩMEGA", "the ωmega point"), Some(4..10));
    }

    #[test]
    fn hash_and_blank_terms_are_dropped() {
        assert!(Matcher::new("  # ").is_none());
        assert_eq!(find("#rust", "rust"), Some(0..4));
    }
}
