//! Reading a parsed front matter's fields as Hugo does: keys match without regard to case.

use super::parse::FrontMatter;
use serde_json::Value;

impl FrontMatter {
    /// The value of `key`; the key as written first, then any spelling of it (`Title`, `TITLE`).
    pub fn field(&self, key: &str) -> Option<&Value> {
        self.fields.get(key).or_else(|| {
            self.fields
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    }

    /// The key as the file spells it, so an edit changes the writer's own line.
    pub fn key_as_written(&self, key: &str) -> Option<&str> {
        self.fields
            .keys()
            .find(|k| k.eq_ignore_ascii_case(key))
            .map(String::as_str)
    }

    /// `key: true`, or the string "true", which Hugo also accepts (`draft: "true"`).
    pub fn is_true(&self, key: &str) -> bool {
        match self.field(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_matter::read;

    #[test]
    fn keys_match_in_any_case_the_exact_spelling_first() {
        let (_, fm) = read("---\nTitle: Upper\ntitle: lower\nDRAFT: \"True\"\n---\n").unwrap();
        assert_eq!(fm.field("title").and_then(|v| v.as_str()), Some("lower"));
        assert_eq!(fm.field("TITLE").and_then(|v| v.as_str()), Some("Upper"));
        assert_eq!(fm.key_as_written("draft"), Some("DRAFT"));
        assert!(fm.is_true("draft"));
        assert!(!fm.is_true("missing"));
        assert_eq!(fm.field("missing"), None);
    }

    #[test]
    fn only_true_booleans_and_the_string_true_are_true() {
        let (_, fm) = read("---\na: false\nb: \"yes\"\nc: 1\nd: true\n---\n").unwrap();
        assert!(!fm.is_true("a"));
        assert!(!fm.is_true("b"));
        assert!(!fm.is_true("c"));
        assert!(fm.is_true("d"));
    }
}
