//! Inline text as goldmark's typographer and linkify extensions write it.

use super::escape::{push_escaped, push_escaped_url};

/// Typographer output is collected as private-use characters so that a curly quote the
/// writer typed stays a literal character while one made from `"` becomes `&ldquo;`.
const MARKS: [(char, char, &str); 9] = [
    ('“', '\u{E000}', "&ldquo;"),
    ('”', '\u{E001}', "&rdquo;"),
    ('‘', '\u{E002}', "&lsquo;"),
    ('’', '\u{E003}', "&rsquo;"),
    ('…', '\u{E004}', "&hellip;"),
    ('–', '\u{E005}', "&ndash;"),
    ('—', '\u{E006}', "&mdash;"),
    ('«', '\u{E007}', "&laquo;"),
    ('»', '\u{E008}', "&raquo;"),
];

/// The private-use stand-in for a character pulldown-cmark's smart punctuation produced.
pub fn typographer_mark(c: char) -> Option<char> {
    MARKS
        .iter()
        .find(|(typed, _, _)| *typed == c)
        .map(|(_, mark, _)| *mark)
}

/// The ASCII a stand-in was made from, for heading ids (which goldmark takes from the source).
pub fn unmark_for_id(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{E000}' | '\u{E001}' => "\"".to_string(),
            '\u{E002}' | '\u{E003}' => "'".to_string(),
            '\u{E004}' => "...".to_string(),
            '\u{E005}' => "--".to_string(),
            '\u{E006}' => "---".to_string(),
            '\u{E007}' => "<<".to_string(),
            '\u{E008}' => ">>".to_string(),
            other => other.to_string(),
        })
        .collect()
}

/// Escapes text, turning typographer stand-ins into goldmark's entities.
pub fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(pos) = rest.find(|c: char| ('\u{E000}'..='\u{E008}').contains(&c)) {
        push_escaped(out, &rest[..pos]);
        let mut chars = rest[pos..].chars();
        let mark = chars.next().unwrap_or('\u{E000}');
        let entity = MARKS
            .iter()
            .find(|(_, m, _)| *m == mark)
            .map_or("", |(_, _, entity)| *entity);
        out.push_str(entity);
        rest = chars.as_str();
    }
    push_escaped(out, rest);
}

/// Turns `<<` and `>>` into guillemets, which pulldown-cmark's smart punctuation lacks.
pub fn guillemets(text: &str) -> String {
    text.replace("<<", "\u{E007}").replace(">>", "\u{E008}")
}

/// Writes text with bare URLs, `www.` hosts and e-mail addresses made into links.
pub fn push_linkified(out: &mut String, text: &str, www_protocol: &str) {
    let mut written = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let at_boundary = i == 0 || {
            let before = text[..i].chars().next_back().unwrap_or(' ');
            before.is_whitespace() || matches!(before, '*' | '_' | '~' | '(')
        };
        if at_boundary {
            if let Some((end, href)) = link_at(text, i, www_protocol) {
                push_text(out, &text[written..i]);
                out.push_str("<a href=\"");
                push_escaped_url(out, &href);
                out.push_str("\">");
                push_text(out, &text[i..end]);
                out.push_str("</a>");
                written = end;
                i = end;
                continue;
            }
        }
        i += 1;
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    push_text(out, &text[written..]);
}

/// The end of a link starting at `start` and the address it points to.
fn link_at(text: &str, start: usize, www_protocol: &str) -> Option<(usize, String)> {
    let rest = &text[start..];
    let lower_start: String = rest
        .chars()
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_len = ["https://", "http://", "ftp://"]
        .iter()
        .find(|scheme| lower_start.starts_with(**scheme))
        .map(|scheme| scheme.len());
    if let Some(scheme_len) = scheme_len {
        let end = url_end(rest, scheme_len)?;
        return Some((start + end, rest[..end].to_string()));
    }
    if lower_start.starts_with("www.") {
        let end = url_end(rest, 0)?;
        return Some((start + end, format!("{www_protocol}://{}", &rest[..end])));
    }
    email_at(rest).map(|end| (start + end, format!("mailto:{}", &rest[..end])))
}

/// Where a URL whose host starts at `host_start` ends, after goldmark's trimming of
/// trailing punctuation; `None` when the host has no dot.
fn url_end(rest: &str, host_start: usize) -> Option<usize> {
    let host_len = rest[host_start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(rest.len() - host_start);
    let host = &rest[host_start..host_start + host_len];
    if !host.contains('.') || host.starts_with('.') {
        return None;
    }
    let mut end = rest
        .find(|c: char| c.is_whitespace() || c == '<' || !c.is_ascii())
        .unwrap_or(rest.len());
    while let Some(last) = rest[..end].chars().next_back() {
        let trim = match last {
            '?' | '!' | '.' | ',' | ':' | '*' | '_' | '~' | '\'' | '"' => true,
            ')' => rest[..end].matches(')').count() > rest[..end].matches('(').count(),
            _ => false,
        };
        if !trim || end <= host_start + host_len {
            break;
        }
        end -= last.len_utf8();
    }
    Some(end.max(host_start + host_len))
}

/// The length of an e-mail address at the start of `rest`.
fn email_at(rest: &str) -> Option<usize> {
    let local = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_')))
        .unwrap_or(rest.len());
    if local == 0 || !rest[local..].starts_with('@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = rest[domain_start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(rest.len() - domain_start);
    let domain_text = rest[domain_start..domain_start + domain].trim_end_matches('.');
    if !domain_text.contains('.') {
        return None;
    }
    Some(domain_start + domain_text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linkify(text: &str) -> String {
        let mut out = String::new();
        push_linkified(&mut out, text, "https");
        out
    }

    #[test]
    fn bare_urls_drop_trailing_punctuation() {
        assert_eq!(
            linkify("see https://example.com/x?y=1. now"),
            "see <a href=\"https://example.com/x?y=1\">https://example.com/x?y=1</a>. now"
        );
    }

    #[test]
    fn www_and_email_get_a_scheme() {
        assert_eq!(
            linkify("www.example.org and foo@bar.com"),
            "<a href=\"https://www.example.org\">www.example.org</a> and <a href=\"mailto:foo@bar.com\">foo@bar.com</a>"
        );
    }

    #[test]
    fn typographer_marks_become_entities() {
        let mut out = String::new();
        push_text(&mut out, "\u{E000}hi\u{E001} “typed”");
        assert_eq!(out, "&ldquo;hi&rdquo; “typed”");
    }
}
