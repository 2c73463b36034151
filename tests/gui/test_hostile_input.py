"""Whatever is typed or pasted, the window shows results or the empty state — never a crash."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for_search

pytestmark = pytest.mark.gui
NASTY = [
    '"',
    "title:x AND (",
    "*?~^",
    "\x00",
    "🙂" * 50,
    "مرحبا بالعالم",
    "a" * 10_000,
    "<script>alert(1)</script>",
    "'; DROP TABLE interventions; --",
]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.one_of(st.text(max_size=200), st.sampled_from(NASTY)))
def test_any_text_gives_results_or_the_empty_state(make_window_once, qtbot, text):
    window = make_window_once
    window.search_view.field.setText(text)
    wait_for_search(qtbot, window)
    view = window.search_view
    shown = view.stack.currentWidget()
    assert (
        (shown is view.list and view.model.rowCount() > 0)
        or shown is view.empty
        or (shown is view.start and not re.search(r"\w", text))
    )  # nothing to search: start view
    # What the user typed is repeated as plain text, never interpreted as markup.
    assert view.empty_label.textFormat() == Qt.TextFormat.PlainText
    assert view.status.textFormat() == Qt.TextFormat.PlainText


@pytest.fixture
def make_window_once(make_window):
    return make_window()
