//! Times `Site::open` (the app's index) on one site and prints the fastest and the
//! median of several runs: `cargo run --release -p inkstone-core --example
//! open_timing -- SITE_DIR [RUNS]`. scripts/bench/compare-hugo.sh runs it.

use inkstone_core::site::Site;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The app's allocator, so the figure is the one the app sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next().map(PathBuf::from) else {
        eprintln!("usage: open_timing SITE_DIR [RUNS]");
        return ExitCode::from(2);
    };
    let runs: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10)
        .max(1);
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    let mut cpu = Some(Duration::ZERO);
    let mut posts = 0;
    // One run first, not counted: it warms the page cache as the app's second open would.
    if let Err(error) = Site::open(&root) {
        eprintln!("open_timing: {error}");
        return ExitCode::from(2);
    }
    for _ in 0..runs {
        let cpu_before = process_cpu();
        let start = Instant::now();
        let site = Site::open(&root).expect("opened once already");
        times.push(start.elapsed());
        cpu = match (cpu, cpu_before, process_cpu()) {
            (Some(sum), Some(before), Some(after)) => Some(sum + after.saturating_sub(before)),
            _ => None,
        };
        posts = site.posts().len();
        // Dropped here, outside the timings: the app drops an index only when it replaces it.
    }
    // CPU time of all threads, which waiting for a busy core does not inflate.
    let cpu = cpu.map_or_else(String::new, |cpu| {
        format!(", CPU {:.0} ms per open", ms(cpu) / runs as f64)
    });
    times.sort();
    println!(
        "Site::open: {posts} posts, wall min {:.1} ms, median {:.1} ms over {runs} runs{cpu}",
        ms(times[0]),
        ms(times[runs / 2])
    );
    ExitCode::SUCCESS
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// User plus system time of this process so far (Linux: `/proc/self/stat`, in the
/// kernel's 1/100 s ticks); `None` elsewhere.
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}
