//! Criterion bench: opening (indexing) a site. Always a site of 1,000 posts written
//! here; then the 10,000-post site of the workplace's `gensite.py` (issue 3 asks for
//! `Site::open` under 0.3 s on it), generated into a temp folder when `../shared` (or
//! `INKSTONE_SHARED`) is there and skipped otherwise; and any site named by
//! `INKSTONE_BENCH_SITE`.

use criterion::{criterion_group, criterion_main, Criterion};
use inkstone_core::site::Site;
use std::fmt::Write as _;
use std::path::Path;

#[path = "support/gensite.rs"]
mod gensite;
use gensite::gensite;

const POSTS: usize = 1000;
const TAGS: [&str; 6] = ["AI", "開源 AI", "Rust", "雲端", "半導體", "Open Source"];

/// Writes a Hugo site shaped like the reference blog: YAML front matter, CJK body,
/// tags, categories, a series of three and a shortcode.
fn generate_site(root: &Path) -> std::io::Result<()> {
    std::fs::write(
        root.join("hugo.yaml"),
        "baseURL: https://example.org/\ntitle: Bench\ntimeZone: Asia/Taipei\ntaxonomies:\n  tag: tags\n  category: categories\n  series: series\n",
    )?;
    let posts = root.join("content/posts");
    std::fs::create_dir_all(&posts)?;
    let paragraph = "這是一段用來測量索引速度的中文段落，包含 Latin words 與標點。".repeat(12);
    for i in 0..POSTS {
        let mut text = String::with_capacity(8 * 1024);
        let day = i % 28 + 1;
        let month = i / 28 % 12 + 1;
        let _ = write!(
            text,
            "---\ntitle: \"第 {i} 篇：索引速度\"\ndate: 2025-{month:02}-{day:02}T09:00:00+08:00\ndescription: \"描述 {i}\"\ntags: [\"{}\", \"{}\"]\ncategories: [\"技術筆記\"]\nseries: [\"series-{}\"]\nimage: \"/images/posts/{i}.webp\"\ndraft: {}\n---\n\n{{{{< youtube vid{i:08} >}}}}\n\n",
            TAGS[i % TAGS.len()],
            TAGS[(i + 1) % TAGS.len()],
            i / 3,
            i % 50 == 0
        );
        for heading in 1..=5 {
            let _ = write!(text, "## 第 {heading} 節\n\n{paragraph}\n\n{paragraph}\n\n");
        }
        std::fs::write(
            posts.join(format!("2025{month:02}{day:02}-post-{i:05}.md")),
            text,
        )?;
    }
    Ok(())
}

/// Times `Site::open` on a large site: few samples, as each takes a good part of a second.
fn bench_large(c: &mut Criterion, name: &str, root: &Path) {
    let posts = Site::open(root).expect("site opens").posts().len();
    let mut group = c.benchmark_group("Site::open");
    group.sample_size(10);
    group.bench_function(format!("{posts} posts, {name}"), |b| {
        b.iter(|| Site::open(root).expect("site opens"));
    });
    group.finish();
}

fn bench_open(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    generate_site(dir.path()).expect("generate the bench site");
    c.bench_function("Site::open, 1000 posts", |b| {
        b.iter(|| {
            let site = Site::open(dir.path()).expect("site opens");
            assert_eq!(site.posts().len(), POSTS);
            site
        });
    });
    if let Some(generated) = gensite(10_000) {
        bench_large(c, "gensite.py", generated.path());
    }
    if let Some(site_dir) = std::env::var_os("INKSTONE_BENCH_SITE") {
        bench_large(c, "INKSTONE_BENCH_SITE", Path::new(&site_dir));
    }
}

criterion_group!(benches, bench_open);
criterion_main!(benches);
