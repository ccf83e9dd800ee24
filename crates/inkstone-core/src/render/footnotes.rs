//! Footnotes as goldmark numbers and prints them: by first reference, at the end.

use std::collections::HashMap;

use super::decimal::push_decimal;

const BACKLINK: &str = "&#x21a9;&#xfe0e;";

/// The footnotes of one document: definitions by label and references in order.
#[derive(Debug, Default)]
pub struct Footnotes {
    definitions: HashMap<String, String>,
    /// Labels in order of first reference; a footnote's number is its place here + 1.
    order: Vec<String>,
    /// Each label's place in `order`: a post with a hundred footnotes would otherwise scan the
    /// list for every reference (about 1 % of the render of the benchmark's 50 KB post).
    places: HashMap<String, usize>,
    /// How many times each footnote of `order`, at the same place, has been referenced so far.
    uses: Vec<usize>,
}

impl Footnotes {
    pub fn define(&mut self, label: &str, body_html: String) {
        self.definitions
            .entry(label.to_string())
            .or_insert(body_html);
    }

    /// Writes the superscript reference; repeats get ids `fnref1:N`, `fnref2:N`.
    pub fn push_reference(&mut self, out: &mut String, label: &str) {
        let index = match self.places.get(label) {
            Some(&index) => index,
            None => {
                self.places.insert(label.to_string(), self.order.len());
                self.order.push(label.to_string());
                self.uses.push(0);
                self.order.len() - 1
            }
        };
        let number = index + 1;
        let use_index = self.uses[index];
        self.uses[index] += 1;
        // Written piece by piece: `format!` per reference was 2-3 % of the render of a post with
        // many footnotes.
        out.push_str("<sup id=\"");
        push_reference_id(out, use_index, number);
        out.push_str("\"><a href=\"#fn:");
        push_decimal(out, number as u64);
        out.push_str("\" class=\"footnote-ref\" role=\"doc-noteref\">");
        push_decimal(out, number as u64);
        out.push_str("</a></sup>");
    }

    /// The closing `div.footnotes`, with a backlink per reference in the last paragraph.
    pub fn push_section(&self, out: &mut String) {
        let listed: Vec<(usize, &String)> = self
            .order
            .iter()
            .enumerate()
            .filter_map(|(index, label)| self.definitions.get(label).map(|body| (index + 1, body)))
            .collect();
        if listed.is_empty() {
            return;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
        for (number, body) in listed {
            out.push_str("<li id=\"fn:");
            push_decimal(out, number as u64);
            out.push_str("\">\n");
            // The backlinks go inside the last paragraph, when the footnote ends with one.
            let closing = body.strip_suffix("</p>\n");
            out.push_str(closing.unwrap_or(body));
            for n in 0..self.uses[number - 1] {
                out.push_str("&#160;<a href=\"#");
                push_reference_id(out, n, number);
                out.push_str("\" class=\"footnote-backref\" role=\"doc-backlink\">");
                out.push_str(BACKLINK);
                out.push_str("</a>");
            }
            if closing.is_some() {
                out.push_str("</p>\n");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n</div>\n");
    }
}

/// A reference's id: `fnref:N` for a footnote's first reference, `fnref1:N`, `fnref2:N` for repeats.
fn push_reference_id(out: &mut String, use_index: usize, number: usize) {
    out.push_str("fnref");
    if use_index > 0 {
        push_decimal(out, use_index as u64);
    }
    out.push(':');
    push_decimal(out, number as u64);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_ids_number_repeats_from_one() {
        let mut out = String::new();
        push_reference_id(&mut out, 0, 12);
        out.push(' ');
        push_reference_id(&mut out, 3, 12);
        assert_eq!(out, "fnref:12 fnref3:12");
    }

    #[test]
    fn a_footnote_referenced_twice_keeps_its_number_and_gets_two_backlinks() {
        let mut footnotes = Footnotes::default();
        let mut out = String::new();
        footnotes.push_reference(&mut out, "b");
        footnotes.push_reference(&mut out, "a");
        footnotes.push_reference(&mut out, "b");
        footnotes.define("a", "<p>A.</p>\n".to_string());
        footnotes.define("b", "<p>B.</p>\n".to_string());
        assert!(out.starts_with("<sup id=\"fnref:1\"><a href=\"#fn:1\""));
        assert!(out.contains("<sup id=\"fnref:2\"><a href=\"#fn:2\" class=\"footnote-ref\" role=\"doc-noteref\">2</a></sup>"));
        assert!(out.ends_with("<sup id=\"fnref1:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>"));
        let mut section = String::new();
        footnotes.push_section(&mut section);
        let backlink = |id: &str| {
            format!("&#160;<a href=\"#{id}\" class=\"footnote-backref\" role=\"doc-backlink\">{BACKLINK}</a>")
        };
        assert_eq!(
            section,
            format!(
                "<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n<li id=\"fn:1\">\n<p>B.{}{}</p>\n</li>\n<li id=\"fn:2\">\n<p>A.{}</p>\n</li>\n</ol>\n</div>\n",
                backlink("fnref:1"),
                backlink("fnref1:1"),
                backlink("fnref:2")
            )
        );
    }
}
