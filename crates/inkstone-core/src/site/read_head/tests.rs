//! The head reader agrees with splitting and parsing the whole file, whatever the
//! file: long front matter, characters cut by the first read, no front matter, JSON.

use super::{with_head, FIRST_READ};
use crate::front_matter::{self, FrontMatter, FrontMatterError, Split};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// What the index learns from a file: the split (body to the end of the file) and
/// the parsed front matter, or the problem's code.
fn from_head(text: &str) -> Result<(Split, Result<FrontMatter, FrontMatterError>), String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("post.md");
    std::fs::write(&path, text).expect("write");
    let mut buf = Vec::new();
    with_head(&path, "post.md", &mut buf, |head| {
        assert!(
            text.starts_with(head.text),
            "the head is the start of the file"
        );
        head.split
            .map(|split| {
                let parsed = front_matter::parse(head.text, &split);
                (split, parsed)
            })
            .map_err(|e| e.code().to_string())
    })
    .map_err(|problem| problem.code)?
}

fn from_whole(text: &str) -> Result<(Split, Result<FrontMatter, FrontMatterError>), String> {
    front_matter::split(text)
        .map(|split| {
            let parsed = front_matter::parse(text, &split);
            (split, parsed)
        })
        .map_err(|e| e.code().to_string())
}

fn padding(bytes: usize) -> String {
    "寫".repeat(bytes / 3)
}

#[test]
fn a_typical_post_reads_only_its_head() {
    let text = format!(
        "---\ntitle: \"山間\"\ntags: [\"AI\"]\n---\n\n{}\n",
        padding(3 * FIRST_READ as usize)
    );
    assert_eq!(from_head(&text), from_whole(&text));
    let (split, _) = from_head(&text).expect("reads");
    assert_eq!(
        split.body.end,
        text.len(),
        "the body runs to the end of the file"
    );
}

#[test]
fn front_matter_longer_than_the_first_read_is_read_whole() {
    let long = padding(2 * FIRST_READ as usize);
    let yaml = format!("---\ntitle: x\ndescription: \"{long}\"\n---\nbody\n");
    let toml = format!("+++\ntitle = 'x'\ndescription = \"{long}\"\n+++\nbody\n");
    for text in [yaml, toml] {
        let head = from_head(&text);
        assert!(head.as_ref().is_ok_and(|(_, fm)| fm.is_ok()), "{head:?}");
        assert_eq!(head, from_whole(&text));
    }
}

#[test]
fn json_front_matter_past_the_first_read_is_found() {
    let text = format!(
        "{{\"title\": \"{}\", \"tags\": [\"a\"]}}\nbody\n",
        padding(FIRST_READ as usize + 100)
    );
    assert_eq!(from_head(&text), from_whole(&text));
}

#[test]
fn a_character_cut_by_the_first_read_is_not_a_problem() {
    for shift in 0..3 {
        let text = format!(
            "---\ntitle: \"{}{}\"\n---\nbody\n",
            "a".repeat(shift),
            padding(FIRST_READ as usize)
        );
        assert_eq!(from_head(&text), from_whole(&text), "shift {shift}");
    }
}

#[test]
fn unterminated_front_matter_is_reported_as_on_the_whole_file() {
    let text = format!("---\ntitle: x\n{}\n", padding(2 * FIRST_READ as usize));
    assert_eq!(from_head(&text), Err("front-matter-unterminated".into()));
    assert_eq!(from_whole(&text), Err("front-matter-unterminated".into()));
}

#[test]
fn a_delimiter_lookalike_in_the_block_does_not_end_it() {
    let text = format!(
        "---\ntitle: x\n---- not a fence\nmore: \"{}\"\n---\nbody\n",
        padding(FIRST_READ as usize)
    );
    assert_eq!(from_head(&text), from_whole(&text));
}

#[test]
fn bad_bytes_in_the_head_are_problems_and_past_it_are_left_to_the_checks() {
    let big5_title = b"---\ntitle: \xa4\xa4\xa4\xe5\n---\nbody\n".to_vec();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("post.md");
    std::fs::write(&path, &big5_title).expect("write");
    let problem = with_head(&path, "post.md", &mut Vec::new(), |_| ()).expect_err("not UTF-8");
    assert_eq!(
        (problem.code.as_str(), problem.line, problem.column),
        ("file-not-utf8", 2, 8)
    );

    let mut late_nul =
        format!("---\ntitle: x\n---\n{}", padding(2 * FIRST_READ as usize)).into_bytes();
    late_nul.extend_from_slice(b"\0\xff");
    std::fs::write(&path, &late_nul).expect("write");
    let split = with_head(&path, "post.md", &mut Vec::new(), |head| head.split)
        .expect("the head is fine")
        .expect("it splits");
    assert_eq!(split.body.end, late_nul.len());

    std::fs::write(&path, b"---\ntitle: x\n---\n\0\0").expect("write");
    let problem = with_head(&path, "post.md", &mut Vec::new(), |_| ()).expect_err("binary");
    assert_eq!(problem.code, "file-binary");
}

/// Front matter delimiters, blank lines, BOM, CRLF and CJK in every arrangement, at
/// lengths around the first read.
fn any_file() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---".to_string()),
        Just("+++".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("\"".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just("title: 山間\n".to_string()),
        Just("title = \"x\"\n".to_string()),
        Just("\u{feff}".to_string()),
        (1usize..2000).prop_map(|n| "字".repeat(n)),
        (1usize..3000).prop_map(|n| "a".repeat(n)),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

#[test]
fn any_file_reads_as_its_whole_text_would() {
    let config = Config {
        cases: 300,
        failure_persistence: None,
        ..Config::default()
    };
    let seed = *b"inkstone head reader, seeded 001";
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    runner
        .run(&any_file(), |text| {
            prop_assert_eq!(from_head(&text), from_whole(&text));
            Ok(())
        })
        .expect("head and whole agree");
}
