//! Publishing over the network: a real `git daemon` on 127.0.0.1 serving the remote.

mod publish_support;

use inkstone_core::publish::{PublishOutcome, PublishRequest};
use publish_support::*;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A `git daemon` serving `base` with pushes enabled; killed when dropped.
struct Daemon {
    child: Child,
    port: u16,
}

impl Daemon {
    /// Starts the daemon and waits until it says it accepts connections. None (with a
    /// message) when this machine has no git daemon.
    fn serve(base: &Path) -> Option<Daemon> {
        // Ask the OS for a free port, then hand it to the daemon.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let base_arg = format!("--base-path={}", base.display());
        let spawned = Command::new("git")
            .args([
                "daemon",
                "--verbose",
                "--reuseaddr",
                "--export-all",
                "--enable=receive-pack",
            ])
            .args(["--listen=127.0.0.1", &format!("--port={port}"), &base_arg])
            .arg(base)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(e) => {
                eprintln!("skipped: git daemon could not start ({e})");
                return None;
            }
        };
        let mut lines = BufReader::new(child.stderr.take()?).lines();
        // The daemon logs this line once it listens; reading blocks until then.
        let ready = lines
            .by_ref()
            .map_while(Result::ok)
            .any(|line| line.contains("Ready to rumble"));
        if !ready {
            let _ = child.kill();
            let _ = child.wait();
            eprintln!("skipped: git daemon is not installed here (Debian: apt-get install git-daemon-run)");
            return None;
        }
        // Keep draining its log so a chatty daemon never blocks on a full pipe.
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        Some(Daemon { child, port })
    }

    fn url(&self, repo: &str) -> String {
        format!("git://127.0.0.1:{}/{repo}", self.port)
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn publishing_through_a_git_daemon_rebases_over_a_colleagues_push_and_pushes() {
    let repos = Repos::with_site("");
    let Some(daemon) = Daemon::serve(repos.tmp.path()) else {
        return;
    };
    git(
        &repos.writer,
        &["remote", "set-url", "origin", &daemon.url("remote.git")],
    );
    let other = repos.other_clone("colleague");
    git(
        &other,
        &["remote", "set-url", "origin", &daemon.url("remote.git")],
    );
    push_from_other(
        &other,
        "content/posts/20260102-salt.md",
        &post("Salt", "Over the network."),
    );
    write(
        &repos.writer,
        "content/posts/20260101-tides.md",
        &post("Tides", "Also over the network."),
    );

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    let head = repos.writer_head();
    assert_eq!(
        outcome,
        PublishOutcome::Published {
            commit: head.clone(),
            branch: "main".into(),
            remote: "origin".into(),
            files: vec!["content/posts/20260101-tides.md".into()],
        }
    );
    assert_eq!(repos.remote_head(), head);
    assert_eq!(
        read(&repos.writer, "content/posts/20260102-salt.md"),
        post("Salt", "Over the network.")
    );
}
