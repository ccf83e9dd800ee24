//! Importing images with real files in a temporary site.

use super::*;

struct Fixture {
    site: tempfile::TempDir,
    outside: tempfile::TempDir,
}

fn fixture() -> Fixture {
    Fixture {
        site: tempfile::tempdir().expect("site dir"),
        outside: tempfile::tempdir().expect("picked-from dir"),
    }
}

impl Fixture {
    /// A file the writer picks, outside the site.
    fn picked(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.outside.path().join(name);
        std::fs::write(&path, bytes).expect("picked file");
        path
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.site.path().join(rel)).expect("file in the site")
    }

    fn put(&self, rel: &str, bytes: &[u8]) {
        let path = self.site.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folders");
        std::fs::write(path, bytes).expect("file");
    }
}

#[test]
fn a_post_image_goes_to_static_images_posts_under_the_slug() {
    let f = fixture();
    let picked = f.picked("Photo 1.JPG", b"jpeg bytes");
    let imported = import_image(
        f.site.path(),
        "content/posts/20260206-hello.md",
        &picked,
        "hello",
    )
    .expect("imported");
    assert_eq!(
        imported,
        ImportedImage {
            value: "/images/posts/hello.jpg".into(),
            path: "static/images/posts/hello.jpg".into(),
            reused: false,
        }
    );
    assert_eq!(f.read("static/images/posts/hello.jpg"), b"jpeg bytes");
    assert_eq!(std::fs::read(&picked).expect("source kept"), b"jpeg bytes");
}

#[test]
fn a_different_file_at_the_name_is_kept_and_the_copy_is_numbered() {
    let f = fixture();
    f.put("static/images/posts/hello.webp", b"someone else's image");
    f.put("static/images/posts/hello-2.webp", b"another one");
    let picked = f.picked("new.webp", b"mine");
    let imported =
        import_image(f.site.path(), "content/posts/hello.md", &picked, "hello").expect("imported");
    assert_eq!(imported.value, "/images/posts/hello-3.webp");
    assert!(!imported.reused);
    assert_eq!(
        f.read("static/images/posts/hello.webp"),
        b"someone else's image"
    );
    assert_eq!(f.read("static/images/posts/hello-2.webp"), b"another one");
    assert_eq!(f.read("static/images/posts/hello-3.webp"), b"mine");
}

#[test]
fn the_same_image_picked_again_is_reused_not_copied_twice() {
    let f = fixture();
    let picked = f.picked("a.png", b"png bytes");
    let first =
        import_image(f.site.path(), "content/posts/a.md", &picked, "a").expect("first import");
    let second =
        import_image(f.site.path(), "content/posts/a.md", &picked, "a").expect("second import");
    assert_eq!(second.value, first.value);
    assert!(second.reused);
    let folder = f.site.path().join("static/images/posts");
    let files = std::fs::read_dir(folder).expect("folder").count();
    assert_eq!(files, 1, "no numbered copy and no temporary file left");
}

#[test]
fn a_leaf_bundle_gets_the_image_beside_its_index_under_the_image_name() {
    let f = fixture();
    f.put("content/posts/trip/index.md", b"---\ntitle: Trip\n---\n");
    let picked = f.picked("Cover Photo.webp", b"webp");
    let imported = import_image(
        f.site.path(),
        "content/posts/trip/index.md",
        &picked,
        "trip",
    )
    .expect("imported");
    assert_eq!(imported.value, "cover-photo.webp");
    assert_eq!(imported.path, "content/posts/trip/cover-photo.webp");
    assert_eq!(f.read("content/posts/trip/cover-photo.webp"), b"webp");
}

#[test]
fn files_that_are_not_images_are_refused_with_the_fix() {
    let f = fixture();
    let picked = f.picked("notes.txt", b"text");
    let error =
        import_image(f.site.path(), "content/posts/a.md", &picked, "a").expect_err("not an image");
    assert_eq!(error.code(), "image-not-an-image");
    assert!(error.to_string().contains("pick a .webp"), "{error}");
    assert!(!f.site.path().join("static").exists());
}

#[test]
fn a_missing_source_and_a_post_outside_the_site_are_errors() {
    let f = fixture();
    let gone = f.outside.path().join("gone.png");
    let error = import_image(f.site.path(), "content/posts/a.md", &gone, "a").expect_err("missing");
    assert_eq!(error.code(), "image-unreadable");
    let picked = f.picked("a.png", b"png");
    let error =
        import_image(f.site.path(), "../elsewhere/a.md", &picked, "a").expect_err("outside");
    assert_eq!(error.code(), "image-outside-site");
}

#[test]
fn the_image_slug_comes_from_front_matter_else_the_file_name_without_its_date() {
    assert_eq!(image_slug("content/posts/20260206-hello.md", None), "hello");
    assert_eq!(
        image_slug("content/posts/2026-02-06-hello.en.md", None),
        "hello"
    );
    assert_eq!(image_slug("content/posts/trip/index.md", None), "trip");
    assert_eq!(
        image_slug("content/posts/20260206-hello.md", Some("寫作工具")),
        "xie-zuo-gong-ju"
    );
    assert_eq!(image_slug("content/posts/20260206-x.md", Some("  ")), "x");
}

#[test]
fn images_added_one_by_one_to_a_list_get_numbered_names_and_overwrite_nothing() {
    let f = fixture();
    let root = f.site.path();
    let post = "content/posts/20260206-hello.md";
    let add = |name: &str, bytes: &[u8]| {
        import_image(root, post, &f.picked(name, bytes), "hello").expect("imports")
    };
    let first = add("a.webp", b"first");
    let second = add("b.webp", b"second");
    let third = add("c.webp", b"third");
    let again = add("b-copy.webp", b"second");
    let values: Vec<&str> = [&first, &second, &third, &again]
        .iter()
        .map(|i| i.value.as_str())
        .collect();
    assert_eq!(
        values,
        [
            "/images/posts/hello.webp",
            "/images/posts/hello-2.webp",
            "/images/posts/hello-3.webp",
            "/images/posts/hello-2.webp",
        ]
    );
    assert!(again.reused);
    assert_eq!(f.read("static/images/posts/hello.webp"), b"first");
    assert_eq!(f.read("static/images/posts/hello-2.webp"), b"second");
    assert_eq!(f.read("static/images/posts/hello-3.webp"), b"third");
}
