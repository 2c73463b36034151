"""The detail and compare pages as HTML (plain functions, no Qt): content is escaped, only safe
links are links, fixed words follow the interface language and content stays as written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
import yaml

from kb_app.core.model import (
    Evidence,
    Intervention,
    Principle,
    ProviderClaim,
    Rating,
    Source,
    Vocabulary,
)
from kb_app.gui.detail_html import (
    COMPARE_SECTIONS,
    compare_html,
    intervention_html,
    principle_html,
)
from tests.conftest import CONTENT

TODAY = dt.date(2026, 11, 30)
HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    text = (CONTENT / "vocabularies.yaml").read_text(encoding="utf-8")
    return Vocabulary.from_dict(yaml.safe_load(text))


def item(**changes) -> Intervention:
    base = Intervention(
        id="buurtkamer",
        title="Buurtkamer",
        summary="Een plek in de wijk.",
        kind="",
        themes=(),
        conditions=(),
        basis_levels=(),
        target_groups=(),
        evidence=Evidence(level="goed-beschreven", date="2024", checked="2026-11-01"),
        owner="Stichting Buurt",
        website="https://buurtkamer.example",
        sources=(Source("Beschrijving", "https://bron.example/a", "2026-10-01"),),
        last_reviewed="2026-11-01",
        html="<h2>Doel</h2><p>Ontmoeting.</p>",
        sections={"Doel": "<p>Ontmoeting.</p>"},
    )
    return dataclasses.replace(base, **changes)


def hrefs(html: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', html)


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ").split())


def test_every_field_from_content_is_escaped(vocabulary):
    hostile = item(
        title=HOSTILE,
        summary=HOSTILE,
        owner=HOSTILE,
        costs=HOSTILE,
        last_reviewed=HOSTILE,
        sources=(Source(HOSTILE, "https://bron.example", HOSTILE),),
        evidence=Evidence(level="goed-beschreven", note=HOSTILE, databank=HOSTILE),
    )
    page = intervention_html(hostile, vocabulary, TODAY, [])
    assert "<script>" not in page
    # title, summary, owner, costs, note, databank, source title and date, last reviewed
    assert page.count("&lt;script&gt;") == 9


def test_only_safe_links_become_links(vocabulary):
    unsafe = item(
        website="javascript:alert(1)",
        sources=(
            Source("Lokaal", "file:///etc/passwd", "2026-10-01"),
            Source("Web", "https://bron.example/a", "2026-10-01"),
        ),
        evidence=Evidence(
            level="goed-beschreven",
            source="data:text/html,x",
            provider_claim=ProviderClaim("Het werkt.", "vbscript:x"),
            ratings=(Rating("Blueprints", "Promising", "mailto:info@blueprints.example"),),
        ),
    )
    page = intervention_html(unsafe, vocabulary, TODAY, [])
    assert hrefs(page) == ["mailto:info@blueprints.example", "https://bron.example/a"]
    shown = text(page)
    assert "Website: javascript:alert(1)" in shown and "Lokaal (geraadpleegd" in shown


def test_the_facts_list_only_what_is_known_and_principles_link_inside_the_app(vocabulary):
    principle = Principle("contact", "Contact onder voorwaarden", "Ontmoeting helpt.", ())
    page = intervention_html(item(costs=""), vocabulary, TODAY, [principle])
    shown = text(page)
    assert "Eigenaar: Stichting Buurt" in shown and "Kosten:" not in shown
    assert "Wat werkt: achtergrond Contact onder voorwaarden — Ontmoeting helpt." in shown
    assert "kb://principle/contact" in hrefs(page)
    assert "Wat werkt: achtergrond" not in text(intervention_html(item(), vocabulary, TODAY, []))


def test_english_translates_the_fixed_words_and_leaves_content_dutch(vocabulary):
    page = text(intervention_html(item(), vocabulary, TODAY, [], lang="en"))
    assert "At a glance" in page and "Owner: Stichting Buurt" in page
    assert "Sources" in page and "accessed 2026-10-01" in page and "Last checked:" in page
    assert "Een plek in de wijk." in page and "Ontmoeting." in page
    for dutch in ("In het kort", "Eigenaar", "Bronnen", "geraadpleegd", "Laatst nagekeken"):
        assert dutch not in page


def test_a_principle_page_lists_who_builds_on_it(vocabulary):
    principle = Principle(
        "contact",
        HOSTILE,
        "Samen.",
        (),
        sources=(Source("Studie", "https://studie.example", "2025-01-01"),),
        html="<p>Uitleg.</p>",
        used_by=("kiva", "onbekend"),
    )
    page = principle_html(principle, {"kiva": "KiVa"})
    assert "<script>" not in page and "<p>Uitleg.</p>" in page
    assert hrefs(page) == [
        "kb://intervention/kiva",
        "kb://intervention/onbekend",
        "https://studie.example",
    ]
    assert "KiVa onbekend" in text(page)  # a title when known, else the id
    assert "Interventions that build on this" in principle_html(principle, {}, lang="en")


def test_compare_puts_each_section_in_a_row_and_marks_a_missing_one(vocabulary):
    old = item(
        title="Oud",
        owner=HOSTILE,
        sections={"Aanpak": "<p>Stap voor stap.</p>"},
        evidence=Evidence(level="goed-onderbouwd", date="2015"),
    )
    table = compare_html([item(), old], vocabulary, TODAY)
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    assert [text(r).split(" ")[0] for r in rows[1 : 1 + len(COMPARE_SECTIONS)]] == [
        s.split(" ")[0] for s in COMPARE_SECTIONS
    ]
    doel = rows[1]
    assert "<td><p>Ontmoeting.</p></td><td><p>—</p></td>" in doel
    assert "<td><p>Stap voor stap.</p></td>" in rows[1 + COMPARE_SECTIONS.index("Aanpak")]
    assert "let op: ouder dan 5 jaar" in rows[-2] and rows[-2].count("let op") == 1
    assert "&lt;script&gt;" in rows[-1] and "<script>" not in table
    assert 'width="42%"' in rows[0]  # the columns share what the label column leaves


def test_english_writes_the_judgement_and_check_dates_in_english(vocabulary):
    evidence = Evidence(level="goed-onderbouwd", date="2017-03-15", checked="2026-11-30")
    english = text(intervention_html(item(evidence=evidence), vocabulary, TODAY, [], lang="en"))
    assert "15 March 2017" in english and "checked on 30 November 2026" in english
    assert "maart" not in english and "november" not in english
    compared = text(compare_html([item(evidence=evidence), item()], vocabulary, TODAY, lang="en"))
    assert "30 November 2026" in compared and "november" not in compared
    dutch = text(intervention_html(item(evidence=evidence), vocabulary, TODAY, []))
    assert "15 maart 2017" in dutch and "nagekeken op 30 november 2026" in dutch
