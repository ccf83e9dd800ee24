//! Gathering a site's config tree: the root file and `config/_default/`, merged as Hugo does.

use super::parse_file::read_config_file;
use crate::site::root::ROOT_CONFIG_NAMES;
use crate::site::SiteError;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The merged config tree and the files it came from (root file first).
pub(crate) struct ConfigTree {
    pub tree: Value,
    pub files: Vec<PathBuf>,
}

/// Loads the root config file (the first of `hugo.*`, then `config.*`) and every file
/// of `config/_default/`. Files named `hugo.*`/`config.*` there hold whole configs;
/// any other file holds the key of its name (`params.toml` is `[params]`). The root
/// file wins where both set a key.
pub(crate) fn load_config_tree(root: &Path) -> Result<ConfigTree, SiteError> {
    let mut files = Vec::new();
    let mut merged = Value::Object(Map::new());

    let root_file = ROOT_CONFIG_NAMES
        .iter()
        .map(|name| root.join(name))
        .find(|path| path.is_file());

    let default_dir = root.join("config").join("_default");
    let mut dir_files = config_dir_files(&default_dir)?;
    // Whole-config files first so that per-key files refine them.
    dir_files.sort_by_key(|path| (!is_whole_config(path), path.clone()));
    for path in dir_files {
        let tree = read_config_file(&path)?;
        let stem = file_stem(&path);
        let tree = if is_whole_config(&path) {
            tree
        } else {
            let mut wrapper = Map::new();
            wrapper.insert(stem.to_lowercase(), tree);
            Value::Object(wrapper)
        };
        merge_into(&mut merged, tree);
        files.push(path);
    }

    if let Some(path) = root_file {
        let tree = read_config_file(&path)?;
        merge_into(&mut merged, tree);
        files.insert(0, path);
    }

    if files.is_empty() {
        return Err(SiteError::NoConfig {
            root: root.to_path_buf(),
        });
    }
    if !merged.is_object() {
        return Err(SiteError::ConfigValue {
            path: files[0].clone(),
            key: "(top level)".into(),
            problem: "is not a table of settings".into(),
            hint: "start the file with settings such as `title = \"My blog\"`".into(),
        });
    }
    Ok(ConfigTree {
        tree: merged,
        files,
    })
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string()
}

fn is_whole_config(path: &Path) -> bool {
    matches!(file_stem(path).as_str(), "hugo" | "config")
}

/// Config files of a `config/_default/` folder. Language-specific files such as
/// `menus.en.toml` are left out: they do not change what authoring needs.
fn config_dir_files(dir: &Path) -> Result<Vec<PathBuf>, SiteError> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(dir).map_err(|source| SiteError::ConfigRead {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let stem = file_stem(&path);
        if path.is_file()
            && matches!(extension, "toml" | "yaml" | "yml" | "json")
            && !stem.contains('.')
        {
            files.push(path);
        }
    }
    Ok(files)
}

/// Deep-merges `overlay` into `base`: tables merge key by key, anything else replaces.
pub(crate) fn merge_into(base: &mut Value, overlay: Value) {
    match (base, overlay) {
        (Value::Object(base_map), Value::Object(overlay_map)) => {
            for (key, value) in overlay_map {
                match base_map.get_mut(&key) {
                    Some(existing) => merge_into(existing, value),
                    None => {
                        base_map.insert(key, value);
                    }
                }
            }
        }
        (base, overlay) => *base = overlay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_keeps_base_keys_and_overrides_leaves() {
        let mut base = json!({"a": {"x": 1, "y": 2}, "b": 1});
        merge_into(&mut base, json!({"a": {"y": 3}, "c": 4}));
        assert_eq!(base, json!({"a": {"x": 1, "y": 3}, "b": 1, "c": 4}));
    }
}
