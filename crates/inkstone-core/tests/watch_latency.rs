//! Watcher latency on a large generated site, reported rather than asserted (no
//! timing assertions): median and 95th percentile from an external edit to its batch,
//! and how a 10,000-file rewrite is batched.
//!
//! Run on a site made by `gensite.py OUT 10000` (it is edited in place):
//! `INKSTONE_LATENCY_SITE=OUT cargo test -p inkstone-core --release --test watch_latency -- --ignored --nocapture`

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use inkstone_core::watch::{SiteChange, SiteWatcher, WatchMode};

const PATIENCE: Duration = Duration::from_secs(60);
const SAMPLES: usize = 200;

#[test]
#[ignore = "needs a generated site: set INKSTONE_LATENCY_SITE"]
fn watcher_latency_on_a_generated_site() {
    let Ok(site) = std::env::var("INKSTONE_LATENCY_SITE") else {
        eprintln!("INKSTONE_LATENCY_SITE is not set; nothing measured");
        return;
    };
    let root = fs::canonicalize(Path::new(&site)).expect("site folder");
    let mut posts: Vec<String> = fs::read_dir(root.join("content/posts"))
        .expect("content/posts")
        .flatten()
        .filter_map(|entry| {
            entry
                .file_name()
                .to_str()
                .map(|n| format!("content/posts/{n}"))
        })
        .filter(|rel| rel.ends_with(".md"))
        .collect();
    posts.sort();

    let (sender, receiver) = channel::<Vec<SiteChange>>();
    let started = Instant::now();
    let watcher = SiteWatcher::start(&root, None, &[], move |batch| {
        let _ = sender.send(batch);
    })
    .expect("watcher");
    println!(
        "{} posts; watcher ready in {:?}; mode {:?}",
        posts.len(),
        started.elapsed(),
        watcher.mode()
    );
    assert_eq!(watcher.mode(), WatchMode::Native);

    let mut latencies = Vec::with_capacity(SAMPLES);
    for sample in 0..SAMPLES {
        let rel = &posts[(sample * 48_271) % posts.len()];
        let path = root.join(rel);
        let mut text = fs::read_to_string(&path).expect("post");
        text.push_str("\nOne more line.\n");
        let written = Instant::now();
        fs::write(&path, text).expect("edit");
        loop {
            let batch = receiver.recv_timeout(PATIENCE).expect("change arrives");
            if batch.iter().any(|change| &change.path == rel) {
                latencies.push(written.elapsed());
                break;
            }
        }
    }
    latencies.sort();
    println!(
        "single edit → batch: median {:?}, p95 {:?}, max {:?} ({SAMPLES} samples)",
        latencies[SAMPLES / 2],
        latencies[SAMPLES * 95 / 100],
        latencies[SAMPLES - 1]
    );

    // A checkout-sized rewrite: every post changes at once.
    let rewrite_started = Instant::now();
    for rel in &posts {
        let path = root.join(rel);
        let mut text = fs::read_to_string(&path).expect("post");
        text.push('\n');
        fs::write(&path, text).expect("rewrite");
    }
    let written_in = rewrite_started.elapsed();
    let mut pending: HashSet<&String> = posts.iter().collect();
    let mut batches = 0;
    while !pending.is_empty() {
        let batch = receiver.recv_timeout(PATIENCE).expect("rewrite arrives");
        batches += 1;
        for change in &batch {
            pending.remove(&change.path);
        }
    }
    println!(
        "{} files rewritten in {written_in:?}; all reported {:?} after the first write, in {batches} batches",
        posts.len(),
        rewrite_started.elapsed()
    );
}
