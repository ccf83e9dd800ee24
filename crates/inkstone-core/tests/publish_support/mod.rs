//! Real repositories for the publish tests: a bare remote, the writer's clone with a
//! small Hugo site, and another clone that pushes in between.

#![allow(dead_code)]

use inkstone_core::publish::{publish, PublishOutcome, PublishProgress, PublishRequest};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Runs git in `dir` and returns its stdout; panics (failing the test) when git fails.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} in {dir:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

pub fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).expect("read")
}

pub fn post(title: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: 2026-02-06T09:00:00+08:00\ndraft: false\n---\n\n{body}\n"
    )
}

/// Every file under `root` except `.git/`, with its bytes.
pub fn snapshot_files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, root: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if path.is_dir() {
                walk(&path, root, files);
            } else {
                let rel = path.strip_prefix(root).expect("inside").to_path_buf();
                files.insert(rel, std::fs::read(&path).expect("read file"));
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(root, root, &mut files);
    files
}

/// A bare remote, the writer's clone and a second clone, all in one temp dir.
pub struct Repos {
    pub tmp: tempfile::TempDir,
    pub remote: PathBuf,
    pub writer: PathBuf,
}

impl Repos {
    /// A remote holding a small site under `site_prefix` ("" for the top), cloned for the writer.
    pub fn with_site(site_prefix: &str) -> Repos {
        let tmp = tempfile::tempdir().expect("temp dir");
        let remote = tmp.path().join("remote.git");
        let writer = tmp.path().join("writer");
        git(tmp.path(), &["init", "--quiet", "--bare", "remote.git"]);
        std::fs::create_dir_all(&writer).expect("writer dir");
        git(&writer, &["init", "--quiet"]);
        configure_identity(&writer, "Writer");
        let site = writer.join(site_prefix);
        write(&site, "hugo.toml", "title = 'Tide notes'\n");
        write(
            &site,
            "content/posts/20260101-tides.md",
            &post("Tides", "The sea keeps time."),
        );
        write(
            &site,
            "content/posts/20260102-salt.md",
            &post("Salt", "Salt remembers the water."),
        );
        git(&writer, &["add", "--all"]);
        git(&writer, &["commit", "--quiet", "-m", "Site"]);
        git(
            &writer,
            &[
                "remote",
                "add",
                "origin",
                remote.to_str().expect("utf-8 path"),
            ],
        );
        git(
            &writer,
            &["push", "--quiet", "--set-upstream", "origin", "main"],
        );
        Repos {
            tmp,
            remote,
            writer,
        }
    }

    /// A fresh clone of the remote (someone else's computer).
    pub fn other_clone(&self, name: &str) -> PathBuf {
        let dir = self.tmp.path().join(name);
        git(
            self.tmp.path(),
            &[
                "clone",
                "--quiet",
                self.remote.to_str().expect("utf-8"),
                name,
            ],
        );
        configure_identity(&dir, "Colleague");
        dir
    }

    pub fn remote_head(&self) -> String {
        git(&self.remote, &["rev-parse", "main"]).trim().to_string()
    }

    pub fn writer_head(&self) -> String {
        git(&self.writer, &["rev-parse", "HEAD"]).trim().to_string()
    }
}

pub fn configure_identity(repo: &Path, name: &str) {
    git(repo, &["config", "user.name", name]);
    git(
        repo,
        &[
            "config",
            "user.email",
            &format!("{}@example.invalid", name.to_lowercase()),
        ],
    );
    git(repo, &["config", "commit.gpgsign", "false"]);
}

/// Another clone changes `rel` to `text` and pushes.
pub fn push_from_other(clone: &Path, rel: &str, text: &str) {
    git(clone, &["pull", "--quiet", "--rebase"]);
    write(clone, rel, text);
    git(clone, &["add", "--all"]);
    git(clone, &["commit", "--quiet", "-m", &format!("Edit {rel}")]);
    git(clone, &["push", "--quiet"]);
}

/// Publishes with no checks, recording the progress steps.
pub fn publish_all(
    site: &Path,
    request: &PublishRequest,
) -> (PublishOutcome, Vec<PublishProgress>) {
    let mut steps = Vec::new();
    let outcome = publish(
        site,
        request,
        &Vec::new,
        &mut |p| steps.push(p),
        Arc::new(AtomicBool::new(false)),
    )
    .expect("publish runs");
    (outcome, steps)
}

/// The subject line of a commit.
pub fn subject(repo: &Path, rev: &str) -> String {
    git(repo, &["log", "-1", "--format=%s", rev])
        .trim()
        .to_string()
}

/// The files a commit touched, as `M\tpath` lines.
pub fn changed_in(repo: &Path, rev: &str) -> String {
    git(
        repo,
        &["show", "--format=", "--name-status", "--no-renames", rev],
    )
}

/// Runs git in `dir`, returning whether it succeeded (for setting up broken states).
pub fn git_may_fail(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git runs")
        .status
        .success()
}

/// Publishes with no checks and a progress callback of the test's own.
pub fn publish_with(
    site: &Path,
    request: &PublishRequest,
    on_progress: &mut dyn FnMut(PublishProgress),
) -> PublishOutcome {
    publish(
        site,
        request,
        &Vec::new,
        on_progress,
        Arc::new(AtomicBool::new(false)),
    )
    .expect("publish runs")
}

/// Makes `path` an executable shell script.
pub fn write_script(path: &Path, body: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, format!("#!/bin/sh\n{body}\n")).expect("write script");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}
