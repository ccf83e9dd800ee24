#!/usr/bin/env python3
"""Preview fidelity against Hugo: the share of posts whose `inkstone render --plain`
matches what the installed `hugo` publishes, after normalizing whitespace and
attribute order (highlighted code compared by its text: chroma's token colours are
not reproduced).

usage:
  compare.py hugodocs [--corpora DIR]   Hugo's documentation (../shared/corpora/hugodocs),
                                        every shortcode stubbed to print nothing
  compare.py gensite [--posts N]        a site made by ../shared/tools/gensite.py
  compare.py goldmark-cases             goldmark's own test inputs (../shared/corpora/
                                        goldmark-cases), with Hugo's output as the truth
                                        instead of the case files' expectations
options: --inkstone PATH (default: the inkstone on PATH, else target*/release|debug)
         --show N (mismatches to print, default 5)  --keep DIR (keep the built site)

Opt-in: reads ../shared, which a fresh clone does not have; nothing here runs in the
default test suite.
"""
import argparse, glob, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from normalize import normalize  # noqa: E402

# Go templates drop HTML comments, so the source path rides in an element.
FILE_MARK = re.compile(r'^<meta name="inkstone-file" content="(.*?)">\n', re.S)
CONFIG = """baseURL = "https://example.org/"
title = "fidelity"
disableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]
"""


def find_inkstone(given):
    if given:
        return given
    on_path = shutil.which("inkstone")
    if on_path:
        return on_path
    built = sorted(glob.glob(os.path.join(REPO, "target*", "*", "inkstone")), key=os.path.getmtime)
    if not built:
        sys.exit("no inkstone binary: cargo build -p inkstone-cli, or pass --inkstone")
    return built[-1]


def stub_shortcodes(content_dir, layouts):
    """An empty template per shortcode the content uses (built-ins too, which a site's
    own template overrides in Hugo and in Inkstone); paired ones touch .Inner."""
    names, paired = set(), set()
    for path in glob.glob(os.path.join(content_dir, "**", "*.md"), recursive=True):
        text = open(path, encoding="utf-8", errors="replace").read()
        for m in re.finditer(r"\{\{[<%]\s*(/?)\s*([\w./-]+)", text):
            if m.group(2).startswith("/*"):
                continue
            names.add(m.group(2))
            if m.group(1):
                paired.add(m.group(2))
    os.makedirs(os.path.join(layouts, "shortcodes"), exist_ok=True)
    for name in names:
        target = os.path.join(layouts, "shortcodes", name + ".html")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write("{{ $inner := .Inner }}" if name in paired else "")
    return len(names)


def write_goldmark_cases(folder, into):
    """Each goldmark case input as a post of its own (`<file>-<number>.md`): Hugo, with all
    its default extensions on, says what it publishes, which the case files (one extension
    on at a time, a newer goldmark) do not."""
    from goldmark_cases import cases  # noqa: E402

    if not os.path.isdir(folder):
        sys.exit(f"no corpus at {folder}")
    os.makedirs(into, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        for number, markdown, _expected in cases(os.path.join(folder, name)):
            stem = re.sub(r"[^\w-]", "_", f"{name[:-4]}-{number}")
            with open(os.path.join(into, stem + ".md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {stem}\n---\n{markdown}")
            count += 1
    return count


def hugo_outputs(site, public):
    """Hugo's .Content per source file, keyed by the path under content/."""
    done = subprocess.run(["hugo", "--quiet", "--destination", public], cwd=site, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("hugo failed:\n" + done.stderr[-3000:])
    outputs = {}
    for path in glob.glob(os.path.join(public, "**", "*.html"), recursive=True):
        text = open(path, encoding="utf-8").read()
        m = FILE_MARK.match(text)
        if m:
            outputs[m.group(1)] = text[m.end():]
    return outputs


def prepare_layouts(site):
    layouts = os.path.join(site, "layouts", "_default")
    os.makedirs(layouts, exist_ok=True)
    with open(os.path.join(layouts, "single.html"), "w") as f:
        f.write('<meta name="inkstone-file" content="{{ .File.Path }}">\n{{ .Content }}')
    with open(os.path.join(layouts, "list.html"), "w") as f:
        f.write("")


def compare(site, inkstone, show):
    outputs = hugo_outputs(site, os.path.join(site, "public"))
    exact = normalized = 0
    mismatches = []
    for rel, hugo_html in sorted(outputs.items()):
        file = os.path.join(site, "content", rel)
        done = subprocess.run([inkstone, "render", "--plain", file, "--site", site], capture_output=True, text=True)
        ours = done.stdout
        if ours == hugo_html:
            exact += 1
        if normalize(ours) == normalize(hugo_html):
            normalized += 1
        else:
            mismatches.append((rel, hugo_html, ours))
    total = len(outputs)
    print(f"posts compared: {total}")
    print(f"match after normalizing: {normalized} ({100.0 * normalized / max(total, 1):.1f}%)")
    print(f"byte-identical:          {exact} ({100.0 * exact / max(total, 1):.1f}%)")
    for rel, hugo_html, ours in mismatches[:show]:
        a, b = normalize(hugo_html).split("\n"), normalize(ours).split("\n")
        at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"\n--- {rel} (first difference at token {at})")
        print("  hugo: " + " | ".join(a[max(at - 1, 0):at + 3]))
        print("  ours: " + " | ".join(b[max(at - 1, 0):at + 3]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", choices=["hugodocs", "gensite", "goldmark-cases"])
    parser.add_argument("--corpora", default=os.path.join(REPO, "..", "shared", "corpora"))
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--inkstone")
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--keep")
    args = parser.parse_args()
    if not shutil.which("hugo"):
        sys.exit("hugo is not on PATH (Debian package `hugo`)")
    inkstone = find_inkstone(args.inkstone)
    site = args.keep or tempfile.mkdtemp(prefix="inkstone-fidelity-")
    if args.corpus == "hugodocs":
        source = os.path.join(args.corpora, "hugodocs", "content")
        if not os.path.isdir(source):
            sys.exit(f"no corpus at {source}")
        shutil.copytree(source, os.path.join(site, "content"), dirs_exist_ok=True)
        with open(os.path.join(site, "hugo.toml"), "w") as f:
            f.write(CONFIG)
        count = stub_shortcodes(os.path.join(site, "content"), os.path.join(site, "layouts"))
        print(f"hugodocs: {count} shortcode names stubbed")
    elif args.corpus == "goldmark-cases":
        count = write_goldmark_cases(os.path.join(args.corpora, "goldmark-cases"), os.path.join(site, "content", "cases"))
        with open(os.path.join(site, "hugo.toml"), "w") as f:
            f.write(CONFIG)
        print(f"goldmark-cases: {count} cases")
    else:
        tool = os.path.join(args.corpora, "..", "tools", "gensite.py")
        subprocess.run([sys.executable, tool, site, str(args.posts)], check=True)
    prepare_layouts(site)
    try:
        compare(site, inkstone, args.show)
    finally:
        if not args.keep:
            shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
