"""Sections and plain text of a Markdown page, read from Python-Markdown's element tree.

The detail pane and the comparison table show a page by its level-2 sections, and the search
index and snippets read its plain text. Both come from the finished element tree, not from the
rendered HTML: a heading with attributes (the ``toc`` or ``attr_list`` extensions) or inline
markup is still a heading here, and plain text never depends on how the HTML was spelled.

Python-Markdown keeps a few things out of the tree until the very end, so reading it means
following the same rules the serializer and post-processors apply:

- text may hold character references (code is stored escaped; ``&amp;`` in an autolink), which
  the serializer leaves alone; they are resolved here the same way;
- entities, smart quotes (``smarty``) and paragraphs the guard refused to parse sit in the HTML
  stash behind a placeholder; their text is read with the standard library's HTML parser.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

import markdown
from markdown import util
from markdown.treeprocessors import Treeprocessor

# Elements after which the plain text starts a new line, and table cells that end with a blank.
BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"})
CELLS = frozenset({"td", "th"})
SECTION_TAG = "h2"
# A complete character reference: the serializer writes these through unescaped (its RE_AMP).
_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);", re.IGNORECASE)


@dataclass
class Outline:
    """What the tree says: plain text (one line per block) and h2 heading -> section body HTML."""

    text: str = ""
    sections: dict[str, str] = field(default_factory=dict)


class OutlineProcessor(Treeprocessor):
    """Fills ``outline`` from the finished tree; register it after every other Treeprocessor."""

    def __init__(self, md: markdown.Markdown, outline: Outline) -> None:
        super().__init__(md)
        self.outline = outline

    def run(self, root: etree.Element) -> None:
        parts: list[str] = []
        for child in root:
            self._collect(child, parts)
        self.outline.text = _lines("".join(parts))
        self.outline.sections = self._sections(root)

    def _sections(self, root: etree.Element) -> dict[str, str]:
        """Each top-level h2 with the HTML of everything up to the next one (as the page has it)."""
        sections: dict[str, str] = {}
        heading: str | None = None
        body: list[etree.Element] = []
        for child in [*root, None]:
            if child is not None and child.tag != SECTION_TAG:
                body.append(child)
                continue
            if heading is not None:
                sections[heading] = self._html(body)
            if child is not None:
                heading, body = self._plain(child), []
        return sections

    def _html(self, elements: list[etree.Element]) -> str:
        """The elements serialised and post-processed exactly as ``Markdown.convert`` does."""
        wrapper = etree.Element(self.md.doc_tag)
        wrapper.extend(elements)
        output = self.md.serializer(wrapper)
        start = output.index(f"<{self.md.doc_tag}>") + len(self.md.doc_tag) + 2
        output = output[start : output.rindex(f"</{self.md.doc_tag}>")].strip()
        for processor in self.md.postprocessors:
            output = processor.run(output)
        return output.strip()

    def _plain(self, element: etree.Element) -> str:
        parts: list[str] = []
        self._collect(element, parts, tail=False)
        return " ".join(_lines("".join(parts)).split())

    def _collect(self, element: etree.Element, parts: list[str], tail: bool = True) -> None:
        if element.tag == "br":
            parts.append("\n")
        parts.append(self._text(element.text))
        for child in element:
            self._collect(child, parts)
        if element.tag in BLOCKS:
            parts.append("\n")
        elif element.tag in CELLS:
            parts.append(" ")
        if tail:
            parts.append(self._text(element.tail))

    def _text(self, value: str | None) -> str:
        """Tree text as the reader sees it: references resolved, stashed pieces put back."""
        if not value:
            return ""
        value = value.replace(util.AMP_SUBSTITUTE, "&")
        pieces = util.HTML_PLACEHOLDER_RE.split(value)
        # split() alternates text and stash numbers: text, number, text, ...
        return "".join(
            self._stashed(int(piece)) if index % 2 else _REFERENCE.sub(_resolve, piece)
            for index, piece in enumerate(pieces)
        )

    def _stashed(self, key: int) -> str:
        stash = self.md.htmlStash
        if key >= stash.html_counter:
            return util.HTML_PLACEHOLDER % key  # not ours: the post-processor leaves it too
        return _HtmlText.read(str(stash.rawHtmlBlocks[key]), self._stashed)


def html_text(html: str) -> str:
    """Plain text of finished HTML (a stored section), by the same rules as a page's text."""
    return _lines(_HtmlText.read(html, None))


class _HtmlText(HTMLParser):
    """Text of a piece of HTML: a stashed entity, smart quote or unparsed paragraph, a section."""

    def __init__(self, stashed: Callable[[int], str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.stashed = stashed
        self.parts: list[str] = []

    @classmethod
    def read(cls, html: str, stashed: Callable[[int], str] | None) -> str:
        reader = cls(stashed)
        reader.feed(html)
        reader.close()
        return "".join(reader.parts)

    def handle_data(self, data: str) -> None:
        if self.stashed is None:
            self.parts.append(data)
            return
        # A stashed piece may itself hold placeholders; the post-processor expands those too.
        pieces = util.HTML_PLACEHOLDER_RE.split(data)
        self.parts.extend(
            self.stashed(int(piece)) if index % 2 else piece for index, piece in enumerate(pieces)
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")
        elif tag in CELLS:
            self.parts.append(" ")


def _resolve(reference: re.Match[str]) -> str:
    return unescape(reference.group())


def _lines(text: str) -> str:
    """One line per block, blanks collapsed, empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
