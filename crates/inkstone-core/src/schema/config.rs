//! The site's optional `inkstone.yaml`: field declarations and, later, series settings.

use super::{FieldSource, FieldSpec, FieldType, SchemaError};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The file name, at the site root.
pub const CONFIG_FILE_NAME: &str = "inkstone.yaml";

/// Larger than any hand-written config; refusing beyond it keeps a stray binary cheap.
const MAX_CONFIG_BYTES: usize = 1024 * 1024;

/// `inkstone.yaml` as written. Unknown top-level sections are kept, not rejected, so
/// that settings added by later versions (series) do not break older ones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InkstoneConfig {
    #[serde(default)]
    pub fields: IndexMap<String, FieldConfig>,
    #[serde(flatten)]
    pub other: IndexMap<String, serde_json::Value>,
}

/// One entry under `fields:`. Unknown keys are rejected so a typo such as
/// `max_lenght` does not silently disable a check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldConfig {
    #[serde(rename = "type")]
    pub field_type: Option<FieldType>,
    pub item: Option<FieldType>,
    #[serde(default)]
    pub required: bool,
    pub min_length: Option<u32>,
    pub max_length: Option<u32>,
    pub pattern: Option<String>,
    #[serde(default)]
    pub values: Vec<String>,
    pub default: Option<serde_json::Value>,
    #[serde(rename = "ref")]
    pub ref_to: Option<RefConfig>,
    pub autocomplete: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefConfig {
    /// `posts`, or `data/<file>` for the keys of a data file.
    pub to: String,
}

impl InkstoneConfig {
    /// Reads `inkstone.yaml` from the site root; a site without one gets the default.
    pub fn load(site_root: &Path) -> Result<InkstoneConfig, SchemaError> {
        let path = site_root.join(CONFIG_FILE_NAME);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(InkstoneConfig::default())
            }
            Err(source) => return Err(SchemaError::Read { path, source }),
        };
        if bytes.len() > MAX_CONFIG_BYTES || bytes.contains(&0) {
            return Err(SchemaError::NotUtf8 { path });
        }
        let text =
            String::from_utf8(bytes).map_err(|_| SchemaError::NotUtf8 { path: path.clone() })?;
        InkstoneConfig::parse(&text, &path)
    }

    /// Parses and validates the text of an `inkstone.yaml`; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<InkstoneConfig, SchemaError> {
        if text.trim().is_empty() {
            return Ok(InkstoneConfig::default());
        }
        let config: InkstoneConfig =
            serde_norway::from_str(text).map_err(|e| yaml_error(&e, path))?;
        for (name, field) in &config.fields {
            field.validate(name, path)?;
        }
        Ok(config)
    }
}

fn yaml_error(error: &serde_norway::Error, path: &Path) -> SchemaError {
    let (line, column) = error
        .location()
        .map(|l| (l.line() as u32, l.column() as u32))
        .unwrap_or((1, 1));
    let mut message = error.to_string();
    // The library appends its own position; ours is already in front of the message.
    if let Some(at) = message.find(" at line ") {
        message.truncate(at);
    }
    SchemaError::Yaml {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

impl FieldConfig {
    fn validate(&self, name: &str, path: &Path) -> Result<(), SchemaError> {
        let invalid = |problem: String| SchemaError::InvalidField {
            path: PathBuf::from(path),
            field: name.to_string(),
            problem,
        };
        if let Some(pattern) = &self.pattern {
            if let Err(e) = regex::Regex::new(pattern) {
                return Err(invalid(format!(
                    "`pattern` is not a valid regular expression ({e}); fix or remove it"
                )));
            }
        }
        if self.field_type == Some(FieldType::Enum) && self.values.is_empty() {
            return Err(invalid(
                "an `enum` needs its `values`; add `values: [first, second]`".to_string(),
            ));
        }
        if self.field_type == Some(FieldType::Ref) && self.ref_to.is_none() {
            return Err(invalid(
                "a `ref` needs to know what it points at; add `ref: {to: posts}`".to_string(),
            ));
        }
        if let Some(to) = self.ref_to.as_ref().map(|r| r.to.as_str()) {
            if to != "posts" && !to.starts_with("data/") {
                return Err(invalid(format!(
                    "`ref.to` is `{to}`; use `posts` or `data/<file>`"
                )));
            }
        }
        if let (Some(min), Some(max)) = (self.min_length, self.max_length) {
            if min > max {
                return Err(invalid(format!(
                    "`min_length` ({min}) is larger than `max_length` ({max}); swap them"
                )));
            }
        }
        Ok(())
    }

    /// The field this declaration describes; what it leaves out is taken from the
    /// field it refines (Hugo's or the inferred one), so `title: {max_length: 70}`
    /// keeps `title` a string.
    pub fn to_spec(&self, name: &str, base: Option<&FieldSpec>) -> FieldSpec {
        let field_type =
            self.field_type
                .or(base.map(|b| b.field_type))
                .unwrap_or(if self.ref_to.is_some() {
                    FieldType::Ref
                } else {
                    FieldType::String
                });
        let mut spec = match base {
            Some(base) => FieldSpec {
                field_type,
                ..base.clone()
            },
            None => FieldSpec::new(name, field_type, FieldSource::Site),
        };
        spec.source = match base.map(|b| b.source) {
            Some(FieldSource::Hugo) => FieldSource::Hugo,
            _ => FieldSource::Site,
        };
        spec.item = self.item.or(spec.item);
        spec.required = self.required;
        spec.min_length = self.min_length;
        spec.max_length = self.max_length;
        spec.pattern = self.pattern.clone();
        spec.values = self.values.clone();
        spec.default = self.default.clone();
        spec.ref_to = self.ref_to.as_ref().map(|r| r.to.clone());
        spec.autocomplete = self
            .autocomplete
            .unwrap_or(spec.autocomplete || matches!(field_type, FieldType::List | FieldType::Ref));
        spec
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<InkstoneConfig, SchemaError> {
        InkstoneConfig::parse(text, Path::new("inkstone.yaml"))
    }

    #[test]
    fn fields_keep_their_declared_order_and_constraints() {
        let config = parse(
            "fields:\n  description: {type: text, max_length: 160}\n  level: {type: enum, values: [intro, deep]}\n",
        )
        .expect("valid config");
        let names: Vec<&str> = config.fields.keys().map(String::as_str).collect();
        assert_eq!(names, ["description", "level"]);
        assert_eq!(config.fields["description"].max_length, Some(160));
    }

    #[test]
    fn unknown_sections_are_kept_for_later_features() {
        let config = parse("series:\n  block_heading: 系列文\n").expect("valid config");
        assert!(config.other.contains_key("series"));
    }

    #[test]
    fn a_misspelled_constraint_is_an_error_with_its_line() {
        let err = parse("fields:\n  title:\n    max_lenght: 70\n").expect_err("typo");
        assert_eq!(err.code(), "config-syntax");
        assert_eq!(err.line(), 3);
        assert!(err.to_string().starts_with("inkstone.yaml:3:"), "{err}");
    }

    #[test]
    fn an_enum_without_values_is_refused_with_the_fix() {
        let err = parse("fields:\n  level: {type: enum}\n").expect_err("no values");
        assert_eq!(
            err.to_string(),
            "inkstone.yaml: field `level`: an `enum` needs its `values`; add `values: [first, second]`"
        );
    }

    #[test]
    fn a_bad_pattern_is_refused() {
        let err = parse("fields:\n  slug: {pattern: '([a-z'}\n").expect_err("bad regex");
        assert_eq!(err.code(), "config-field-invalid");
    }
}
