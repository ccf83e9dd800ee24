//! Which site the app opens at launch: the argument, else the last site, else the demo.

use std::path::{Path, PathBuf};

/// Why a site was chosen, so the UI can say so when the remembered site is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchSite {
    /// `inkstone-app SITE_DIR`
    Argument(PathBuf),
    /// The site open when the app last quit.
    Last(PathBuf),
    /// Nothing given or remembered (or the remembered folder is gone): the demo site.
    Demo,
}

/// The first non-flag argument after the program name: the site folder.
pub fn site_argument(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    args.into_iter()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
}

/// Picks the launch site. A remembered site that no longer exists is skipped quietly;
/// an explicit argument is always honoured (a bad one is reported when opening it).
pub fn choose(
    argument: Option<PathBuf>,
    last: Option<PathBuf>,
    exists: impl Fn(&Path) -> bool,
) -> LaunchSite {
    if let Some(arg) = argument {
        return LaunchSite::Argument(arg);
    }
    match last {
        Some(last) if exists(&last) => LaunchSite::Last(last),
        _ => LaunchSite::Demo,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn argument_is_the_first_non_flag_after_the_program() {
        assert_eq!(
            site_argument(args(&["inkstone-app", "--verbose", "site"])),
            Some(PathBuf::from("site"))
        );
        assert_eq!(site_argument(args(&["inkstone-app"])), None);
    }

    #[test]
    fn argument_wins_over_the_last_site() {
        let chosen = choose(Some("a".into()), Some("b".into()), |_| true);
        assert_eq!(chosen, LaunchSite::Argument("a".into()));
    }

    #[test]
    fn last_site_is_used_when_it_still_exists() {
        assert_eq!(
            choose(None, Some("b".into()), |_| true),
            LaunchSite::Last("b".into())
        );
    }

    #[test]
    fn a_vanished_last_site_falls_back_to_the_demo() {
        assert_eq!(choose(None, Some("b".into()), |_| false), LaunchSite::Demo);
        assert_eq!(choose(None, None, |_| true), LaunchSite::Demo);
    }
}
