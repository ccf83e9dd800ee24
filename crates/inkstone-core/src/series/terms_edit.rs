//! The series taxonomy's value after adding, removing or renaming one term, keeping the
//! shape the writer used (a scalar stays a scalar while it can) and every other term.

use serde_json::Value;

/// The value with `name` added: a missing field becomes `list_form ? [name] : name`; a
/// scalar holding another term becomes a list of both. `None`: already there.
pub fn with_term(current: Option<&Value>, name: &str, list_form: bool) -> Option<Value> {
    match current {
        None | Some(Value::Null) => Some(if list_form {
            Value::Array(vec![Value::from(name)])
        } else {
            Value::from(name)
        }),
        Some(Value::Array(items)) => {
            if items.iter().any(|item| same(item, name)) {
                return None;
            }
            let mut items = items.clone();
            items.push(Value::from(name));
            Some(Value::Array(items))
        }
        Some(other) if same(other, name) => None,
        Some(other) => Some(Value::Array(vec![other.clone(), Value::from(name)])),
    }
}

/// What the field should become without `name`: `Some(None)` to remove the field,
/// `Some(Some(v))` to write `v`, `None` when `name` is not there.
pub fn without_term(current: Option<&Value>, name: &str) -> Option<Option<Value>> {
    match current? {
        Value::Array(items) => {
            if !items.iter().any(|item| same(item, name)) {
                return None;
            }
            let kept: Vec<Value> = items
                .iter()
                .filter(|item| !same(item, name))
                .cloned()
                .collect();
            Some((!kept.is_empty()).then_some(Value::Array(kept)))
        }
        scalar if same(scalar, name) => Some(None),
        _ => None,
    }
}

/// The value with `old` renamed to `new` (a list keeps its other items, and does not
/// repeat `new`); `None` when `old` is not there.
pub fn renamed_term(current: Option<&Value>, old: &str, new: &str) -> Option<Value> {
    match current? {
        Value::Array(items) => {
            if !items.iter().any(|item| same(item, old)) {
                return None;
            }
            let mut renamed: Vec<Value> = Vec::new();
            for item in items {
                let item = if same(item, old) {
                    Value::from(new)
                } else {
                    item.clone()
                };
                if !renamed.contains(&item) {
                    renamed.push(item);
                }
            }
            Some(Value::Array(renamed))
        }
        scalar if same(scalar, old) => Some(Value::from(new)),
        _ => None,
    }
}

/// Terms compare as the model reads them: trimmed text, numbers as their digits.
fn same(value: &Value, name: &str) -> bool {
    match value {
        Value::String(s) => s.trim() == name,
        Value::Number(n) => n.to_string() == name,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn adding_keeps_the_shape_and_the_other_terms() {
        assert_eq!(with_term(None, "A", true), Some(json!(["A"])));
        assert_eq!(with_term(None, "A", false), Some(json!("A")));
        assert_eq!(
            with_term(Some(&json!("B")), "A", true),
            Some(json!(["B", "A"]))
        );
        assert_eq!(
            with_term(Some(&json!(["B"])), "A", false),
            Some(json!(["B", "A"]))
        );
        assert_eq!(with_term(Some(&json!(["A"])), "A", true), None);
        assert_eq!(with_term(Some(&json!("A ")), "A", true), None);
    }

    #[test]
    fn removing_the_last_term_removes_the_field() {
        assert_eq!(without_term(Some(&json!("A")), "A"), Some(None));
        assert_eq!(without_term(Some(&json!(["A"])), "A"), Some(None));
        assert_eq!(
            without_term(Some(&json!(["B", "A", "C"])), "A"),
            Some(Some(json!(["B", "C"])))
        );
        assert_eq!(without_term(Some(&json!("B")), "A"), None);
        assert_eq!(without_term(None, "A"), None);
    }

    #[test]
    fn renaming_keeps_a_scalar_scalar_and_does_not_repeat_a_term() {
        assert_eq!(renamed_term(Some(&json!("A")), "A", "Z"), Some(json!("Z")));
        assert_eq!(
            renamed_term(Some(&json!(["B", "A"])), "A", "Z"),
            Some(json!(["B", "Z"]))
        );
        assert_eq!(
            renamed_term(Some(&json!(["Z", "A"])), "A", "Z"),
            Some(json!(["Z"]))
        );
        assert_eq!(renamed_term(Some(&json!(["B"])), "A", "Z"), None);
    }
}
