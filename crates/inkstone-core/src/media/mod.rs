//! Media a post uses: bringing an image the writer picked into the site.

mod import;

pub use import::{image_slug, import_image, ImportError, ImportedImage, IMAGE_EXTENSIONS};
