//! Renders the render bench's 50 KB post a number of times one way, so that an instruction
//! count, which machine load does not move, can compare our render with bare pulldown-cmark:
//!
//! `valgrind --tool=callgrind target/release/examples/render_instructions MODE RUNS`
//!
//! MODE is `preview` (with preview marks, as the app renders), `hugo` (Hugo's HTML, as
//! `inkstone render --plain`) or `bare` (pulldown-cmark `push_html`). Subtract the count of a
//! run with RUNS = 0 (building the post and starting up) before dividing two modes' counts.

#[path = "../benches/support/long_post.rs"]
mod long_post;

use inkstone_core::render::{render_body, RenderOptions};
use long_post::{bare_options, long_post};
use pulldown_cmark::{html, Parser};
use std::hint::black_box;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let Some(runs) = args.next().and_then(|n| n.parse::<usize>().ok()) else {
        eprintln!("usage: render_instructions preview|hugo|bare RUNS");
        return ExitCode::from(2);
    };
    let post = long_post();
    let preview = RenderOptions::default();
    let hugo = RenderOptions {
        preview_marks: false,
        ..RenderOptions::default()
    };
    let mut bytes = 0;
    for _ in 0..runs {
        bytes += match mode.as_str() {
            "preview" => render_body(black_box(&post), 14, &preview).html.len(),
            "hugo" => render_body(black_box(&post), 14, &hugo).html.len(),
            "bare" => {
                let mut out = String::with_capacity(post.len() * 2);
                html::push_html(&mut out, Parser::new_ext(black_box(&post), bare_options()));
                out.len()
            }
            _ => {
                eprintln!("render_instructions: MODE is preview, hugo or bare");
                return ExitCode::from(2);
            }
        };
    }
    println!("{mode}: {runs} runs, {bytes} bytes of HTML");
    ExitCode::SUCCESS
}
