"""Sections and plain text come from the Markdown element tree, whatever the HTML looks like."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.pipeline import mdguard
from kb_app.pipeline import render as render_module
from kb_app.pipeline.outline import html_text
from kb_app.pipeline.render import render
from tests.conftest import CONTENT

PAGE = "Inleiding.\n\n## Doel\n\nEen *doel*.\n\n## Voor *wie*\n\n- jongeren\n- ouders\n"


@pytest.mark.parametrize("extra", [["toc"], ["attr_list"], ["toc", "attr_list"]])
def test_heading_attributes_keep_every_section(monkeypatch, extra):
    monkeypatch.setattr(render_module, "EXTENSIONS", [*render_module.EXTENSIONS, *extra])
    page = PAGE.replace("## Doel", "## Doel {: #mijn-doel }") if "attr_list" in extra else PAGE
    result = render(page)
    assert '<h2 id="' in result.html  # a heading really carries an attribute now
    assert result.sections == {
        "Doel": "<p>Een <em>doel</em>.</p>",
        "Voor wie": "<ul>\n<li>jongeren</li>\n<li>ouders</li>\n</ul>",
    }
    assert result.text == "Inleiding.\nDoel\nEen doel.\nVoor wie\njongeren\nouders"


def test_heading_is_named_by_the_text_a_reader_sees():
    result = render('## Wat *werkt* & "waarom"\n\ntekst\n\n## Kosten  en   baten\n\nveel\n')
    assert list(result.sections) == ["Wat werkt & \u201cwaarom\u201d", "Kosten en baten"]


def test_only_top_level_headings_start_a_section():
    result = render("## Aanpak\n\n> ## Citaat\n>\n> tekst\n\nna het citaat\n")
    assert list(result.sections) == ["Aanpak"]
    body = result.sections["Aanpak"]
    assert body.startswith("<blockquote>") and body.endswith("<p>na het citaat</p>")


def test_sections_carry_rewritten_links_and_nothing_before_the_first_heading():
    result = render("Vooraf.\n\n## Zie ook\n\n[Kiva](interventie:kiva) en [weg](javascript:x)\n")
    linked = '<p><a href="kb://intervention/kiva">Kiva</a> en <a>weg</a></p>'
    assert result.sections == {"Zie ook": linked}


def test_plain_text_resolves_what_markdown_keeps_out_of_the_tree():
    body = (
        'Het "plan" -- kort... &amp; &copy; AT&T &lt y\n\n'
        "`a <b> &amp; c`\n\n"
        "| kop | twee |\n|---|---|\n| cel | &euro; 5 |\n\n"
        "regel  \nvolgende\n\n"
        "<https://a.nl/?x=1&y=2> <iemand@voorbeeld.nl>\n"
    )
    assert render(body).text == (
        "Het \u201cplan\u201d \u2013 kort\u2026 & \u00a9 AT&T &lt y\n"
        "a <b> &amp; c\n"
        "kop\ntwee\ncel\n\u20ac 5\n"  # each cell on its own line, as the HTML has them
        "regel\nvolgende\n"
        "https://a.nl/?x=1&y=2 iemand@voorbeeld.nl"
    )


def test_a_paragraph_the_guard_refused_still_has_its_text():
    hostile = "[" * (mdguard.BLOCK_BUDGET // 1000) + " a & b\nregel twee"
    result = render(f"## Doel\n\n{hostile}\n")
    assert result.text.split("\n") == ["Doel", hostile.split("\n")[0], "regel twee"]
    assert "&amp; b" in result.sections["Doel"]


def test_stored_section_html_reads_back_as_the_same_text():
    """The CLI prints stored sections with ``html_text``: the same text the index holds."""
    for path in sorted(CONTENT.glob("*/*.md"))[:40]:
        body = path.read_text(encoding="utf-8").split("---", 2)[2]
        result = render(body)
        assert html_text(result.html) == result.text, path.name
        for heading, section in result.sections.items():
            assert html_text(section) in result.text, (path.name, heading)


MARKDOWN_BITS = st.sampled_from(
    [
        "## Kop",
        "> ## genest",
        "tekst",
        "*nadruk*",
        "`co<d>e &amp;`",
        "[l](https://x.nl/?a&b)",
        "[i](principe:p)",
        "<https://a.nl>",
        "<me@x.nl>",
        "'q'",
        '"d"',
        "--",
        "...",
        "&amp;",
        "&copy;",
        "AT&T",
        "&lt y",
        "<b>",
        "\\*",
        "- item",
        "1. een",
        "regel  \nnieuw",
        "***",
        "Setext\n---",
        "&nbsp;",
        "[[[",
        "\n",
        "\n\n",
        "    code",
        "| a | b |\n|---|---|\n| c | d |",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(MARKDOWN_BITS, min_size=1, max_size=20), st.sampled_from([" ", "\n", "\n\n"]))
def test_tree_text_equals_the_text_of_the_finished_html(bits, glue):
    result = render(glue.join(bits))
    assert result.text == html_text(result.html)
