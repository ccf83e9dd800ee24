//! The front matter fields Hugo itself understands, and conventional fields themes use.

use super::{FieldSource, FieldSpec, FieldType};

/// Hugo's own front matter fields, in the order a metadata form shows them.
///
/// Types are what Hugo accepts; a few fields (menus, cascade) take several shapes and
/// are `any` so that no valid site gets a warning for them.
const HUGO_FIELDS: &[(&str, FieldType)] = &[
    ("title", FieldType::String),
    ("date", FieldType::Date),
    ("description", FieldType::Text),
    ("summary", FieldType::Text),
    ("draft", FieldType::Bool),
    ("slug", FieldType::String),
    ("url", FieldType::String),
    ("aliases", FieldType::List),
    ("weight", FieldType::Int),
    ("keywords", FieldType::List),
    ("publishDate", FieldType::Date),
    ("lastmod", FieldType::Date),
    ("expiryDate", FieldType::Date),
    ("linkTitle", FieldType::String),
    ("type", FieldType::String),
    ("layout", FieldType::String),
    ("params", FieldType::Map),
    ("cascade", FieldType::Any),
    ("build", FieldType::Map),
    ("outputs", FieldType::List),
    ("headless", FieldType::Bool),
    ("isCJKLanguage", FieldType::Bool),
    ("markup", FieldType::String),
    ("menus", FieldType::Any),
    ("menu", FieldType::Any),
    ("resources", FieldType::List),
    ("sitemap", FieldType::Map),
    ("translationKey", FieldType::String),
    ("images", FieldType::List),
    ("audio", FieldType::List),
    ("videos", FieldType::List),
    // Date aliases Hugo reads by default (`[frontmatter]` sources).
    ("pubdate", FieldType::Date),
    ("published", FieldType::Date),
    ("modified", FieldType::Date),
    ("unpublishdate", FieldType::Date),
];

/// Fields no Hugo code reads but that themes and writers use so widely that a typo
/// check must not call them unknown (`image` is one letter from Hugo's `images`).
const CONVENTIONAL_FIELDS: &[(&str, FieldType)] = &[
    ("image", FieldType::Image),
    ("author", FieldType::Any),
    ("authors", FieldType::List),
    ("toc", FieldType::Bool),
    ("math", FieldType::Bool),
    ("comments", FieldType::Bool),
    ("featured_image", FieldType::Image),
    ("thumbnail", FieldType::Image),
    ("cover", FieldType::Any),
];

/// The built-in fields for a site with these taxonomies (plural names, e.g. `tags`).
pub fn builtin_fields(taxonomies: &[String]) -> Vec<FieldSpec> {
    let mut fields: Vec<FieldSpec> = HUGO_FIELDS
        .iter()
        .map(|(name, ty)| FieldSpec::new(name, *ty, FieldSource::Hugo))
        .collect();
    for taxonomy in taxonomies {
        if fields.iter().any(|f| f.name.eq_ignore_ascii_case(taxonomy)) {
            continue;
        }
        let mut spec = FieldSpec::new(taxonomy, FieldType::List, FieldSource::Hugo);
        spec.taxonomy = true;
        spec.autocomplete = true;
        // Taxonomies right after the description, where writers expect them.
        let at = fields
            .iter()
            .position(|f| f.name == "draft")
            .unwrap_or(fields.len());
        fields.insert(at, spec);
    }
    // `series` is read by Hugo's internal Open Graph template even when it is not a taxonomy.
    if !fields.iter().any(|f| f.name == "series") {
        let mut spec = FieldSpec::new("series", FieldType::List, FieldSource::Hugo);
        spec.autocomplete = true;
        fields.push(spec);
    }
    for (name, ty) in CONVENTIONAL_FIELDS {
        fields.push(FieldSpec::new(name, *ty, FieldSource::Conventional));
    }
    for field in &mut fields {
        if matches!(field.name.as_str(), "images") {
            field.item = Some(FieldType::Image);
        }
        if matches!(field.name.as_str(), "keywords" | "authors") {
            field.autocomplete = true;
        }
    }
    fields
}

/// Hugo's default taxonomies when the site config declares none.
pub fn default_taxonomies() -> Vec<String> {
    vec!["tags".to_string(), "categories".to_string()]
}
