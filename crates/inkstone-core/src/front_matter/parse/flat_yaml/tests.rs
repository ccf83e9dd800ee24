//! Specs for the flat YAML reader: exact agreement with serde_norway, or a fallback.

use super::parse_flat_yaml;
use serde_json::{json, Value};

/// What the full parser makes of `block`, as the ordered fields the reader returns.
fn full_parser_fields(block: &str) -> Option<Vec<(String, Value)>> {
    match serde_norway::from_str::<Value>(block).ok()? {
        Value::Object(map) => Some(map.into_iter().collect()),
        _ => None,
    }
}

fn flat_fields(block: &str) -> Option<Vec<(String, Value)>> {
    parse_flat_yaml(block, 2).map(|flat| flat.fields.into_iter().collect())
}

#[test]
fn reference_shaped_block_is_read_with_file_lines() {
    let block = "title: \"第 1 篇：速度\"\ndate: 2026-02-06T09:00:00+08:00\ntags: [\"AI\", \"開源 AI\"]\ndraft: false\nweight: 10\nimage: /images/a.webp # cover\n";
    let flat = parse_flat_yaml(block, 2).expect("a flat block is read");
    assert_eq!(
        Value::Object(flat.fields.clone().into_iter().collect()),
        json!({
            "title": "第 1 篇：速度",
            "date": "2026-02-06T09:00:00+08:00",
            "tags": ["AI", "開源 AI"],
            "draft": false,
            "weight": 10,
            "image": "/images/a.webp"
        })
    );
    let lines: Vec<u32> = flat.key_lines.values().copied().collect();
    assert_eq!(lines, vec![2, 3, 4, 5, 6, 7]);
    assert_eq!(flat_fields(block), full_parser_fields(block));
}

#[test]
fn nested_or_unusual_blocks_are_left_to_the_full_parser() {
    for block in [
        "params:\n  a: 1\n",
        "tags:\n- a\n",
        "a: &x 1\nb: *x\n",
        "a: |\n  text\n",
        "a: \"two\n  lines\"\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "a: [x, y,]\n",
        "a: 99999999999999999999999\n",
        "\"quoted key\": 1\n",
        "a:\tb\n",
        "# only a comment\n",
        "",
    ] {
        assert!(parse_flat_yaml(block, 2).is_none(), "{block:?}");
    }
}

/// Pieces a generated value is made of: YAML's tricky plain scalars, quoted text
/// with escapes, and lists mixing them.
#[rustfmt::skip]
const PLAIN: &[&str] = &[
    "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "NULL", "true", "True", "TRUE",
    "false", "FALSE", "tRUE", "1e3", "1E3", "1e-3", "-1e3", "+1", "-1", "+-1", "0x1F", "0X1F",
    "-0x1F", "0x-1", "0x+1", "0o17", "-0o17", "0b101", "-0b101", "0b2", "0xG", ".inf", "-.inf",
    "+.inf", ".Inf", ".INF", ".NaN", ".nan", ".NAN", "inf", "nan", "NaN", "infinity",
    "2026-02-06", "2026-02-06T09:00:00+08:00", "2026-02-06 09:00:00", "09:00", "1:30",
    "007", "-007", "+007", "0", "-0", "+0", "00", "0.0", "0.5", ".5", "5.", "1_000", "1,000",
    "18446744073709551615", "18446744073709551616", "-9223372036854775808",
    "-9223372036854775809", "12345678901234567890123", "hello", "hello world", "C#", "a #b",
    "a#b", "http://example.org/a?b=c", "a:b", "標題", "開源 AI", "é", "1.2.3", "v1.0",
    "=", "<<", "a - b", "a, b", "a]b", "x.",
];

#[rustfmt::skip]
const QUOTED: &[&str] = &[
    "\"\"", "''", "\"a\"", "'a'", "'it''s'", "\"say \\\"hi\\\"\"", "\"tab\\tnew\\nline\"",
    "\"\\x41\\u00e9\\U0001F600\"", "\"\\/\\\\\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P\"",
    "\"\\uD800\"", "\"\\q\"", "\"\\x4\"", "\"標題：副標\"", "'a: b'", "\"a # b\"", "'#'",
    "\"unterminated", "'unterminated", "\"a\"b", "'a' # note", "\"a\"  # note", "\"a\"#x",
];

/// A small deterministic generator, so a failure reproduces on every machine.
struct Xorshift(u64);

impl Xorshift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn scalar(&mut self) -> String {
        if self.below(2) == 0 {
            self.pick(PLAIN).to_string()
        } else {
            self.pick(QUOTED).to_string()
        }
    }

    fn value(&mut self) -> String {
        match self.below(8) {
            0 => {
                let items: Vec<String> = (0..self.below(4)).map(|_| self.scalar()).collect();
                let sep = [",", ", ", " , "][self.below(3)];
                format!("[{}]", items.join(sep))
            }
            1 => String::new(),
            2 => format!("{} # comment", self.scalar()),
            _ => self.scalar(),
        }
    }
}

#[test]
fn generated_flat_blocks_read_exactly_as_serde_norway_reads_them() {
    let mut rng = Xorshift(0x1d5c_2026_0206_0900);
    let keys = [
        "title", "date", "tags", "draft", "weight", "x_y", "a-b", "Title", "inf",
    ];
    let mut accepted = 0;
    for case in 0..4000 {
        let mut block = String::new();
        for _ in 0..=rng.below(6) {
            match rng.below(10) {
                0 => block.push_str("# a comment\n"),
                1 => block.push('\n'),
                _ => {
                    let key = rng.pick(&keys);
                    let value = rng.value();
                    block.push_str(&format!("{key}: {value}"));
                    block.push_str(if rng.below(5) == 0 { "\r\n" } else { "\n" });
                }
            }
        }
        if let Some(fields) = flat_fields(&block) {
            accepted += 1;
            assert_eq!(
                Some(fields),
                full_parser_fields(&block),
                "case {case}: {block:?}"
            );
        }
    }
    // The generator is mostly flat text: the fast path must take a good share of it.
    assert!(accepted > 1000, "only {accepted} of 4000 blocks were read");
}
