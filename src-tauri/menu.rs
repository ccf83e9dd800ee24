//! The application menu: File (Open Site…, Quit) and Edit (so copy and paste work on macOS).

use tauri::menu::{Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Runtime};

pub const OPEN_SITE: &str = "open-site";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let open = MenuItemBuilder::with_id(OPEN_SITE, "Open Site…")
        .accelerator("CmdOrCtrl+Shift+O")
        .build(app)?;
    let file = SubmenuBuilder::new(app, "File")
        .item(&open)
        .separator()
        .quit()
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
