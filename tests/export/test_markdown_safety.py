"""The Markdown export in a CommonMark viewer: no text or link a plan holds becomes live HTML.

``markdown-it-py`` in its CommonMark preset passes raw HTML through, as most viewers do, so it is
the viewer an attacker would count on. Before the fix a crafted link rendered a live
``<img onerror>``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from kb_app.export.document import (
    BulletList,
    Contents,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    TitlePage,
)
from kb_app.export.markdown import write_markdown

VIEWER = MarkdownIt("commonmark")  # html=True: raw HTML passes through
ALLOWED_TAGS = {
    "p",
    "a",
    "strong",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "br",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "code",
    "pre",
    "hr",
}
ATTACKS = [
    "https://x.nl/>)<img src=x onerror=alert(1)>",
    "https://x.nl\n<img src=x onerror=alert(1)>",
    'https://x.nl/" onmouseover="alert(1)',
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://x.nl/)[a](javascript:alert(1)",
    "https://x.nl/\\>)<script>alert(1)</script>",
    "mailto:a@b.nl?body=<img src=x onerror=alert(1)>",
]
TEXTS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "&lt;img src=x onerror=1&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "<!-- x --><svg onload=alert(1)>",
    "[a](javascript:alert(1))",
    "![x](https://evil.example/p.png)",
    "<https://evil.example>",
    "`<img src=x onerror=1>`",
    "\\<img src=x onerror=alert(1)>",
    "a\n<div onclick=x>b</div>",
    "<?php echo 1; ?>",
    "<![CDATA[<img src=x onerror=1>]]>",
]


def _tags_and_links(markdown: str) -> tuple[set[str], list[str]]:
    html = VIEWER.render(markdown)
    tags = {t.lower() for t in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", html)}
    links = re.findall(r'<a href="([^"]*)"', html)
    return tags, links


def _document(text: str, link: str = "") -> Document:
    runs = (
        Run(text),
        Run(text, bold=True),
        Run("bron", link=link or "https://a.nl"),
        Run(text, italic=True, link=link or "https://a.nl"),
    )
    return Document(
        title=text,
        blocks=(
            TitlePage(title=text, subtitle=text, lines=(text, text)),
            Contents(title=text),
            Heading(1, text),
            Heading(2, text),
            Paragraph(runs),
            Paragraph(runs, style="note"),
            BulletList((runs, runs)),
            BulletList((runs,), ordered=True),
            Table(header=(text, text), rows=((text, f"{text}\n{text}"),)),
        ),
    )


def _assert_safe(markdown: str) -> None:
    tags, links = _tags_and_links(markdown)
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert all(link.startswith(("https://", "http://", "mailto:")) for link in links), links


@pytest.mark.parametrize("link", ATTACKS)
def test_crafted_links_stay_links_or_text(link):
    markdown = write_markdown(_document("klik", link))
    _assert_safe(markdown)
    html = VIEWER.render(markdown)
    assert "<img" not in html and "<script" not in html and 'onmouseover="' not in html


@pytest.mark.parametrize("text", TEXTS)
def test_crafted_text_stays_text(text):
    markdown = write_markdown(_document(text))
    _assert_safe(markdown)
    html = VIEWER.render(markdown)
    assert not re.search(r"<(img|script|svg|div)\b", html)


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"))
        | st.sampled_from(list("<>&\"'`()[]!\\*_#|\n")),
        max_size=60,
    ),
    st.text(max_size=40).map(lambda s: "https://x.nl/" + s),
)
def test_any_text_and_link_render_only_our_markup(text, link):
    _assert_safe(write_markdown(_document(text, link)))
