"""Result and favourite cards: what a row says, escaped, with matches and section names shown."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtGui import QStandardItem, QStandardItemModel

from kb_app.core.model import Vocabulary
from kb_app.gui.models import HIT_ROLE, LEVEL_ROLE, MARKS_ROLE
from kb_app.gui.result_delegate import FavoriteDelegate, ResultDelegate
from kb_app.search.service import Hit
from tests.conftest import CONTENT

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    text = (CONTENT / "vocabularies.yaml").read_text(encoding="utf-8")
    return Vocabulary.from_dict(yaml.safe_load(text))


def hit(**changes) -> Hit:
    fields = {
        "id": "kiva",
        "title": "KiVa <b>",
        "summary": "Pesten & meer",
        "score": 1.0,
        "kind": "",
        "evidence_level": "",
        "evidence_date": "",
        "themes": ("pesten",),
        "conditions": (),
        "basis_levels": (),
        "target_groups": (),
    }
    return Hit(**(fields | changes))


def index_for(data: dict):
    """(model, index): the caller keeps the model alive while it uses the index."""
    model = QStandardItemModel()
    item = QStandardItem()
    for role, value in data.items():
        item.setData(value, role)
    model.appendRow(item)
    return model, model.index(0, 0)


def test_a_result_card_escapes_content_and_shows_matches_both_ways(qtbot, vocabulary):
    delegate = ResultDelegate(vocabulary)
    snippet = "… Doelgroep Ouderen met <mark>schulden</mark> &amp; zorgen"
    _model, index = index_for({HIT_ROLE: hit(snippet=snippet), MARKS_ROLE: "★ favoriet"})
    plain = delegate.html(index, selected=False)
    assert plain.startswith("<b>KiVa &lt;b&gt;</b>") and "★ favoriet" in plain
    assert '<b style="background-color:#fff59d; color:#000;">schulden</b>' in plain
    assert "<i>Doelgroep:</i> Ouderen" in plain  # the whole heading, not "Doel" + "groep"
    assert plain.endswith(f"<small>{vocabulary.label('themes', 'pesten')}</small>")
    assert "<b><u>schulden</u></b>" in delegate.html(index, selected=True)


def test_without_a_snippet_the_summary_shows_escaped(qtbot, vocabulary):
    _model, index = index_for({HIT_ROLE: hit(evidence_level="goed-beschreven")})
    card = ResultDelegate(vocabulary).html(index, selected=False)
    assert "<br>Pesten &amp; meer<br>" in card and "Goed&nbsp;beschreven" in card
    _empty_model, empty = index_for({})
    assert ResultDelegate(vocabulary).html(empty, selected=False) == "—"


def test_a_favourite_card_has_its_title_level_and_marks(qtbot, vocabulary):
    _model, index = index_for({0: "Buurt <kamer>", LEVEL_ROLE: "", MARKS_ROLE: "✎ notitie"})
    assert FavoriteDelegate(vocabulary).html(index, selected=False) == (
        "<b>Buurt &lt;kamer&gt;</b><br> &nbsp;✎ notitie"
    )
