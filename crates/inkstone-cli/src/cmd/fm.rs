//! `inkstone fm set FILE KEY VALUE` / `inkstone fm unset FILE KEY`: lossless edits.

use inkstone_core::front_matter::{set_field, unset_field, yaml_value, EditError};
use inkstone_core::fsio::{read_text, write_atomic, ReadError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The edit to apply to the file's text.
type Edit<'a> = dyn Fn(&str) -> Result<String, EditError> + 'a;

#[derive(clap::Args)]
pub struct FmArgs {
    #[command(subcommand)]
    pub action: FmAction,
}

#[derive(clap::Subcommand)]
pub enum FmAction {
    /// Set one top-level field; only that field's lines change.
    Set {
        file: PathBuf,
        key: String,
        /// The value as YAML: '["AI","Rust"]', false, "標題", 2026-02-06T09:00:00+08:00.
        /// An empty VALUE is the empty text; type null for null.
        value: String,
    },
    /// Remove one top-level field and its lines; a missing field changes nothing.
    Unset { file: PathBuf, key: String },
}

/// Prints nothing on success. Exit 1 when the file cannot be edited (the reason as
/// `path:line:column: error[code]: message` and a hint), 2 when the command could
/// not run (missing file, bad VALUE, failed write).
pub fn run(args: FmArgs) -> ExitCode {
    let (file, edit): (&Path, Box<Edit<'_>>) = match &args.action {
        FmAction::Set { file, key, value } => {
            let value = match yaml_value(value) {
                Ok(value) => value,
                Err(error) => {
                    eprintln!("inkstone: VALUE is not valid YAML: {error}");
                    eprintln!("hint: quote text that contains `: ` or starts with a special character, e.g. '\"a: b\"'");
                    return ExitCode::from(2);
                }
            };
            (file, Box::new(move |text| set_field(text, key, &value)))
        }
        FmAction::Unset { file, key } => (file, Box::new(move |text| unset_field(text, key))),
    };
    let text = match read_text(file) {
        Ok(text) => text,
        Err(error @ ReadError::Io { .. }) | Err(error @ ReadError::TooLarge { .. }) => {
            eprintln!("inkstone: {error}");
            eprintln!("hint: {}", error.hint());
            return ExitCode::from(2);
        }
        Err(error) => {
            let message = error.to_string();
            // The path already leads the location; keep only what follows it.
            let message = message
                .split_once(": ")
                .map_or(message.as_str(), |(_, rest)| rest);
            report(
                file,
                error.line(),
                error.column(),
                error.code(),
                message,
                &error.hint(),
            );
            return ExitCode::from(1);
        }
    };
    let edited = match edit(&text) {
        Ok(edited) => edited,
        Err(error) => {
            report(
                file,
                error.line(),
                error.column(),
                error.code(),
                &error.to_string(),
                &error.hint(),
            );
            return ExitCode::from(1);
        }
    };
    if edited == text {
        return ExitCode::SUCCESS;
    }
    match write_atomic(file, edited.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("inkstone: {}: cannot be saved: {error}", file.display());
            eprintln!("hint: check that the folder exists and that you may write to it");
            ExitCode::from(2)
        }
    }
}

fn report(file: &Path, line: u32, column: u32, code: &str, message: &str, hint: &str) {
    eprintln!(
        "{}:{line}:{column}: error[{code}]: {message}",
        file.display()
    );
    eprintln!("hint: {hint}");
}
