//! Opt-in proofs over real and generated sites (`cargo test -p inkstone-core --test
//! check_corpus -- --ignored`): sites Hugo builds cleanly get no errors. They need the
//! workplace's `../shared` folder (or `INKSTONE_SHARED`) and skip without it.

use inkstone_core::check::{check_file, check_site, Severity};
use inkstone_core::site::Site;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("INKSTONE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    dir.is_dir().then_some(dir)
}

fn generated_site(posts: usize) -> Option<(tempfile::TempDir, Site)> {
    let tool = shared()?.join("tools/gensite.py");
    let dir = tempfile::tempdir().ok()?;
    let made = Command::new("python3")
        .arg(&tool)
        .arg(dir.path())
        .arg(posts.to_string())
        .output()
        .ok()?;
    assert!(
        made.status.success(),
        "gensite failed: {}",
        String::from_utf8_lossy(&made.stderr)
    );
    let site = Site::open(dir.path()).expect("the generated site opens");
    Some((dir, site))
}

#[test]
#[ignore = "needs ../shared/corpora/hugodocs"]
fn hugo_docs_get_no_errors_except_for_the_images_the_corpus_left_out() {
    let Some(root) = shared().map(|s| s.join("corpora/hugodocs")) else {
        return;
    };
    let site = Site::open(&root).expect("hugodocs opens");
    let report = check_site(&site);
    let errors: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && d.code != "image-missing")
        .map(|d| d.to_text_line())
        .collect();
    eprintln!("hugodocs: {:?}", report.summary);
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
#[ignore = "needs ../shared/tools/gensite.py"]
fn a_generated_site_of_1000_posts_has_no_diagnostics() {
    let Some((_dir, site)) = generated_site(1000) else {
        return;
    };
    let report = check_site(&site);
    assert_eq!(report.diagnostics, []);
    assert_eq!(report.summary.files, 1000);
}

/// Prints how long `check_file` takes on a typical post of a site of
/// `INKSTONE_CHECK_POSTS` posts (default 1000); no assertion on time.
#[test]
#[ignore = "needs ../shared/tools/gensite.py; prints timings"]
fn check_file_timing_on_a_generated_site() {
    let posts = std::env::var("INKSTONE_CHECK_POSTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let Some((_dir, site)) = generated_site(posts) else {
        return;
    };
    let post = &site.posts()[posts / 2];
    let path = post.summary.path.clone();
    let text = site.read_post(post).expect("the post reads").text;
    assert_eq!(check_file(&site, &path, &text), []);
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        assert_eq!(check_file(&site, &path, &text), []);
    }
    eprintln!(
        "check_file: {:?} per call over {runs} calls",
        start.elapsed() / runs
    );
}
