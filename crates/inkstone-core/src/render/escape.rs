//! HTML and URL escaping exactly as goldmark writes them.

/// The bytes `push_escaped` replaces, as a table: one load per byte in the scanning loop.
const NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[b'"' as usize] = true;
    table
};

/// Escapes text for element content or an attribute value (`&`, `<`, `>`, `"`).
pub fn push_escaped(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut last = 0;
    while let Some(found) = bytes[last..]
        .iter()
        .position(|b| NEEDS_ESCAPE[usize::from(*b)])
    {
        let at = last + found;
        out.push_str(&text[last..at]);
        out.push_str(match bytes[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        last = at + 1;
    }
    out.push_str(&text[last..]);
}

pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// Percent-encodes what may not appear in a URL (non-ASCII, spaces) and escapes `&` and
/// `"` for an attribute, keeping existing `%XX` escapes as goldmark does.
pub fn push_escaped_url(out: &mut String, url: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for byte in url.bytes() {
        match byte {
            b'&' => out.push_str("&amp;"),
            b'"' => out.push_str("%22"),
            b'<' => out.push_str("%3C"),
            b'>' => out.push_str("%3E"),
            b'\\' => out.push_str("%5C"),
            b'`' | b'{' | b'}' | b'|' | b'^' => {
                out.push('%');
                out.push(HEX[(byte >> 4) as usize] as char);
                out.push(HEX[(byte & 15) as usize] as char);
            }
            0x21..=0x7e => out.push(byte as char),
            _ => {
                out.push('%');
                out.push(HEX[(byte >> 4) as usize] as char);
                out.push(HEX[(byte & 15) as usize] as char);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_quotes_and_angle_brackets() {
        assert_eq!(escaped(r#"a < b & "c""#), "a &lt; b &amp; &quot;c&quot;");
    }

    #[test]
    fn urls_keep_percent_escapes_and_encode_cjk() {
        let mut out = String::new();
        push_escaped_url(&mut out, "/posts/中文/?a=1&b=%20");
        assert_eq!(out, "/posts/%E4%B8%AD%E6%96%87/?a=1&amp;b=%20");
    }
}
