#!/usr/bin/env bash
# Times `inkstone list` against `hugo list all`, and `inkstone check` against
# `hugo --renderToMemory`, on generated sites of 1,000 and 10,000 posts; prints ratios.
#
# usage: scripts/bench/compare-hugo.sh PATH/TO/gensite.py [WORK_DIR]
# Needs: python3, hugo, cargo; uses hyperfine when installed, else a timing loop.
set -euo pipefail

gensite=${1:?usage: compare-hugo.sh PATH/TO/gensite.py [WORK_DIR]}
work=${2:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-5}

command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install hugo)" >&2; exit 2; }

echo "building inkstone (release)..." >&2
cargo build --quiet --release -p inkstone-cli --manifest-path "$repo/Cargo.toml"
target_dir=${CARGO_TARGET_DIR:-$repo/target}
inkstone="$target_dir/release/inkstone"

for n in 1000 10000; do
  [ -d "$work/site-$n/content" ] || python3 "$gensite" "$work/site-$n" "$n" >/dev/null
done

has_check=no
if "$inkstone" check --help >/dev/null 2>&1; then has_check=yes; fi

# Mean wall time of a command in seconds.
mean_seconds() {
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-json "$json" \
      --style none "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json"
    rm -f "$json"
  else
    python3 - "$1" "$runs" <<'PY'
import subprocess, sys, time
cmd, runs = sys.argv[1], int(sys.argv[2])
subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(sum(times) / len(times))
PY
  fi
}

row() { # label inkstone-command hugo-command
  local ours theirs
  ours=$(mean_seconds "$2")
  theirs=$(mean_seconds "$3")
  python3 -c 'import sys; o,t=float(sys.argv[2]),float(sys.argv[3]); print(f"{sys.argv[1]:<34} inkstone {o*1000:8.1f} ms   hugo {t*1000:8.1f} ms   ratio {t/o:6.1f}x")' "$1" "$ours" "$theirs"
}

echo "inkstone: $("$inkstone" --version)   hugo: $(hugo version | cut -d' ' -f2)   runs: $runs   cores: $(nproc)"
for n in 1000 10000; do
  site="$work/site-$n"
  row "list, $n posts" "'$inkstone' list '$site' --format json" "hugo list all --source '$site'"
  if [ "$has_check" = yes ]; then
    row "check, $n posts" "'$inkstone' check '$site'" "hugo --renderToMemory --source '$site' --quiet"
  else
    echo "check, $n posts: skipped (inkstone check is not built yet)"
  fi
done
