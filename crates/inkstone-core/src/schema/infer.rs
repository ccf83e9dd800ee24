//! Inferring the fields a site uses but never declared, from its existing posts.

use super::{FieldSource, FieldSpec, FieldType, Schema};
use crate::check::date::parse_hugo_date;
use indexmap::IndexMap;
use serde_json::Value;
use std::collections::HashMap;

/// A value's shape, finer than its JSON type: strings are told apart by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Shape {
    Bool,
    Int,
    Number,
    Date,
    Url,
    Image,
    Line,
    Text,
    List,
    ListOfTables,
    Map,
}

/// Share of values that must agree before a field is given that type; a lone odd
/// post should not turn a URL field into plain text.
const AGREEMENT: f64 = 0.9;

/// Fewer values than this cannot overrule what a field's name says it holds.
const MIN_EVIDENCE: usize = 3;

/// A near-typo used by this many posts is a convention of the site, not a slip.
const DELIBERATE_USES: usize = 3;

#[derive(Default)]
struct KeyStats {
    spellings: HashMap<String, usize>,
    files: usize,
    shapes: HashMap<Shape, usize>,
}

/// The fields `posts` use that `known` does not describe, most used first.
///
/// A key one typo away from a known field and used by fewer than three posts is not
/// inferred: `descripton` stays unknown so the check can suggest `description`. Keys a
/// name alone explains (`source_url`, `related_people`) and keys many posts share are
/// deliberate, and are always inferred.
pub fn infer_fields<'a>(
    known: &Schema,
    posts: impl IntoIterator<Item = &'a IndexMap<String, Value>>,
) -> Vec<FieldSpec> {
    let mut stats: HashMap<String, KeyStats> = HashMap::new();
    for fields in posts {
        for (key, value) in fields {
            let lower = key.to_lowercase();
            if known.field(&lower).is_some() {
                continue;
            }
            let entry = stats.entry(lower).or_default();
            *entry.spellings.entry(key.clone()).or_default() += 1;
            entry.files += 1;
            if let Some(shape) = shape_of(value) {
                *entry.shapes.entry(shape).or_default() += 1;
            }
        }
    }
    let mut inferred: Vec<(usize, FieldSpec)> = stats
        .into_iter()
        .filter_map(|(lower, stat)| {
            let prior = type_from_name(&lower);
            let deliberate = prior.is_some() || stat.files >= DELIBERATE_USES;
            if !deliberate && known.suggest(&lower).is_some() {
                return None;
            }
            let name = most_common_spelling(&stat.spellings).unwrap_or(lower);
            let field_type = decide_type(prior, &stat.shapes);
            let mut spec = FieldSpec::new(&name, field_type, FieldSource::Inferred);
            spec.autocomplete = field_type == FieldType::List;
            Some((stat.files, spec))
        })
        .collect();
    inferred.sort_by(|(a_files, a), (b_files, b)| b_files.cmp(a_files).then(a.name.cmp(&b.name)));
    inferred.into_iter().map(|(_, spec)| spec).collect()
}

/// Every string value (or list item) of `field` across `posts`, with how many posts
/// use it, most used first: the autocomplete list of a form field.
pub fn values_in_use<'a>(
    posts: impl IntoIterator<Item = &'a IndexMap<String, Value>>,
    field: &str,
) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for fields in posts {
        let value = fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(field))
            .map(|(_, v)| v);
        match value {
            Some(Value::String(s)) => *counts.entry(s.as_str()).or_default() += 1,
            Some(Value::Array(items)) => {
                for item in items.iter().filter_map(Value::as_str) {
                    *counts.entry(item).or_default() += 1;
                }
            }
            _ => {}
        }
    }
    let mut values: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(v, n)| (v.to_string(), n))
        .collect();
    values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    values
}

/// What a key's name says about its values, for the conventions writers follow.
fn type_from_name(lower: &str) -> Option<FieldType> {
    if lower.starts_with("related_") || lower.starts_with("related-") {
        return Some(FieldType::List);
    }
    if lower.ends_with("_url")
        || lower.ends_with("-url")
        || lower.ends_with("url") && lower.len() > 3
    {
        return Some(FieldType::Url);
    }
    if lower.ends_with("_image")
        || lower.ends_with("-image")
        || lower.ends_with("image") && lower.len() > 5
    {
        return Some(FieldType::Image);
    }
    None
}

fn shape_of(value: &Value) -> Option<Shape> {
    Some(match value {
        Value::Null => return None,
        Value::Bool(_) => Shape::Bool,
        Value::Number(n) if n.is_i64() || n.is_u64() => Shape::Int,
        Value::Number(_) => Shape::Number,
        Value::String(s) => shape_of_string(s),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => Shape::List,
        Value::Array(_) => Shape::ListOfTables,
        Value::Object(_) => Shape::Map,
    })
}

fn shape_of_string(s: &str) -> Shape {
    let single_token = !s.is_empty() && !s.chars().any(char::is_whitespace);
    if single_token && (s.starts_with("https://") || s.starts_with("http://")) {
        Shape::Url
    } else if single_token && is_image_path(s) {
        Shape::Image
    } else if s.starts_with(|c: char| c.is_ascii_digit()) && parse_hugo_date(s).is_ok() {
        Shape::Date
    } else if s.contains('\n') || s.chars().count() > 100 {
        Shape::Text
    } else {
        Shape::Line
    }
}

/// Whether a path names an image file by its extension.
pub fn is_image_path(s: &str) -> bool {
    let path = s.split(['?', '#']).next().unwrap_or(s);
    let Some((_, ext)) = path.rsplit_once('.') else {
        return false;
    };
    matches!(
        ext.to_ascii_lowercase().as_str(),
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "svg" | "bmp" | "tif" | "tiff" | "ico"
    )
}

fn fits(prior: FieldType, shape: Shape) -> bool {
    match prior {
        FieldType::Url => shape == Shape::Url,
        FieldType::Image => shape == Shape::Image,
        FieldType::List => matches!(shape, Shape::List | Shape::Line),
        _ => false,
    }
}

fn decide_type(prior: Option<FieldType>, shapes: &HashMap<Shape, usize>) -> FieldType {
    let total: usize = shapes.values().sum();
    if total == 0 {
        return prior.unwrap_or(FieldType::String);
    }
    let share = |n: usize| n as f64 / total as f64;
    if let Some(prior) = prior {
        let fitting: usize = shapes
            .iter()
            .filter(|(s, _)| fits(prior, **s))
            .map(|(_, n)| n)
            .sum();
        // A name such as `source_url` is strong evidence: only a clear majority of
        // other values (over a few posts) overrules it.
        if share(fitting) >= 0.5 || total < MIN_EVIDENCE {
            return prior;
        }
    }
    let (top, top_count) = shapes
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| format!("{:?}", b.0).cmp(&format!("{:?}", a.0)))
        })
        .map(|(s, n)| (*s, *n))
        .unwrap_or((Shape::Line, 0));
    if share(top_count) >= AGREEMENT {
        return match top {
            Shape::Bool => FieldType::Bool,
            Shape::Int => FieldType::Int,
            Shape::Date => FieldType::Date,
            Shape::Url => FieldType::Url,
            Shape::Image => FieldType::Image,
            Shape::Line => FieldType::String,
            Shape::Text => FieldType::Text,
            Shape::List => FieldType::List,
            Shape::Map => FieldType::Map,
            Shape::Number | Shape::ListOfTables => FieldType::Any,
        };
    }
    let count = |wanted: &[Shape]| -> usize {
        shapes
            .iter()
            .filter(|(s, _)| wanted.contains(s))
            .map(|(_, n)| n)
            .sum()
    };
    let strings = [
        Shape::Line,
        Shape::Text,
        Shape::Url,
        Shape::Image,
        Shape::Date,
    ];
    if count(&strings) == total {
        return if count(&[Shape::Text]) > 0 {
            FieldType::Text
        } else {
            FieldType::String
        };
    }
    if share(count(&[Shape::List, Shape::Line])) >= AGREEMENT {
        return FieldType::List;
    }
    FieldType::Any
}

fn most_common_spelling(spellings: &HashMap<String, usize>) -> Option<String> {
    spellings
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::hugo_fields::builtin_fields;
    use serde_json::json;

    fn post(value: Value) -> IndexMap<String, Value> {
        match value {
            Value::Object(map) => map.into_iter().collect(),
            _ => IndexMap::new(),
        }
    }

    fn infer(posts: &[IndexMap<String, Value>]) -> Vec<(String, FieldType)> {
        let known = Schema::from_fields(builtin_fields(&["tags".into(), "categories".into()]));
        infer_fields(&known, posts)
            .into_iter()
            .map(|f| (f.name, f.field_type))
            .collect()
    }

    #[test]
    fn the_reference_post_fields_are_understood_from_a_single_post() {
        let posts = [post(json!({
            "title": "t", "image": "/images/posts/a.webp",
            "source_url": "https://www.youtube.com/watch?v=x", "source_name": "Summit",
            "related_companies": ["openai"], "related_people": ["sam-altman"],
        }))];
        assert_eq!(
            infer(&posts),
            [
                ("related_companies".to_string(), FieldType::List),
                ("related_people".into(), FieldType::List),
                ("source_name".into(), FieldType::String),
                ("source_url".into(), FieldType::Url)
            ]
        );
    }

    #[test]
    fn a_field_that_is_a_url_in_nine_posts_out_of_ten_is_a_url() {
        let mut posts: Vec<_> = (0..9)
            .map(|i| post(json!({ "canonical": format!("https://a.example/{i}") })))
            .collect();
        posts.push(post(json!({ "canonical": "see above" })));
        assert_eq!(infer(&posts), [("canonical".to_string(), FieldType::Url)]);
    }

    #[test]
    fn a_typo_of_a_known_field_is_not_inferred_even_when_repeated() {
        let posts = [
            post(json!({ "descripton": "a" })),
            post(json!({ "descripton": "b" })),
        ];
        assert_eq!(infer(&posts), []);
    }

    #[test]
    fn values_in_use_counts_list_items_and_scalars() {
        let posts = [
            post(json!({ "related_people": ["a", "b"] })),
            post(json!({ "related_people": "a" })),
        ];
        assert_eq!(
            values_in_use(&posts, "related_people"),
            [("a".to_string(), 2), ("b".to_string(), 1)]
        );
    }
}
