//! Fuzz target: split, parse and edit arbitrary text; never panic, and every edit
//! that succeeds must re-parse with the field set or removed.
#![no_main]

use inkstone_core::front_matter::{read, set_field, unset_field};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The first line of the input doubles as the key and value to write, so the
    // fuzzer explores awkward keys and values as well as awkward files.
    let first_line = text.lines().next().unwrap_or("");
    let key = if first_line.is_empty() {
        "title"
    } else {
        first_line
    };
    let values = [
        json!(first_line),
        json!([first_line, "標題"]),
        json!(true),
        json!({ "k": first_line }),
    ];
    let Ok((_, before)) = read(text) else {
        return;
    };
    for value in values {
        if let Ok(edited) = set_field(text, key, &value) {
            let (_, after) = read(&edited).expect("an edited file parses");
            assert_eq!(after.fields.get(key), Some(&value));
            assert_eq!(
                after.fields.len(),
                before.fields.len() + usize::from(!before.fields.contains_key(key))
            );
        }
    }
    if let Ok(edited) = unset_field(text, key) {
        let (_, after) = read(&edited).expect("an edited file parses");
        assert!(!after.fields.contains_key(key));
    }
});
