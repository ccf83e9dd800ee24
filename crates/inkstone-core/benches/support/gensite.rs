//! The benches' large site: the workplace's `gensite.py`, run into a temp folder when
//! `../shared` (or `INKSTONE_SHARED`) is there; without it the large-site benches skip.

use std::path::PathBuf;
use std::process::Command;

/// The workplace's shared folder beside the repository, when it is there.
fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("INKSTONE_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    dir.is_dir().then_some(dir)
}

/// `gensite.py OUT 10000` into a temp folder; `None` (and a note) without `../shared`.
pub fn gensite(posts: usize) -> Option<tempfile::TempDir> {
    let Some(tool) = shared().map(|s| s.join("tools/gensite.py")) else {
        eprintln!("no ../shared: skipping the gensite.py site of {posts} posts");
        return None;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let made = Command::new("python3")
        .arg(&tool)
        .arg(dir.path())
        .arg(posts.to_string())
        .output()
        .expect("python3 runs");
    assert!(
        made.status.success(),
        "gensite.py failed: {}",
        String::from_utf8_lossy(&made.stderr)
    );
    Some(dir)
}
