//! The application menu: File (New Post…, Open Site…, Quit) and Edit (so copy and paste work on macOS).

use tauri::menu::{Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Runtime};

pub const OPEN_SITE: &str = "open-site";
pub const NEW_POST: &str = "new-post";
/// Our own Quit, not the predefined one: it closes the window the way its close button
/// does, so unsaved text is asked about instead of lost.
pub const QUIT: &str = "quit";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let open = MenuItemBuilder::with_id(OPEN_SITE, "Open Site…")
        .accelerator("CmdOrCtrl+Shift+O")
        .build(app)?;
    let new_post = MenuItemBuilder::with_id(NEW_POST, "New Post…")
        .accelerator("CmdOrCtrl+N")
        .build(app)?;
    let quit = MenuItemBuilder::with_id(QUIT, "Quit")
        .accelerator("CmdOrCtrl+Q")
        .build(app)?;
    let file = SubmenuBuilder::new(app, "File")
        .item(&new_post)
        .item(&open)
        .separator()
        .item(&quit)
        .build()?;
    let edit = SubmenuBuilder::new(app, "Edit")
        .undo()
        .redo()
        .separator()
        .cut()
        .copy()
        .paste()
        .select_all()
        .build()?;
    MenuBuilder::new(app).item(&file).item(&edit).build()
}
