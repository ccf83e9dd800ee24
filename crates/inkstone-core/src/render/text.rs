//! Inline text as goldmark's typographer and linkify extensions write it.

use super::escape::{push_escaped, push_escaped_url};
use std::borrow::Cow;

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

/// Stand-ins for `<` and `>` written as entities (`&lt;`), which goldmark never joins
/// into guillemets; they follow the typographer's in the private-use area.
const ENTITY_LT: char = '\u{E009}';
const ENTITY_GT: char = '\u{E00A}';

/// The private-use stand-in for a character the typographer produced.
pub fn typographer_mark(c: char) -> Option<char> {
    MARKS
        .iter()
        .find(|(typed, _, _)| *typed == c)
        .map(|(_, mark, _)| *mark)
}

/// The entity goldmark writes for a character the typographer produced.
pub fn typographer_entity(c: char) -> Option<&'static str> {
    MARKS
        .iter()
        .find(|(typed, _, _)| *typed == c)
        .map(|(_, _, entity)| *entity)
}

/// A character an entity stood for, with `<` and `>` kept apart from typed ones.
pub fn entity_char(c: char) -> char {
    match c {
        '<' => ENTITY_LT,
        '>' => ENTITY_GT,
        other => other,
    }
}

/// The ASCII a stand-in was made from, for heading ids (which goldmark takes from the source).
pub fn unmark_for_id(text: &str) -> String {
    unmark(text).into_owned()
}

/// Whether `c` stands for punctuation typed inside a bare URL, which goldmark's linkify
/// takes before the typographer sees it (`<<` ends a URL, as `<` does).
fn is_url_mark(c: char) -> bool {
    ('\u{E000}'..='\u{E008}').contains(&c) && c != '\u{E007}'
}

/// The source text of stand-ins.
fn unmark(text: &str) -> Cow<'_, str> {
    // Every stand-in starts with the byte 0xEE; most text holds none and is lent as it is.
    if memchr::memchr(0xEE, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{E000}' | '\u{E001}' => out.push('"'),
            '\u{E002}' | '\u{E003}' => out.push('\''),
            '\u{E004}' => out.push_str("..."),
            '\u{E005}' => out.push_str("--"),
            '\u{E006}' => out.push_str("---"),
            '\u{E007}' => out.push_str("<<"),
            '\u{E008}' => out.push_str(">>"),
            ENTITY_LT => out.push('<'),
            ENTITY_GT => out.push('>'),
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

/// Escapes text, turning typographer stand-ins into goldmark's entities.
pub fn push_text(out: &mut String, text: &str) {
    // Every stand-in is U+E000..U+E00A, encoded as EE 80 80..8A.
    let mut rest = text;
    while let Some(pos) = memchr::memchr(0xEE, rest.as_bytes()) {
        let bytes = rest.as_bytes();
        let is_mark = bytes.get(pos + 1) == Some(&0x80)
            && bytes
                .get(pos + 2)
                .is_some_and(|b| (0x80..=0x8A).contains(b));
        if !is_mark {
            // Not a stand-in: copy through the whole character.
            let char_end = pos + rest[pos..].chars().next().map_or(1, char::len_utf8);
            push_escaped(out, &rest[..char_end]);
            rest = &rest[char_end..];
            continue;
        }
        push_escaped(out, &rest[..pos]);
        let index = usize::from(bytes[pos + 2] - 0x80);
        out.push_str(match MARKS.get(index) {
            Some((_, _, entity)) => entity,
            None if index == 9 => "&lt;",
            None => "&gt;",
        });
        rest = &rest[pos + 3..];
    }
    push_escaped(out, rest);
}

/// Whether `text` holds `<<` or `>>`; one vectorised pass, as this runs for every run of text.
pub fn may_hold_guillemets(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'<', b'>', bytes).any(|at| bytes.get(at + 1) == Some(&bytes[at]))
}

/// Turns `<<` and `>>` into guillemets, which pulldown-cmark's smart punctuation lacks.
pub fn guillemets(text: String) -> String {
    if !text.contains("<<") && !text.contains(">>") {
        return text;
    }
    text.replace("<<", "\u{E007}").replace(">>", "\u{E008}")
}

/// Whether linkify could find anything in `text`, checked before the slower scan.
fn may_hold_links(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2(b':', b'@', bytes).is_some()
        || memchr::memchr2_iter(b'w', b'W', bytes)
            .any(|at| bytes.len() >= at + 4 && bytes[at..at + 4].eq_ignore_ascii_case(b"www."))
}

/// Writes text with bare URLs, `www.` hosts and e-mail addresses made into links.
pub fn push_linkified(out: &mut String, text: &str, www_protocol: &str) {
    if !may_hold_links(text) {
        return push_text(out, text);
    }
    let mut written = 0;
    let bytes = text.as_bytes();
    // A link starts with an ASCII letter or digit right after a space, `*`, `_`, `~`,
    // `(` or the start of the text (goldmark looks at ASCII only): only those places
    // are tried, found by a table lookup per byte.
    let mut candidate = Some(0);
    while let Some(i) = candidate {
        if i >= bytes.len() {
            break;
        }
        if i >= written && bytes[i].is_ascii_alphanumeric() {
            if let Some((end, href)) = link_at(text, i, www_protocol) {
                push_text(out, &text[written..i]);
                out.push_str("<a href=\"");
                push_escaped_url(out, &href);
                out.push_str("\">");
                push_text(out, &unmark(&text[i..end]));
                out.push_str("</a>");
                written = end;
            }
        }
        let from = i.max(written);
        candidate = bytes[from..]
            .iter()
            .position(|b| LINK_BOUNDARY[usize::from(*b)])
            .map(|at| from + at + 1);
    }
    push_text(out, &text[written..]);
}

/// The bytes after which a link may start.
const LINK_BOUNDARY: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    let bytes = b" \t\n\r*_~(";
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// The end of a link starting at `start` and the address it points to.
fn link_at(text: &str, start: usize, www_protocol: &str) -> Option<(usize, String)> {
    let rest = &text[start..];
    if !rest
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let starts_with = |prefix: &str| {
        rest.len() >= prefix.len()
            && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    let scheme_len = ["https://", "http://", "ftp://"]
        .iter()
        .find(|scheme| starts_with(scheme))
        .map(|scheme| scheme.len());
    if let Some(scheme_len) = scheme_len {
        let end = url_end(rest, scheme_len)?;
        return Some((start + end, unmark(&rest[..end]).into_owned()));
    }
    if starts_with("www.") {
        let end = url_end(rest, 0)?;
        return Some((
            start + end,
            format!("{www_protocol}://{}", unmark(&rest[..end])),
        ));
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
    // A dot after the host ends the sentence, not the address (`ftp://foo.bar.baz.`).
    let host_len = host.trim_end_matches('.').len();
    let mut end = rest
        .find(|c: char| c.is_whitespace() || c == '<' || !(c.is_ascii() || is_url_mark(c)))
        .unwrap_or(rest.len());
    while let Some(last) = rest[..end].chars().next_back() {
        let trim = match last {
            '?' | '!' | '.' | ',' | ':' | '*' | '_' | '~' | '\'' | '"' => true,
            // Stand-ins for quotes and `...`, trimmed as the characters typed.
            '\u{E000}'..='\u{E004}' => true,
            ')' => rest[..end].matches(')').count() > rest[..end].matches('(').count(),
            // What looks like an entity at the end (`&hl;`) is left out of the link, as
            // GFM's autolinks leave it.
            ';' => {
                let name = rest[..end - 1]
                    .bytes()
                    .rev()
                    .take_while(u8::is_ascii_alphanumeric)
                    .count();
                let amp = end - 1 - name;
                if name > 0 && amp > host_start + host_len && rest.as_bytes()[amp - 1] == b'&' {
                    end = amp - 1;
                    continue;
                }
                false
            }
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
    // An address never ends in `-` or `_`: such text is left as it is, not shortened.
    if !domain_text.contains('.') || domain_text.ends_with(['-', '_']) {
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
    fn bare_urls_keep_the_punctuation_the_typographer_marked() {
        assert_eq!(
            linkify("see https://example.com/a\u{E005}b\u{E004}c\u{E004} now"),
            "see <a href=\"https://example.com/a--b...c\">https://example.com/a--b...c</a>&hellip; now"
        );
    }

    #[test]
    fn a_dot_after_the_host_and_an_entity_at_the_end_stay_outside_the_link() {
        assert_eq!(
            linkify("at ftp://foo.bar.baz."),
            "at <a href=\"ftp://foo.bar.baz\">ftp://foo.bar.baz</a>."
        );
        assert_eq!(
            linkify("www.example.com/search?q=x&hl;"),
            "<a href=\"https://www.example.com/search?q=x\">www.example.com/search?q=x</a>&amp;hl;"
        );
        assert_eq!(
            linkify("www.example.com/search?q=x&hl=en"),
            "<a href=\"https://www.example.com/search?q=x&amp;hl=en\">www.example.com/search?q=x&amp;hl=en</a>"
        );
    }

    #[test]
    fn an_address_ending_in_a_dash_or_underscore_is_no_link() {
        assert_eq!(linkify("a.b-c_d@a.b-"), "a.b-c_d@a.b-");
        assert_eq!(linkify("a.b-c_d@a.b_"), "a.b-c_d@a.b_");
        assert_eq!(
            linkify("a.b-c_d@a.b."),
            "<a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>."
        );
    }

    #[test]
    fn angle_brackets_from_entities_never_make_guillemets() {
        let text = guillemets("\u{E009}\u{E009}x<<".to_string());
        let mut out = String::new();
        push_text(&mut out, &text);
        assert_eq!(out, "&lt;&lt;x&laquo;");
    }

    #[test]
    fn typographer_marks_become_entities() {
        let mut out = String::new();
        push_text(&mut out, "\u{E000}hi\u{E001} “typed”");
        assert_eq!(out, "&ldquo;hi&rdquo; “typed”");
    }
}
