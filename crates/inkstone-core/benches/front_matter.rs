//! Benchmarks: parsing and editing the front matter of a reference-shaped post.
//!
//! `read` runs for every post when a site is indexed (10,000 posts on big sites),
//! so it should stay well under 50 µs for a 12-line YAML block.

use criterion::{criterion_group, criterion_main, Criterion};
use inkstone_core::front_matter::{read, set_field, split};
use serde_json::json;
use std::hint::black_box;

const POST: &str = include_str!("../tests/fixtures/front_matter/reference-shaped.md");
const TOML_POST: &str = "+++\ntitle = \"山間小鎮的三個早晨\"\ndate = 2026-03-14T08:30:00+08:00\ntags = [\"慢旅行\", \"攝影\"]\ndraft = false\n+++\nBody\n";

fn front_matter(c: &mut Criterion) {
    c.bench_function("split reference post", |b| {
        b.iter(|| split(black_box(POST)))
    });
    c.bench_function("read reference post (12-line YAML)", |b| {
        b.iter(|| read(black_box(POST)))
    });
    c.bench_function("read TOML post", |b| b.iter(|| read(black_box(TOML_POST))));
    let title = json!("小鎮早晨");
    c.bench_function("set_field title", |b| {
        b.iter(|| set_field(black_box(POST), "title", &title))
    });
    let tags = json!(["慢旅行", "AI", "Rust"]);
    c.bench_function("set_field tags (flow list)", |b| {
        b.iter(|| set_field(black_box(POST), "tags", &tags))
    });
}

criterion_group!(benches, front_matter);
criterion_main!(benches);
