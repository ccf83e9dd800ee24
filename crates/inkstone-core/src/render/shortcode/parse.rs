//! Finding Hugo shortcodes in a body: `{{< name args >}}`, `{{% name %}}`, closing tags,
//! self-closing `/>}}`, and the `{{</* */>}}` comment escape Hugo prints literally.

use std::ops::Range;

/// A shortcode's arguments: Hugo takes either positional or named ones, never both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args {
    pub positional: Vec<String>,
    pub named: Vec<(String, String)>,
}

impl Args {
    /// A named argument, or the positional one at `index` when the call uses positions.
    pub fn get(&self, name: &str, index: usize) -> Option<&str> {
        self.named
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .or_else(|| self.positional.get(index).map(String::as_str))
    }

    pub fn named(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The arguments as the writer typed them, for the preview's label.
    pub fn describe(&self) -> String {
        let quote = |v: &str| {
            if v.is_empty() || v.contains(char::is_whitespace) {
                format!("\"{v}\"")
            } else {
                v.to_string()
            }
        };
        let mut parts: Vec<String> = self.positional.iter().map(|v| quote(v)).collect();
        parts.extend(self.named.iter().map(|(k, v)| format!("{k}={}", quote(v))));
        parts.join(" ")
    }
}

/// One piece of a body as the shortcode scanner sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// An opening (or self-closing) tag.
    Open {
        name: String,
        args: Args,
        markdown: bool,
        self_closing: bool,
        span: Range<usize>,
    },
    /// `{{< /name >}}`.
    Close { name: String, span: Range<usize> },
    /// `{{</* … */>}}`: printed as the text it contains, delimiters without the comment.
    Escaped { literal: String, span: Range<usize> },
    /// `<!--more-->` on a line of its own: the end of the summary.
    SummaryDivider { span: Range<usize> },
    /// Something that starts like a shortcode but is not one Hugo accepts.
    Broken { reason: String, span: Range<usize> },
}

/// Every shortcode tag in `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut found = Vec::new();
    let mut from = 0;
    let opening = memchr::memmem::Finder::new("{{");
    while let Some(rel) = opening.find(&text.as_bytes()[from..]) {
        let start = from + rel;
        let after = &text[start + 2..];
        let markdown = match after.trim_start().chars().next() {
            Some('<') => false,
            Some('%') => true,
            _ => {
                from = start + 2;
                continue;
            }
        };
        let token = scan_tag(text, start, markdown);
        from = match &token {
            Token::Open { span, .. }
            | Token::Close { span, .. }
            | Token::Escaped { span, .. }
            | Token::SummaryDivider { span } => span.end,
            Token::Broken { span, .. } => span.end.max(start + 2),
        };
        found.push(token);
    }
    found
}

fn scan_tag(text: &str, start: usize, markdown: bool) -> Token {
    let delim = if markdown { '%' } else { '<' };
    let close_delim = if markdown { "%}}" } else { ">}}" };
    let open_len = text[start + 2..].find(delim).map_or(3, |i| i + 3);
    let body_start = start + open_len;
    let rest = &text[body_start..];
    if let Some(comment) = rest.trim_start().strip_prefix("/*") {
        let end_marker = format!("*/{close_delim}");
        if let Some(end) = comment.find(&end_marker) {
            let inner = &comment[..end];
            let consumed = rest.len() - comment.len() + end + end_marker.len();
            let opener = if markdown { "{{%" } else { "{{<" };
            let closer = if markdown { "%}}" } else { ">}}" };
            return Token::Escaped {
                literal: format!("{opener}{inner}{closer}"),
                span: start..body_start + consumed,
            };
        }
    }
    let Some(end) = find_close(rest, close_delim) else {
        return Token::Broken {
            reason: format!("the shortcode is not closed with `{close_delim}`"),
            span: start..start + open_len,
        };
    };
    let inside = &rest[..end];
    let span = start..body_start + end + close_delim.len();
    let trimmed = inside.trim();
    if let Some(name) = trimmed.strip_prefix('/') {
        return Token::Close {
            name: name.trim().to_string(),
            span,
        };
    }
    let (inside, self_closing) = match trimmed.strip_suffix('/') {
        Some(before) => (before, true),
        None => (trimmed, false),
    };
    match split_words(inside) {
        Ok(words) if !words.is_empty() => {
            let name = words[0].0.clone();
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || "-_/.".contains(c))
            {
                return Token::Broken {
                    reason: format!("`{name}` is not a shortcode name"),
                    span,
                };
            }
            match to_args(&words[1..]) {
                Ok(args) => Token::Open {
                    name,
                    args,
                    markdown,
                    self_closing,
                    span,
                },
                Err(reason) => Token::Broken { reason, span },
            }
        }
        Ok(_) => Token::Broken {
            reason: "the shortcode has no name".to_string(),
            span,
        },
        Err(reason) => Token::Broken { reason, span },
    }
}

/// The closing delimiter's position, skipping any inside quotes.
fn find_close(rest: &str, close_delim: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => quote = Some(c),
            None if rest[i..].starts_with(close_delim) => return Some(i),
            None if rest[i..].starts_with("{{") => return None,
            None => {}
        }
    }
    None
}

/// Words with whether each was quoted: `a "b c" k=`v``.
fn split_words(inside: &str) -> Result<Vec<(String, bool)>, String> {
    let mut words = Vec::new();
    let mut chars = inside.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut word = String::new();
        let mut quoted = false;
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            chars.next();
            // Only a word that starts quoted is a value; `key="v"` stays a named argument.
            let starts_word = word.is_empty() && !quoted;
            match c {
                '"' => {
                    quoted |= starts_word;
                    let mut closed = false;
                    while let Some(c) = chars.next() {
                        match c {
                            '\\' => word.push(chars.next().unwrap_or('\\')),
                            '"' => {
                                closed = true;
                                break;
                            }
                            other => word.push(other),
                        }
                    }
                    if !closed {
                        return Err("a quoted argument is missing its closing `\"`".to_string());
                    }
                }
                '`' => {
                    quoted |= starts_word;
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '`' {
                            closed = true;
                            break;
                        }
                        word.push(c);
                    }
                    if !closed {
                        return Err("a raw argument is missing its closing backquote".to_string());
                    }
                }
                other => word.push(other),
            }
        }
        words.push((word, quoted));
    }
    Ok(words)
}

fn to_args(words: &[(String, bool)]) -> Result<Args, String> {
    let mut args = Args::default();
    for (word, quoted) in words {
        match word.split_once('=') {
            Some((key, value)) if !quoted && !key.is_empty() => {
                args.named.push((key.to_string(), value.to_string()));
            }
            _ => args.positional.push(word.clone()),
        }
    }
    if !args.named.is_empty() && !args.positional.is_empty() {
        return Err("named and positional arguments are mixed".to_string());
    }
    Ok(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_named_positional_quoted_and_raw_arguments() {
        let found = tokens(
            r#"a {{< figure src="x y.png" alt=`say "hi"` >}} b {{% note info "two words" /%}}"#,
        );
        let Token::Open {
            name,
            args,
            markdown,
            ..
        } = &found[0]
        else {
            panic!("{found:?}")
        };
        assert_eq!((name.as_str(), *markdown), ("figure", false));
        assert_eq!(args.named("src"), Some("x y.png"));
        assert_eq!(args.named("alt"), Some("say \"hi\""));
        let Token::Open {
            args,
            markdown,
            self_closing,
            ..
        } = &found[1]
        else {
            panic!("{found:?}")
        };
        assert!(*markdown && *self_closing);
        assert_eq!(
            args.positional,
            vec!["info".to_string(), "two words".to_string()]
        );
    }

    #[test]
    fn comment_escape_prints_the_tag_without_the_comment() {
        let found = tokens("x {{</* youtube abc */>}} y");
        assert_eq!(
            found,
            vec![Token::Escaped {
                literal: "{{< youtube abc >}}".to_string(),
                span: 2..25
            }]
        );
    }

    #[test]
    fn closing_tags_and_unclosed_tags_are_told_apart() {
        let found = tokens("{{< /details >}} {{< oops");
        assert!(matches!(&found[0], Token::Close { name, .. } if name == "details"));
        assert!(matches!(&found[1], Token::Broken { .. }));
    }
}
