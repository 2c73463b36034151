"""Render a Markdown body to HTML for display and to plain text for the search index.

One ``markdown.Markdown`` per build (``Renderer``), reset between documents so no state leaks
between pages, with pinned extensions.
A guard (``mdguard``) keeps the work linear on text written to be slow. A Treeprocessor rewrites
internal links (``principe:ID``, ``interventie:ID``) to ``kb://`` URLs the
app navigates itself, and records every link so validation can report broken or unsafe ones.
The last Treeprocessor (``outline``) reads the sections and the plain text off the same tree.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from kb_app.core.links import SAFE_SCHEMES, is_safe_link
from kb_app.pipeline.mdguard import GuardExtension
from kb_app.pipeline.mdquick import QuickScanExtension
from kb_app.pipeline.outline import Outline, OutlineProcessor

EXTENSIONS = ["tables", "sane_lists", "smarty"]
INTERNAL_SCHEMES = {"principe": "principle", "interventie": "intervention"}
# "<https://...>" and "<mailto:...>" are autolinks, not HTML.
_RAW_HTML = re.compile(r"<(?!(?:" + "|".join(SAFE_SCHEMES) + r"):)[A-Za-z!/?]")


@dataclass
class Rendered:
    html: str
    text: str
    sections: dict[str, str]  # h2 heading -> HTML of that section (without the heading)
    links: list[tuple[str, str]] = field(default_factory=list)  # (doc kind, id) internal links
    bad_links: list[str] = field(default_factory=list)
    images: int = 0


class _LinkProcessor(Treeprocessor):
    def __init__(self, md: markdown.Markdown, result: dict) -> None:
        super().__init__(md)
        self.result = result

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag == "img":
                self.result["images"] += 1
            if element.tag != "a":
                continue
            href = (element.get("href") or "").strip()
            scheme, _, target = href.partition(":")
            if scheme in INTERNAL_SCHEMES and target:
                kind = INTERNAL_SCHEMES[scheme]
                self.result["links"].append((kind, target))
                element.set("href", f"kb://{kind}/{target}")
            elif is_safe_link(href):
                element.set("rel", "noopener")
            else:
                self.result["bad_links"].append(href)
                element.attrib.pop("href", None)


class _LinkExtension(Extension):
    def __init__(self, result: dict, outline: Outline) -> None:
        super().__init__()
        self.result = result
        self.outline = outline

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # markdown's API name
        # Raw HTML is never passed through: without these two processors Markdown escapes it,
        # so a stray tag shows as text instead of running. Validation reports it as a problem.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_LinkProcessor(md, self.result), "kb_links", 0)
        # Last of all, so sections carry the rewritten links and any extension's changes.
        md.treeprocessors.register(OutlineProcessor(md, self.outline), "kb_outline", -10)


def raw_html_lines(body: str) -> list[int]:
    """1-based body lines that contain something that looks like an HTML tag."""
    return [n for n, line in enumerate(body.split("\n"), 1) if _RAW_HTML.search(line)]


class Renderer:
    """One ``markdown.Markdown`` for many documents, reset before each: building the parser
    (extensions, patterns, processors) was an eighth of rendering a page. Nothing survives a
    document: ``Markdown.reset`` clears the references and the HTML stash, the link and outline
    results are new per document, and after an error the instance is replaced, because a parse
    cut short (RecursionError) may leave the block parser's state half-way."""

    def __init__(self) -> None:
        self._md: markdown.Markdown | None = None
        self._collected: dict = {}
        self._outline = Outline()

    def _fresh(self) -> markdown.Markdown:
        self._collected = {"links": [], "bad_links": [], "images": 0}
        self._outline = Outline()
        return markdown.Markdown(
            extensions=[
                *EXTENSIONS,
                _LinkExtension(self._collected, self._outline),
                GuardExtension(),
                QuickScanExtension(),  # last: it wraps the patterns the others registered
            ],
            output_format="html",
        )

    def render(self, body: str) -> Rendered:
        md = self._md or self._fresh()
        self._md = None  # given back only when this document finished cleanly
        md.reset()
        collected, outline = self._collected, self._outline
        collected.update(links=[], bad_links=[], images=0)
        outline.text, outline.sections = "", {}
        html = md.convert(body)
        self._md = md
        return Rendered(
            html=html,
            text=outline.text,
            sections=outline.sections,
            links=collected["links"],
            bad_links=collected["bad_links"],
            images=collected["images"],
        )


def render(body: str) -> Rendered:
    """One document with a parser of its own (see ``Renderer`` for many)."""
    return Renderer().render(body)


def heading_lines(body: str) -> dict[str, int]:
    """Level-2 headings in the Markdown body with their 1-based body line."""
    found: dict[str, int] = {}
    for number, line in enumerate(body.split("\n"), 1):
        if line.startswith("## "):
            found.setdefault(line[3:].strip(), number)
    return found
