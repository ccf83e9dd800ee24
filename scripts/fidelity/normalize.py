"""HTML normalized for comparison: one tag or text run per line, attributes sorted,
whitespace collapsed, `div.highlight` reduced to its text (the same rules as
crates/inkstone-core/tests/render_hugo_oracle.rs)."""
import re

TAG = re.compile(r"<[^>]*>")
ATTR = re.compile(r'([^\s=]+)(?:="([^"]*)")?')


def flatten_highlight(html):
    out, rest = [], html
    while True:
        start = rest.find('<div class="highlight"')
        if start < 0:
            out.append(rest)
            return "".join(out)
        out.append(rest[:start])
        depth, at, end = 0, start, len(rest)
        while True:
            o, c = rest.find("<div", at), rest.find("</div>", at)
            if c < 0:
                break
            if 0 <= o < c:
                depth, at = depth + 1, o + 4
            else:
                depth, at = depth - 1, c + 6
                if depth == 0:
                    end = at
                    break
        opening = rest[start:rest.index(">", start) + 1]
        out.append(opening + TAG.sub("", rest[start:end]) + "</div>")
        rest = rest[end:]


def normalize_tag(tag):
    if tag.startswith("<!") or tag.startswith("</"):
        return tag
    inner = tag[1:-1].rstrip("/").strip()
    name, _, attrs = inner.partition(" ")
    parts = sorted(f'{k}="{v or ""}"' for k, v in ATTR.findall(attrs))
    return f"<{name} {' '.join(parts)}>" if parts else f"<{name}>"


def normalize(html):
    lines = []
    for piece in re.split(r"(<[^>]*>)", flatten_highlight(html)):
        if piece.startswith("<"):
            lines.append(normalize_tag(piece))
        else:
            text = " ".join(piece.split())
            if text:
                lines.append(text)
    return "\n".join(lines)
