//! Opt-in: index the Hugo documentation site, a large real corpus kept outside the repo.
//!
//! Run with `INKSTONE_CORPORA=/path/to/corpora cargo test -p inkstone-core --test
//! site_hugodocs -- --ignored`; without the corpus the test passes without checking.

use inkstone_core::site::Site;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("INKSTONE_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora")
        })
        .join("hugodocs");
    dir.is_dir().then_some(dir)
}

fn markdown_files(dir: &Path, root: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("readable corpus").flatten() {
        let path = entry.path();
        if path.is_dir() {
            markdown_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            let rel = path.strip_prefix(root).expect("inside root");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
#[ignore = "needs the hugodocs corpus (set INKSTONE_CORPORA)"]
fn hugodocs_every_markdown_file_is_indexed_without_problems() {
    let Some(root) = corpus() else {
        eprintln!("hugodocs corpus not found: nothing checked");
        return;
    };
    let site = Site::open(&root).expect("the Hugo docs open");
    assert_eq!(site.problems(), &[], "no bogus problems");
    let indexed: HashSet<&str> = site
        .posts()
        .iter()
        .map(|p| p.summary.path.as_str())
        .collect();
    let mut files = Vec::new();
    markdown_files(&root.join("content/en"), &root, &mut files);
    // Markdown inside a leaf bundle (beside an index.md) is a resource, not a page.
    let missing: Vec<&String> = files
        .iter()
        .filter(|f| !indexed.contains(f.as_str()))
        .filter(|f| {
            let folder = Path::new(f.as_str()).parent().map(|p| root.join(p));
            !folder.is_some_and(|d| d.join("index.md").is_file())
        })
        .collect();
    assert_eq!(missing, Vec::<&String>::new());
    assert!(site.posts().len() > 900, "{} posts", site.posts().len());
    let urls: HashSet<&str> = site
        .posts()
        .iter()
        .map(|p| p.summary.url.as_str())
        .collect();
    assert_eq!(urls.len(), site.posts().len(), "every URL is distinct");
}
