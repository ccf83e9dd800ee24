//! Criterion bench: one body search over the 10,000 posts of the workplace's
//! `gensite.py` (skipped when `../shared` or `INKSTONE_SHARED` is absent, like the index
//! bench), with an empty body cache (every file read) and a warm one (every file
//! `stat`ed); and over any site named by `INKSTONE_BENCH_SITE`.

use criterion::{criterion_group, criterion_main, Criterion};
use inkstone_core::search::{search_bodies, BodyCache};
use inkstone_core::site::Site;
use std::path::Path;

#[path = "support/gensite.rs"]
mod gensite;
use gensite::gensite;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The app's cache limit, so the warm figure is the app's.
const CACHE_BYTES: usize = 128 * 1024 * 1024;

/// A CJK word, a Latin word in every body (the worst case for snippets) and a Latin word in
/// none (the worst case for matching: every body is also searched for its full-width form).
const QUERIES: [&str; 3] = ["基礎", "Code", "Quixotic"];

fn bench_site(c: &mut Criterion, name: &str, root: &Path) {
    let site = Site::open(root).expect("site opens");
    let posts = site.posts().len();
    let mut group = c.benchmark_group("search_bodies");
    group.sample_size(10);
    for query in QUERIES {
        group.bench_function(format!("{posts} posts, {name}, {query}, cold cache"), |b| {
            b.iter(|| search_bodies(&site, query, &mut BodyCache::with_limit(CACHE_BYTES)));
        });
        let mut cache = BodyCache::with_limit(CACHE_BYTES);
        search_bodies(&site, query, &mut cache);
        group.bench_function(format!("{posts} posts, {name}, {query}, warm cache"), |b| {
            b.iter(|| search_bodies(&site, query, &mut cache));
        });
    }
    group.finish();
}

fn bench_search(c: &mut Criterion) {
    if let Some(generated) = gensite(10_000) {
        bench_site(c, "gensite.py", generated.path());
    }
    if let Some(site_dir) = std::env::var_os("INKSTONE_BENCH_SITE") {
        bench_site(c, "INKSTONE_BENCH_SITE", Path::new(&site_dir));
    }
}

criterion_group!(benches, bench_search);
criterion_main!(benches);
