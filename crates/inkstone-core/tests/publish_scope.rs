//! What publishing commits: only the site's files, never other work in the repository.

mod publish_support;

use inkstone_core::publish::{publish_status, PublishOutcome, PublishRequest, StatusReport};
use publish_support::*;

#[test]
fn a_site_in_a_subfolder_commits_only_its_own_files() {
    let repos = Repos::with_site("blog");
    write(
        &repos.writer,
        "README.md",
        "The repository's readme, edited.\n",
    );
    write(
        &repos.writer,
        "scripts/deploy.sh",
        "echo staged but not for publishing\n",
    );
    git(&repos.writer, &["add", "scripts/deploy.sh"]);
    write(&repos.writer, "notes/ideas.txt", "untracked notes\n");
    write(
        &repos.writer,
        "blog/content/posts/20260101-tides.md",
        &post("Tides", "Edited in the blog."),
    );
    write(
        &repos.writer,
        "blog/content/posts/20260107-kelp.md",
        &post("Kelp", "New in the blog."),
    );
    let site = repos.writer.join("blog");

    let StatusReport::Ready { status } = publish_status(&site).expect("status") else {
        panic!("a repository")
    };
    let paths: Vec<&str> = status.changes.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "content/posts/20260101-tides.md",
            "content/posts/20260107-kelp.md"
        ]
    );

    let (outcome, _) = publish_all(&site, &PublishRequest::default());

    assert!(
        matches!(outcome, PublishOutcome::Published { ref files, .. }
            if *files == ["content/posts/20260101-tides.md", "content/posts/20260107-kelp.md"]),
        "{outcome:?}"
    );
    assert_eq!(
        changed_in(&repos.remote, "main"),
        "M\tblog/content/posts/20260101-tides.md\nA\tblog/content/posts/20260107-kelp.md\n"
    );
    assert_eq!(
        git(
            &repos.writer,
            &["status", "--porcelain", "--untracked-files=all"]
        ),
        "A  scripts/deploy.sh\n?? README.md\n?? notes/ideas.txt\n"
    );
}

#[test]
fn ignored_files_are_never_published() {
    let repos = Repos::with_site("");
    write(&repos.writer, ".gitignore", "public/\n");
    git(&repos.writer, &["add", ".gitignore"]);
    git(
        &repos.writer,
        &["commit", "--quiet", "-m", "Ignore the build"],
    );
    git(&repos.writer, &["push", "--quiet"]);
    write(&repos.writer, "public/index.html", "<p>built</p>\n");
    write(
        &repos.writer,
        "content/posts/20260102-salt.md",
        &post("Salt", "Edited."),
    );

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        changed_in(&repos.remote, "main"),
        "M\tcontent/posts/20260102-salt.md\n"
    );
    assert!(repos.writer.join("public/index.html").exists());
}

#[test]
fn a_draft_post_is_listed_as_a_draft_and_can_be_flipped_when_published() {
    let repos = Repos::with_site("");
    let draft = "---\ntitle: \"Kelp forests\"\ndate: 2026-02-07T09:00:00+08:00\ntags: [\"sea\"]\ndraft: true\n---\n\nGrowing.\n";
    write(&repos.writer, "content/posts/20260107-kelp.md", draft);

    let StatusReport::Ready { status } = publish_status(&repos.writer).expect("status") else {
        panic!("a repository")
    };
    assert!(status.changes[0].draft);

    let request = PublishRequest {
        undraft: vec!["content/posts/20260107-kelp.md".into()],
        ..PublishRequest::default()
    };
    let (outcome, _) = publish_all(&repos.writer, &request);

    assert!(outcome.is_success(), "{outcome:?}");
    let flipped = draft.replace("draft: true", "draft: false");
    assert_eq!(
        read(&repos.writer, "content/posts/20260107-kelp.md"),
        flipped
    );
    assert_eq!(
        git(
            &repos.remote,
            &["show", "main:content/posts/20260107-kelp.md"]
        ),
        flipped
    );
}

#[test]
fn a_draft_published_without_flipping_stays_a_draft() {
    let repos = Repos::with_site("");
    let draft = "---\ntitle: \"Kelp\"\ndraft: true\n---\n\nGrowing.\n";
    write(&repos.writer, "content/posts/20260107-kelp.md", draft);

    let (outcome, _) = publish_all(&repos.writer, &PublishRequest::default());

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        git(
            &repos.remote,
            &["show", "main:content/posts/20260107-kelp.md"]
        ),
        draft
    );
}

#[test]
fn a_draft_that_cannot_be_flipped_stops_before_anything_is_committed() {
    let repos = Repos::with_site("");
    // The front matter does not parse, so no lossless edit is possible.
    let broken = "---\ntitle: [unclosed\ndraft: true\n---\n\nGrowing.\n";
    write(&repos.writer, "content/posts/20260107-kelp.md", broken);
    let (head, files_before) = (repos.writer_head(), snapshot_files(&repos.writer));
    let request = PublishRequest {
        undraft: vec!["content/posts/20260107-kelp.md".into()],
        ..PublishRequest::default()
    };

    let error = inkstone_core::publish::publish(
        &repos.writer,
        &request,
        &Vec::new,
        &mut |_| {},
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    )
    .expect_err("the flip fails");

    assert!(
        error
            .to_string()
            .starts_with("could not set `draft: false` in "),
        "{error}"
    );
    assert_eq!(repos.writer_head(), head);
    assert_eq!(snapshot_files(&repos.writer), files_before);
}

#[test]
fn an_undrafted_post_can_take_the_publication_date() {
    let repos = Repos::with_site("");
    let draft =
        "---\ntitle: \"Kelp\"\ndate: 2026-02-01T08:00:00+08:00\ndraft: true\n---\n\nGrowing.\n";
    write(&repos.writer, "content/posts/20260107-kelp.md", draft);
    let request = PublishRequest {
        undraft: vec!["content/posts/20260107-kelp.md".into()],
        undraft_date: Some("2026-02-10T21:30:00+08:00".into()),
        ..PublishRequest::default()
    };

    let (outcome, _) = publish_all(&repos.writer, &request);

    assert!(outcome.is_success(), "{outcome:?}");
    assert_eq!(
        git(
            &repos.remote,
            &["show", "main:content/posts/20260107-kelp.md"]
        ),
        "---\ntitle: \"Kelp\"\ndate: 2026-02-10T21:30:00+08:00\ndraft: false\n---\n\nGrowing.\n"
    );
}
