"""The interface language: Dutch unless English is chosen or the system speaks English.

One language at a time: the app's own English translation and Qt's translations for its standard
dialogs and buttons (file dialog, Yes/No, Close) are loaded together, so the window never mixes
languages. A ``C``/``POSIX`` or unknown locale gives Dutch, because Dutch is the product's language.
The chosen code is kept here, per application object (``ui_language()``), for the places that
pick vocabulary labels themselves; nothing is set on the application object from outside.
"""

from __future__ import annotations

import sys
import weakref
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")
# What install_translators put into each application object (the app owns the translators;
# this only remembers which ones to remove when the language changes), and the language it chose.
_INSTALLED: weakref.WeakKeyDictionary[QCoreApplication, list[QTranslator]] = (
    weakref.WeakKeyDictionary()
)
_CHOSEN: weakref.WeakKeyDictionary[QCoreApplication, str] = weakref.WeakKeyDictionary()


def choose_language(setting: str, system_locale: str) -> str:
    """``setting`` ("nl", "en" or "" for the system's) wins; else English only for English."""
    if setting in LANGUAGES:
        return setting
    return "en" if system_locale.lower().startswith("en") else "nl"


def ui_language() -> str:
    """The language the running interface speaks ("nl" outside a running app)."""
    app = QCoreApplication.instance()
    return _CHOSEN.get(app, "nl") if app is not None else "nl"


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own .qm files may be: Qt's configured folder, then inside the PySide6 package
    (also in a PyInstaller bundle, where the package sits under ``sys._MEIPASS``)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):  # a frozen build without a __file__
        pass
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


def _load_qt(language: str, app: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(app)
    for folder in qt_translation_dirs():
        if translator.load(f"qtbase_{language}", str(folder)):
            return translator
    return None


def _load_own(language: str, app: QCoreApplication) -> QTranslator | None:
    """The app's texts; the Dutch file holds only the plural forms of the Dutch source."""
    translator = QTranslator(app)
    qm = resources.files("kb_app.gui") / "i18n" / f"wat_werkt_{language}.qm"
    with resources.as_file(qm) as path:
        return translator if translator.load(str(path)) else None


def install_translators(
    app: QCoreApplication, setting: str, system_locale: str | None = None
) -> list[QTranslator]:
    """Load the language's translations into ``app``; returns them (for ``remove_translators``).

    The app's English .qm first, then Qt's: Qt asks the most recently installed translator first,
    and Qt's own file has no entry for our texts.
    """
    locale_name = QLocale.system().name() if system_locale is None else system_locale
    language = choose_language(setting, locale_name)
    # One language at a time: whatever an earlier call installed goes first.
    remove_translators(app, list(_INSTALLED.get(app, [])))
    installed: list[QTranslator] = []
    own = _load_own(language, app)
    for translator in (own, _load_qt(language, app)):
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    if language != "nl" and own is None:
        language = "nl"  # the English file is missing: stay one language, the source one
    _CHOSEN[app] = language
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if language == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    _INSTALLED[app] = installed
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to the Dutch source texts (tests switch languages inside one process)."""
    for translator in translators:
        app.removeTranslator(translator)
    kept = _INSTALLED.get(app, [])
    _INSTALLED[app] = [t for t in kept if t not in translators]
    _CHOSEN[app] = "nl"
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
