//! `git push`, never forced: the local branch goes to the remote only as a fast-forward.

use super::{Git, GitError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PushResult {
    Pushed,
    /// The remote refused. `stale` means someone pushed first (fetch and integrate, then
    /// try again); otherwise the remote's own rule refused it (`reason` says which).
    Rejected {
        stale: bool,
        reason: String,
    },
}

/// Pushes HEAD to `branch` on `remote`; `set_upstream` makes it the branch's upstream.
pub fn push(
    git: &Git,
    remote: &str,
    branch: &str,
    set_upstream: bool,
) -> Result<PushResult, GitError> {
    let refspec = format!("HEAD:refs/heads/{branch}");
    let mut args = vec!["push", "--porcelain"];
    if set_upstream {
        args.push("--set-upstream");
    }
    args.extend([remote, refspec.as_str()]);
    // git push exits 1 when the remote refused a ref; the porcelain lines say why.
    let out = git.run_accepting(&args, &[], &[1])?;
    if out.code == Some(0) {
        return Ok(PushResult::Pushed);
    }
    match refused_ref_reason(&out.stdout) {
        Some(reason) => {
            let stale = [
                "fetch first",
                "non-fast-forward",
                "stale info",
                "failed to lock",
                "cannot lock ref",
            ]
            .iter()
            .any(|mark| reason.contains(mark));
            let remote_said = remote_lines(&out.stderr);
            let reason = if remote_said.is_empty() {
                reason
            } else {
                format!("{reason}: {remote_said}")
            };
            Ok(PushResult::Rejected { stale, reason })
        }
        None => Err(GitError::Failed {
            dir: git.dir().to_path_buf(),
            args: args.join(" "),
            stderr: out.stderr.trim().to_string(),
            code: out.code,
        }),
    }
}

/// The reason on the porcelain line of a refused ref (`!\tHEAD:refs/heads/main\t[rejected] (fetch first)`).
fn refused_ref_reason(porcelain: &str) -> Option<String> {
    porcelain.lines().find_map(|line| {
        let rest = line.strip_prefix("!\t")?;
        let summary = rest.split('\t').nth(1).unwrap_or(rest);
        Some(summary.to_string())
    })
}

/// What the remote itself printed (hook output arrives as `remote: …` lines).
fn remote_lines(stderr: &str) -> String {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("remote:"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn porcelain_refusal_gives_the_bracketed_reason() {
        let out = "To /tmp/remote.git\n!\tHEAD:refs/heads/main\t[rejected] (fetch first)\nDone\n";
        assert_eq!(
            refused_ref_reason(out).as_deref(),
            Some("[rejected] (fetch first)")
        );
    }

    #[test]
    fn hook_output_is_collected_from_remote_lines() {
        let err =
            "remote: pushes are closed today        \nremote: \nerror: failed to push some refs\n";
        assert_eq!(remote_lines(err), "pushes are closed today");
    }
}
