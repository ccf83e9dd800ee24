//! Footnotes as goldmark numbers and prints them: by first reference, at the end.

use std::collections::HashMap;

const BACKLINK: &str = "&#x21a9;&#xfe0e;";

/// The footnotes of one document: definitions by label and references in order.
#[derive(Debug, Default)]
pub struct Footnotes {
    definitions: HashMap<String, String>,
    /// Labels in order of first reference; a footnote's number is its place here + 1.
    order: Vec<String>,
    /// How many times each referenced footnote has been referenced so far.
    uses: HashMap<String, usize>,
}

impl Footnotes {
    pub fn define(&mut self, label: &str, body_html: String) {
        self.definitions
            .entry(label.to_string())
            .or_insert(body_html);
    }

    /// Writes the superscript reference; repeats get ids `fnref1:N`, `fnref2:N`.
    pub fn push_reference(&mut self, out: &mut String, label: &str) {
        let number = match self.order.iter().position(|known| known == label) {
            Some(index) => index + 1,
            None => {
                self.order.push(label.to_string());
                self.order.len()
            }
        };
        let uses = self.uses.entry(label.to_string()).or_insert(0);
        let id = reference_id(*uses, number);
        *uses += 1;
        out.push_str(&format!(
            "<sup id=\"{id}\"><a href=\"#fn:{number}\" class=\"footnote-ref\" role=\"doc-noteref\">{number}</a></sup>"
        ));
    }

    /// The closing `div.footnotes`, with a backlink per reference in the last paragraph.
    pub fn push_section(&self, out: &mut String) {
        let listed: Vec<(usize, &String, &String)> = self
            .order
            .iter()
            .enumerate()
            .filter_map(|(index, label)| {
                self.definitions
                    .get(label)
                    .map(|body| (index + 1, label, body))
            })
            .collect();
        if listed.is_empty() {
            return;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
        for (number, label, body) in listed {
            let uses = self.uses.get(label).copied().unwrap_or(1);
            let backlinks: String = (0..uses)
                .map(|n| {
                    format!(
                        "&#160;<a href=\"#{}\" class=\"footnote-backref\" role=\"doc-backlink\">{BACKLINK}</a>",
                        reference_id(n, number)
                    )
                })
                .collect();
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

fn reference_id(use_index: usize, number: usize) -> String {
    if use_index == 0 {
        format!("fnref:{number}")
    } else {
        format!("fnref{use_index}:{number}")
    }
}
