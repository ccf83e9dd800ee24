//! Dates as Hugo reads them from front matter: every layout it accepts, nothing more.

use jiff::civil::{Date, DateTime};
use jiff::fmt::strtime;
use jiff::Timestamp;

/// A parsed front matter date. Dates and datetimes without an offset are valid: Hugo
/// places them in the site's `timeZone`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HugoDate {
    /// `2026-02-06`
    Day(Date),
    /// `2026-02-06T09:00:00`, `2026-02-06 09:00`: the site's time zone applies.
    Local(DateTime),
    /// `2026-02-06T09:00:00+08:00`: an instant, with the offset as written.
    Instant(Timestamp),
}

/// Why a string is not a date; the message is the same for every form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADate;

/// Parses a date in any layout Hugo accepts in front matter: ISO dates and datetimes
/// with `T` or a space, with or without seconds, fractions, `Z` or an offset (with or
/// without a colon, with or without a space before it), RFC 1123/2822 and `02 Jan 2006`.
pub fn parse_hugo_date(text: &str) -> Result<HugoDate, NotADate> {
    let s = text.trim();
    // Cheap rejection keeps inference over thousands of posts fast.
    if s.len() < 8 || s.len() > 64 {
        return Err(NotADate);
    }
    if s.len() == 10 {
        if let Ok(day) = s.parse::<Date>() {
            return Ok(HugoDate::Day(day));
        }
    }
    if s.as_bytes()[0].is_ascii_digit() && s.as_bytes().get(4) == Some(&b'-') {
        return parse_iso_like(s);
    }
    if let Ok(zoned) = jiff::fmt::rfc2822::parse(s) {
        return Ok(HugoDate::Instant(zoned.timestamp()));
    }
    for layout in ["%d %b %Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y"] {
        if let Ok(day) = Date::strptime(layout, s) {
            return Ok(HugoDate::Day(day));
        }
    }
    Err(NotADate)
}

fn parse_iso_like(s: &str) -> Result<HugoDate, NotADate> {
    let normalized = normalize_iso(s);
    if let Ok(instant) = normalized.parse::<Timestamp>() {
        return Ok(HugoDate::Instant(instant));
    }
    if let Ok(local) = normalized.parse::<DateTime>() {
        return Ok(HugoDate::Local(local));
    }
    // Go's default time layout, as `time.Time.String()` writes it.
    if let Ok(parsed) = strtime::parse("%Y-%m-%d %H:%M:%S %z %Z", s) {
        if let Ok(instant) = parsed.to_timestamp() {
            return Ok(HugoDate::Instant(instant));
        }
    }
    Err(NotADate)
}

/// `2006-01-02 15:04:05 -0700` → `2006-01-02T15:04:05-0700`: the space forms Hugo
/// accepts, rewritten to the one the ISO parser reads.
fn normalize_iso(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let next = s[i + c.len_utf8()..].chars().next();
        match c {
            ' ' if i == 10 => out.push('T'),
            ' ' if matches!(next, Some('+' | '-' | 'Z')) => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layout_hugo_accepts_is_a_date() {
        for text in [
            "2005-05-18",
            "2026-02-06T09:00:00+08:00",
            "2026-02-06T09:00:00Z",
            "2026-02-06T09:00:00",
            "2026-02-06T09:00:00.123+08:00",
            "2026-02-06 09:00",
            "2026-02-06 09:00:00",
            "2026-02-06 09:00:00 +08:00",
            "2026-02-06 09:00:00 -0700",
            "2026-02-06T09:00:00-0700",
            "Fri, 06 Feb 2026 09:00:00 +0800",
            "06 Feb 2026",
        ] {
            assert!(parse_hugo_date(text).is_ok(), "{text} should be a date");
        }
    }

    #[test]
    fn a_date_without_offset_stays_local_to_the_site() {
        assert!(matches!(
            parse_hugo_date("2026-02-06T09:00:00"),
            Ok(HugoDate::Local(_))
        ));
        assert!(matches!(
            parse_hugo_date("2026-02-06"),
            Ok(HugoDate::Day(_))
        ));
    }

    #[test]
    fn impossible_or_free_text_dates_are_refused() {
        for text in [
            "2026-02-30",
            "2026-13-01",
            "yesterday",
            "2026/02/06x",
            "",
            "2026-02-06T25:00:00",
        ] {
            assert_eq!(parse_hugo_date(text), Err(NotADate), "{text}");
        }
    }
}
