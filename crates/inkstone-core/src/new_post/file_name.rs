//! Filling in the site's file name pattern (`{date:%Y%m%d}-{slug}.md`).

use jiff::Zoned;

/// What a pattern's placeholders stand for.
pub(crate) struct NameParts<'a> {
    pub slug: &'a str,
    pub section: &'a str,
    pub lang: &'a str,
    pub now: &'a Zoned,
}

/// The pattern with every placeholder filled in, or the reason it cannot be,
/// written for the writer (the caller adds the file it came from).
pub(crate) fn expand(pattern: &str, parts: &NameParts<'_>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() + parts.slug.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| {
            format!("`{pattern}` opens a `{{` it never closes; close it with `}}`")
        })?;
        out.push_str(&placeholder(&after[..close], parts)?);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    let section_last = parts.section.rsplit('/').next().unwrap_or("");
    if out.contains('/') || out.contains('\\') || out == "." || out == ".." || out.is_empty() {
        return Err(format!(
            "`{pattern}` gives `{out}`, which is not a file name in section `{section_last}`; use `{{slug}}` and `{{date:%Y%m%d}}` without `/`"
        ));
    }
    Ok(out)
}

fn placeholder(name: &str, parts: &NameParts<'_>) -> Result<String, String> {
    match name {
        "slug" => Ok(parts.slug.to_string()),
        "section" => Ok(parts.section.replace('/', "-")),
        "lang" => Ok(parts.lang.to_string()),
        "date" => date(parts.now, "%Y-%m-%d"),
        _ => match name.strip_prefix("date:") {
            Some(format) => date(parts.now, format),
            None => Err(format!(
                "`{{{name}}}` is not a placeholder; use `{{slug}}`, `{{date:%Y%m%d}}`, `{{date}}`, `{{section}}` or `{{lang}}`"
            )),
        },
    }
}

fn date(now: &Zoned, format: &str) -> Result<String, String> {
    jiff::fmt::strtime::format(format, now).map_err(|e| {
        format!(
            "`{{date:{format}}}` is not a date format ({e}); use strftime codes such as `%Y%m%d`"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Zoned {
        "2026-02-06T09:00:00+08:00[Asia/Taipei]"
            .parse()
            .expect("a zoned time")
    }

    fn expand_with(pattern: &str) -> Result<String, String> {
        let now = now();
        expand(
            pattern,
            &NameParts {
                slug: "my-post",
                section: "posts/tech",
                lang: "en",
                now: &now,
            },
        )
    }

    #[test]
    fn the_default_pattern_gives_a_dated_file_name() {
        assert_eq!(
            expand_with("{date:%Y%m%d}-{slug}.md"),
            Ok("20260206-my-post.md".to_string())
        );
    }

    #[test]
    fn every_placeholder_is_filled_in() {
        assert_eq!(
            expand_with("{date}_{section}_{lang}_{slug}.md"),
            Ok("2026-02-06_posts-tech_en_my-post.md".to_string())
        );
    }

    #[test]
    fn unknown_placeholders_and_slashes_are_refused() {
        let error = expand_with("{title}.md").expect_err("refused");
        assert!(
            error.starts_with("`{title}` is not a placeholder"),
            "{error}"
        );
        let error = expand_with("{date:%Y/%m}-{slug}.md").expect_err("refused");
        assert!(error.contains("gives `2026/02-my-post.md`"), "{error}");
        assert!(expand_with("{slug.md").is_err());
    }
}
