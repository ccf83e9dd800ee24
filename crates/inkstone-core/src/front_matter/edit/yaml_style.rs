//! The writing habits of a YAML block, so new values look like their neighbours.

use crate::front_matter::entries::Entry;
use crate::front_matter::text_pos::lines;

/// How a string scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quote {
    /// Bare when YAML reads it back as the same text, double quotes otherwise.
    Plain,
    Double,
    Single,
}

/// How a list is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ListLayout {
    /// `[a, b]` on the key's line.
    Flow,
    /// One `- item` line each, `indent` before the dash.
    Block { indent: String },
}

/// The style a value is rendered in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Style {
    pub scalar_quote: Quote,
    pub list: ListLayout,
    pub item_quote: Quote,
    /// Indentation of one level of a nested map.
    pub indent: String,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            scalar_quote: Quote::Plain,
            list: ListLayout::Flow,
            item_quote: Quote::Plain,
            indent: "  ".to_string(),
        }
    }
}

/// What one field's value looks like as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Written {
    Scalar(Quote),
    Flow(Option<Quote>),
    Block {
        indent: String,
        item_quote: Option<Quote>,
    },
    /// A `|` or `>` block scalar whose text lines start with `indent`.
    BlockScalar {
        indent: String,
        folded: bool,
    },
    Other,
}

/// Looks at how `entry`'s value is written in `block`.
pub(crate) fn written(block: &str, entry: &Entry) -> Written {
    let inline = block[entry.value.clone()].trim();
    if let Some(items) = inline.strip_prefix('[') {
        return Written::Flow(quote_of(items.trim_start()));
    }
    if inline.is_empty() || inline.starts_with('#') {
        let mut continuation = lines(&block[entry.value.end..entry.extent.end]).skip(1);
        if let Some(next) = continuation.next() {
            let trimmed = next.content.trim_start();
            if let Some(item) = trimmed.strip_prefix('-') {
                if item.is_empty() || item.starts_with([' ', '\t']) {
                    let indent = next.content[..next.content.len() - trimmed.len()].to_string();
                    return Written::Block {
                        indent,
                        item_quote: quote_of(item.trim_start()),
                    };
                }
            }
        }
        return Written::Other;
    }
    if inline.starts_with(['|', '>']) {
        let indent = lines(&block[entry.value.end..entry.extent.end])
            .skip(1)
            .find(|line| !line.content.trim().is_empty())
            .map(|line| {
                line.content[..line.content.len() - line.content.trim_start().len()].to_string()
            })
            .filter(|indent| !indent.is_empty())
            .unwrap_or_else(|| "  ".to_string());
        return Written::BlockScalar {
            indent,
            folded: inline.starts_with('>'),
        };
    }
    if inline.starts_with(['{', '&', '*', '!']) {
        return Written::Other;
    }
    Written::Scalar(quote_of(inline).unwrap_or(Quote::Plain))
}

fn quote_of(text: &str) -> Option<Quote> {
    match text.chars().next()? {
        '"' => Some(Quote::Double),
        '\'' => Some(Quote::Single),
        ']' | '#' => None,
        _ => Some(Quote::Plain),
    }
}

/// The block's prevailing style: the most used quoting for text values, the list
/// layout of its lists, and the indentation of nested lines.
pub(crate) fn infer(block: &str, entries: &[Entry], string_keys: &dyn Fn(&str) -> bool) -> Style {
    let mut style = Style::default();
    let (mut plain, mut double, mut single) = (0, 0, 0);
    let (mut flow_lists, mut block_lists) = (0, 0);
    let mut item_quotes = Vec::new();
    for entry in entries {
        match written(block, entry) {
            // Only text values say anything about quoting: `draft: false` is bare anyway.
            Written::Scalar(quote) if string_keys(&entry.key) => match quote {
                Quote::Plain => plain += 1,
                Quote::Double => double += 1,
                Quote::Single => single += 1,
            },
            Written::Flow(quote) => {
                flow_lists += 1;
                item_quotes.extend(quote);
            }
            Written::Block { indent, item_quote } => {
                if block_lists == 0 {
                    style.list = ListLayout::Block { indent };
                }
                block_lists += 1;
                item_quotes.extend(item_quote);
            }
            _ => {}
        }
    }
    if flow_lists >= block_lists {
        style.list = ListLayout::Flow;
    }
    style.scalar_quote = if double > plain && double >= single {
        Quote::Double
    } else if single > plain && single > double {
        Quote::Single
    } else {
        Quote::Plain
    };
    style.item_quote = majority(&item_quotes).unwrap_or(style.scalar_quote);
    style.indent = nested_indent(block).unwrap_or_else(|| "  ".to_string());
    style
}

fn majority(quotes: &[Quote]) -> Option<Quote> {
    [Quote::Double, Quote::Single, Quote::Plain]
        .into_iter()
        .map(|q| (quotes.iter().filter(|&&x| x == q).count(), q))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, q)| q)
}

/// The indentation of the first indented `key:` line, if the block has one.
fn nested_indent(block: &str) -> Option<String> {
    lines(block).find_map(|line| {
        let trimmed = line.content.trim_start_matches(' ');
        let width = line.content.len() - trimmed.len();
        let looks_like_key = !trimmed.starts_with(['-', '#']) && trimmed.contains(": ");
        (width > 0 && looks_like_key).then(|| " ".repeat(width))
    })
}
