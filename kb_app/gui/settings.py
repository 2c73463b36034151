"""Remembered window state and preferences (QSettings in the config folder).

Only state and preferences live here — never user-created data, which belongs in user.sqlite.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow


class Settings:
    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)

    def value(self, key: str, default: Any = None) -> Any:
        """Whatever the file holds under ``key`` (a hand-edited file can hold anything)."""
        return self._qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    def filters(self) -> dict[str, frozenset[str]]:
        # A hand-edited settings.ini can hold anything: "a, b" reads as a list, not as text.
        raw = self._qs.value("search/filters", "{}")
        try:
            data = json.loads(raw or "{}") if isinstance(raw, str) else {}
            return {
                k: frozenset(v)
                for k, v in data.items()
                if isinstance(v, list) and all(isinstance(term, str) for term in v)
            }
        except (ValueError, AttributeError):
            return {}

    def set_filters(self, filters: dict[str, frozenset[str]]) -> None:
        self._qs.setValue("search/filters", json.dumps({k: sorted(v) for k, v in filters.items()}))

    def sync(self) -> None:
        self._qs.sync()


def restore_window(window: MainWindow, settings: Settings) -> None:
    """Geometry, splitter, query, sort and filters as the window was left (or the defaults)."""
    restore_geometry(window, settings)
    restore_filters(window, settings)


def restore_geometry(window: MainWindow, settings: Settings) -> None:
    """Geometry, splitter, query and sort: what the window's first frame shows."""
    geometry = settings.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(1360, 860)  # the caller then fits it to the screen
    splitter = settings.value("window/splitter")
    if isinstance(splitter, QByteArray):
        window.splitter.restoreState(splitter)
    window.search_view.set_sort_key(str(settings.value("search/sort", "relevance")))
    field = window.search_view.field
    blocked = field.blockSignals(True)
    field.setText(str(settings.value("search/text", "") or ""))
    field.blockSignals(blocked)


def restore_filters(window: MainWindow, settings: Settings) -> None:
    """The filter panel's terms and minimum evidence level."""
    window.filters.model.set_filters(settings.filters())
    window.filters.set_minimum(settings.value("search/min_evidence") or None)


def save_window(window: MainWindow, settings: Settings) -> None:
    settings.set_value("window/geometry", window.saveGeometry())
    settings.set_value("window/splitter", window.splitter.saveState())
    settings.set_value("search/text", window.search_view.text())
    settings.set_value("search/sort", window.search_view.sort_key())
    settings.set_value("search/min_evidence", window.filters.minimum() or "")
    settings.set_filters(window.filters.model.filters())
    settings.sync()
