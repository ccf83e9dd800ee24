//! Preview speed: a 50 KB post of mixed Chinese and English, our render against bare
//! pulldown-cmark `push_html` on the same text (target: under 2 ms, at most 2x).

use criterion::{criterion_group, criterion_main, Criterion};
use inkstone_core::render::{render_body, RenderOptions};
use pulldown_cmark::{html, Parser};
use std::hint::black_box;

#[path = "support/long_post.rs"]
mod long_post;

use long_post::{bare_options, long_post};

fn bench_render(c: &mut Criterion) {
    let post = long_post();
    let opts = RenderOptions::default();
    c.bench_function("render_body 50KB CJK+Latin (preview marks)", |b| {
        b.iter(|| render_body(black_box(&post), 14, &opts))
    });
    let plain = RenderOptions {
        preview_marks: false,
        ..RenderOptions::default()
    };
    c.bench_function("render_body 50KB CJK+Latin (Hugo HTML)", |b| {
        b.iter(|| render_body(black_box(&post), 14, &plain))
    });
    let options = bare_options();
    c.bench_function("pulldown-cmark push_html 50KB CJK+Latin", |b| {
        b.iter(|| {
            let mut out = String::with_capacity(post.len() * 2);
            html::push_html(&mut out, Parser::new_ext(black_box(&post), options));
            out
        })
    });
}

criterion_group!(benches, bench_render);
criterion_main!(benches);
