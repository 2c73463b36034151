"""Write a ``Document`` as Markdown: plain, readable as text, and stable for golden-file tests.

The file is opened in viewers that pass raw HTML through (CommonMark does), so nothing a user or
a library pack wrote may turn into markup there: every character that starts Markdown or HTML
syntax is backslash-escaped, and a link is written only for ``http(s)``/``mailto`` addresses, with
every character that could end or break its destination percent-encoded.
"""

from __future__ import annotations

import re
import string

from kb_app.export.document import (
    Block,
    BulletList,
    Chart,
    Contents,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Table,
    TitlePage,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&])")
_SAFE_LINKS = ("http://", "https://", "mailto:")
# Kept as they are in a link destination; everything else (space, <, >, (, ), \, quotes, `,
# control and non-ASCII characters) is percent-encoded, so it cannot end the destination.
_URL_SAFE = frozenset(string.ascii_letters + string.digits + "-._~:/?#[]@!$&*+,;=%")


def escape(value: str) -> str:
    """Backslash-escape what Markdown would read as markup, so text stays text."""
    return _SPECIAL.sub(r"\\\1", value)


def link_destination(url: str) -> str | None:
    """``url`` as a CommonMark link destination, or ``None`` when it may not be a link."""
    url = url.strip()
    if not url.lower().startswith(_SAFE_LINKS):
        return None  # javascript:, data:, file: and friends stay plain text
    # By hand rather than urllib.parse.quote: no module of the app imports network packages
    # (tests/test_offline.py), and this is one line.
    return "".join(c if c in _URL_SAFE else _percent(c) for c in url)


def _percent(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "replace"))


def inline(runs: Inline) -> str:
    parts = []
    for run in runs:
        if run.text == "\n":
            parts.append("  \n")
            continue
        value = escape(run.text)
        core = value.strip()
        if core and (run.bold or run.italic):
            marker = "**" if run.bold else ""
            marker += "*" if run.italic else ""
            lead = value[: len(value) - len(value.lstrip())]
            trail = value[len(value.rstrip()) :]
            value = f"{lead}{marker}{core}{marker[::-1]}{trail}"
        target = link_destination(run.link) if run.link and core else None
        if target:
            value = f"[{value}](<{target}>)"
        parts.append(value)
    return "".join(parts)


def _cell(value: str) -> str:
    return "<br>".join(escape(line) for line in value.split("\n"))


def _table(block: Table) -> str:
    lines = [
        "| " + " | ".join(_cell(h) for h in block.header) + " |",
        "|" + "|".join("---" for _ in block.header) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return "\n".join(lines)


def _contents(document: Document) -> str:
    # Plain entries, not links: every Markdown renderer makes heading anchors its own way.
    return "\n".join(f"{'  ' * (h.level - 1)}- {escape(h.text)}" for h in document.headings())


def _block(block: Block, document: Document) -> str | None:
    if isinstance(block, TitlePage):
        parts = [f"# {escape(block.title)}"]
        if block.subtitle:
            parts.append(f"*{escape(block.subtitle)}*")
        if block.lines:
            parts.append("  \n".join(escape(line) for line in block.lines))
        return "\n\n".join(parts)
    if isinstance(block, Contents):
        return f"**{escape(block.title)}**\n\n{_contents(document)}"
    if isinstance(block, Heading):
        # The title page is the only level-1 Markdown heading; sections start at "##".
        return f"{'#' * min(block.level + 1, 6)} {escape(block.text)}"
    if isinstance(block, Paragraph):
        body = inline(block.runs)
        return f"> {body}" if block.style == "note" else body
    if isinstance(block, BulletList):
        return "\n".join(
            f"{f'{n}.' if block.ordered else '-'} {inline(item)}"
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, PageBreak | Chart):
        return None  # Markdown has no pages; a chart's figures stand in the table beside it
    raise TypeError(f"unknown block {block!r}")


def write_markdown(document: Document) -> str:
    parts = [_block(block, document) for block in document.blocks]
    return "\n\n".join(part for part in parts if part) + "\n"
