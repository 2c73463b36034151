"""The shared document model every export writer reads: a flat list of small, frozen blocks.

Blocks hold plain text only (never HTML or Markdown), so each writer does its own escaping and
nothing a user typed can become markup in any format.
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from kb_app.core.links import is_safe_link
from kb_app.export.wording import TEXTS, Wording

T = TypeVar("T")


@dataclass(frozen=True)
class Run:
    """A piece of inline text with its emphasis; ``link`` is an external address or empty."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""


Inline = tuple[Run, ...]


@dataclass(frozen=True)
class TitlePage:
    title: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()  # organisation, period, author, ... one per line


@dataclass(frozen=True)
class Contents:
    """A table of contents of the level 1 and 2 headings that follow."""

    title: str = TEXTS["contents"][0]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = major section, 2 = item, 3 = part of an item
    text: str

    @property
    def anchor(self) -> str:
        return slug(self.text)


@dataclass(frozen=True)
class Paragraph:
    runs: Inline
    style: str = ""  # "" or "note" (a remark set apart, such as a warning or explanation)


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inline, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # a cell may hold several lines separated by "\n"
    widths: tuple[int, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Bar:
    """One indicator in a chart: the local value against its reference."""

    label: str
    value: float
    reference: float | None
    unit: str = ""
    worse: bool = False


@dataclass(frozen=True)
class Chart:
    """A bar chart of local figures against their references, for one condition.

    The export layer has no Qt, so it cannot draw: ``png`` is filled in by a renderer the caller
    passes to ``writers.write_document`` (``kb_app.gui.charts``). A writer without an image
    shows nothing for it; the table beside it carries the same figures.
    """

    title: str
    bars: tuple[Bar, ...]
    reference_label: str = ""
    local_label: str = "Hier"  # the area's name in the legend
    png: bytes = b""
    alt_text: str = ""  # the text alternative in the export's language; Dutch when empty
    lang: str = "nl"  # the language of the words and numbers drawn in the chart

    @property
    def alt(self) -> str:
        if self.alt_text:
            return self.alt_text
        return chart_alt(Wording(), self.title, self.reference_label)


Block = TitlePage | Contents | Heading | Paragraph | BulletList | Table | PageBreak | Chart


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...]
    author: str = ""
    language: str = "nl-NL"

    def headings(self, max_level: int = 2) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and b.level <= max_level]


def chart_alt(say: Wording, title: str, reference_label: str) -> str:
    """ "Grafiek: Sociale cohesie, lokaal tegenover Nederland" (a chart's text alternative)."""
    return say("chart_alt", title=title, reference=reference_label or say("the_reference"))


def text(value: str, bold: bool = False, italic: bool = False) -> Paragraph:
    """A paragraph of one run."""
    return Paragraph((Run(value, bold=bold, italic=italic),))


def labelled(label: str, value: str) -> Paragraph:
    """``Label: value`` with the label in bold, the common shape of a plan's fields."""
    return Paragraph((Run(f"{label}: ", bold=True), Run(value)))


def plain(runs: Inline) -> str:
    return "".join(run.text for run in runs)


def slug(value: str) -> str:
    """An anchor id for a heading: ascii, lower case, hyphens."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "sectie"


def heading_anchors(blocks: tuple[Block, ...]) -> dict[int, str]:
    """Block index -> an anchor unique in the document (two items may share a title)."""
    seen: dict[str, int] = {}
    anchors: dict[int, str] = {}
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            base = block.anchor
            seen[base] = seen.get(base, 0) + 1
            anchors[index] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return anchors


# -- writing -----------------------------------------------------------------------------------

_METHODS: dict[type, str] = {
    TitlePage: "title_page",
    Contents: "contents",
    Heading: "heading",
    Paragraph: "paragraph",
    BulletList: "bullet_list",
    Table: "table",
    Chart: "chart",
}


class BlockWriter(ABC, Generic[T]):
    """The one block-type dispatch every writer shares: a method per block type.

    A writer subclasses this and implements the methods for the blocks it writes; ``block``
    picks the method, so adding a block type means adding it here and in each writer; a writer
    that forgets one cannot be made at all (the methods are abstract), so no block is dropped
    silently. Page breaks are not blocks a writer draws but a property of the next block:
    ``flow`` hands each block over with whether a page break came before it.
    """

    def block(self, block: Block) -> T:
        name = _METHODS.get(type(block))
        if name is None:
            raise TypeError(f"unknown block {block!r}")
        method: Callable[[Block], T] = getattr(self, name)
        return method(block)

    @abstractmethod
    def title_page(self, block: TitlePage) -> T: ...

    @abstractmethod
    def contents(self, block: Contents) -> T: ...

    @abstractmethod
    def heading(self, block: Heading) -> T: ...

    @abstractmethod
    def paragraph(self, block: Paragraph) -> T: ...

    @abstractmethod
    def bullet_list(self, block: BulletList) -> T: ...

    @abstractmethod
    def table(self, block: Table) -> T: ...

    @abstractmethod
    def chart(self, block: Chart) -> T: ...


def flow(blocks: tuple[Block, ...]) -> Iterator[tuple[int, Block, bool]]:
    """(index, block, a page break came before it) for every block that is not a page break."""
    pending = False
    for index, block in enumerate(blocks):
        if isinstance(block, PageBreak):
            pending = True
            continue
        yield index, block, pending
        pending = False


@dataclass(frozen=True)
class InlineStyle:
    """How one text format writes runs: its line break, escaping, emphasis and links."""

    line_break: str
    escape: Callable[[str], str]
    emphasis: Callable[[str, bool, bool], str]  # (escaped text, bold, italic) -> marked up
    link: Callable[[str, str], str]  # (marked-up text, a safe address) -> the link


def inline_markup(runs: Inline, style: InlineStyle) -> str:
    """``runs`` as text in a markup format; a link only for a safe (web or e-mail) address."""
    parts = []
    for run in runs:
        if run.text == "\n":
            parts.append(style.line_break)
            continue
        value = style.escape(run.text)
        if run.bold or run.italic:
            value = style.emphasis(value, run.bold, run.italic)
        if run.link and is_safe_link(run.link):
            value = style.link(value, run.link)
        parts.append(value)
    return "".join(parts)
