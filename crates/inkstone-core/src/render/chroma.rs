//! Chroma's HTML for a highlighted block as Hugo 0.111 prints it with its defaults
//! (`noClasses`, the `monokai` style): one flex `span` per line, line numbers inline or
//! in a two-column table, `hl_lines` as a background. Tokens stay uncoloured.

use super::highlight_options::{HighlightOptions, LineNumbers};

/// The `pre` style of Hugo's default `monokai` theme.
pub const PRE_STYLE: &str =
    "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;";
/// Chroma adds this to the `pre` (and the table's wrapper) whenever `hl_lines` is set.
const GRID: &str = "display:grid;";
/// Monokai's highlighted-line background.
const HIGHLIGHT_BACKGROUND: &str = "background-color:#3c3d38";
const LINE_NUMBER_STYLE: &str = "white-space:pre;-webkit-user-select:none;user-select:none;margin-right:0.4em;padding:0 0.4em 0 0.4em;color:#7f7f7f";
const ANCHOR_STYLE: &str = "outline:none;text-decoration:none;color:inherit";
const TABLE_STYLE: &str = "border-spacing:0;padding:0;margin:0;border:0;";
const CELL_STYLE: &str = "vertical-align:top;padding:0;margin:0;border:0;";

/// Writes `code` in `lang` as chroma does; `attributes` go on the wrapping
/// `div.highlight` (fence attributes such as `file="a.html"`, and the preview mark).
pub fn push_highlighted(
    out: &mut String,
    lang: &str,
    code: &str,
    attributes: &str,
    options: &HighlightOptions,
) {
    let block = Block::new(code, options);
    let grid = if options.highlight.is_some() {
        GRID
    } else {
        ""
    };
    let lang = super::escape::escaped(lang);
    // Pieces pushed one by one: this runs for every fence of every render.
    let push_pre = |out: &mut String| {
        out.push_str("<pre tabindex=\"0\" style=\"");
        out.push_str(PRE_STYLE);
        out.push_str(grid);
        out.push_str("\">");
    };
    let push_code = |out: &mut String| {
        out.push_str("<code class=\"language-");
        out.push_str(&lang);
        out.push_str("\" data-lang=\"");
        out.push_str(&lang);
        out.push_str("\">");
    };
    out.push_str("<div class=\"highlight\"");
    out.push_str(attributes);
    out.push('>');
    if options.line_numbers == LineNumbers::Table {
        out.push_str(&format!(
            "<div style=\"{PRE_STYLE}{grid}\">\n<table style=\"{TABLE_STYLE}\"><tr><td style=\"{CELL_STYLE}\">\n"
        ));
        push_pre(out);
        out.push_str("<code>");
        for index in 0..block.count {
            block.push_table_number(out, index);
        }
        out.push_str(&format!(
            "</code></pre></td>\n<td style=\"{CELL_STYLE};width:100%\">\n"
        ));
        push_pre(out);
        push_code(out);
        block.push_lines(out, false);
        out.push_str("</code></pre></td></tr></table>\n</div>\n</div>");
    } else {
        push_pre(out);
        push_code(out);
        block.push_lines(out, options.line_numbers == LineNumbers::Inline);
        out.push_str("</code></pre></div>");
    }
}

/// A block as chroma's lines, with what each line's number looks like.
struct Block<'a> {
    code: &'a str,
    /// How many lines it has; counted only when numbers are shown.
    count: usize,
    options: &'a HighlightOptions,
    /// Numbers are right-aligned to the widest one.
    width: usize,
}

impl<'a> Block<'a> {
    fn new(code: &'a str, options: &'a HighlightOptions) -> Block<'a> {
        let count = if options.line_numbers == LineNumbers::Off {
            0
        } else {
            code.split_inclusive('\n').count()
        };
        // `linenostart` is the writer's number: a huge one saturates instead of overflowing.
        let last = options.start.saturating_add(count as i64 - 1);
        Block {
            code,
            count,
            width: if count == 0 {
                0
            } else {
                last.to_string().len()
            },
            options,
        }
    }

    /// Whether the line at `index` (0-based) is in `hl_lines`, which count from the
    /// block's first line whatever `linenostart` says.
    fn highlighted(&self, index: usize) -> bool {
        let line = index as i64 + 1;
        self.options
            .highlight
            .as_ref()
            .is_some_and(|ranges| ranges.iter().any(|(a, b)| *a <= line && line <= *b))
    }

    fn push_lines(&self, out: &mut String, inline_numbers: bool) {
        for (index, line) in self.code.split_inclusive('\n').enumerate() {
            if self.highlighted(index) {
                out.push_str(&format!(
                    "<span style=\"display:flex; {HIGHLIGHT_BACKGROUND}\">"
                ));
            } else {
                out.push_str("<span style=\"display:flex;\">");
            }
            if inline_numbers {
                self.push_number(out, index, "");
            }
            out.push_str("<span>");
            super::code::push_go_escaped(out, line);
            out.push_str("</span></span>");
        }
    }

    /// The table's number cell for one line: a newline after every number.
    fn push_table_number(&self, out: &mut String, index: usize) {
        let highlighted = self.highlighted(index);
        if highlighted {
            out.push_str(&format!("<span style=\"{HIGHLIGHT_BACKGROUND}\">"));
        }
        self.push_number(out, index, "\n");
        if highlighted {
            out.push_str("</span>");
        }
    }

    fn push_number(&self, out: &mut String, index: usize, after: &str) {
        let number = self.options.start.saturating_add(index as i64);
        let text = format!("{number:>width$}", width = self.width);
        match &self.options.anchor_prefix {
            Some(prefix) => {
                let id = super::escape::escaped(&format!("{prefix}{number}"));
                out.push_str(&format!(
                    "<span style=\"{LINE_NUMBER_STYLE}\" id=\"{id}\"><a style=\"{ANCHOR_STYLE}\" href=\"#{id}\">{text}</a>{after}</span>"
                ));
            }
            None => out.push_str(&format!(
                "<span style=\"{LINE_NUMBER_STYLE}\">{text}{after}</span>"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(code: &str, options: &HighlightOptions) -> String {
        let mut out = String::new();
        push_highlighted(&mut out, "go", code, "", options);
        out
    }

    #[test]
    fn without_options_each_line_is_a_flex_span() {
        let out = render("a < b\n\nc\n", &HighlightOptions::default());
        assert_eq!(
            out,
            format!(
                "<div class=\"highlight\"><pre tabindex=\"0\" style=\"{PRE_STYLE}\"><code class=\"language-go\" data-lang=\"go\">\
<span style=\"display:flex;\"><span>a &lt; b\n</span></span><span style=\"display:flex;\"><span>\n</span></span>\
<span style=\"display:flex;\"><span>c\n</span></span></code></pre></div>"
            )
        );
    }

    #[test]
    fn inline_numbers_are_right_aligned_to_the_widest_and_start_at_linenostart() {
        let options = HighlightOptions {
            line_numbers: LineNumbers::Inline,
            start: 9,
            ..HighlightOptions::default()
        };
        let out = render("a\nb\n", &options);
        assert!(out.contains(&format!(
            "<span style=\"display:flex;\"><span style=\"{LINE_NUMBER_STYLE}\"> 9</span><span>a\n</span></span>"
        )));
        assert!(out.contains(&format!("<span style=\"{LINE_NUMBER_STYLE}\">10</span>")));
    }

    #[test]
    fn table_numbers_sit_in_their_own_column_each_ending_in_a_newline() {
        let options = HighlightOptions {
            line_numbers: LineNumbers::Table,
            ..HighlightOptions::default()
        };
        let out = render("x\ny", &options);
        assert!(out.starts_with(&format!(
            "<div class=\"highlight\"><div style=\"{PRE_STYLE}\">\n<table style=\"{TABLE_STYLE}\"><tr><td style=\"{CELL_STYLE}\">\n"
        )));
        assert!(out.contains(&format!(
            "<code><span style=\"{LINE_NUMBER_STYLE}\">1\n</span><span style=\"{LINE_NUMBER_STYLE}\">2\n</span></code>"
        )));
        assert!(out.contains("<span style=\"display:flex;\"><span>y</span></span></code>"));
        assert!(out.ends_with("</code></pre></td></tr></table>\n</div>\n</div>"));
    }

    #[test]
    fn hl_lines_colour_the_line_and_its_table_number_and_grid_the_pre() {
        let options = HighlightOptions {
            line_numbers: LineNumbers::Table,
            highlight: Some(vec![(2, 2)]),
            ..HighlightOptions::default()
        };
        let out = render("a\nb\n", &options);
        assert!(out.contains(&format!("style=\"{PRE_STYLE}{GRID}\"")));
        assert!(out.contains(&format!(
            "<span style=\"{HIGHLIGHT_BACKGROUND}\"><span style=\"{LINE_NUMBER_STYLE}\">2\n</span></span>"
        )));
        assert!(out.contains(&format!(
            "<span style=\"display:flex; {HIGHLIGHT_BACKGROUND}\"><span>b\n</span></span>"
        )));
    }

    #[test]
    fn a_huge_or_negative_first_number_never_overflows() {
        for start in [i64::MAX, i64::MIN] {
            let options = HighlightOptions {
                line_numbers: LineNumbers::Inline,
                start,
                ..HighlightOptions::default()
            };
            assert!(render("a\nb\n", &options).contains(&start.to_string()));
        }
    }

    #[test]
    fn anchored_numbers_link_to_their_own_id() {
        let options = HighlightOptions {
            line_numbers: LineNumbers::Inline,
            anchor_prefix: Some("hl-0-".to_string()),
            ..HighlightOptions::default()
        };
        let out = render("a\n", &options);
        assert!(out.contains(&format!(
            "<span style=\"{LINE_NUMBER_STYLE}\" id=\"hl-0-1\"><a style=\"{ANCHOR_STYLE}\" href=\"#hl-0-1\">1</a></span><span>a\n</span>"
        )));
    }
}
