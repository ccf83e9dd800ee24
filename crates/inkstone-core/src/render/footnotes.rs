//! Footnotes as goldmark numbers and prints them: by first reference, at the end.

use std::collections::HashMap;
use std::fmt::Write;

const BACKLINK: &str = "&#x21a9;&#xfe0e;";

/// The footnotes of one document: definitions by label and references in order.
#[derive(Debug, Default)]
pub struct Footnotes {
    definitions: HashMap<String, String>,
    /// Labels in order of first reference; a footnote's number is its place here + 1.
    order: Vec<String>,
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
        let index = match self.order.iter().position(|known| known == label) {
            Some(index) => index,
            None => {
                self.order.push(label.to_string());
                self.uses.push(0);
                self.order.len() - 1
            }
        };
        let number = index + 1;
        let use_index = self.uses[index];
        self.uses[index] += 1;
        // Written piece by piece: `format!` and a hashed count per reference were 2-3 % of the
        // render of a post with many footnotes.
        out.push_str("<sup id=\"");
        push_reference_id(out, use_index, number);
        let _ = write!(
            out,
            "\"><a href=\"#fn:{number}\" class=\"footnote-ref\" role=\"doc-noteref\">{number}</a></sup>"
        );
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
            let uses = self.uses[number - 1];
            let mut backlinks = String::new();
            for n in 0..uses {
                backlinks.push_str("&#160;<a href=\"#");
                push_reference_id(&mut backlinks, n, number);
                backlinks.push_str("\" class=\"footnote-backref\" role=\"doc-backlink\">");
                backlinks.push_str(BACKLINK);
                backlinks.push_str("</a>");
            }
            out.push_str(&format!("<li id=\"fn:{number}\">\n"));
            match body.strip_suffix("</p>\n") {
                Some(before_close) => {
                    out.push_str(before_close);
                    out.push_str(&backlinks);
                    out.push_str("</p>\n");
                }
                None => {
                    out.push_str(body);
                    out.push_str(&backlinks);
                }
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ol>\n</div>\n");
    }
}

/// A reference's id: `fnref:N` for a footnote's first reference, `fnref1:N`, `fnref2:N` for repeats.
fn push_reference_id(out: &mut String, use_index: usize, number: usize) {
    let _ = if use_index == 0 {
        write!(out, "fnref:{number}")
    } else {
        write!(out, "fnref{use_index}:{number}")
    };
}
