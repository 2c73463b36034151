"""Write a ``Document`` as Markdown: plain, readable as text, and stable for golden-file tests."""

from __future__ import annotations

import re

from kb_app.export.document import (Block, Chart, BulletList, Contents, Document, Heading, Inline,
                                    PageBreak, Paragraph, Table, TitlePage)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(value: str) -> str:
    """Backslash-escape what Markdown would read as markup, so text stays text."""
    return _SPECIAL.sub(r"\\\1", value)


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
            lead = value[:len(value) - len(value.lstrip())]
            trail = value[len(value.rstrip()):]
            value = f"{lead}{marker}{core}{marker[::-1]}{trail}"
        if run.link and core:
            value = f"[{value}](<{run.link}>)"
        parts.append(value)
    return "".join(parts)


def _cell(value: str) -> str:
    return "<br>".join(escape(line) for line in value.split("\n"))


def _table(block: Table) -> str:
    lines = ["| " + " | ".join(_cell(h) for h in block.header) + " |",
             "|" + "|".join("---" for _ in block.header) + "|"]
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
        return "\n".join(f"{f'{n}.' if block.ordered else '-'} {inline(item)}"
                         for n, item in enumerate(block.items, 1))
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, PageBreak | Chart):
        return None  # Markdown has no pages; a chart's figures stand in the table beside it
    raise TypeError(f"unknown block {block!r}")


def write_markdown(document: Document) -> str:
    parts = [_block(block, document) for block in document.blocks]
    return "\n\n".join(part for part in parts if part) + "\n"
