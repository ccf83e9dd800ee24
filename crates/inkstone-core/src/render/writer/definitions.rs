//! Definition terms as goldmark writes them: each line of the paragraph before a `:`
//! is a term of its own, where pulldown-cmark gives one term with line breaks.

use super::Writer;
use std::ops::Range;

impl Writer<'_, '_> {
    /// Whether the term written so far closes every tag it opened: goldmark reads each
    /// line apart, which the writer can only follow when no emphasis or link spans lines
    /// (then the break stays a break, as pulldown-cmark parsed it).
    pub(super) fn term_can_split(&mut self) -> bool {
        self.flush_text();
        let term = self.out.rfind("<dt>").map_or("", |at| &self.out[at + 4..]);
        let mut open = 0i32;
        for (at, _) in term.match_indices('<') {
            match term.as_bytes().get(at + 1) {
                Some(b'/') => open -= 1,
                Some(c) if c.is_ascii_alphabetic() => {
                    let name: String = term[at + 1..]
                        .chars()
                        .take_while(char::is_ascii_alphanumeric)
                        .collect();
                    if !matches!(name.as_str(), "br" | "img" | "input" | "wbr") {
                        open += 1;
                    }
                }
                _ => {}
            }
        }
        open == 0
    }

    /// A line break inside a term: goldmark makes each line of the paragraph before a
    /// `:` a term of its own, right-trimmed, so a break closes one `dt` and opens the next
    /// (a backslash break keeps its backslash, which no longer ends a line).
    pub(super) fn split_term(&mut self, range: Range<usize>) {
        if self.source.get(range).is_some_and(|b| b.starts_with('\\')) {
            self.out.push('\\');
        }
        self.out.push_str("</dt>\n<dt>");
    }
}

#[cfg(test)]
mod tests {
    use super::super::write_default as render;

    #[test]
    fn each_line_before_a_colon_is_a_term_of_its_own() {
        assert_eq!(
            render("one\n二\n: both\n"),
            "<dl>\n<dt>one</dt>\n<dt>二</dt>\n<dd>both</dd>\n</dl>\n"
        );
    }

    #[test]
    fn a_backslash_break_in_a_term_keeps_its_backslash() {
        assert!(render("one\\\ntwo\n: def\n").contains("<dt>one\\</dt>\n<dt>two</dt>"));
    }

    #[test]
    fn emphasis_across_term_lines_keeps_one_well_formed_term() {
        let html = render("a *b\nc* d\n: def\n");
        assert!(html.contains("<dt>a <em>b\nc</em> d</dt>"), "{html}");
    }
}
