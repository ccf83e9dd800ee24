//! Slugs from titles: ASCII, lowercase, words joined by hyphens, any script.

/// Long enough for a descriptive slug, short enough for a file name and a URL.
const MAX_SLUG_CHARS: usize = 80;

/// The slug a title suggests: `Hello, World!` → `hello-world`, and a Chinese title
/// is transliterated (寫作工具 → `xie-zuo-gong-ju`) so URLs stay readable ASCII.
/// Empty when nothing in the title can be spelled in ASCII letters or digits.
pub fn slugify(title: &str) -> String {
    // deunicode spells each CJK character as a capitalised syllable followed by a
    // space, so the syllables become separate words below.
    let ascii = deunicode::deunicode_with_tofu(title, " ");
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "Writer's desk" reads better as `writers-desk` than `writer-s-desk`.
        } else {
            pending_hyphen = true;
        }
    }
    truncate_at_word(&slug, MAX_SLUG_CHARS)
}

/// Cuts a long slug at the last hyphen that keeps it within `max` characters.
fn truncate_at_word(slug: &str, max: usize) -> String {
    if slug.len() <= max {
        return slug.to_string();
    }
    let head = &slug[..max];
    match head.rfind('-') {
        Some(at) if at > 0 => head[..at].to_string(),
        _ => head.to_string(),
    }
}

/// The `n`th candidate for a slug that is taken: `slug`, `slug-2`, `slug-3`, …
pub(crate) fn numbered(slug: &str, n: u32) -> String {
    if n <= 1 {
        slug.to_string()
    } else {
        format!("{slug}-{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_titles_become_lowercase_hyphenated_words() {
        assert_eq!(slugify("Hello, World!"), "hello-world");
        assert_eq!(slugify("  Rust 2026: what's new?  "), "rust-2026-whats-new");
        assert_eq!(slugify("Crème brûlée"), "creme-brulee");
    }

    #[test]
    fn chinese_titles_get_a_readable_transliteration() {
        assert_eq!(slugify("寫作工具"), "xie-zuo-gong-ju");
        assert_eq!(
            slugify("Hugo 與 Git 的寫作流程"),
            "hugo-yu-git-de-xie-zuo-liu-cheng"
        );
    }

    #[test]
    fn titles_without_letters_give_an_empty_slug() {
        assert_eq!(slugify("!!! ???"), "");
        assert_eq!(slugify(""), "");
    }

    #[test]
    fn long_titles_are_cut_at_a_word_boundary() {
        let slug = slugify(&"word ".repeat(40));
        assert!(slug.len() <= MAX_SLUG_CHARS);
        assert!(slug.ends_with("word"));
    }

    #[test]
    fn taken_slugs_are_numbered_from_two() {
        assert_eq!(numbered("post", 1), "post");
        assert_eq!(numbered("post", 2), "post-2");
    }
}
