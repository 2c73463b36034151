"""The priorities editor on its own: a ticked box makes a priority, its reason is typed beside it,
and loading a plan never reports itself as an edit."""

from __future__ import annotations

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kb_app.core.model import Vocabulary
from kb_app.gui.plan_priorities import PrioritiesEditor
from kb_app.plans.model import Priority
from tests.conftest import CONTENT

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot) -> PrioritiesEditor:
    text = (CONTENT / "vocabularies.yaml").read_text(encoding="utf-8")
    widget = PrioritiesEditor(Vocabulary.from_dict(yaml.safe_load(text)))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_ticking_a_box_and_typing_its_reason(editor, qtbot):
    condition, (box, reason) = list(editor.rows.items())[1]
    editor.load(())  # as the panel does before showing a plan
    assert editor.values() == [] and not reason.isEnabled()
    with qtbot.waitSignal(editor.changed) as changed:
        QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert changed.args == [[(condition, "")]] and reason.isEnabled()
    with qtbot.waitSignal(editor.edited):
        QTest.keyClicks(reason, "veel eenzaamheid")
    assert editor.values() == [(condition, "veel eenzaamheid")]
    box.setFocus()
    with qtbot.waitSignal(editor.changed) as changed:
        QTest.keyClick(box, Qt.Key.Key_Space)
    assert changed.args == [[]] and not reason.isEnabled()


def test_loading_a_plan_shows_it_without_reporting_an_edit(editor, qtbot):
    first, second = list(editor.rows)[:2]
    reported: list = []
    editor.changed.connect(reported.append)
    editor.edited.connect(lambda: reported.append("edited"))
    editor.load((Priority(second, "omdat"), Priority(first, "")))
    assert reported == []
    assert editor.values() == [(first, ""), (second, "omdat")]  # in vocabulary order
    assert editor.rows[second][1].isEnabled() and editor.first() is editor.rows[first][0]
    editor.load(())
    assert editor.values() == [] and reported == []
    assert not any(reason.isEnabled() for _, reason in editor.rows.values())
