//! Hugo 0.111's built-in shortcodes, producing the HTML its embedded templates print
//! (derived from pages built with that Hugo, not from its source).

use super::parse::Args;
use crate::render::chroma;
use crate::render::code;
use crate::render::escape::{escaped, push_escaped_url};
use crate::render::highlight_options::HighlightOptions;
use crate::render::options::RenderOptions;

/// What a built-in shortcode produced.
pub struct BuiltinOutput {
    /// Exactly what Hugo publishes (empty when Hugo needs the network to know).
    pub hugo: String,
    /// For network embeds: what the offline preview shows instead.
    pub card: Option<Card>,
}

/// An offline stand-in for an embed that would load from the network.
pub struct Card {
    pub kind: &'static str,
    pub title: String,
    pub url: String,
}

/// A problem with a built-in's arguments, reported as a diagnostic.
pub struct BuiltinProblem {
    pub code: &'static str,
    pub message: String,
    pub hint: String,
}

pub type Markdownify<'a> = &'a dyn Fn(&str) -> String;

const RESPONSIVE_BOX: &str =
    "position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;";
const RESPONSIVE_FRAME: &str =
    "position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;";

/// Names this Hugo (or the preview, for newer ones) knows without a template in the site.
pub fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "youtube"
            | "vimeo"
            | "figure"
            | "highlight"
            | "ref"
            | "relref"
            | "param"
            | "gist"
            | "instagram"
            | "tweet"
            | "twitter"
            | "x"
            | "details"
            | "qr"
    )
}

/// Renders a built-in, or explains what is wrong with the call.
pub fn render_builtin(
    name: &str,
    args: &Args,
    inner: Option<&str>,
    opts: &RenderOptions,
    markdownify: Markdownify,
) -> Result<BuiltinOutput, BuiltinProblem> {
    let plain = |hugo: String| Ok(BuiltinOutput { hugo, card: None });
    match name {
        "youtube" => youtube(args),
        "vimeo" => vimeo(args),
        "figure" => plain(figure(args, markdownify)),
        "highlight" => {
            let lang = args.positional.first().map_or("", String::as_str);
            let code_text = inner.unwrap_or("").trim_start_matches('\n').trim_end();
            let options = args.positional.get(1).map_or("", String::as_str);
            let options = HighlightOptions::from_shortcode(options);
            let mut out = String::new();
            if code::chroma_knows(lang) {
                chroma::push_highlighted(&mut out, lang, code_text, "", &options);
            } else {
                // Not highlighted: no options apply, so no ordinal is needed.
                code::push_fence(&mut out, lang, code_text, "", 0);
            }
            plain(out)
        }
        "ref" | "relref" => reference(name, args, opts),
        "param" => {
            let key = args.get("name", 0).unwrap_or("");
            let value = lookup_param(&opts.params, key);
            plain(escaped(&value))
        }
        "gist" => {
            let user = args.get("user", 0).unwrap_or("");
            let id = args.get("id", 1).unwrap_or("");
            let file = args
                .get("file", 2)
                .map(|f| format!("?file={f}"))
                .unwrap_or_default();
            let src = format!("https://gist.github.com/{user}/{id}.js{file}");
            Ok(BuiltinOutput {
                hugo: format!(
                    "<script type=\"application/javascript\" src=\"{}\"></script>\n",
                    url_attr(&src)
                ),
                card: Some(Card {
                    kind: "gist",
                    title: format!("Gist {user}/{id}"),
                    url: format!("https://gist.github.com/{user}/{id}"),
                }),
            })
        }
        "instagram" => {
            let id = args.get("id", 0).unwrap_or("");
            Ok(BuiltinOutput {
                hugo: String::new(),
                card: Some(Card {
                    kind: "instagram",
                    title: "Instagram post".to_string(),
                    url: format!("https://www.instagram.com/p/{id}/"),
                }),
            })
        }
        "tweet" | "twitter" | "x" => {
            let user = args.get("user", 0).unwrap_or("");
            let id = args.get("id", 1).unwrap_or("");
            Ok(BuiltinOutput {
                hugo: String::new(),
                card: Some(Card {
                    kind: "x",
                    title: format!("Post by @{user}"),
                    url: format!("https://x.com/{user}/status/{id}"),
                }),
            })
        }
        "qr" => {
            let text = args
                .get("text", 0)
                .map(str::to_string)
                .or_else(|| inner.map(|i| i.trim().to_string()))
                .unwrap_or_default();
            Ok(BuiltinOutput {
                hugo: String::new(),
                card: Some(Card {
                    kind: "qr",
                    title: "QR code".to_string(),
                    url: text,
                }),
            })
        }
        "details" => {
            let summary = args.get("summary", 0).unwrap_or("Details");
            let open = if args.named("open").is_some_and(|v| v == "true") {
                " open"
            } else {
                ""
            };
            let body = markdownify(inner.unwrap_or(""));
            plain(format!(
                "<details{open}>\n  <summary>{}</summary>\n  {}\n</details>\n",
                markdownify_inline(summary, markdownify),
                body.trim_end()
            ))
        }
        _ => plain(String::new()),
    }
}

fn youtube(args: &Args) -> Result<BuiltinOutput, BuiltinProblem> {
    let Some(id) = args.get("id", 0).filter(|id| !id.is_empty()) else {
        return Err(missing(
            "youtube",
            "the video id",
            "{{< youtube FytajtbCY94 >}}",
        ));
    };
    let title = args.named("title").unwrap_or("YouTube Video");
    let autoplay = if args.named("autoplay") == Some("true") {
        "?autoplay=1"
    } else {
        ""
    };
    let src = format!("https://www.youtube.com/embed/{id}{autoplay}");
    let hugo = match args.named("class") {
        Some(class) => format!(
            "\n<div class=\"{}\">\n  <iframe src=\"{}\" allowfullscreen title=\"{}\"></iframe>\n</div>\n",
            escaped(class), url_attr(&src), escaped(title)
        ),
        None => format!(
            "\n<div style=\"{RESPONSIVE_BOX}\">\n  <iframe src=\"{}\" style=\"{RESPONSIVE_FRAME}\" allowfullscreen title=\"{}\"></iframe>\n</div>\n",
            url_attr(&src), escaped(title)
        ),
    };
    let card_title = args.named("title").unwrap_or("YouTube video").to_string();
    Ok(BuiltinOutput {
        hugo,
        card: Some(Card {
            kind: "youtube",
            title: card_title,
            url: format!("https://www.youtube.com/watch?v={id}"),
        }),
    })
}

fn vimeo(args: &Args) -> Result<BuiltinOutput, BuiltinProblem> {
    let Some(id) = args.get("id", 0).filter(|id| !id.is_empty()) else {
        return Err(missing("vimeo", "the video id", "{{< vimeo 146022717 >}}"));
    };
    let src = format!("https://player.vimeo.com/video/{id}");
    let title = args.named("title").unwrap_or("vimeo video");
    let hugo = match args.named("class") {
        Some(class) => format!(
            "<div class=\"{}\">\n  <iframe src=\"{}\" title=\"{}\" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n</div>\n",
            escaped(class), url_attr(&src), escaped(title)
        ),
        None => format!(
            "\n<div style=\"{RESPONSIVE_BOX}\">\n  <iframe src=\"{}\" style=\"{RESPONSIVE_FRAME}\" title=\"{}\" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>\n</div>\n",
            url_attr(&src), escaped(title)
        ),
    };
    Ok(BuiltinOutput {
        hugo,
        card: Some(Card {
            kind: "vimeo",
            title: args.named("title").unwrap_or("Vimeo video").to_string(),
            url: format!("https://vimeo.com/{id}"),
        }),
    })
}

fn figure(args: &Args, markdownify: Markdownify) -> String {
    let get = |key: &str| args.named(key).filter(|v| !v.is_empty());
    let mut out = String::from("<figure");
    if let Some(class) = get("class") {
        out.push_str(&format!(" class=\"{}\"", escaped(class)));
    }
    out.push('>');
    if let Some(link) = get("link") {
        out.push_str(&format!("<a href=\"{}\"", url_attr(link)));
        if let Some(target) = get("target") {
            out.push_str(&format!(" target=\"{}\"", escaped(target)));
        }
        if let Some(rel) = get("rel") {
            out.push_str(&format!(" rel=\"{}\"", escaped(rel)));
        }
        out.push('>');
    }
    out.push_str(&format!(
        "<img src=\"{}\"",
        url_attr(get("src").unwrap_or(""))
    ));
    let caption = get("caption");
    let alt = get("alt")
        .map(escaped)
        .or_else(|| caption.map(|c| plain_text(&markdownify_inline(c, markdownify))));
    if alt.is_some() || get("width").is_some() || get("height").is_some() {
        out.push_str("\n        ");
        if let Some(alt) = alt {
            out.push_str(&format!(" alt=\"{alt}\""));
        }
        for key in ["width", "height", "loading"] {
            if let Some(value) = get(key) {
                out.push_str(&format!(" {key}=\"{}\"", escaped(value)));
            }
        }
    }
    out.push_str("/>");
    if get("link").is_some() {
        out.push_str("</a>");
    }
    let title = get("title");
    let attr = get("attr");
    if title.is_some() || caption.is_some() || attr.is_some() {
        out.push_str("<figcaption>\n            ");
        if let Some(title) = title {
            out.push_str(&format!("<h4>{}</h4>", escaped(title)));
        }
        if caption.is_some() || attr.is_some() {
            out.push_str("<p>");
            if let Some(caption) = caption {
                out.push_str(&markdownify_inline(caption, markdownify));
                if attr.is_some() {
                    out.push_str("\n                    ");
                }
            }
            if let Some(attr) = attr {
                let attr_html = markdownify_inline(attr, markdownify);
                match get("attrlink") {
                    Some(link) => {
                        out.push_str(&format!("<a href=\"{}\">{attr_html}</a>", url_attr(link)))
                    }
                    None => out.push_str(&attr_html),
                }
            }
            out.push_str("</p>");
        }
        out.push_str("\n        </figcaption>");
    }
    out.push_str("\n</figure>\n");
    out
}

fn reference(
    name: &str,
    args: &Args,
    opts: &RenderOptions,
) -> Result<BuiltinOutput, BuiltinProblem> {
    let target = args.get("path", 0).unwrap_or("");
    let (page, anchor) = match target.split_once('#') {
        Some((page, anchor)) => (page, format!("#{anchor}")),
        None => (target, String::new()),
    };
    let url = if page.is_empty() {
        Some(String::new())
    } else {
        opts.links.and_then(|links| links.resolve(page))
    };
    let Some(url) = url else {
        return Err(BuiltinProblem {
            code: "ref-not-found",
            message: format!("`{name}` points to \"{target}\", which is not a page of this site"),
            hint: "check the path relative to content/, e.g. {{< relref \"posts/my-post.md\" >}}"
                .to_string(),
        });
    };
    let url = if name == "ref" && !url.is_empty() {
        format!("{}{url}", opts.base_url.trim_end_matches('/'))
    } else {
        url
    };
    Ok(BuiltinOutput {
        hugo: format!("{url}{anchor}"),
        card: None,
    })
}

/// A dotted key (`params.author`, `title`) in the page and site params.
fn lookup_param(params: &serde_json::Map<String, serde_json::Value>, key: &str) -> String {
    let mut parts = key.split('.');
    let Some(first) = parts.next() else {
        return String::new();
    };
    let mut node = params
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(first))
        .map(|(_, value)| value);
    for part in parts {
        node = node.and_then(|n| n.as_object()).and_then(|map| {
            map.iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(part))
                .map(|(_, value)| value)
        });
    }
    match node {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn missing(name: &str, what: &str, example: &str) -> BuiltinProblem {
    BuiltinProblem {
        code: "shortcode-argument",
        message: format!("`{name}` needs {what}"),
        hint: format!("write it like {example}"),
    }
}

fn url_attr(url: &str) -> String {
    let mut out = String::new();
    push_escaped_url(&mut out, url);
    out
}

/// Hugo's `markdownify`: markdown rendered, a lone paragraph unwrapped.
fn markdownify_inline(text: &str, markdownify: Markdownify) -> String {
    let html = markdownify(text);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|t| t.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

/// Tags removed, as Hugo's `plainify` does for a caption used as alt text.
fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
