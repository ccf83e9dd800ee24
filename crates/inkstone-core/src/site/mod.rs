//! The site: Hugo config, content discovery, the index of every post.
