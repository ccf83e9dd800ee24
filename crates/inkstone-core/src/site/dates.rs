//! Post dates: parsing what writers write, and Hugo's `YYYY-MM-DD` file name prefix.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

/// A parsed post date: the calendar fields as written (for permalinks) and the instant
/// (for sorting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PostDate {
    pub local: DateTime,
    pub timestamp: i64,
}

/// Parses `2026-02-06`, `2026-02-06T09:00:00+08:00`, `2026-02-06 09:00`, `…Z` and
/// fractions of seconds. Dates without an offset are in the site's time zone.
pub(crate) fn parse_post_date(text: &str, zone: &TimeZone) -> Option<PostDate> {
    let text = text.trim();
    let date: Date = text.get(..10)?.parse().ok()?;
    let rest = &text[10..];
    if rest.is_empty() {
        return with_zone(date.to_datetime(Time::midnight()), None, zone);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let offset_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (time_text, offset_text) = rest.split_at(offset_at);
    let time: Time = time_text.trim().parse().ok()?;
    let offset = parse_offset(offset_text.trim())?;
    with_zone(date.to_datetime(time), offset, zone)
}

fn with_zone(local: DateTime, offset: Option<Offset>, zone: &TimeZone) -> Option<PostDate> {
    let timestamp = match offset {
        Some(offset) => offset.to_timestamp(local).ok()?,
        None => zone.to_ambiguous_timestamp(local).compatible().ok()?,
    };
    Some(PostDate {
        local,
        timestamp: timestamp.as_second(),
    })
}

/// `""` → no offset; `Z` → UTC; `+08:00`, `+0800`, `+08` → that offset.
fn parse_offset(text: &str) -> Option<Option<Offset>> {
    if text.is_empty() {
        return Some(None);
    }
    if text.eq_ignore_ascii_case("z") {
        return Some(Some(Offset::UTC));
    }
    let sign: i32 = if text.starts_with('-') { -1 } else { 1 };
    let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    let seconds = sign * (hours * 3600 + minutes * 60);
    Offset::from_seconds(seconds).ok().map(Some)
}

/// Hugo's `:filename` date source: the first ten characters of the base name as
/// `YYYY-MM-DD`, and the rest (trimmed of ` -_`) as the slug. `20260206-x` is not a
/// date for Hugo (checked with hugo 0.111), so it is not one here either.
pub(crate) fn date_from_file_name(base_name: &str) -> Option<(String, String)> {
    let prefix = base_name.get(..10)?;
    prefix.parse::<Date>().ok()?;
    let slug = base_name[10..].trim_matches([' ', '-', '_']).to_string();
    Some((prefix.to_string(), slug))
}

/// The site's time zone, or UTC when it is unset or unknown to this system.
pub(crate) fn site_zone(name: Option<&str>) -> TimeZone {
    name.and_then(|n| TimeZone::get(n).ok())
        .unwrap_or(TimeZone::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(text: &str) -> Option<i64> {
        parse_post_date(text, &TimeZone::UTC).map(|d| d.timestamp)
    }

    #[test]
    fn offsets_are_honoured() {
        assert_eq!(
            stamp("2026-02-06T09:00:00+08:00"),
            stamp("2026-02-06T01:00:00Z")
        );
        assert_eq!(
            stamp("2026-02-06T09:00:00+0800"),
            stamp("2026-02-06 01:00:00")
        );
    }

    #[test]
    fn plain_dates_and_fractions_parse() {
        assert_eq!(stamp("1970-01-02"), Some(86_400));
        assert_eq!(stamp("1970-01-01T00:00:01.500Z"), Some(1));
    }

    #[test]
    fn nonsense_is_not_a_date() {
        assert_eq!(stamp("yesterday"), None);
        assert_eq!(stamp("2026-13-01"), None);
        assert_eq!(stamp("2026-02-06T09:00:00+8"), None);
    }

    #[test]
    fn file_name_dates_follow_hugo() {
        assert_eq!(
            date_from_file_name("2024-03-05-hello-world"),
            Some(("2024-03-05".into(), "hello-world".into()))
        );
        assert_eq!(
            date_from_file_name("2024-03-07_under"),
            Some(("2024-03-07".into(), "under".into()))
        );
        assert_eq!(
            date_from_file_name("2024-03-10"),
            Some(("2024-03-10".into(), String::new()))
        );
        assert_eq!(date_from_file_name("20240306-compact"), None);
        assert_eq!(date_from_file_name("2024-13-10-bad"), None);
        assert_eq!(date_from_file_name("標題標題標題標題"), None);
    }
}
