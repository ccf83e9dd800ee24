//! `inkstone publish`: exact stdout, stderr and exit code against real repositories.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn post(title: &str, body: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: 2026-02-06T09:00:00+08:00\ndraft: false\n---\n\n{body}\n"
    )
}

/// A bare remote and the writer's clone holding a two-post site.
struct Repos {
    _tmp: tempfile::TempDir,
    remote: PathBuf,
    writer: PathBuf,
}

impl Repos {
    fn new() -> Repos {
        let tmp = tempfile::tempdir().expect("temp dir");
        let remote = tmp.path().join("remote.git");
        let writer = tmp.path().join("writer");
        git(tmp.path(), &["init", "--quiet", "--bare", "remote.git"]);
        std::fs::create_dir_all(&writer).expect("writer dir");
        git(&writer, &["init", "--quiet"]);
        git(&writer, &["config", "user.name", "Writer"]);
        git(&writer, &["config", "user.email", "writer@example.invalid"]);
        git(&writer, &["config", "commit.gpgsign", "false"]);
        write(&writer, "hugo.toml", "title = 'Tide notes'\n");
        write(
            &writer,
            "content/posts/tides.md",
            &post("Tides", "The sea keeps time."),
        );
        write(
            &writer,
            "content/posts/salt.md",
            &post("Salt", "Salt remembers."),
        );
        git(&writer, &["add", "--all"]);
        git(&writer, &["commit", "--quiet", "-m", "Site"]);
        git(
            &writer,
            &["remote", "add", "origin", remote.to_str().expect("utf-8")],
        );
        git(
            &writer,
            &["push", "--quiet", "--set-upstream", "origin", "main"],
        );
        Repos {
            _tmp: tmp,
            remote,
            writer,
        }
    }

    fn head(&self, repo: &Path) -> String {
        git(repo, &["rev-parse", "HEAD"]).trim().to_string()
    }
}

/// Runs `inkstone publish ARGS` in `cwd` with no terminal on stdin and an English locale.
fn publish(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_inkstone"))
        .arg("publish")
        .args(args)
        .current_dir(cwd)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .expect("inkstone runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn dry_run_lists_the_files_and_the_message_and_changes_nothing() {
    let repos = Repos::new();
    write(
        &repos.writer,
        "content/posts/tides.md",
        &post("Tides", "Edited."),
    );
    write(
        &repos.writer,
        "content/posts/kelp.md",
        "---\ntitle: \"Kelp\"\ndraft: true\n---\n\nNew.\n",
    );
    let head = repos.head(&repos.writer);

    let out = publish(&["--dry-run"], &repos.writer);

    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "A content/posts/kelp.md  “Kelp” (draft)\nM content/posts/tides.md  “Tides”\nmessage: Publish: “Kelp”, “Tides”\n"
    );
    assert_eq!(text(&out.stderr), "");
    assert_eq!(repos.head(&repos.writer), head);
}

#[test]
fn without_yes_and_without_a_terminal_it_lists_and_exits_3_without_publishing() {
    let repos = Repos::new();
    write(
        &repos.writer,
        "content/posts/tides.md",
        &post("Tides", "Edited."),
    );
    let head = repos.head(&repos.writer);

    let out = publish(&[], &repos.writer);

    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        text(&out.stdout),
        "M content/posts/tides.md  “Tides”\nmessage: Publish: “Tides”\n"
    );
    assert_eq!(
        text(&out.stderr),
        "inkstone: not published: pass --yes to publish without a terminal to confirm on\n"
    );
    assert_eq!(repos.head(&repos.writer), head);
}

#[test]
fn yes_publishes_with_progress_on_stderr_and_the_outcome_on_stdout() {
    let repos = Repos::new();
    write(
        &repos.writer,
        "content/posts/tides.md",
        &post("Tides", "Edited."),
    );

    let out = publish(&["--yes", "-m", "Tides, revised"], &repos.writer);

    let head = repos.head(&repos.writer);
    assert_eq!(text(&out.stderr), "inkstone: checking the site…\ninkstone: fetching origin…\ninkstone: committing 1 file…\ninkstone: rebasing onto origin/main…\ninkstone: pushing to origin/main…\n");
    assert_eq!(
        text(&out.stdout),
        format!("published {} to origin/main (1 file)\n", &head[..10])
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(repos.head(&repos.remote), head);
    assert_eq!(
        git(&repos.remote, &["log", "-1", "--format=%s"]),
        "Tides, revised\n"
    );
}

#[test]
fn json_format_prints_the_outcome_object_the_app_receives() {
    let repos = Repos::new();
    write(
        &repos.writer,
        "content/posts/salt.md",
        &post("Salt", "Edited."),
    );

    let out = publish(
        &["--yes", "--format", "json", "--lang", "zh-TW"],
        &repos.writer,
    );

    let head = repos.head(&repos.writer);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!(
            "{{\"outcome\":\"published\",\"commit\":\"{head}\",\"branch\":\"main\",\"remote\":\"origin\",\"files\":[\"content/posts/salt.md\"]}}\n"
        )
    );
    assert_eq!(
        git(&repos.remote, &["log", "-1", "--format=%s"]),
        "Publish: 〈Salt〉\n"
    );
}

#[test]
fn only_publishes_the_named_files() {
    let repos = Repos::new();
    write(
        &repos.writer,
        "content/posts/tides.md",
        &post("Tides", "Ready."),
    );
    write(
        &repos.writer,
        "content/posts/salt.md",
        &post("Salt", "Not ready."),
    );

    let out = publish(
        &["--yes", "--only", "content/posts/tides.md"],
        &repos.writer,
    );

    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        git(&repos.remote, &["show", "--format=", "--name-only", "main"]),
        "content/posts/tides.md\n"
    );
    assert_eq!(
        git(&repos.writer, &["status", "--porcelain"]),
        " M content/posts/salt.md\n"
    );
}

#[test]
fn nothing_changed_exits_0_with_a_sentence() {
    let repos = Repos::new();

    let out = publish(&["--yes"], &repos.writer);

    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "nothing to publish: every change of the site is already on the remote\n"
    );
}

#[test]
fn a_refusing_remote_exits_1_and_keeps_the_commit() {
    let repos = Repos::new();
    let hook = repos.remote.join("hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\necho 'read-only today' >&2\nexit 1\n").expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    write(
        &repos.writer,
        "content/posts/tides.md",
        &post("Tides", "Edited."),
    );

    let out = publish(&["--yes"], &repos.writer);

    let head = repos.head(&repos.writer);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!(
            "the remote refused the push (your commit {} is kept locally): [remote rejected] (pre-receive hook declined): \
             read-only today: the remote's rules refused the commit; ask whoever runs the remote what it expects\n",
            &head[..10]
        )
    );
}

#[test]
fn a_site_outside_git_exits_2() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "hugo.toml", "title = 'x'\n");

    let out = publish(&["--yes"], tmp.path());

    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "the site is not in a git repository: run `git init` in the site folder and add a remote, then publish\n"
    );
}

#[test]
fn no_site_here_exits_2() {
    let tmp = tempfile::tempdir().expect("temp dir");

    let out = publish(&["--yes"], tmp.path());

    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn undraft_flips_the_drafts_being_published_and_can_date_them() {
    let repos = Repos::new();
    let draft = "---\ntitle: \"Kelp\"\ndate: 2026-02-01T08:00:00+08:00\ndraft: true\n---\n\nNew.\n";
    write(&repos.writer, "content/posts/kelp.md", draft);

    let out = publish(
        &[
            "--yes",
            "--undraft",
            "--undraft-date",
            "2026-02-10T21:30:00+08:00",
        ],
        &repos.writer,
    );

    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("inkstone: setting draft: false in content/posts/kelp.md…\n")
    );
    assert_eq!(
        git(&repos.remote, &["show", "main:content/posts/kelp.md"]),
        "---\ntitle: \"Kelp\"\ndate: 2026-02-10T21:30:00+08:00\ndraft: false\n---\n\nNew.\n"
    );
}

#[test]
fn without_git_on_path_it_says_how_to_install_git_and_exits_2() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "hugo.toml", "title = 'x'\n");

    let out = Command::new(env!("CARGO_BIN_EXE_inkstone"))
        .args(["publish", "--yes"])
        .current_dir(tmp.path())
        .env("PATH", tmp.path().join("no-bin"))
        .stdin(Stdio::null())
        .output()
        .expect("inkstone runs");

    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "git is not installed or not on PATH: install git (https://git-scm.com), then publish again\n"
    );
}
