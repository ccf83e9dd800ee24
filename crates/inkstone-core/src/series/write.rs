//! Writing a series operation's changes and bringing the open site's index up to date,
//! so the next list, check or preview sees the files as they now are.

use super::sync::{apply, FileChange};
use super::SeriesError;
use crate::site::Site;

/// Writes `changes` atomically (refusing a file that changed on disk since it was
/// read), then re-reads each written file into `site`.
pub fn write(site: &mut Site, changes: &[FileChange]) -> Result<(), SeriesError> {
    let written = apply(site, changes);
    // Refresh even after a refusal part way: the files written before it did change.
    for change in changes {
        site.refresh_file(&change.path)
            .map_err(|e| SeriesError::FrontMatter {
                path: change.path.clone(),
                message: e.to_string(),
            })?;
    }
    crate::check::forget_cached_checker();
    written
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::series::{rename, SeriesSettings};

    #[test]
    fn written_changes_reach_the_index() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("hugo.toml"), "title = \"t\"\n").unwrap();
        std::fs::create_dir_all(dir.path().join("content/posts")).unwrap();
        std::fs::write(
            dir.path().join("content/posts/a.md"),
            "---\ntitle: A\nseries: Old\n---\n",
        )
        .unwrap();
        let mut site = Site::open(dir.path()).unwrap();
        let changes = rename(&site, &SeriesSettings::default(), "Old", "New").unwrap();
        write(&mut site, &changes).unwrap();
        let post = site.post("content/posts/a.md").unwrap();
        assert_eq!(post.summary.series, ["New"]);
        assert_eq!(
            site.read_post(post).unwrap().text,
            "---\ntitle: A\nseries: New\n---\n"
        );
    }
}
