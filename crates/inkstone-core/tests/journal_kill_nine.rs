//! Fault injection with real processes: a child that journals and saves in a tight
//! loop is killed with SIGKILL again and again. After every kill, the post on disk is
//! one whole version (never torn) and the journal gives back a whole version too.
//!
//! The child is this same test binary, re-run on the ignored `child_types_and_saves`
//! test with `INKSTONE_KILL_TEST_SITE` set; without it, that test does nothing.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use inkstone_core::journal::Journal;
use inkstone_core::save::{content_hash, save_post};

const POST: &str = "content/posts/long.md";
const SITE_VAR: &str = "INKSTONE_KILL_TEST_SITE";
const JOURNAL_VAR: &str = "INKSTONE_KILL_TEST_JOURNAL";
const KILLS: u32 = 30;

/// Version `n` of the post: large enough that a write takes many syscalls, and
/// self-describing so a torn file cannot pass for a version.
fn version(n: u64) -> String {
    let line = format!("version {n}: the quick brown fox jumps over the lazy dog\n");
    format!(
        "---\ntitle: v{n}\n---\n{}end of version {n}\n",
        line.repeat(3000)
    )
}

/// The version number of `text` when it is exactly one whole version.
fn whole_version(text: &str) -> Option<u64> {
    let n: u64 = text
        .strip_prefix("---\ntitle: v")?
        .split('\n')
        .next()?
        .parse()
        .ok()?;
    (text == version(n)).then_some(n)
}

#[test]
#[ignore = "the child half of kill_nine_never_tears_a_post_nor_loses_the_journal"]
fn child_types_and_saves() {
    let (Ok(site), Ok(journal_dir)) = (std::env::var(SITE_VAR), std::env::var(JOURNAL_VAR)) else {
        return;
    };
    let site = Path::new(&site);
    let journal = Journal::open(Path::new(&journal_dir)).expect("journal");
    let on_disk = fs::read_to_string(site.join(POST)).expect("post");
    let mut n = whole_version(&on_disk).expect("the parent only starts us on a whole version");
    loop {
        let loaded = version(n);
        let typed = version(n + 1);
        journal
            .record(site, POST, &typed, Some(&content_hash(loaded.as_bytes())))
            .expect("record");
        save_post(site, POST, &typed, Some(&loaded)).expect("save");
        journal.clear(site, POST).expect("clear");
        n += 1;
    }
}

#[test]
fn kill_nine_never_tears_a_post_nor_loses_the_journal() {
    let site = tempfile::tempdir().expect("site");
    let data = tempfile::tempdir().expect("data");
    fs::create_dir_all(site.path().join("content/posts")).expect("mkdir");
    fs::write(site.path().join(POST), version(0)).expect("first version");
    let me = std::env::current_exe().expect("test binary");

    let mut last_disk_version = 0;
    for round in 0..KILLS {
        let mut child = Command::new(&me)
            .args([
                "--ignored",
                "--exact",
                "child_types_and_saves",
                "--test-threads=1",
            ])
            .env(SITE_VAR, site.path())
            .env(JOURNAL_VAR, data.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        // Kill once the child has saved at least once, plus a varying extra moment
        // so kills land at different points of the record/save/clear cycle.
        let deadline = Instant::now() + Duration::from_secs(60);
        while disk_version(site.path()) == Some(last_disk_version) && Instant::now() < deadline {
            sleep(Duration::from_millis(1));
        }
        sleep(Duration::from_millis(u64::from(round * 7 % 23)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");

        let on_disk = fs::read_to_string(site.path().join(POST)).expect("post readable");
        let n = whole_version(&on_disk)
            .unwrap_or_else(|| panic!("round {round}: torn post of {} bytes", on_disk.len()));
        assert!(
            n > last_disk_version,
            "round {round}: the child never saved"
        );
        last_disk_version = n;

        let journal = Journal::open(data.path()).expect("journal");
        for buffer in journal.pending().expect("pending after a kill") {
            let typed = whole_version(&buffer.text)
                .unwrap_or_else(|| panic!("round {round}: torn journal entry"));
            // Killed between record and save: the next version is recoverable and the
            // file is still the one it was loaded from. Killed after the save but
            // before clear: the entry holds what is already on disk.
            assert!(
                typed == n + 1 || typed == n,
                "round {round}: {typed} vs disk {n}"
            );
            assert_eq!(buffer.base_matches_disk, typed == n + 1, "round {round}");
        }
    }
}

fn disk_version(site: &Path) -> Option<u64> {
    whole_version(&fs::read_to_string(site.join(POST)).ok()?)
}
