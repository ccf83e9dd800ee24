//! goldmark's typographer as Hugo 0.111 ships it, where pulldown-cmark's smart
//! punctuation decides otherwise: which quotes curl, and how runs of hyphens split.
//!
//! pulldown-cmark still finds the punctuation (it knows what is escaped, code or a link
//! destination); this module only decides what each piece becomes.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Decides the quotes and dashes of one document.
#[derive(Debug, Default)]
pub struct Typographer {
    /// Quotes opened and not closed yet. goldmark counts them for the whole document,
    /// not per paragraph, so a quote opened in one paragraph closes in a later one.
    open_single: u32,
    open_double: u32,
    /// The text of the block being read, without its trailing blanks: goldmark reads
    /// a quote's neighbours inside it.
    block: Range<usize>,
    /// A block entered whose text is not worked out yet: most blocks hold no quote, so
    /// `block_text` runs only when a quote asks for it.
    entered: Option<(Range<usize>, Option<bool>)>,
}

impl Typographer {
    /// Notes a block that holds inline text by its source range, as `block_text` takes
    /// it; its text is found the first time a quote in it is decided.
    pub fn enter_block(&mut self, range: Range<usize>, heading: Option<bool>) {
        self.entered = Some((range, heading));
    }

    /// Writes what goldmark makes of `typed` (the source at `at`), which pulldown-cmark's
    /// smart punctuation turned into `smart`: curly quotes and dashes as the `curly` (or
    /// hyphen) characters, quotes it leaves alone as typed. False when this is not a
    /// piece of typography.
    pub fn write(
        &mut self,
        source: &str,
        at: usize,
        typed: &str,
        smart: &str,
        out: &mut String,
    ) -> bool {
        if typed == smart {
            return false;
        }
        match typed.as_bytes() {
            [quote @ (b'"' | b'\'')] => {
                let curled = self.curl(source, at, *quote);
                match curled {
                    Some(c) => out.push(c),
                    None => out.push(char::from(*quote)),
                }
                true
            }
            b"..." => {
                out.push('…');
                true
            }
            run if run.len() >= 2 && run.iter().all(|b| *b == b'-') => {
                push_dashes(out, run.len());
                true
            }
            _ => false,
        }
    }

    /// The curly quote for the straight one at `at`, or `None` to leave it straight.
    fn curl(&mut self, source: &str, at: usize, quote: u8) -> Option<char> {
        if let Some((range, heading)) = self.entered.take() {
            self.block = block_text(source, range, heading);
        }
        // At the very start of its block goldmark sees a newline before a quote, even
        // when the source has `>` or `|` there.
        let before = if at == self.block.start {
            '\n'
        } else {
            source[..at].chars().next_back().unwrap_or('\n')
        };
        // The quote's line, cut at the block's end.
        let limit = self.block.end.max(at + 1).min(source.len());
        let line_end =
            memchr::memchr(b'\n', &source.as_bytes()[at..limit]).map_or(limit, |nl| at + nl + 1);
        let line = &source[at..line_end];
        if quote == b'\'' {
            single_quote(line, before, &mut self.open_single)
        } else {
            double_quote(line, before, &mut self.open_double)
        }
    }
}

/// A run of `n` hyphens as goldmark reads it, left to right: `---` as much as it can,
/// then `--`, and a single hyphen stays. pulldown-cmark spreads runs evenly instead.
pub fn push_dashes(out: &mut String, n: usize) {
    for _ in 0..n / 3 {
        out.push('—');
    }
    match n % 3 {
        2 => out.push('–'),
        1 => out.push('-'),
        _ => {}
    }
}

/// The text of a block for `Typographer::enter_block`: `range` is the block's source;
/// a heading's `#` marks, closing `#`s and `{attributes}` are not its text, nor is
/// the underline of a setext heading.
pub fn block_text(source: &str, range: Range<usize>, heading: Option<bool>) -> Range<usize> {
    let Some(text) = source.get(range.clone()) else {
        return range;
    };
    let mut start = text.len() - text.trim_start().len();
    let mut end = text.trim_end().len();
    if let Some(has_attributes) = heading {
        if text[start..].starts_with('#') {
            let hashes = text[start..].len() - text[start..].trim_start_matches('#').len();
            let after = &text[start + hashes..];
            start += hashes + (after.len() - after.trim_start().len());
            end = text.find('\n').unwrap_or(text.len()).max(start);
            let line = text[start..end].trim_end();
            let unclosed = line.trim_end_matches('#');
            let line = if unclosed.is_empty() || unclosed.ends_with([' ', '\t']) {
                unclosed.trim_end()
            } else {
                line
            };
            end = start + line.len();
        } else if let Some(underline) = text[..end].rfind('\n') {
            end = text[..underline].trim_end().len();
        }
        if has_attributes {
            if let Some(brace) = text[start..end].rfind('{') {
                end = start + text[start..start + brace].trim_end().len();
            }
        }
    }
    range.start + start.min(end)..range.start + end
}

/// goldmark's rules for `'`: apostrophes first, then opening and closing quotes.
/// `line` starts at the quote and runs to the end of its line.
fn single_quote(line: &str, before: char, open: &mut u32) -> Option<char> {
    let bytes = line.as_bytes();
    let next = line[1..].chars().next();
    let (can_open, can_close) = flanking(line, before);
    // A decade: '90s.
    let decade = can_open
        && !can_close
        && bytes.len() > 3
        && bytes[1].is_ascii_digit()
        && bytes[2].is_ascii_digit()
        && bytes[3] == b's';
    if decade {
        let after = line[4..].chars().next().unwrap_or(' ');
        if after.is_whitespace() || is_punct_or_ascii_symbol(after) {
            return Some('’');
        }
    }
    // Elisions after a space or punctuation: 'twas, 'em, 'net, 'n'.
    if (is_punct(before) || before.is_whitespace())
        && matches!(bytes.get(1), Some(b't' | b'e' | b'n' | b'l'))
    {
        return Some('’');
    }
    // Between a letter or digit and a letter: don't, 90's.
    if (before.is_alphabetic() || before.is_numeric()) && next.is_some_and(char::is_alphabetic) {
        return Some('’');
    }
    if can_open && !can_close {
        if is_contraction(bytes) {
            return Some('’');
        }
        *open += 1;
        return Some('‘');
    }
    // Plural possessives and dropped letters: the Smiths' dog, doin' that. goldmark
    // asks for two more bytes on the line, a line break counting as one.
    if bytes.len() > 2 && !next.is_some_and(char::is_numeric) {
        return Some('’');
    }
    if *open > 0 && closes(line, can_open, can_close) {
        *open -= 1;
        return Some('’');
    }
    None
}

/// goldmark's rules for `"`: it opens where only an opener fits and closes only what it
/// opened; any other `"` (a stray closer, one between two words) stays straight.
fn double_quote(line: &str, before: char, open: &mut u32) -> Option<char> {
    let (can_open, can_close) = flanking(line, before);
    if can_open && !can_close {
        *open += 1;
        return Some('“');
    }
    if *open > 0 && closes(line, can_open, can_close) {
        // Inches: the first of `21""` stays straight.
        if line.as_bytes().get(1) == Some(&b'"') && before.is_numeric() {
            return None;
        }
        *open -= 1;
        return Some('”');
    }
    None
}

/// Whether a quote that may close does: it can only close, or it could do both and is
/// followed by punctuation and then punctuation, a space or the end of the line.
fn closes(line: &str, can_open: bool, can_close: bool) -> bool {
    if !can_close {
        return false;
    }
    if !can_open {
        return true;
    }
    let bytes = line.as_bytes();
    line[1..].chars().next().is_some_and(is_punct)
        && (bytes.len() == 2 || bytes[2].is_ascii_punctuation() || is_ascii_space(bytes[2]))
}

/// `'s`, `'m`, `'t`, `'d`, `'ve`, `'ll`, `'re` ending a word.
fn is_contraction(bytes: &[u8]) -> bool {
    let ends_at = |i: usize| {
        bytes
            .get(i)
            .is_none_or(|b| b.is_ascii_punctuation() || is_ascii_space(*b))
    };
    let one = matches!(bytes.get(1), Some(b's' | b'm' | b't' | b'd')) && ends_at(2);
    let two = matches!(bytes.get(1..3), Some(b"ve" | b"ll" | b"re")) && ends_at(3);
    one || two
}

/// Whether the run of quotes starting `line` can open and can close, by CommonMark's
/// flanking rules over the characters around the whole run (a line end reads as a space).
fn flanking(line: &str, before: char) -> (bool, bool) {
    let quote = line.as_bytes()[0];
    let run = line.bytes().take_while(|b| *b == quote).count();
    let after = line[run..].chars().next().unwrap_or(' ');
    let (before_space, after_space) = (before.is_whitespace(), after.is_whitespace());
    let before_punct = is_punct_or_ascii_symbol(before);
    let after_punct = is_punct_or_ascii_symbol(after);
    let can_open = !after_space && (!after_punct || before_space || before_punct);
    let can_close = !before_space && (!before_punct || after_space || after_punct);
    (can_open, can_close)
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Unicode punctuation (general category P); among ASCII that leaves out the symbols
/// `$+<=>^`|~`, as Go's `unicode.IsPunct` does.
fn is_punct(c: char) -> bool {
    static PUNCT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{P}\z").expect("regex"));
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !"$+<=>^`|~".contains(c);
    }
    PUNCT.is_match(c.encode_utf8(&mut [0; 4]))
}

/// What goldmark's delimiter scan counts as punctuation: all ASCII punctuation and
/// symbols, and Unicode punctuation beyond ASCII.
fn is_punct_or_ascii_symbol(c: char) -> bool {
    c.is_ascii_punctuation() || is_punct(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the typographer over every quote of a one-paragraph text.
    fn curl_all(text: &str) -> String {
        let mut typographer = Typographer::default();
        typographer.enter_block(0..text.len(), None);
        let mut out = String::new();
        for (at, c) in text.char_indices() {
            let typed = &text[at..at + c.len_utf8()];
            if !(c == '"' || c == '\'') || !typographer.write(text, at, typed, "x", &mut out) {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn paired_double_quotes_curl() {
        assert_eq!(curl_all(r#"say "hi" now"#), "say “hi” now");
    }

    #[test]
    fn a_closing_quote_with_no_opener_stays_straight() {
        assert_eq!(
            curl_all(r#"“Import a project". Then"#),
            r#"“Import a project". Then"#
        );
        assert_eq!(curl_all(r#"the **Go" button"#), r#"the **Go" button"#);
    }

    #[test]
    fn quotes_between_punctuation_stay_straight() {
        assert_eq!(curl_all(r#"{class="!mt-0"}"#), r#"{class="!mt-0"}"#);
    }

    #[test]
    fn quotes_between_cjk_letters_stay_straight() {
        assert_eq!(curl_all(r#"他說"你好"。"#), r#"他說"你好"。"#);
        assert_eq!(curl_all(r#"他說 "你好" 然後"#), "他說 “你好” 然後");
    }

    #[test]
    fn an_opened_quote_closes_later_in_the_document() {
        let mut typographer = Typographer::default();
        let mut out = String::new();
        let first = r#""open"#;
        typographer.enter_block(0..first.len(), None);
        typographer.write(first, 0, "\"", "“", &mut out);
        let second = r#"close" x"#;
        typographer.enter_block(0..second.len(), None);
        typographer.write(second, 5, "\"", "“", &mut out);
        assert_eq!(out, "“”");
    }

    #[test]
    fn apostrophes_follow_goldmarks_special_cases() {
        assert_eq!(curl_all("'90s and '90"), "’90s and ‘90");
        assert_eq!(curl_all("'twas rock 'n roll"), "’twas rock ’n roll");
        assert_eq!(
            curl_all("I'm, you're, Smiths' dog"),
            "I’m, you’re, Smiths’ dog"
        );
        assert_eq!(curl_all("a 'b' c"), "a ‘b’ c");
    }

    #[test]
    fn inches_stay_straight() {
        assert_eq!(curl_all(r#"My height is 5'6""."#), r#"My height is 5'6""."#);
        assert_eq!(curl_all(r#""Monitor 21"" x"#), r#"“Monitor 21"” x"#);
    }

    #[test]
    fn hyphen_runs_split_greedily_from_the_left() {
        let dashes = |n| {
            let mut out = String::new();
            push_dashes(&mut out, n);
            out
        };
        assert_eq!(dashes(2), "–");
        assert_eq!(dashes(3), "—");
        assert_eq!(dashes(4), "—-");
        assert_eq!(dashes(5), "—–");
        assert_eq!(dashes(8), "——–");
    }

    #[test]
    fn a_quote_first_in_its_block_sees_a_line_start() {
        // In `>"x` the source has `>` before the quote; goldmark sees a newline.
        let source = ">\"*x*\"";
        let mut typographer = Typographer::default();
        typographer.enter_block(1..source.len(), None);
        let mut out = String::new();
        typographer.write(source, 1, "\"", "“", &mut out);
        assert_eq!(out, "“");
    }

    #[test]
    fn heading_text_leaves_out_marks_and_attributes() {
        fn text(s: &str, attrs: bool) -> &str {
            &s[block_text(s, 0..s.len(), Some(attrs))]
        }
        assert_eq!(text("## Say \"hi\" ##\n", false), "Say \"hi\"");
        assert_eq!(text("## C# #\n", false), "C#");
        assert_eq!(text("## Title {#id}\n", true), "Title");
        assert_eq!(text("Title 'x'\n-----\n", false), "Title 'x'");
        assert_eq!(text("para' \n", false), "para'");
    }
}
