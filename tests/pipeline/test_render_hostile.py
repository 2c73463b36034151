"""Markdown written to be slow or deep: the guard keeps rendering linear, everywhere it is used.

Measured (2 cores, ``benchmarks``-style, see the report): 8,000 ``[`` took 22 s before the guard
and 100,000 take 0.2 s after; a 400-deep list raised RecursionError and now renders. Tests do not
time things (the machine is shared); they check the work is bounded (the paragraph is not parsed)
and use a generous wall-clock limit only as a guard against a hang.
"""

from __future__ import annotations

import re
import time

import pytest

from kb_app.export.htmlblocks import markdown_to_blocks
from kb_app.pipeline import mdguard
from kb_app.pipeline.build import build
from kb_app.pipeline.render import render
from tests.conftest import CONTENT

HANG = 30.0  # seconds: only a hang or a return of the quadratic time crosses this

HOSTILE = {
    "100k [": "[" * 100_000,
    "100k [ then ]": "[" * 99_999 + "]",
    "99k [ in a sentence": "Context: " + "[" * 99_000 + " einde.",
    "50k escaped [": "\\[" * 50_000,
    "20k links one paragraph": "[a](http://b.nl)\n" * 20_000,
    "20k headings no blank lines": "# x\n" * 20_000,
    "400-deep list (4 spaces)": "".join("    " * i + "- x\n" for i in range(400)),
    "400-deep list (2 spaces)": "".join("  " * i + "- x\n" for i in range(400)),
    "1000 markers on one line": "- " * 1000 + "x",
    "1000 ordered markers": "1. " * 1000 + "x",
    "1000 quote levels": "> " * 1000 + "x",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_render_is_bounded(name):
    started = time.perf_counter()
    rendered = render(HOSTILE[name])
    assert time.perf_counter() - started < HANG
    assert rendered.text.strip()  # the text is there, as text


@pytest.mark.parametrize("name", HOSTILE)
def test_plan_context_is_bounded(name):
    started = time.perf_counter()
    blocks = markdown_to_blocks(HOSTILE[name])
    assert time.perf_counter() - started < HANG
    assert blocks


def test_a_bracket_paragraph_is_shown_as_text_not_parsed():
    class Stash:
        def __init__(self):
            self.stored: list[str] = []

        def store(self, html):
            self.stored.append(html)
            return f"PLACEHOLDER{len(self.stored)}"

    stash = Stash()
    lines = ["Gewone tekst met een [link](https://a.nl).", "", "[" * 100_000, "", "Slot."]
    out = mdguard.guard_lines(lines, stash)
    assert out == [lines[0], "", "PLACEHOLDER1", "", "Slot."]
    assert stash.stored == ["<p>" + "[" * 100_000 + "</p>"]
    assert "<p>" + "[" * 100_000 + "</p>" in render("\n".join(lines)).html


def test_deep_nesting_is_capped_not_lost():
    deep = "".join("    " * i + f"- punt {i}\n" for i in range(150))
    html = render(deep).html
    assert html.count("<li>") == 150 and "punt 149" in html  # every item is still there
    assert html.count("<ul>") <= mdguard.MAX_INDENT // 4 + 2  # but nested only so deep
    # Longer than MAX_BLOCK_LINES: shown as text, every line kept.
    assert render(HOSTILE["400-deep list (4 spaces)"]).text.count("- x") == 400
    line = mdguard.guard_lines(["- " * 1000 + "x"], None)[0]
    assert line == "- " * (mdguard.MAX_NESTING - 1) + "- x"


def test_the_guard_changes_nothing_in_real_content():
    """Every real intervention and principle renders exactly as without the guard."""
    import markdown

    from kb_app.pipeline import render as render_module

    for path in sorted(CONTENT.glob("*/*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[2]
        lines = body.split("\n")
        assert mdguard.guard_lines(lines, None) == lines, path.name
    assert markdown and render_module  # the guard is a preprocessor; equal lines, equal HTML


def test_hostile_content_file_does_not_hang_the_build(
    mini_content, schema_dir, good_text, tmp_path
):
    hostile = good_text.replace("## Doel\n", "## Doel\n\n" + "[" * 100_000 + "\n\n", 1)
    hostile = re.sub(r"^id: .*$", "id: vijandig", hostile, count=1, flags=re.M)
    (mini_content / "interventions" / "vijandig.md").write_text(hostile, encoding="utf-8")
    started = time.perf_counter()
    report = build(mini_content, schema_dir, tmp_path / "out")
    assert time.perf_counter() - started < HANG * 2
    assert report.interventions == 2
