"""Keep Python-Markdown linear on text written to hurt it: a guard that runs before the parser.

Python-Markdown is fine on real prose but slow on some shapes: every ``[`` starts a scan to the
end of its paragraph for a closing bracket, every inline match rebuilds the paragraph's string,
and a block with many lines is split one line at a time (99,000 ``[`` took minutes; 5,000
headings without blank lines took seconds each thousand). Deep nesting (a 400-deep list, or
``- - - - …`` on one line) makes it recurse until Python gives up. Real content is far from all
of this (our richest paragraph costs about 42,000 in the measure below and has 14 lines; our
longest page sums to about 100,000), so the guard only touches text no person writes:

- indentation is capped at ``MAX_INDENT`` columns and a line's run of list and quote markers at
  ``MAX_NESTING``: deeper nesting shows at the deepest allowed level;
- a paragraph (a run of non-blank lines) whose inline work, markup characters x length, is above
  ``BLOCK_BUDGET``, or that has more than ``MAX_BLOCK_LINES`` lines, or that would take the whole
  text over ``TEXT_BUDGET`` or ``TEXT_UNITS``, is not parsed at all: it is shown as escaped
  plain text.

Registered as a preprocessor, so the one guard serves the content build (``render``), a plan's
context in every export (``export.htmlblocks``) and anything else that renders Markdown.
"""

from __future__ import annotations

import re
from html import escape

import markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

MAX_INDENT = 32  # columns: eight levels of four-space nesting
MAX_NESTING = 8  # list or quote markers at the start of one line
MAX_BLOCK_LINES = 200
BLOCK_BUDGET = 200_000  # markup characters x characters, in one paragraph
TEXT_BUDGET = 1_000_000  # the same, summed over the paragraphs that are parsed
TEXT_UNITS = 1_500  # markup characters + lines over the parsed paragraphs: each is an element,
# and Python-Markdown spends about half a millisecond per element (our longest page has 139)

# What starts an inline pattern (links, emphasis, code, escapes, entities, raw HTML, smarty).
_MARKUP = re.compile(r"""[\\`*_\[\]!<>&'"]|--|\.\.\.|  $""", re.MULTILINE)
_MARKERS = re.compile(r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+")
_ONE_MARKER = re.compile(r"[ \t]*(?:>|[-*+]|\d{1,9}[.)])")


def guard_lines(lines: list[str], stash: markdown.util.HtmlStash) -> list[str]:
    """The lines with nesting capped and pathological paragraphs replaced by stashed text."""
    lines = [_cap_nesting(line) for line in lines]
    result: list[str] = []
    block: list[str] = []
    spent = units = 0
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            count, cost = _cost(block)
            if (
                cost > BLOCK_BUDGET
                or len(block) > MAX_BLOCK_LINES
                or spent + cost > TEXT_BUDGET
                or units + count > TEXT_UNITS
            ):
                block = [stash.store(_plain_html(block))]
            else:
                spent, units = spent + cost, units + count
            result.extend(block)
            block = []
        result.append(line)
    return result[:-1]


def _cost(block: list[str]) -> tuple[int, int]:
    """(markup characters + lines, markup characters x length). Inline work grows with markup x
    length; block work with lines squared, which ``MAX_BLOCK_LINES`` and ``TEXT_UNITS`` bound."""
    text = "\n".join(block)
    markup = len(_MARKUP.findall(text))
    return markup + len(block), markup * len(text)


def _plain_html(block: list[str]) -> str:
    return "<p>" + "<br />\n".join(escape(line.strip()) for line in block) + "</p>"


def _cap_nesting(line: str) -> str:
    indent = len(line) - len(line.lstrip(" "))
    if indent > MAX_INDENT:
        line = " " * MAX_INDENT + line[indent:]
    found = _MARKERS.match(line)
    if found is None:
        return line
    markers = _ONE_MARKER.findall(found.group())
    if len(markers) <= MAX_NESTING:
        return line
    return "".join(markers[:MAX_NESTING]) + line[found.end() :]


class _GuardPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return guard_lines(lines, self.md.htmlStash)


class GuardExtension(Extension):
    """Add to every ``markdown.Markdown`` that renders text from outside."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # markdown's API name
        # After whitespace normalisation (30: tabs expanded), before everything else.
        md.preprocessors.register(_GuardPreprocessor(md), "kb_guard", 25)
