//! Reading a post's whole file for the checks and series: its text, split and front
//! matter, always consistent with each other.

use super::post::{head_hash, Post};
use super::read_file::read_content_text;
use super::Site;
use crate::check::Diagnostic;
use crate::front_matter::{self, FrontMatter, Split};
use std::borrow::Cow;

/// A post's whole file as it is on disk now.
#[derive(Debug, Clone, PartialEq)]
pub struct PostFile<'a> {
    pub text: String,
    pub split: Split,
    /// The indexed front matter while the file's head is unchanged, else parsed anew.
    pub front_matter: Cow<'a, FrontMatter>,
}

impl PostFile<'_> {
    /// The markdown body (after the front matter).
    pub fn body(&self) -> &str {
        self.text.get(self.split.body.clone()).unwrap_or("")
    }
}

impl Site {
    /// Reads `post`'s whole file. The index keeps only what it read of each file's
    /// head, so this is where a body that is not UTF-8 or holds NUL bytes is found;
    /// the problem is returned as a diagnostic of the file.
    pub fn read_post<'a>(&self, post: &'a Post) -> Result<PostFile<'a>, Diagnostic> {
        let path = &post.summary.path;
        let text = read_content_text(&self.root().join(path), path)?;
        let split = front_matter::split(&text).map_err(|e| Diagnostic::front_matter(path, &e))?;
        let front_matter = if head_hash(&text, &split) == post.head_hash {
            Cow::Borrowed(&post.front_matter)
        } else {
            // Changed since the index read it: never pair new text with old fields.
            let parsed = front_matter::parse(&text, &split)
                .map_err(|e| Diagnostic::front_matter(path, &e))?;
            Cow::Owned(parsed)
        };
        Ok(PostFile {
            text,
            split,
            front_matter,
        })
    }
}
