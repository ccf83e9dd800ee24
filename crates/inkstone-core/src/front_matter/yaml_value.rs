//! Reading one value typed as YAML (`'["AI","Rust"]'`, `false`, `"標題"`) as JSON.

use super::error::FrontMatterError;
use super::split::Format;
use serde_json::Value;

/// The value `text` means in YAML; dates stay text exactly as typed. An empty text is
/// the empty string rather than YAML's null, which is what a writer clearing a field
/// means (type `null` for null).
pub fn yaml_value(text: &str) -> Result<Value, FrontMatterError> {
    if text.is_empty() {
        return Ok(Value::String(String::new()));
    }
    serde_norway::from_str::<Value>(text).map_err(|error| {
        let (line, column) = error
            .location()
            .map_or((1, 1), |at| (at.line(), at.column()));
        let message = error.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        FrontMatterError::Syntax {
            format: Format::Yaml,
            message,
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_values_become_json_with_dates_as_text() {
        assert_eq!(yaml_value(r#"["AI","Rust"]"#), Ok(json!(["AI", "Rust"])));
        assert_eq!(yaml_value("false"), Ok(json!(false)));
        assert_eq!(yaml_value("\"標題\""), Ok(json!("標題")));
        assert_eq!(
            yaml_value("2026-02-06T09:00:00+08:00"),
            Ok(json!("2026-02-06T09:00:00+08:00"))
        );
        assert_eq!(yaml_value(""), Ok(json!("")));
        assert!(yaml_value("[a").is_err());
    }
}
