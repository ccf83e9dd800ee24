#!/usr/bin/env python3
"""Tuning aid: goldmark's own test cases (../shared/corpora/goldmark-cases) through
`inkstone render --plain`, compared after normalizing. Goldmark runs each file with
only its extension on, Hugo (and Inkstone) with all of them, so a few cases differ
by design; the share per file shows where the writer drifts.

usage: goldmark_cases.py [--corpora DIR] [--inkstone PATH] [--show N]
"""
import argparse, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from compare import REPO, find_inkstone  # noqa: E402
from normalize import normalize  # noqa: E402


def cases(path):
    """(number, markdown, expected html) for each case of a goldmark case file."""
    text = open(path, encoding="utf-8").read()
    for block in text.split("//= = = = = = = = = = = = = = = = = = = = = = = =//"):
        parts = block.split("//- - - - - - - - -//")
        if len(parts) != 3:
            continue
        number = parts[0].strip().splitlines()[0] if parts[0].strip() else "?"
        yield number, parts[1].lstrip("\n"), parts[2].lstrip("\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", default=os.path.join(REPO, "..", "shared", "corpora"))
    parser.add_argument("--inkstone")
    parser.add_argument("--show", type=int, default=3)
    args = parser.parse_args()
    inkstone = find_inkstone(args.inkstone)
    folder = os.path.join(args.corpora, "goldmark-cases")
    total_pass = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, "case.md")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            passed, failed = 0, []
            for number, markdown, expected in cases(os.path.join(folder, name)):
                with open(file, "w", encoding="utf-8") as f:
                    f.write(markdown)
                ours = subprocess.run([inkstone, "render", "--plain", file], capture_output=True, text=True, cwd=tmp).stdout
                if normalize(ours) == normalize(expected):
                    passed += 1
                else:
                    failed.append((number, markdown, expected, ours))
            count = passed + len(failed)
            total_pass, total = total_pass + passed, total + count
            print(f"{name:24} {passed:4}/{count:<4} {100.0 * passed / max(count, 1):5.1f}%")
            for number, markdown, expected, ours in failed[: args.show]:
                print(f"   case {number}: {markdown[:60]!r}\n     want {expected[:100]!r}\n     ours {ours[:100]!r}")
    print(f"{'all':24} {total_pass:4}/{total:<4} {100.0 * total_pass / max(total, 1):5.1f}%")


if __name__ == "__main__":
    main()
