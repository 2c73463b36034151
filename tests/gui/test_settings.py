"""Settings read from settings.ini, which a user or an administrator may have edited by hand."""

import pytest

from kb_app.gui.settings import Settings

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    "line",
    [
        "filters=a, b",  # QSettings reads this as a list, not as text
        "filters=@Invalid()",
        'filters="{\\"themes\\": [[1]]}"',  # a term that is not text
        'filters="[1, 2]"',
        "filters={",
    ],
)
def test_hand_edited_filters_are_ignored_not_fatal(tmp_path, qapp, line):
    (tmp_path / "settings.ini").write_text(f"[search]\n{line}\n", encoding="utf-8")
    assert Settings(tmp_path).filters() == {}


def test_saved_filters_come_back(tmp_path, qapp):
    Settings(tmp_path).set_filters({"themes": frozenset({"eenzaamheid", "armoede"})})
    assert Settings(tmp_path).filters() == {"themes": frozenset({"eenzaamheid", "armoede"})}
