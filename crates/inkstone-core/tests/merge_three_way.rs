//! Specs for the three-way merge of a writer's buffer with the file changed on disk.

use inkstone_core::merge::{merge_texts, ConflictRegion, MergeOutcome};

fn clean(text: &str) -> MergeOutcome {
    MergeOutcome::Clean { text: text.into() }
}

#[test]
fn edits_to_different_paragraphs_merge_cleanly() {
    let base = "title\n\none\n\ntwo\n\nthree\n";
    let mine = "title\n\nONE\n\ntwo\n\nthree\n";
    let disk = "title\n\none\n\ntwo\n\nTHREE\n";
    assert_eq!(
        merge_texts(base, mine, disk),
        clean("title\n\nONE\n\ntwo\n\nTHREE\n")
    );
}

#[test]
fn the_same_edit_on_both_sides_is_taken_once() {
    let base = "a\nb\nc\n";
    let both = "a\nB\nc\n";
    assert_eq!(merge_texts(base, both, both), clean("a\nB\nc\n"));
}

#[test]
fn only_disk_changed_gives_the_disk_text() {
    assert_eq!(
        merge_texts("a\nb\n", "a\nb\n", "a\nb\nc\n"),
        clean("a\nb\nc\n")
    );
}

#[test]
fn lines_added_at_both_ends_merge_cleanly() {
    assert_eq!(
        merge_texts("m\n", "top\nm\n", "m\nbottom\n"),
        clean("top\nm\nbottom\n")
    );
}

#[test]
fn a_deletion_and_a_distant_edit_merge_cleanly() {
    let base = "a\nb\nc\nd\ne\n";
    let mine = "a\nc\nd\ne\n";
    let disk = "a\nb\nc\nd\nE\n";
    assert_eq!(merge_texts(base, mine, disk), clean("a\nc\nd\nE\n"));
}

#[test]
fn overlapping_edits_are_marked_as_git_marks_them() {
    let base = "a\nb\nc\n";
    let mine = "a\nmine\nc\n";
    let disk = "a\ntheirs\nc\n";
    assert_eq!(
        merge_texts(base, mine, disk),
        MergeOutcome::Conflicted {
            text: "a\n<<<<<<< mine\nmine\n=======\ntheirs\n>>>>>>> disk\nc\n".into(),
            conflicts: vec![ConflictRegion {
                start_line: 2,
                end_line: 6,
                base: "b\n".into(),
                mine: "mine\n".into(),
                disk: "theirs\n".into(),
            }],
        }
    );
}

#[test]
fn a_conflict_on_the_last_line_without_newline_keeps_markers_on_their_own_lines() {
    let outcome = merge_texts("a\nend", "a\nmine", "a\ntheirs");
    assert_eq!(
        outcome.text(),
        "a\n<<<<<<< mine\nmine\n=======\ntheirs\n>>>>>>> disk\n"
    );
}

#[test]
fn a_clean_change_and_a_conflict_in_one_text_report_only_the_conflict() {
    let base = "1\n2\n3\n4\n5\n";
    let mine = "1 mine\n2\n3\n4\n5\n";
    let disk = "1\n2\n3\n4\n5 disk\n";
    assert_eq!(
        merge_texts(base, mine, disk),
        clean("1 mine\n2\n3\n4\n5 disk\n")
    );

    let disk_overlapping = "1 disk\n2\n3\n4\n5 disk\n";
    let MergeOutcome::Conflicted { text, conflicts } = merge_texts(base, mine, disk_overlapping)
    else {
        panic!("expected a conflict");
    };
    assert_eq!(
        text,
        "<<<<<<< mine\n1 mine\n=======\n1 disk\n>>>>>>> disk\n2\n3\n4\n5 disk\n"
    );
    assert_eq!(conflicts.len(), 1);
    assert_eq!((conflicts[0].start_line, conflicts[0].end_line), (1, 5));
}

#[test]
fn crlf_line_endings_survive_a_clean_merge() {
    let base = "a\r\nb\r\nc\r\n";
    let mine = "A\r\nb\r\nc\r\n";
    let disk = "a\r\nb\r\nC\r\n";
    assert_eq!(merge_texts(base, mine, disk), clean("A\r\nb\r\nC\r\n"));
}

#[test]
fn empty_base_with_different_texts_is_one_conflict() {
    let outcome = merge_texts("", "mine\n", "disk\n");
    assert_eq!(
        outcome.text(),
        "<<<<<<< mine\nmine\n=======\ndisk\n>>>>>>> disk\n"
    );
}
