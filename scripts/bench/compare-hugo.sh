#!/usr/bin/env bash
# Times `inkstone list` against `hugo list all`, and `inkstone check` against
# `hugo --renderToMemory`, on generated sites of 1,000 and 10,000 posts; prints ratios.
# Then times `Site::open` (the app's index) on each site.
#
# usage: scripts/bench/compare-hugo.sh PATH/TO/gensite.py [WORK_DIR]
# Needs: python3, hugo, cargo; uses hyperfine when installed, else a timing loop.
set -euo pipefail

gensite=${1:?usage: compare-hugo.sh PATH/TO/gensite.py [WORK_DIR]}
work=${2:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-5}

command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }

echo "building inkstone and the open_timing example (release)..." >&2
cargo build --quiet --release -p inkstone-cli --manifest-path "$repo/Cargo.toml"
cargo build --quiet --release -p inkstone-core --example open_timing --manifest-path "$repo/Cargo.toml"
target_dir=${CARGO_TARGET_DIR:-$repo/target}
inkstone="$target_dir/release/inkstone"
open_timing="$target_dir/release/examples/open_timing"

for n in 1000 10000; do
  [ -d "$work/site-$n/content" ] || python3 "$gensite" "$work/site-$n" "$n" >/dev/null
done

has_check=no
if "$inkstone" check --help >/dev/null 2>&1; then has_check=yes; fi

# Fastest and median wall time and mean CPU time (user + system) of a command, in
# seconds. The machine may be shared: the fastest run is the least disturbed one, and
# CPU time does not count waiting for a core; all three are reported.
wall_and_cpu() {
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-json "$json" \
      --style none "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["min"], r["median"], r["user"]+r["system"])' "$json"
    rm -f "$json"
  else
    python3 - "$1" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
cmd, runs = sys.argv[1], int(sys.argv[2])
subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
walls, cpus = [], []
for _ in range(runs):
    before, t = os.times(), time.perf_counter()
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - t)
    after = os.times()
    cpus.append(after.children_user - before.children_user + after.children_system - before.children_system)
print(min(walls), statistics.median(walls), sum(cpus) / runs)
PY
  fi
}

row() { # label inkstone-command hugo-command
  local ours theirs
  ours=$(wall_and_cpu "$2")
  theirs=$(wall_and_cpu "$3")
  python3 -c '
import sys
label = sys.argv[1]
(omin, omed, ocpu), (tmin, tmed, tcpu) = (map(float, a.split()) for a in sys.argv[2:4])
ms = lambda s: f"{s*1000:7.0f} ms"
print(f"{label:<18} wall min: inkstone {ms(omin)}  hugo {ms(tmin)}  ratio {tmin/omin:5.1f}x"
      f" | wall median: inkstone {ms(omed)}  hugo {ms(tmed)}  ratio {tmed/omed:5.1f}x"
      f" | cpu: inkstone {ms(ocpu)}  hugo {ms(tcpu)}  ratio {tcpu/ocpu:5.1f}x")' "$1" "$ours" "$theirs"
}

echo "inkstone: $("$inkstone" --version)   hugo: $(hugo version | cut -d' ' -f2)   runs: $runs   cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in 1000 10000; do
  site="$work/site-$n"
  row "list, $n posts" "'$inkstone' list '$site' --format json" "hugo list all --source '$site'"
  if [ "$has_check" = yes ]; then
    row "check, $n posts" "'$inkstone' check '$site'" "hugo --renderToMemory --source '$site' --quiet"
  else
    echo "check, $n posts: skipped (inkstone check is not built yet)"
  fi
done
for n in 1000 10000; do
  echo "$n posts: $("$open_timing" "$work/site-$n" "$runs")"
done
