//! Watcher latency on a large site, from a file write to the index having taken it in:
//! median and 95th percentile, printed. Ignored by default (it needs a generated site):
//!
//! `INKSTONE_BENCH_SITE=DIR cargo test -p inkstone-core --release --test watch_index_latency -- --ignored --nocapture`
//!
//! `DIR` is a copy of a site from `gensite.py` (10,000 posts); the test edits its posts.

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use inkstone_core::site::Site;
use inkstone_core::watch::{ChangeKind, SiteWatcher};

/// Edits timed; each waits for its own batch, as a writer saving in another editor would.
const EDITS: usize = 60;

#[test]
#[ignore = "needs INKSTONE_BENCH_SITE: a generated site of 10,000 posts"]
fn watcher_latency_from_write_to_the_index_holding_it_on_a_large_site() {
    let Some(dir) = std::env::var_os("INKSTONE_BENCH_SITE").map(PathBuf::from) else {
        panic!("set INKSTONE_BENCH_SITE to a generated site folder");
    };
    let opened = Instant::now();
    let site = Arc::new(Mutex::new(Site::open(&dir).expect("the site opens")));
    let posts: Vec<String> = {
        let site = site.lock().expect("site");
        site.posts()
            .iter()
            .map(|p| p.summary.path.clone())
            .collect()
    };
    println!("{} posts indexed in {:?}", posts.len(), opened.elapsed());
    let (tx, rx) = mpsc::channel::<(Vec<String>, Instant)>();
    let index = site.clone();
    let started = Instant::now();
    let root = site.lock().expect("site").root().to_path_buf();
    let config = site.lock().expect("site").config().clone();
    let watcher = SiteWatcher::start(&root, Some(&config), &[], move |changes| {
        let mut site = index.lock().expect("site");
        let mut paths = Vec::new();
        for change in changes {
            if !matches!(change.kind, ChangeKind::Removed) {
                let _ = site.refresh_file(&change.path);
            }
            paths.push(change.path);
        }
        let _ = tx.send((paths, Instant::now()));
    })
    .expect("the watcher starts");
    println!(
        "watcher started in {:?} ({:?})",
        started.elapsed(),
        watcher.mode()
    );
    let mut latencies = Vec::with_capacity(EDITS);
    for i in 0..EDITS {
        let rel = &posts[(i * 7919) % posts.len()];
        let path = root.join(rel);
        let mut text = std::fs::read_to_string(&path).expect("read post");
        text.push_str(&format!("\nEdited by the latency test, round {i}.\n"));
        let written = Instant::now();
        std::fs::write(&path, &text).expect("write post");
        loop {
            let (paths, at) = rx
                .recv_timeout(Duration::from_secs(10))
                .expect("a batch arrives");
            if paths.iter().any(|p| p == rel) {
                latencies.push(at.duration_since(written));
                break;
            }
        }
        let site = site.lock().expect("site");
        // The index keeps heads only: the refreshed entry must read back the new text.
        let post = site.post(rel).expect("still indexed");
        let file = site.read_post(post).expect("readable");
        assert!(file.text.contains(&format!("round {i}.")));
    }
    latencies.sort();
    let median = latencies[latencies.len() / 2];
    let p95 = latencies[(latencies.len() * 95).div_ceil(100) - 1];
    println!(
        "watch latency over {EDITS} edits of {} posts: median {:?}, p95 {:?} (debounce {:?})",
        posts.len(),
        median,
        p95,
        inkstone_core::watch::DEBOUNCE
    );
}
