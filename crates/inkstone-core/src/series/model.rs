//! The series of a site: posts grouped by their series term, in order, with their
//! part numbers, drafts, gaps and duplicate order numbers, and first and last dates.

use super::fields::{order_number, terms};
use super::settings::SeriesSettings;
use crate::site::{Post, Site};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// One part of a series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeriesPost {
    /// Relative to the site root, `/`-separated.
    pub path: String,
    pub title: String,
    /// 1-based position in the series.
    pub part: usize,
    /// The explicit order number, when the post has one.
    #[ts(type = "number | null")]
    pub order: Option<i64>,
    pub draft: bool,
    pub date: Option<String>,
    pub url: String,
    pub lang: String,
}

/// How a series' parts are ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "by", content = "field", rename_all = "camelCase")]
pub enum OrderedBy {
    /// An explicit per-post field (its name); posts without it come last, by date.
    Field(String),
    Date,
}

/// All posts of one language that share a series term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Series {
    pub name: String,
    pub lang: String,
    pub ordered_by: OrderedBy,
    pub posts: Vec<SeriesPost>,
    /// Order numbers missing between the lowest and highest one.
    #[ts(type = "Array<number>")]
    pub gaps: Vec<i64>,
    /// Order numbers that more than one post carries.
    #[ts(type = "Array<number>")]
    pub duplicates: Vec<i64>,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

impl Series {
    /// The part a post of this series is, by its path.
    pub fn part_of(&self, path: &str) -> Option<&SeriesPost> {
        self.posts.iter().find(|p| p.path == path)
    }
}

/// Every series of the site, sorted by name then language.
pub fn build_series(site: &Site, settings: &SeriesSettings) -> Vec<Series> {
    let mut groups: BTreeMap<(String, String), Vec<&Post>> = BTreeMap::new();
    for post in site.posts() {
        for name in terms(&post.front_matter, &settings.taxonomy) {
            groups
                .entry((name, post.summary.lang.clone()))
                .or_default()
                .push(post);
        }
    }
    groups
        .into_iter()
        .map(|((name, lang), posts)| one_series(name, lang, posts, settings))
        .collect()
}

fn one_series(name: String, lang: String, posts: Vec<&Post>, settings: &SeriesSettings) -> Series {
    let order_fields = settings.order_fields();
    let field_in_use = order_fields
        .iter()
        .find(|key| {
            posts
                .iter()
                .any(|p| order_number(&p.front_matter, key).is_some())
        })
        .map(|key| key.to_string());
    let mut keyed: Vec<(Option<i64>, &Post)> = posts
        .into_iter()
        .map(|p| {
            (
                field_in_use
                    .as_deref()
                    .and_then(|k| order_number(&p.front_matter, k)),
                p,
            )
        })
        .collect();
    // Explicit numbers first; then by date, undated last; the path breaks ties so
    // the order never depends on how the folder was read.
    keyed.sort_by(|(a_order, a), (b_order, b)| {
        let key = |order: &Option<i64>, p: &Post| {
            (
                order.is_none(),
                *order,
                p.timestamp().is_none(),
                p.timestamp(),
                p.summary.path.clone(),
            )
        };
        key(a_order, a).cmp(&key(b_order, b))
    });
    let numbers: Vec<i64> = keyed.iter().filter_map(|(order, _)| *order).collect();
    let dated = keyed
        .iter()
        .filter_map(|(_, p)| Some((p.timestamp()?, p.summary.date.clone()?)));
    let first_date = dated.clone().min_by_key(|(t, _)| *t).map(|(_, d)| d);
    let last_date = dated.max_by_key(|(t, _)| *t).map(|(_, d)| d);
    Series {
        posts: keyed
            .iter()
            .enumerate()
            .map(|(i, (order, p))| SeriesPost {
                path: p.summary.path.clone(),
                title: p.summary.title.clone(),
                part: i + 1,
                order: *order,
                draft: p.front_matter.is_true("draft"),
                date: p.summary.date.clone(),
                url: p.summary.url.clone(),
                lang: p.summary.lang.clone(),
            })
            .collect(),
        name,
        lang,
        ordered_by: field_in_use.map_or(OrderedBy::Date, OrderedBy::Field),
        gaps: gaps(&numbers),
        duplicates: duplicates(&numbers),
        first_date,
        last_date,
    }
}

/// `numbers` is sorted.
fn gaps(numbers: &[i64]) -> Vec<i64> {
    let mut missing = Vec::new();
    for pair in numbers.windows(2) {
        // A huge jump (weight 10, 20, 30) is a spacing style, not missing parts.
        if pair[1] - pair[0] > 1 && pair[1] - pair[0] <= 100 {
            missing.extend(pair[0] + 1..pair[1]);
        }
    }
    missing
}

fn duplicates(numbers: &[i64]) -> Vec<i64> {
    let mut seen = Vec::new();
    for pair in numbers.windows(2) {
        if pair[0] == pair[1] && seen.last() != Some(&pair[0]) {
            seen.push(pair[0]);
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_list_each_missing_number_between_neighbours() {
        assert_eq!(gaps(&[1, 2, 5, 6]), vec![3, 4]);
        assert_eq!(gaps(&[1, 2, 3]), Vec::<i64>::new());
    }

    #[test]
    fn duplicates_list_each_repeated_number_once() {
        assert_eq!(duplicates(&[1, 2, 2, 2, 3, 3]), vec![2, 3]);
    }
}
