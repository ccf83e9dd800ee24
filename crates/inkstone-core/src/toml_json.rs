//! TOML values as JSON values, so TOML front matter and TOML site config share one value model.

use serde_json::Value;

/// Converts a TOML value; dates keep their TOML text form, which the date checks parse later.
pub(crate) fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(n) => Value::from(n),
        // JSON has no NaN or infinity: such a float becomes null rather than failing the file.
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(k, v)| (k, toml_to_json(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::toml_to_json;
    use serde_json::json;

    #[test]
    fn nested_tables_arrays_and_dates_convert() {
        let value: toml::Value = toml::from_str(
            "title = \"t\"\nn = 3\nf = 1.5\nok = true\nwhen = 2024-05-01T10:00:00+08:00\n[params]\ntags = [\"a\", \"b\"]\n",
        )
        .unwrap();
        assert_eq!(
            toml_to_json(value),
            json!({"title": "t", "n": 3, "f": 1.5, "ok": true,
                   "when": "2024-05-01T10:00:00+08:00", "params": {"tags": ["a", "b"]}})
        );
    }

    #[test]
    fn a_nan_float_becomes_null() {
        assert_eq!(
            toml_to_json(toml::Value::Float(f64::NAN)),
            serde_json::Value::Null
        );
    }
}
