"""The local picture in the exports: a section with tables and charts, and each chosen item
linked to the weak spots it answers."""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from kb_app.export.builder import build_plan_document
from kb_app.export.document import Chart, Heading, Table
from kb_app.export.markdown import write_markdown
from kb_app.export.writers import write_document
from kb_app.plans.planfile import read_plan_file

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def zuid():
    return read_plan_file(ROOT / "docs" / "examples" / "wijkplan-zuid.wwplan")


def test_section_comes_before_the_priorities_with_a_chart_per_condition(zuid, reader):
    blocks = build_plan_document(zuid, reader, TODAY).blocks
    headings = [b.text for b in blocks if isinstance(b, Heading) and b.level == 1]
    assert headings.index("Lokale situatie") < headings.index("Prioriteiten")
    charts = [b for b in blocks if isinstance(b, Chart)]
    assert [c.title for c in charts] == [
        "Sociaaleconomische zekerheid",
        "Sociale inclusie",
        "Sociale cohesie",
        "Sociale empowerment",
    ]
    assert charts[0].local_label == "Zuid" and charts[0].reference_label == "Nederland"
    tables = [b for b in blocks if isinstance(b, Table) and b.header[0] == "Indicator"]
    assert (
        "Arbeidsparticipatie",
        "63,5 %",
        "69,2 %\n(Nederland)",
        "−5,7 (slechter)",
        "2024\nFictief voorbeeld (Voorbeeldgemeente)",
    ) in tables[0].rows


def test_markdown_names_the_weak_spots_and_their_answers(zuid, reader):
    text = write_markdown(build_plan_document(zuid, reader, TODAY))
    assert "## Lokale situatie" in text
    assert "Voelt zich ernstig eenzaam: 14 % tegen 10 % (Nederland), 4 procentpunt slechter" in text
    assert "Antwoord in dit plan: Eén tegen eenzaamheid, Welzijn op Recept" in text
    assert "Antwoord in dit plan: Antidiscriminatievoorziening (ADV)" in text
    assert "Nog geen gekozen onderdeel werkt hierop." in text  # e.g. labour participation
    assert "**Antwoord op de zwakke plek(ken):** " in text


def test_no_local_picture_no_section(zuid, reader):
    from kb_app.plans.local import LocalPicture

    blocks = build_plan_document(replace(zuid, local=LocalPicture()), reader, TODAY).blocks
    assert not any(isinstance(b, Chart) for b in blocks)
    assert "Lokale situatie" not in [b.text for b in blocks if isinstance(b, Heading)]


def test_charts_are_drawn_into_docx_and_html(zuid, reader, tmp_path, qapp):
    from kb_app.gui.charts import chart_png

    document = build_plan_document(zuid, reader, TODAY)
    png = chart_png(next(b for b in document.blocks if isinstance(b, Chart)))
    assert png.startswith(b"\x89PNG") and len(png) > 2000
    write_document(document, "docx", tmp_path / "zuid.docx", chart_renderer=chart_png)
    with zipfile.ZipFile(tmp_path / "zuid.docx") as archive:
        assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 4
    write_document(document, "html", tmp_path / "zuid.html", chart_renderer=chart_png)
    html = (tmp_path / "zuid.html").read_text()
    assert html.count('<img src="data:image/png;base64,') == 4
    assert 'alt="Grafiek: Sociale inclusie, lokaal tegenover Nederland"' in html
