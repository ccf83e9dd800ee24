//! `inkstone render FILE [--site SITE_DIR] [--plain]`: the preview HTML of a post's body,
//! as the app shows it before sandboxing (or, `--plain`, as Hugo publishes it);
//! diagnostics go to stderr.

use inkstone_core::front_matter;
use inkstone_core::render::{render_body, RenderOptions};
use inkstone_core::site::{find_site_root, Site};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct RenderArgs {
    /// The markdown file to render.
    pub file: PathBuf,
    /// The site it belongs to; default: the site around the file.
    #[arg(long = "site")]
    pub site: Option<PathBuf>,
    /// Exactly the HTML Hugo publishes: no `data-line`, no preview-only elements.
    #[arg(long)]
    pub plain: bool,
}

/// Exit 0 when the body rendered cleanly, 1 when it rendered with errors (such as an
/// unknown shortcode), 2 when the file could not be read.
pub fn run(args: RenderArgs) -> ExitCode {
    let text = match read_utf8(&args.file) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("inkstone: {message}");
            return ExitCode::from(2);
        }
    };
    let split = match front_matter::split(&text) {
        Ok(split) => split,
        Err(error) => {
            eprintln!(
                "{}:{}:{}: error[{}]: {}",
                args.file.display(),
                error.line(),
                error.column(),
                error.code(),
                error
            );
            return ExitCode::from(2);
        }
    };
    let site_root = match &args.site {
        Some(dir) => find_site_root(dir),
        None => args
            .file
            .parent()
            .and_then(|dir| find_site_root(&absolute(dir))),
    };
    let site = match site_root.map(|root| Site::open(&root)) {
        Some(Ok(site)) => Some(site),
        Some(Err(error)) => {
            eprintln!("inkstone: {error}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let mut opts = options_for(site.as_ref(), &args.file, &text);
    opts.preview_marks = !args.plain;
    let body = text.get(split.body.clone()).unwrap_or("");
    let rendered = render_body(body, split.body_first_line, &opts);
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout
        .write_all(rendered.html.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if error.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("inkstone: cannot write the HTML: {error}");
            return ExitCode::from(2);
        }
    }
    for diagnostic in &rendered.diagnostics {
        eprintln!("{}", diagnostic.to_text_line());
    }
    if rendered.diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The site's options with this page's path and front matter, or Hugo's defaults when
/// the file is not in a site.
fn options_for<'a>(site: Option<&'a Site>, file: &Path, text: &str) -> RenderOptions<'a> {
    let fields = || {
        front_matter::read(text)
            .map(|(_, fm)| fm.fields.into_iter().collect())
            .unwrap_or_default()
    };
    let Some(site) = site else {
        return RenderOptions {
            path: file.to_string_lossy().replace('\\', "/"),
            params: fields(),
            ..RenderOptions::default()
        };
    };
    let root = absolute(site.root());
    let rel_path = absolute(file)
        .strip_prefix(&root)
        .map(|rel| rel.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| file.to_string_lossy().replace('\\', "/"));
    match site.post(&rel_path) {
        Some(post) => RenderOptions::for_site(site).with_page(post),
        None => RenderOptions {
            path: rel_path,
            params: fields(),
            ..RenderOptions::for_site(site)
        },
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn read_utf8(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot read {}: {e}: check the path", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        format!(
            "{}:{line}: the file is not UTF-8 text: re-save it as UTF-8",
            path.display()
        )
    })
}
