//! The metadata form: the site's schema, autocomplete values, and lossless field edits.

use crate::error::{AppError, Result};
use crate::state::AppState;
use inkstone_core::front_matter;
use inkstone_core::schema::{self, Schema};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

/// One value a field already has somewhere in the site, with how many posts use it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FieldValue {
    pub value: String,
    pub count: u32,
}

/// A buffer after a form edit: the whole text, with only the edited field's lines changed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct EditedText {
    pub text: String,
}

#[tauri::command]
pub fn schema_get(state: State<'_, AppState>) -> Result<Schema> {
    state.with_site(|site| {
        Schema::for_site(site).map_err(|e| AppError::new("schema", e.to_string()))
    })
}

#[tauri::command]
pub fn field_values(state: State<'_, AppState>, key: String) -> Result<Vec<FieldValue>> {
    state.with_site(|site| {
        let values =
            schema::infer::values_in_use(site.posts().iter().map(|p| &p.front_matter.fields), &key);
        Ok(values
            .into_iter()
            .map(|(value, count)| FieldValue {
                value,
                count: u32::try_from(count).unwrap_or(u32::MAX),
            })
            .collect())
    })
}

/// Sets `key` to `value` in the buffer `text` (not on disk): the form and the editor are
/// two views of one buffer, so the UI applies the result as an editor change.
#[tauri::command]
pub fn fm_set(text: String, key: String, value: serde_json::Value) -> Result<EditedText> {
    front_matter::set_field(&text, &key, &value)
        .map(|text| EditedText { text })
        .map_err(edit_error)
}

#[tauri::command]
pub fn fm_unset(text: String, key: String) -> Result<EditedText> {
    front_matter::unset_field(&text, &key)
        .map(|text| EditedText { text })
        .map_err(edit_error)
}

fn edit_error(e: front_matter::EditError) -> AppError {
    let mut error = AppError::new(e.code(), format!("{e}: {}", e.hint()));
    error.line = Some(e.line());
    error.column = Some(e.column());
    error
}
