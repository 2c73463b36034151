"""Write a ``Document`` as Markdown: plain, readable as text, and stable for golden-file tests.

The file is opened in viewers that pass raw HTML through (CommonMark does), so nothing a user or
a library pack wrote may turn into markup there: every character that starts Markdown or HTML
syntax is backslash-escaped, and a link is written only for ``http(s)``/``mailto`` addresses, with
every character that could end or break its destination percent-encoded.
"""

from __future__ import annotations

import re
import string

from kb_app.core.links import is_safe_link
from kb_app.export import document as d
from kb_app.export.document import BlockWriter, InlineStyle, flow, inline_markup

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&])")
# Kept as they are in a link destination; everything else (space, <, >, (, ), \, quotes, `,
# control and non-ASCII characters) is percent-encoded, so it cannot end the destination.
_URL_SAFE = frozenset(string.ascii_letters + string.digits + "-._~:/?#[]@!$&*+,;=%")


def escape(value: str) -> str:
    """Backslash-escape what Markdown would read as markup, so text stays text."""
    return _SPECIAL.sub(r"\\\1", value)


def link_destination(url: str) -> str | None:
    """``url`` as a CommonMark link destination, or ``None`` when it may not be a link."""
    url = url.strip()
    if not is_safe_link(url):
        return None  # javascript:, data:, file: and friends stay plain text
    # By hand rather than urllib.parse.quote: no module of the app imports network packages
    # (tests/test_offline.py), and this is one line.
    return "".join(c if c in _URL_SAFE else _percent(c) for c in url)


def _percent(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "replace"))


def _emphasis(value: str, bold: bool, italic: bool) -> str:
    # Markers hug the text: "** x**" is not bold in CommonMark, so blanks stay outside them.
    core = value.strip()
    if not core:
        return value
    marker = ("**" if bold else "") + ("*" if italic else "")
    lead = value[: len(value) - len(value.lstrip())]
    trail = value[len(value.rstrip()) :]
    return f"{lead}{marker}{core}{marker[::-1]}{trail}"


def _link(value: str, url: str) -> str:
    target = link_destination(url)
    return f"[{value}](<{target}>)" if target and value.strip() else value


STYLE = InlineStyle(line_break="  \n", escape=escape, emphasis=_emphasis, link=_link)


def inline(runs: d.Inline) -> str:
    return inline_markup(runs, STYLE)


def _cell(value: str) -> str:
    return "<br>".join(escape(line) for line in value.split("\n"))


def _table(block: d.Table) -> str:
    lines = [
        "| " + " | ".join(_cell(h) for h in block.header) + " |",
        "|" + "|".join("---" for _ in block.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return "\n".join(lines)


class _Writer(BlockWriter[str]):
    """Markdown has no pages; a chart's figures stand in the table beside it."""

    def __init__(self, document: d.Document) -> None:
        self.document = document

    def title_page(self, block: d.TitlePage) -> str:
        parts = [f"# {escape(block.title)}"]
        if block.subtitle:
            parts.append(f"*{escape(block.subtitle)}*")
        if block.lines:
            parts.append("  \n".join(escape(line) for line in block.lines))
        return "\n\n".join(parts)

    def contents(self, block: d.Contents) -> str:
        # Plain entries, not links: every Markdown renderer makes heading anchors its own way.
        entries = (f"{'  ' * (h.level - 1)}- {escape(h.text)}" for h in self.document.headings())
        return f"**{escape(block.title)}**\n\n" + "\n".join(entries)

    def heading(self, block: d.Heading) -> str:
        # The title page is the only level-1 Markdown heading; sections start at "##".
        return f"{'#' * min(block.level + 1, 6)} {escape(block.text)}"

    def paragraph(self, block: d.Paragraph) -> str:
        body = inline(block.runs)
        return f"> {body}" if block.style == "note" else body

    def bullet_list(self, block: d.BulletList) -> str:
        return "\n".join(
            f"{f'{n}.' if block.ordered else '-'} {inline(item)}"
            for n, item in enumerate(block.items, 1)
        )

    def table(self, block: d.Table) -> str:
        return _table(block)

    def chart(self, block: d.Chart) -> str:
        return ""


def write_markdown(document: d.Document) -> str:
    writer = _Writer(document)
    parts = [writer.block(block) for _index, block, _break in flow(document.blocks)]
    return "\n\n".join(part for part in parts if part) + "\n"
