"""An export from the English interface has English fixed text; the content stays Dutch.

The plan tab passes the interface language to the export layer (``gui/plan_io.export_plan``), so
a person who works in English gets an English Word file without choosing anything.
"""

import docx
import pytest

from kb_app.gui import plan_sharing
from tests.gui.plan_input import add_from_search, answer_dialogs, choose_status

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp):
    from kb_app.gui.language import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)
    install_translators(qapp, "nl")  # back to what the session runs in


def test_export_from_the_english_interface_is_english(
    english, make_window, reader, qtbot, tmp_path, monkeypatch
):
    target = tmp_path / "plan.docx"
    monkeypatch.setattr(
        plan_sharing.QFileDialog,
        "getSaveFileName",
        lambda parent, title, start, file_filter: (str(target), file_filter),
    )
    window = make_window()
    add_from_search(qtbot, window, "kiva")
    choose_status(qtbot, window.plans.item_form, "gekozen")
    seen: list[str] = []
    answer_dialogs(qtbot, "Close", seen=seen)
    window.plans.sharing.export_dialog("docx")
    qtbot.waitUntil(lambda: bool(seen))
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Interventions and activities" in paragraphs and "Evidence level" in paragraphs
    assert "Interventies en activiteiten" not in paragraphs
    summary = reader.intervention("kiva").summary
    assert summary in paragraphs  # the library's own Dutch text
