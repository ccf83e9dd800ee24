//! Go's reference-time layouts (`2006-01-02T15:04:05-07:00`) rendered with jiff.

use jiff::Zoned;

/// Go layout elements and their strftime equivalents, longest first so that
/// `2006` wins over `2` and `January` over `Jan`.
const ELEMENTS: &[(&str, &str)] = &[
    ("January", "%B"),
    ("Monday", "%A"),
    ("Z07:00", "%:z"),
    ("-07:00", "%:z"),
    ("-0700", "%z"),
    ("2006", "%Y"),
    ("Jan", "%b"),
    ("Mon", "%a"),
    ("MST", "%Z"),
    (".000", ".%3f"),
    ("01", "%m"),
    ("02", "%d"),
    ("15", "%H"),
    ("03", "%I"),
    ("04", "%M"),
    ("05", "%S"),
    ("06", "%y"),
    ("PM", "%p"),
    ("1", "%-m"),
    ("2", "%-d"),
    ("3", "%-I"),
];

/// `now` written in a Go layout such as `2006-01-02`.
pub(crate) fn format_go_layout(now: &Zoned, layout: &str) -> Result<String, String> {
    if layout.starts_with(':') {
        return Err(format!(
            "`{layout}` is a Hugo localized format; use a Go layout such as \"2006-01-02\""
        ));
    }
    let mut strftime = String::with_capacity(layout.len() * 2);
    let mut rest = layout;
    'outer: while let Some(c) = rest.chars().next() {
        for (go, code) in ELEMENTS {
            if let Some(after) = rest.strip_prefix(go) {
                strftime.push_str(code);
                rest = after;
                continue 'outer;
            }
        }
        if c == '%' {
            strftime.push_str("%%");
        } else {
            strftime.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    jiff::fmt::strtime::format(&strftime, now).map_err(|e| {
        format!("`{layout}` cannot be written as a date ({e}); use a layout such as \"2006-01-02\"")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_layouts_use_the_zone_offset_without_converting_to_utc() {
        let now: Zoned = "2026-02-06T09:05:07+08:00[Asia/Taipei]"
            .parse()
            .expect("zoned");
        assert_eq!(
            format_go_layout(&now, "2006-01-02T15:04:05-07:00"),
            Ok("2026-02-06T09:05:07+08:00".to_string())
        );
        assert_eq!(
            format_go_layout(&now, "Jan 2, 2006"),
            Ok("Feb 6, 2026".to_string())
        );
        assert_eq!(
            format_go_layout(&now, "20060102 at %"),
            Ok("20260206 at %".to_string())
        );
    }
}
