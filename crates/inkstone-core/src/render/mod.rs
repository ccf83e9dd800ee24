//! The preview: markdown and shortcodes rendered as Hugo publishes them.
