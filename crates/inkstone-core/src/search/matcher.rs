//! What a body search looks for: the query's terms, each matched the cheapest way it can be.
//!
//! Latin text matches without regard to case; CJK has no case and matches exactly. An
//! ASCII term runs `memmem` over an ASCII-lowercased copy of the body (same byte offsets),
//! a term without cased letters runs `memmem` over the body itself, and only a term with
//! cased non-ASCII letters (`Éclair`, `Ωmega`) needs a case-insensitive regex.
//!
//! Chinese text often carries Latin letters and digits in their full-width forms (`ＡＩ`,
//! `第１篇`), typed by the same input method. A letter or digit in a term matches either
//! form, the way a writer expects: `ai` finds `ＡＩ` and `第1篇` finds `第１篇`. The fast
//! paths stay first; the regex that allows both forms runs only when they find nothing.

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
    /// Lowercased ASCII, found in the body's ASCII-lowercased copy; then, when the term
    /// has letters or digits, the regex that also takes their full-width forms.
    AsciiFolded(Finder<'static>, Option<Regex>),
    /// No letter with case (CJK, digits, punctuation): found byte for byte.
    Exact(Finder<'static>),
    /// Cased letters beyond ASCII, or letters and digits in either width: Unicode simple
    /// case folding, each letter or digit in both widths.
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
        self.terms
            .iter()
            .any(|t| matches!(t, Term::AsciiFolded(..)))
    }

    /// The earliest match of any term when every term occurs in `body`, else `None`.
    /// `folded` is `body` ASCII-lowercased when `needs_folded()`, else empty.
    pub fn find(&self, body: &str, folded: &[u8]) -> Option<Range<usize>> {
        let mut first: Option<Range<usize>> = None;
        for term in &self.terms {
            let found = match term {
                Term::AsciiFolded(finder, wide) => finder
                    .find(folded)
                    .map(|at| at..at + finder.needle().len())
                    .or_else(|| wide.as_ref()?.find(body).map(|m| m.range())),
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
    let has_alnum = text.chars().any(|c| narrow(c).is_ascii_alphanumeric());
    if text.is_ascii() {
        let finder = Finder::new(text.to_ascii_lowercase().as_bytes()).into_owned();
        return Term::AsciiFolded(finder, has_alnum.then(|| both_widths(text)).flatten());
    }
    let cased = text.chars().any(|c| c.to_lowercase().ne(c.to_uppercase()));
    if !cased && !has_alnum {
        return Term::Exact(Finder::new(text.as_bytes()).into_owned());
    }
    match both_widths(text) {
        Some(regex) => Term::Unicode(regex),
        // An escaped literal always compiles; should the size limit ever refuse one,
        // an exact match is the honest fallback.
        None => Term::Exact(Finder::new(text.as_bytes()).into_owned()),
    }
}

/// The ASCII letter or digit a full-width one stands for (`Ａ`, `ａ` → `A`, `a`); any other
/// character is itself.
fn narrow(c: char) -> char {
    match c {
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// A case-insensitive regex for `text` in which each letter or digit, in either width,
/// matches both widths; `None` only if the regex crate refuses it.
fn both_widths(text: &str) -> Option<Regex> {
    let mut pattern = String::with_capacity(text.len() * 4);
    for c in text.chars() {
        let ascii = narrow(c);
        if ascii.is_ascii_alphanumeric() {
            let wide = char::from_u32(ascii as u32 + 0xFEE0).unwrap_or(ascii);
            pattern.push('[');
            pattern.push(ascii);
            pattern.push(wide);
            pattern.push(']');
        } else {
            pattern.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
        }
    }
    RegexBuilder::new(&pattern)
        .case_insensitive(true)
        .build()
        .ok()
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
    fn letters_and_digits_match_in_either_width() {
        // 「ＡＩ」 starts at byte 3 and spans two 3-byte characters.
        assert_eq!(find("ai", "談「ＡＩ」寫作"), Some(6..12));
        assert_eq!(find("ＲＵＳＴ", "I like rust"), Some(7..11));
        assert_eq!(find("ｒｕｓｔ", "ＲＵＳＴ"), Some(0..12));
        assert_eq!(find("第1篇", "這是第１篇"), Some(6..15));
        assert_eq!(find("2026", "２０２６年"), Some(0..12));
        assert_eq!(find("Éclair", "ÉＣＬＡＩＲ"), Some(0..17));
    }

    #[test]
    fn the_narrow_match_comes_first_and_other_full_width_signs_stay_exact() {
        assert_eq!(find("ai", "ＡＩ and AI"), Some(11..13));
        assert_eq!(find("ai", "ＡＸ"), None);
        // Full-width punctuation is not a letter: `，` does not find `,`.
        assert_eq!(find("，", "a,b"), None);
    }

    #[test]
    fn hash_and_blank_terms_are_dropped() {
        assert!(Matcher::new("  # ").is_none());
        assert_eq!(find("#rust", "rust"), Some(0..4));
    }
}
