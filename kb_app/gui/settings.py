"""Remembered window state and preferences (QSettings in the config folder).

Only state and preferences live here — never user-created data, which belongs in user.sqlite.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings


class Settings:
    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)

    def value(self, key: str, default=None):
        return self._qs.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._qs.setValue(key, value)

    def filters(self) -> dict[str, frozenset[str]]:
        try:
            data = json.loads(self._qs.value("search/filters", "{}") or "{}")
            return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
        except (ValueError, AttributeError):
            return {}

    def set_filters(self, filters: dict[str, frozenset[str]]) -> None:
        self._qs.setValue("search/filters",
                          json.dumps({k: sorted(v) for k, v in filters.items()}))

    def sync(self) -> None:
        self._qs.sync()
