//! Where a link in a post leads: another post of the site, the web, or nowhere known.

use super::{Post, Site};
use serde::Serialize;
use ts_rs::TS;

/// The target of a link clicked in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum LinkTarget {
    /// A post of this site, by its site-relative path.
    Post { path: String },
    /// An address for the system browser (http, https or mailto only).
    External { url: String },
    /// An in-page anchor, a missing post, or a scheme Inkstone will not open.
    None,
}

/// Resolves `href` as written in the post at `from_path` (site-relative, `/`).
///
/// Site URLs (`/posts/slug/`), relative markdown links (`../other.md`, `other/index.md`)
/// and relative URLs (`../slug/`) all lead to posts; only web and mail addresses leave
/// the app, so nothing in a post can make Inkstone open a file or run a program.
pub fn resolve_href(site: &Site, from_path: &str, href: &str) -> LinkTarget {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
    {
        return LinkTarget::External {
            url: href.to_string(),
        };
    }
    if href.is_empty() || href.starts_with('#') || lower.contains(':') {
        return LinkTarget::None;
    }
    let without_fragment = href.split(['#', '?']).next().unwrap_or_default();
    let found = if without_fragment.starts_with('/') {
        post_by_url(site, without_fragment)
    } else if without_fragment.ends_with(".md") || without_fragment.ends_with(".markdown") {
        let folder = from_path.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
        site.post(&join_relative(folder, without_fragment))
    } else {
        site.post(from_path)
            .map(|from| {
                join_relative(
                    from.summary.url.trim_end_matches('/'),
                    &format!("../{without_fragment}"),
                )
            })
            .and_then(|url| post_by_url(site, &format!("/{}", url.trim_start_matches('/'))))
    };
    match found {
        Some(post) => LinkTarget::Post {
            path: post.summary.path.clone(),
        },
        None => LinkTarget::None,
    }
}

fn post_by_url<'a>(site: &'a Site, url: &str) -> Option<&'a Post> {
    let wanted = url.trim_end_matches('/');
    site.posts()
        .iter()
        .find(|p| p.summary.url.trim_end_matches('/') == wanted)
}

/// Joins a relative path onto a folder, resolving `.` and `..` without touching the disk.
fn join_relative(folder: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::join_relative;

    #[test]
    fn relative_paths_resolve_like_a_browser() {
        assert_eq!(
            join_relative("content/posts", "../about.md"),
            "content/about.md"
        );
        assert_eq!(
            join_relative("content/posts", "./b.md"),
            "content/posts/b.md"
        );
        assert_eq!(join_relative("/posts/a", "../b/"), "posts/b");
    }
}
