//! The subset of Go templates that Hugo archetypes commonly use, filled in for a new
//! post: `{{ .Date }}`, `{{ .Name }}`, `{{ .File.ContentBaseName }}`, `{{ .Site.Title }}`,
//! `{{ replace .Name "-" " " | title }}`, `{{ now.Format "2006-01-02" }}`, comments and
//! `{{-`/`-}}` trimming. Anything else is refused rather than written out half-done.

use super::go_layout::format_go_layout;
use jiff::Zoned;

/// What an archetype's fields stand for when the new post is made.
pub(crate) struct TemplateContext<'a> {
    /// `.Name` and `.File.ContentBaseName`: the file name without `.md` (a bundle's folder).
    pub name: &'a str,
    pub section: &'a str,
    pub site_title: &'a str,
    pub lang: &'a str,
    pub now: &'a Zoned,
}

/// Why one action could not be filled in; `offset` is the byte where `{{` starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ActionError {
    pub offset: usize,
    pub action: String,
    pub fix: String,
}

/// The archetype with every action replaced by its value.
pub(crate) fn render(template: &str, context: &TemplateContext<'_>) -> Result<String, ActionError> {
    let mut out = String::with_capacity(template.len());
    let mut cursor = 0;
    while let Some(found) = template[cursor..].find("{{") {
        let open = cursor + found;
        out.push_str(&template[cursor..open]);
        let close = find_close(template, open + 2).ok_or_else(|| ActionError {
            offset: open,
            action: first_line(&template[open..]),
            fix: "it never ends; close it with `}}`".to_string(),
        })?;
        let mut inner = &template[open + 2..close];
        if let Some(rest) = inner.strip_prefix('-') {
            inner = rest;
            out.truncate(out.trim_end().len());
        }
        let trim_after = inner.ends_with(" -") || inner.ends_with("\t-") || inner == "-";
        if trim_after {
            inner = &inner[..inner.len() - 1];
        }
        let value = evaluate(inner.trim(), context).map_err(|fix| ActionError {
            offset: open,
            action: template[open..close + 2].to_string(),
            fix,
        })?;
        out.push_str(&value);
        cursor = close + 2;
        if trim_after {
            let rest = &template[cursor..];
            cursor += rest.len() - rest.trim_start().len();
        }
    }
    out.push_str(&template[cursor..]);
    Ok(out)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").chars().take(60).collect()
}

/// The byte offset of the `}}` that closes an action, skipping over strings.
fn find_close(template: &str, from: usize) -> Option<usize> {
    let bytes = template.as_bytes();
    let mut at = from;
    let mut quote: Option<u8> = None;
    while at < bytes.len() {
        let b = bytes[at];
        match quote {
            Some(q) if b == q => quote = None,
            Some(b'"') if b == b'\\' => at += 1,
            Some(_) => {}
            None if b == b'"' || b == b'`' => quote = Some(b),
            None if b == b'}' && bytes.get(at + 1) == Some(&b'}') => return Some(at),
            None => {}
        }
        at += 1;
    }
    None
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Text(String),
    Word(String),
    Pipe,
}

fn tokenize(action: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = action.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => {}
            '|' => tokens.push(Token::Pipe),
            '"' => {
                let mut text = String::new();
                loop {
                    match chars.next() {
                        Some((_, '"')) => break,
                        Some((_, '\\')) => match chars.next() {
                            Some((_, 'n')) => text.push('\n'),
                            Some((_, 't')) => text.push('\t'),
                            Some((_, other)) => text.push(other),
                            None => return Err(unclosed_string()),
                        },
                        Some((_, other)) => text.push(other),
                        None => return Err(unclosed_string()),
                    }
                }
                tokens.push(Token::Text(text));
            }
            '`' => {
                let rest = &action[start + 1..];
                let end = rest.find('`').ok_or_else(unclosed_string)?;
                tokens.push(Token::Text(rest[..end].to_string()));
                while chars.peek().is_some_and(|(i, _)| *i <= start + 1 + end) {
                    chars.next();
                }
            }
            '(' | ')' => {
                return Err(
                    "Inkstone fills in only plain pipelines; write the value without parentheses"
                        .to_string(),
                )
            }
            _ => {
                let mut word = String::from(c);
                while let Some((_, next)) = chars.peek() {
                    if next.is_whitespace() || matches!(next, '|' | '"' | '`' | '(' | ')') {
                        break;
                    }
                    word.push(*next);
                    chars.next();
                }
                tokens.push(Token::Word(word));
            }
        }
    }
    Ok(tokens)
}

fn unclosed_string() -> String {
    "a quoted string in it never ends; close the quote".to_string()
}

fn evaluate(action: &str, context: &TemplateContext<'_>) -> Result<String, String> {
    if action.starts_with("/*") && action.ends_with("*/") {
        return Ok(String::new());
    }
    let tokens = tokenize(action)?;
    let mut piped: Option<String> = None;
    for command in tokens.split(|t| *t == Token::Pipe) {
        piped = Some(run_command(command, piped, context)?);
    }
    piped.ok_or_else(|| "the action is empty; remove it".to_string())
}

fn run_command(
    command: &[Token],
    piped: Option<String>,
    context: &TemplateContext<'_>,
) -> Result<String, String> {
    let (head, args) = command
        .split_first()
        .ok_or_else(|| "a `|` has nothing after it; remove it".to_string())?;
    let mut values = args
        .iter()
        .map(|arg| operand(arg, context))
        .collect::<Result<Vec<String>, String>>()?;
    values.extend(piped);
    match head {
        Token::Word(word) if !word.starts_with('.') => call(word, &values, context),
        single if values.is_empty() => operand(single, context),
        _ => {
            Err("a value cannot take arguments; put a function such as `replace` first".to_string())
        }
    }
}

fn operand(token: &Token, context: &TemplateContext<'_>) -> Result<String, String> {
    match token {
        Token::Text(text) => Ok(text.clone()),
        Token::Word(word) => field(word, context),
        Token::Pipe => Err("a `|` is out of place; remove it".to_string()),
    }
}

fn field(word: &str, context: &TemplateContext<'_>) -> Result<String, String> {
    match word {
        ".Date" | ".PublishDate" | ".Lastmod" => {
            format_go_layout(context.now, "2006-01-02T15:04:05-07:00")
        }
        ".Name" | ".File.ContentBaseName" | ".File.BaseFileName" | ".File.TranslationBaseName" => {
            Ok(context.name.to_string())
        }
        ".Section" | ".Type" => Ok(context.section.to_string()),
        ".Kind" => Ok("page".to_string()),
        ".Site.Title" => Ok(context.site_title.to_string()),
        ".Site.Language.Lang" | ".Lang" | ".Language.Lang" => Ok(context.lang.to_string()),
        _ => Err(unsupported()),
    }
}

fn unsupported() -> String {
    "Inkstone fills in `.Date`, `.Name`, `.File.ContentBaseName`, `.Section`, `.Site.Title`, `now.Format` and `replace`/`title`/`lower`/`upper`/`humanize`; write a plain value instead".to_string()
}

fn call(name: &str, args: &[String], context: &TemplateContext<'_>) -> Result<String, String> {
    let arity = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!(
                "`{name}` takes {n} argument(s), not {}; check the action",
                args.len()
            ))
        }
    };
    match name {
        "replace" | "strings.Replace" | "strings.ReplaceAll" => {
            arity(3)?;
            Ok(args[0].replace(&args[1], &args[2]))
        }
        "title" | "strings.Title" => {
            arity(1)?;
            Ok(title_case(&args[0]))
        }
        "lower" | "strings.ToLower" => {
            arity(1)?;
            Ok(args[0].to_lowercase())
        }
        "upper" | "strings.ToUpper" => {
            arity(1)?;
            Ok(args[0].to_uppercase())
        }
        "humanize" | "inflect.Humanize" => {
            arity(1)?;
            let spaced = args[0].replace(['-', '_'], " ");
            let mut chars = spaced.chars();
            Ok(chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default())
        }
        "now.Format" => {
            arity(1)?;
            format_go_layout(context.now, &args[0])
        }
        _ => Err(unsupported()),
    }
}

/// Every word's first letter capitalised, as Go's `title` does.
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_word_start = true;
    for c in text.chars() {
        if at_word_start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        at_word_start = c.is_whitespace() || c == '-';
    }
    out
}

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
