"""Markdown and HTML writers: escaping, self-contained HTML, page breaks."""

import dataclasses
import re

from kb_app.export.builder import build_plan_document
from kb_app.export.html import write_html
from kb_app.export.markdown import write_markdown
from kb_app.plans import operations as ops
from tests.plans.conftest import TODAY

HOSTILE = '<script>alert("x")</script><img src="https://evil.example/p.png">'


def _hostile_plan(plan):
    plan = ops.update_plan(
        plan, title=f"Plan {HOSTILE}", context=f"## Kop\n\n{HOSTILE}", author="A & B"
    )
    return ops.add_local_activity(
        plan, f"Activiteit {HOSTILE}", status="gekozen", indicator=HOSTILE
    )


def test_html_is_self_contained_and_escaped(plan, reader):
    html = write_html(build_plan_document(_hostile_plan(plan), reader, TODAY))
    assert "<script" not in html and "<img" not in html and "<link" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "Bibliotheek &lt;Voorbeeldstad&gt; &amp; co" in html
    # The only external addresses are clickable source links, never loaded resources.
    tags = re.findall(r"<[a-zA-Z][^<>]*>", html)
    assert not [t for t in tags if re.search(r"\s(src|srcset|style=\"[^\"]*url)", t)]
    hrefs = [h for t in tags for h in re.findall(r'href="([^"]*)"', t)]
    assert hrefs and all(h.startswith(("https://", "http://", "mailto:", "#")) for h in hrefs)
    assert "@import" not in html and "url(" not in html


def test_html_page_breaks_and_anchors(plan_document):
    html = write_html(plan_document)
    assert html.count('style="page-break-before: always"') == 6  # Begroting: own page
    assert '<h2 id="dekking-van-het-plan" style="page-break-before: always">' in html
    assert '<a href="#kiva">KiVa</a>' in html and '<h3 id="kiva">KiVa</h3>' in html


def test_duplicate_titles_get_unique_anchors(plan, reader):
    plan = ops.add_local_activity(plan, "KiVa", status="gekozen")
    html = write_html(build_plan_document(plan, reader, TODAY))
    assert 'id="kiva"' in html and 'id="kiva-2"' in html


def test_markdown_escapes_user_text(plan, reader):
    markdown = write_markdown(build_plan_document(_hostile_plan(plan), reader, TODAY))
    assert "\\<script\\>" in markdown and "<script>" not in markdown
    assert "### Wijkontbijt \\*Oost\\*" in markdown


def test_markdown_links_and_tables(plan_document):
    markdown = write_markdown(plan_document)
    assert "| Voorwaarde | Persoonlijk | Gemeenschappelijk | Institutioneel |" in markdown
    assert "KiVa<br>Buurtcirkel<br>Wijkontbijt \\*Oost\\*" in markdown
    assert "(<https://www.movisie.nl/interventie/buurtcirkel>)" in markdown


def test_writers_are_deterministic(plan_document):
    copy = dataclasses.replace(plan_document)
    assert write_html(copy) == write_html(plan_document)
    assert write_markdown(copy) == write_markdown(plan_document)
