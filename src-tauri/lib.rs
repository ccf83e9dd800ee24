//! The desktop shell: Tauri builder, plugins, state and launch. Business rules live in inkstone-core.

mod bindings;
mod commands;
mod error;
mod events;
mod launch;
mod menu;
mod settings;
mod site_protocol;
mod state;
mod watching;

use launch::LaunchSite;
use state::AppState;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};

pub use bindings::export_bindings;

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_opener::init())
        .register_uri_scheme_protocol(site_protocol::SCHEME, site_protocol::handle)
        .manage(AppState::default())
        .manage(watching::WatchState::default())
        .manage(commands::publish::PublishRuns::default())
        .menu(menu::build)
        .on_menu_event(|app, event| {
            if event.id() == menu::OPEN_SITE {
                if let Err(e) = commands::site::open_with_dialog(app) {
                    eprintln!("inkstone: {e}");
                    app.state::<AppState>().set_launch_error(e);
                }
            } else if event.id() == menu::NEW_POST {
                events::new_post_asked(app);
            } else if event.id() == menu::QUIT {
                // Closing asks the UI first (unsaved text); the app ends with its last window.
                match app.get_webview_window("main") {
                    Some(window) => {
                        if let Err(e) = window.close() {
                            eprintln!("inkstone: could not close the window: {e}");
                        }
                    }
                    None => app.exit(0),
                }
            }
        })
        .setup(|app| {
            let handle = app.handle().clone();
            restore_window_size(&handle);
            open_launch_site(&handle);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::Resized(size) = event {
                if let Ok(scale) = window.scale_factor() {
                    let logical = size.to_logical::<f64>(scale);
                    if logical.width > 0.0 && logical.height > 0.0 {
                        settings::remember_window_size(
                            window.app_handle(),
                            logical.width,
                            logical.height,
                        );
                    }
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::site::site_current,
            commands::site::site_open,
            commands::site::site_open_dialog,
            commands::posts::posts_list,
            commands::posts::post_read,
            commands::search::posts_search_bodies,
            commands::preview::preview_render,
            commands::preview::preview_check,
            commands::save::post_save,
            commands::meta::schema_get,
            commands::meta::field_values,
            commands::meta::fm_set,
            commands::meta::fm_unset,
            commands::links::link_open,
            commands::disk::watch_mode,
            commands::disk::watch_open_files,
            commands::disk::text_diff,
            commands::disk::text_merge,
            commands::journal::journal_record,
            commands::journal::journal_clear,
            commands::journal::journal_pending,
            commands::publish::publish_status,
            commands::publish::publish_plan,
            commands::publish::publish_diff,
            commands::publish::publish_message,
            commands::publish::publish_run,
            commands::publish::publish_cancel,
            commands::publish::publish_init,
            commands::publish::publish_add_remote,
            commands::new_post::new_post_choices,
            commands::new_post::new_post_plan,
            commands::new_post::new_post_create,
            commands::media::image_choose,
            commands::series::series_list,
            commands::series::series_sync_preview,
            commands::series::series_sync_apply,
            commands::series::series_reorder,
            commands::series::series_rename,
            commands::series::series_add_post,
            commands::series::series_remove_post,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("inkstone: the window could not start: {e}");
            std::process::exit(1);
        });
}

/// Opens the site named on the command line, else the last one, else the demo site.
fn open_launch_site<R: Runtime>(app: &AppHandle<R>) {
    let choice = launch::choose(
        launch::site_argument(std::env::args()),
        settings::last_site(app),
        |p| p.is_dir(),
    );
    let path = match choice {
        LaunchSite::Argument(path) | LaunchSite::Last(path) => path,
        LaunchSite::Demo => match install_demo(app) {
            Ok(path) => path,
            Err(e) => {
                app.state::<AppState>().set_launch_error(e);
                return;
            }
        },
    };
    if let Err(e) = commands::site::open_at(app, &path) {
        eprintln!("inkstone: {e}");
        app.state::<AppState>().set_launch_error(e);
    }
}

fn install_demo<R: Runtime>(app: &AppHandle<R>) -> error::Result<std::path::PathBuf> {
    let data_dir = app.path().app_data_dir()?;
    Ok(inkstone_core::demo::install(&data_dir)?)
}

fn restore_window_size<R: Runtime>(app: &AppHandle<R>) {
    if let (Some((width, height)), Some(window)) =
        (settings::window_size(app), app.get_webview_window("main"))
    {
        let _ = window.set_size(tauri::LogicalSize::new(width, height));
    }
}
