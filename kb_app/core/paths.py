"""Where Wat Werkt reads and writes: one ``AppPaths`` object with one override.

Every writable folder (user data, config, cache, logs) comes from here, by one rule order:
``--basedir`` > the ``KB_APP_BASEDIR`` environment variable > portable mode (``--portable`` or a
``portable.txt`` beside the program: everything in ``WatWerkt-data`` beside it, for USB sticks) >
the platform conventions that Qt's QStandardPaths uses (``AppDataLocation``,
``AppConfigLocation``, ``CacheLocation``). They are computed here with the standard library
because this layer must not import Qt. Nothing is ever written next to an installed executable
unless the user asked for portable mode.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIRNAME = "WatWerkt"
BASEDIR_ENV = "KB_APP_BASEDIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DIRNAME = "WatWerkt-data"

PACKAGE_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @classmethod
    def from_basedir(cls, basedir: str | os.PathLike[str]) -> AppPaths:
        base = Path(basedir).expanduser().resolve()
        return cls(
            data=base / "data", config=base / "config", cache=base / "cache", logs=base / "logs"
        )

    @classmethod
    def resolve(
        cls, basedir: str | os.PathLike[str] | None = None, portable: bool = False
    ) -> AppPaths:
        """The paths for this run: --basedir > KB_APP_BASEDIR > portable > the platform."""
        chosen = basedir or os.environ.get(BASEDIR_ENV)
        if chosen:
            return cls.from_basedir(chosen)
        if portable or (program_dir() / PORTABLE_MARKER).is_file():
            return cls.from_basedir(program_dir() / PORTABLE_DIRNAME)
        return cls.platform_default()

    @classmethod
    def platform_default(cls) -> AppPaths:
        home = Path.home()
        if sys.platform == "win32":
            local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / APP_DIRNAME
            roaming = Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / APP_DIRNAME
            return cls(data=local, config=roaming, cache=local / "cache", logs=local / "logs")
        if sys.platform == "darwin":
            support = home / "Library" / "Application Support" / APP_DIRNAME
            return cls(
                data=support,
                config=home / "Library" / "Preferences" / APP_DIRNAME,
                cache=home / "Library" / "Caches" / APP_DIRNAME,
                logs=support / "logs",
            )
        data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_DIRNAME
        config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / APP_DIRNAME
        cache = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_DIRNAME
        return cls(data=data, config=config, cache=cache, logs=data / "logs")

    @property
    def user_db(self) -> Path:
        return self.data / "user.sqlite"

    @property
    def cached_library(self) -> Path:
        """Where a library is rebuilt when the shipped one is missing, stale or read-only."""
        return self.cache / "library"

    @property
    def installed_library(self) -> Path:
        """A library installed from a content pack; it wins over the shipped one."""
        return self.data / "libraries" / "current"

    @property
    def previous_library(self) -> Path:
        """What was installed before the last pack (absent: the shipped library was in use)."""
        return self.data / "libraries" / "previous"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True)


def program_dir() -> Path:
    """The folder that holds the program: the executable's when frozen, else the one holding
    the ``kb_app`` package. ``portable.txt`` is looked for here."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR.parent


def shipped_library_dir() -> Path:
    """The built library that ships next to the package (or inside a frozen bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "kb_app" / "data" / "library"
    return PACKAGE_DIR / "data" / "library"


def source_root() -> Path | None:
    """The checkout root holding ``content/`` and ``schema/``, when running from source."""
    root = PACKAGE_DIR.parent
    if (root / "content" / "vocabularies.yaml").is_file() and (root / "schema").is_dir():
        return root
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and (Path(frozen_root) / "schema").is_dir():
        return Path(frozen_root)
    return None


def schema_dir() -> Path:
    root = source_root()
    if root is None:
        raise FileNotFoundError("De map schema/ is niet gevonden naast het programma.")
    return root / "schema"
