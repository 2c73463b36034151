"""Turn the library's rendered HTML (and a plan's Markdown context) into document blocks.

Intervention and principle sections are stored as HTML. Exports must not pass that HTML through:
a DOCX has no HTML, and the HTML writer escapes everything itself. This small ``html.parser``
converter keeps what a document needs — paragraphs, lists, headings, tables, bold, italic and
external links — and drops every other tag, keeping its text. Internal ``kb://`` links become
plain text because they mean nothing outside the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from html.parser import HTMLParser

import markdown

from kb_app.core.links import is_safe_link
from kb_app.export.document import Block, BulletList, Heading, Inline, Paragraph, Run, Table
from kb_app.pipeline.mdguard import GuardExtension

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "blockquote", "pre"}


class _Converter(HTMLParser):
    def __init__(self, heading_offset: int) -> None:
        super().__init__(convert_charrefs=True)
        self.heading_offset = heading_offset
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.bold = self.italic = 0
        self.link = ""
        self.lists: list[tuple[bool, list[Inline]]] = []  # (ordered, items) per open list
        self.table: list[list[str]] | None = None
        self.header_rows = 0
        self.heading: int | None = None

    # -- tags --------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.link = href if is_safe_link(href) else ""
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append((tag == "ol", []))
        elif tag == "li" or tag == "p" or tag == "blockquote":
            self._flush()
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self.heading = min(int(tag[1]) + self.heading_offset, 6)
        elif tag == "table":
            self._flush()
            self.table, self.header_rows = [], 0
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag == "br":
            self.runs.append(Run("\n"))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "a":
            self.link = ""
        elif tag in _BLOCK_TAGS:
            self._end_block(tag)
        elif tag in ("ul", "ol") and self.lists:
            self._flush()
            ordered, items = self.lists.pop()
            if items and self.lists:
                self.lists[-1][1].extend(items)  # nested lists read fine as one flat list
            elif items:
                self.blocks.append(BulletList(tuple(items), ordered=ordered))
        elif tag == "table":
            self._end_table()

    def handle_data(self, data: str) -> None:
        if not data.strip() and not self.runs:
            return  # whitespace between block tags
        self.runs.append(Run(data, bold=self.bold > 0, italic=self.italic > 0, link=self.link))

    # -- blocks ------------------------------------------------------------------------------

    def _end_block(self, tag: str) -> None:
        if tag in ("td", "th") and self.table is not None:
            if self.table:
                self.table[-1].append(_clean_text(self.runs))
            if tag == "th" and len(self.table) == 1:
                self.header_rows = 1
            self.runs = []
            return
        self._flush()

    def _flush(self) -> None:
        runs = _clean_runs(self.runs)
        self.runs = []
        if not runs:
            return
        if self.heading is not None:
            self.blocks.append(Heading(self.heading, "".join(r.text for r in runs)))
            self.heading = None
        elif self.lists:
            self.lists[-1][1].append(runs)
        else:
            self.blocks.append(Paragraph(runs))

    def _end_table(self) -> None:
        rows = [tuple(row) for row in (self.table or []) if row]
        self.table = None
        if not rows:
            return
        header, body = (rows[0], rows[1:]) if self.header_rows else (("",) * len(rows[0]), rows)
        self.blocks.append(Table(header=header, rows=tuple(body)))

    def close(self) -> None:
        super().close()
        self._flush()


def _clean_runs(runs: list[Run]) -> Inline:
    """Collapse whitespace as a browser would, keep explicit line breaks, drop empty runs."""
    cleaned: list[Run] = []
    for run in runs:
        value = run.text if run.text == "\n" else " ".join(run.text.split())
        if run.text != "\n" and run.text[:1].isspace() and cleaned:
            value = " " + value
        if run.text != "\n" and run.text[-1:].isspace() and value.strip():
            value += " "
        if value.strip() or value == "\n" or (value == " " and cleaned):
            cleaned.append(Run(value, run.bold, run.italic, run.link))
    while cleaned and not cleaned[-1].text.strip():
        cleaned.pop()
    if cleaned:
        last = cleaned[-1]
        cleaned[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.link)
        first = cleaned[0]
        cleaned[0] = Run(first.text.lstrip(), first.bold, first.italic, first.link)
    return _merged(r for r in cleaned if r.text)


def _merged(runs: Iterable[Run]) -> Inline:
    """Neighbouring runs with the same emphasis and link as one run (tidier documents)."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if (
            last
            and "\n" not in (last.text, run.text)
            and (last.bold, last.italic, last.link) == (run.bold, run.italic, run.link)
        ):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    return tuple(merged)


def _clean_text(runs: list[Run]) -> str:
    return "".join(run.text for run in _clean_runs(runs))


def html_to_blocks(html_text: str, heading_offset: int = 0) -> list[Block]:
    """Blocks for a fragment of trusted, rendered HTML; unknown tags keep only their text."""
    converter = _Converter(heading_offset)
    converter.feed(html_text)
    converter.close()
    return converter.blocks


def markdown_to_blocks(source: str, heading_offset: int = 0) -> list[Block]:
    """Blocks for Markdown a user wrote (a plan's context). Raw HTML in it stays literal text."""
    md = markdown.Markdown(extensions=["sane_lists", GuardExtension()])  # linear on any text
    # A user's "<b>" or "<script>" is text they typed, not markup: turn off raw HTML so Markdown
    # escapes it and the converter sees it as data.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return html_to_blocks(md.convert(source), heading_offset)
