//! Hugo 0.111's highlighting options (`linenos`, `hl_lines`, `linenostart`,
//! `anchorlinenos`, `lineanchors`), read from a fence's `{…}` or from the `highlight`
//! shortcode's `"key=value,…"` string, with `markup.highlight` at Hugo's defaults.

/// Options in a fence's `{…}` that steer highlighting rather than becoming attributes.
const HIGHLIGHT_KEYS: &[&str] = &[
    "linenos",
    "hl_lines",
    "linenostart",
    "anchorlinenos",
    "lineanchors",
    "linenumbersintable",
    "hl_inline",
    "noclasses",
    "style",
    "tabwidth",
    "guesssyntax",
    "codefences",
    "wrapperclass",
];

/// Where chroma prints line numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineNumbers {
    #[default]
    Off,
    /// A `span` before each line's code.
    Inline,
    /// A two-column table, numbers left (Hugo's `lineNumbersInTable` default).
    Table,
}

/// What a code block asks of chroma besides its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HighlightOptions {
    pub line_numbers: LineNumbers,
    /// The first line's number (`linenostart`).
    pub start: i64,
    /// `hl_lines` as 1-based line ranges within the block; `None` when absent or unreadable
    /// (Hugo then drops the option, and chroma's `display:grid` with it).
    pub highlight: Option<Vec<(i64, i64)>>,
    /// With `anchorlinenos`: the id prefix, each number becoming `{prefix}{n}`.
    pub anchor_prefix: Option<String>,
}

impl Default for HighlightOptions {
    fn default() -> Self {
        HighlightOptions {
            line_numbers: LineNumbers::Off,
            start: 1,
            highlight: None,
            anchor_prefix: None,
        }
    }
}

impl HighlightOptions {
    /// From a fence's `{…}` pairs (`fence_pairs`); `ordinal` is the fence's index on the
    /// page, which Hugo uses for anchor ids (`hl-3-1`) when `lineanchors` is not given.
    pub fn from_fence(pairs: &[(String, String)], ordinal: usize) -> HighlightOptions {
        let mut options = HighlightOptions::from_pairs(pairs, true);
        if let Some(prefix) = options.anchor_prefix.as_mut() {
            if prefix.is_empty() {
                *prefix = format!("hl-{ordinal}-");
            }
        }
        options
    }

    /// From the `highlight` shortcode's second argument (`"linenos=table,hl_lines=2 3"`).
    /// Hugo lowercases keys but keeps values as typed, and ignores a malformed string.
    pub fn from_shortcode(text: &str) -> HighlightOptions {
        let mut pairs = Vec::new();
        for option in text.trim_matches(' ').split(',').filter(|o| !o.is_empty()) {
            let parts: Vec<&str> = option.split('=').collect();
            let [key, value] = parts[..] else {
                return HighlightOptions::default();
            };
            pairs.push((
                key.trim_matches(' ').to_ascii_lowercase(),
                value.to_string(),
            ));
        }
        HighlightOptions::from_pairs(&pairs, false)
    }

    fn from_pairs(pairs: &[(String, String)], fence: bool) -> HighlightOptions {
        let mut options = HighlightOptions::default();
        let mut anchors = false;
        let mut prefix = String::new();
        for (key, value) in pairs {
            // Hugo matches option names case-insensitively (`lineNos=inline`).
            match key.to_ascii_lowercase().as_str() {
                "linenos" => {
                    options.line_numbers = match value.as_str() {
                        "table" => LineNumbers::Table,
                        "inline" => LineNumbers::Inline,
                        "false" => LineNumbers::Off,
                        // A fence's unquoted `0` is a number, which decodes as false.
                        v if fence && v.parse::<f64>() == Ok(0.0) => LineNumbers::Off,
                        _ => LineNumbers::Table,
                    }
                }
                "linenostart" => options.start = value.trim().parse().unwrap_or(1),
                "hl_lines" => options.highlight = line_ranges(value),
                "anchorlinenos" => anchors = go_bool(value),
                "lineanchors" => prefix = value.clone(),
                _ => {}
            }
        }
        if anchors {
            options.anchor_prefix = Some(if prefix.is_empty() {
                prefix
            } else {
                format!("{prefix}-")
            });
        }
        options
    }
}

/// Go's `strconv.ParseBool`, which Hugo's option decoding uses; anything else is false.
fn go_bool(value: &str) -> bool {
    matches!(value, "1" | "t" | "T" | "true" | "TRUE" | "True")
}

/// `"3 6-8"` or `[3,"6-8"]` as ranges; one unreadable field drops them all, as in Hugo.
fn line_ranges(value: &str) -> Option<Vec<(i64, i64)>> {
    let list = value.trim();
    let fields: Vec<String> = match list.strip_prefix('[') {
        Some(inner) => inner
            .trim_end_matches(']')
            .split(',')
            .map(|item| item.trim().trim_matches(['"', '\'']).to_string())
            .collect(),
        None => vec![list.to_string()],
    };
    let mut ranges = Vec::new();
    for field in fields.iter().flat_map(|f| f.split(' ')) {
        if field.is_empty() {
            continue;
        }
        let mut numbers = field.split('-');
        let first: i64 = numbers.next()?.parse().ok()?;
        let last = match numbers.next() {
            Some(n) => n.parse().ok()?,
            None => first,
        };
        ranges.push((first, last));
    }
    (!ranges.is_empty()).then_some(ranges)
}

/// The `key=value` pairs in a fence's `{…}`, keys as typed; a bare key reads as `true`,
/// a list keeps its brackets.
pub fn fence_pairs(info: &str) -> Vec<(String, String)> {
    let Some(open) = info.find('{') else {
        return Vec::new();
    };
    let inner = info[open + 1..].trim_end().trim_end_matches('}');
    let mut pairs = Vec::new();
    let mut rest = inner.trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        rest = rest[key_end..].trim_start();
        let mut value = String::from("true");
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (text, remaining) = match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(quote).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                Some('[') => {
                    let end = after.find(']').map_or(after.len(), |i| i + 1);
                    (&after[..end], &after[end..])
                }
                _ => {
                    let end = after
                        .find(|c: char| c.is_whitespace() || c == ',')
                        .unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = text.to_string();
            rest = remaining;
        }
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if !key.is_empty() {
            pairs.push((key.to_string(), value));
        }
    }
    pairs
}

/// Whether a fence attribute steers highlighting (and so is not printed on the wrapper).
pub fn is_highlight_key(key: &str) -> bool {
    HIGHLIGHT_KEYS.contains(&key.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_fence(info: &str, ordinal: usize) -> HighlightOptions {
        HighlightOptions::from_fence(&fence_pairs(info), ordinal)
    }

    #[test]
    fn linenos_true_means_the_table_form_and_inline_the_span_form() {
        let table = from_fence("go {linenos=true}", 0);
        assert_eq!(table.line_numbers, LineNumbers::Table);
        let inline = from_fence("go {lineNos=inline}", 0);
        assert_eq!(inline.line_numbers, LineNumbers::Inline);
        let yes = from_fence("go {linenos=yes}", 0);
        assert_eq!(yes.line_numbers, LineNumbers::Table);
        for off in ["go {linenos=false}", "go {linenos=0}", "go"] {
            assert_eq!(from_fence(off, 0).line_numbers, LineNumbers::Off);
        }
    }

    #[test]
    fn hl_lines_accepts_lists_and_ranges_and_drops_unreadable_values() {
        let list = from_fence("go {hl_lines=[3, \"6-8\"]}", 0);
        assert_eq!(list.highlight, Some(vec![(3, 3), (6, 8)]));
        let text = from_fence("go {hl_lines=\"2 4-5\"}", 0);
        assert_eq!(text.highlight, Some(vec![(2, 2), (4, 5)]));
        assert_eq!(from_fence("go {hl_lines=x}", 0).highlight, None);
        assert_eq!(from_fence("go {hl_lines=[]}", 0).highlight, None);
    }

    #[test]
    fn fence_anchors_default_to_the_block_ordinal_and_shortcode_anchors_to_none() {
        let fence = from_fence("go {linenos=inline,anchorlinenos=true}", 3);
        assert_eq!(fence.anchor_prefix.as_deref(), Some("hl-3-"));
        let named = from_fence("go {anchorlinenos=true lineanchors=p}", 3);
        assert_eq!(named.anchor_prefix.as_deref(), Some("p-"));
        let without = from_fence("go {lineanchors=p}", 3);
        assert_eq!(without.anchor_prefix, None);
        let shortcode = HighlightOptions::from_shortcode("linenos=inline,anchorlinenos=true");
        assert_eq!(shortcode.anchor_prefix.as_deref(), Some(""));
    }

    #[test]
    fn shortcode_options_read_comma_separated_pairs_and_ignore_malformed_strings() {
        let options =
            HighlightOptions::from_shortcode("linenos=table,hl_lines=2 3,linenostart=199");
        assert_eq!(options.line_numbers, LineNumbers::Table);
        assert_eq!(options.start, 199);
        assert_eq!(options.highlight, Some(vec![(2, 2), (3, 3)]));
        assert_eq!(
            HighlightOptions::from_shortcode("linenos"),
            HighlightOptions::default()
        );
    }

    #[test]
    fn fence_pairs_read_quotes_lists_and_bare_keys() {
        assert_eq!(
            fence_pairs("go {file=\"a b.go\" hl_lines=[1,2], copy}"),
            vec![
                ("file".to_string(), "a b.go".to_string()),
                ("hl_lines".to_string(), "[1,2]".to_string()),
                ("copy".to_string(), "true".to_string()),
            ]
        );
    }
}
