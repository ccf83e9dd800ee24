//! What one batch of disk changes does to the open site's index: the decision as pure
//! functions, and its application to a `Site` (no Tauri here, so tests run it directly).

use crate::commands::site::SiteInfo;
use inkstone_core::site::Site;
use inkstone_core::watch::{is_root_config_name, ChangeKind, SiteChange};
use std::path::Path;

/// Past this many content files in one batch (a `git checkout`), re-reading the whole
/// site is faster than refreshing file by file, each of which re-sorts the index.
pub const REOPEN_ABOVE: usize = 200;

/// How a batch brings the index in line with the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexUpdate {
    /// Read the whole site again: the config changed (content folders, languages and
    /// taxonomies may have moved), or too many posts changed to refresh one by one.
    Reopen { config_changed: bool },
    /// Refresh these content files one by one (none: nothing the index holds changed).
    Refresh(Vec<String>),
}

/// What the shell does about one batch, decided from the paths alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchPlan {
    pub update: IndexUpdate,
    /// A file the preview or the checks read (static, shortcodes, data, archetypes,
    /// config) changed: the open post must be rendered and checked again.
    pub preview_stale: bool,
}

/// Decides what a batch does; `is_content` says whether a site-relative path lies in
/// one of the site's content folders.
pub fn plan(changes: &[SiteChange], is_content: impl Fn(&str) -> bool) -> BatchPlan {
    let touched = touched_paths(changes);
    let config_changed = touched.iter().any(|path| is_config(path));
    let mut content: Vec<String> = Vec::new();
    for path in touched.iter().filter(|path| is_content(path)) {
        if !content.iter().any(|seen| seen == path) {
            content.push((*path).to_owned());
        }
    }
    let outside_content = touched.iter().any(|path| !is_content(path));
    let update = if config_changed || content.len() > REOPEN_ABOVE {
        IndexUpdate::Reopen { config_changed }
    } else {
        IndexUpdate::Refresh(content)
    };
    BatchPlan {
        update,
        preview_stale: config_changed || outside_content,
    }
}

/// Every path a batch concerns: each changed path, and the old path of each rename.
fn touched_paths(changes: &[SiteChange]) -> Vec<&str> {
    changes
        .iter()
        .flat_map(|change| {
            let from = match &change.kind {
                ChangeKind::Renamed { from } => Some(from.as_str()),
                _ => None,
            };
            std::iter::once(change.path.as_str()).chain(from)
        })
        .collect()
}

/// A file that configures the site: Hugo's config at the root or anything under
/// `config/`, or Inkstone's `inkstone.yaml` at the root.
pub fn is_config(path: &str) -> bool {
    path.starts_with("config/") || (!path.contains('/') && is_root_config_name(path))
}

/// Whether a path lies in one of the site's content folders.
pub fn is_content(site: &Site, path: &str) -> bool {
    let config = site.config();
    let mut folders = vec![config.content_dir.as_str()];
    folders.extend(
        config
            .languages
            .iter()
            .filter_map(|language| language.content_dir.as_deref()),
    );
    folders.extend(config.content_mounts.iter().map(|m| m.source.as_str()));
    folders.iter().any(|folder| {
        let folder = folder.trim_matches('/');
        Path::new(path).starts_with(folder)
    })
}

/// What applying a batch did, for the UI.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    /// The index changed: the post list should be asked for again.
    pub posts_changed: bool,
    pub preview_stale: bool,
    /// The config changed, so the site was read afresh.
    pub reopened: Option<SiteInfo>,
}

/// Brings `site` in line with the disk for one batch. A site that cannot be read again
/// (a config saved half-way) keeps its old index; the next batch tries again.
pub fn apply_to_site(site: &mut Site, changes: &[SiteChange]) -> Applied {
    let plan = plan(changes, |path| is_content(site, path));
    let mut applied = Applied {
        preview_stale: plan.preview_stale,
        ..Applied::default()
    };
    match plan.update {
        IndexUpdate::Reopen { config_changed } => match Site::open(site.root()) {
            Ok(fresh) => {
                *site = fresh;
                applied.posts_changed = true;
                if config_changed {
                    applied.reopened = Some(SiteInfo::of(site));
                }
            }
            Err(e) => eprintln!("inkstone: the site could not be read again: {e}"),
        },
        IndexUpdate::Refresh(paths) => {
            for path in &paths {
                // Not content after all (a folder, a non-post file): nothing to index.
                applied.posts_changed |= site.refresh_file(path).is_ok();
            }
        }
    }
    // Links, series and the checks' site-wide half read the whole index.
    inkstone_core::check::forget_cached_checker();
    applied
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(path: &str, kind: ChangeKind) -> SiteChange {
        SiteChange {
            path: path.to_owned(),
            kind,
        }
    }

    fn in_content(path: &str) -> bool {
        path.starts_with("content/")
    }

    fn posts(count: usize) -> Vec<SiteChange> {
        (0..count)
            .map(|n| change(&format!("content/posts/p{n}.md"), ChangeKind::Modified))
            .collect()
    }

    #[test]
    fn up_to_two_hundred_posts_are_refreshed_one_by_one() {
        let batch = posts(REOPEN_ABOVE);
        let plan = plan(&batch, in_content);
        let IndexUpdate::Refresh(paths) = plan.update else {
            panic!("expected a refresh, got {plan:?}");
        };
        assert_eq!(paths.len(), REOPEN_ABOVE);
        assert_eq!(paths[0], "content/posts/p0.md");
        assert!(
            !plan.preview_stale,
            "posts alone leave the preview to the tab reload"
        );
    }

    #[test]
    fn more_than_two_hundred_posts_reopen_the_site_without_calling_it_a_config_change() {
        let plan = plan(&posts(REOPEN_ABOVE + 1), in_content);
        assert_eq!(
            plan.update,
            IndexUpdate::Reopen {
                config_changed: false
            }
        );
    }

    #[test]
    fn a_rename_counts_both_its_paths() {
        let batch = [change(
            "content/posts/new.md",
            ChangeKind::Renamed {
                from: "content/posts/old.md".into(),
            },
        )];
        assert_eq!(
            plan(&batch, in_content).update,
            IndexUpdate::Refresh(vec![
                "content/posts/new.md".into(),
                "content/posts/old.md".into()
            ])
        );
    }

    #[test]
    fn the_same_post_twice_in_a_batch_is_refreshed_once() {
        let batch = [
            change("content/a.md", ChangeKind::Modified),
            change(
                "content/b.md",
                ChangeKind::Renamed {
                    from: "content/a.md".into(),
                },
            ),
        ];
        assert_eq!(
            plan(&batch, in_content).update,
            IndexUpdate::Refresh(vec!["content/a.md".into(), "content/b.md".into()])
        );
    }

    #[test]
    fn any_config_file_reopens_the_site_and_stales_the_preview() {
        for config in [
            "hugo.toml",
            "config.yaml",
            "hugo.json",
            "config/_default/params.toml",
            "inkstone.yaml",
        ] {
            let plan = plan(&[change(config, ChangeKind::Modified)], in_content);
            assert_eq!(
                plan.update,
                IndexUpdate::Reopen {
                    config_changed: true
                },
                "{config}"
            );
            assert!(plan.preview_stale, "{config}");
        }
    }

    #[test]
    fn static_shortcodes_and_data_stale_the_preview_but_leave_the_index() {
        for path in [
            "static/images/a.png",
            "layouts/shortcodes/foo.html",
            "data/authors.yaml",
            "archetypes/default.md",
        ] {
            let plan = plan(&[change(path, ChangeKind::Created)], in_content);
            assert_eq!(plan.update, IndexUpdate::Refresh(Vec::new()), "{path}");
            assert!(plan.preview_stale, "{path}");
        }
    }

    #[test]
    fn a_file_named_like_a_config_below_the_root_is_not_the_config() {
        assert!(!is_config("static/hugo.toml"));
        assert!(!is_config("content/config.yaml"));
        assert!(!is_config("content/inkstone.yaml"));
        assert!(is_config("hugo.yaml"));
    }
}
