//! The image field's "Choose…": the native file picker, then the core copies the image into the site.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::media::{image_slug, import_image, ImportedImage, IMAGE_EXTENSIONS};
use tauri::State;

/// Asks for an image and copies it for the post at `path` (site-relative); `None` when
/// the writer cancels. `slug` is the post's front matter slug, if it has one.
/// Synchronous on purpose: Tauri runs sync commands on the main thread, where GTK dialogs must run.
#[tauri::command]
pub fn image_choose(
    state: State<'_, AppState>,
    path: String,
    slug: Option<String>,
    title: String,
) -> Result<Option<ImportedImage>> {
    let Some(picked) = rfd::FileDialog::new()
        .set_title(&title)
        .add_filter("Images", IMAGE_EXTENSIONS)
        .pick_file()
    else {
        return Ok(None);
    };
    state.with_site(|site| {
        let slug = image_slug(&path, slug.as_deref());
        import_image(site.root(), &path, &picked, &slug)
            .map(Some)
            .map_err(|e| AppError::new(e.code(), e.to_string()))
    })
}
