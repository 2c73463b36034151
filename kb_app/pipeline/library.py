"""Find a usable built library, building one when it is missing or older than ``content/``.

Order: the library shipped next to the package, then the one rebuilt earlier into the user cache.
A library counts as usable when its manifest is readable, of this app's format, and — when the
source ``content/`` is present (a checkout) — built from exactly that content. Otherwise it is
rebuilt: next to the package when that folder is writable (a developer checkout, so the first
run of a fresh clone simply works), else into the user cache.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.errors import LibraryUnavailableError
from kb_app.core.paths import AppPaths, shipped_library_dir, source_root
from kb_app.pipeline.build import (
    CONTENT_DB,
    INDEX_DIR,
    LIBRARY_FORMAT,
    MANIFEST,
    build,
    content_hash,
)


@dataclass(frozen=True)
class LibraryLocation:
    folder: Path
    manifest: dict
    rebuilt: bool = False

    @property
    def content_db(self) -> Path:
        return self.folder / CONTENT_DB

    @property
    def index_dir(self) -> Path:
        return self.folder / INDEX_DIR


def read_manifest(folder: Path) -> dict | None:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("library_format") != LIBRARY_FORMAT:
        return None
    if not (folder / CONTENT_DB).is_file() or not (folder / INDEX_DIR).is_dir():
        return None
    return manifest


def _writable(folder: Path) -> bool:
    probe = folder if folder.exists() else folder.parent
    return probe.exists() and os.access(probe, os.W_OK)


def find_library(paths: AppPaths, content_dir: Path | None = None,
                 schema_dir: Path | None = None,
                 on_rebuild: Callable[[str], None] | None = None) -> LibraryLocation:
    """The library to open, rebuilding it first when needed (``on_rebuild`` is told why)."""
    root = source_root()
    if content_dir is None and root is not None:
        content_dir, schema_dir = root / "content", root / "schema"
    expected = content_hash(content_dir, schema_dir) if content_dir else None
    candidates = [shipped_library_dir(), paths.cached_library]
    reason = "De bibliotheek ontbreekt nog en wordt nu opgebouwd."
    for folder in candidates:
        manifest = read_manifest(folder)
        if manifest is None:
            continue
        if expected is None or manifest.get("content_hash") == expected:
            return LibraryLocation(folder, manifest)
        reason = "De inhoud is gewijzigd; de bibliotheek wordt opnieuw opgebouwd."
    if content_dir is None or schema_dir is None:
        raise LibraryUnavailableError(
            "Er is geen bruikbare bibliotheek gevonden en er is geen inhoud om er een te bouwen. "
            "Installeer het programma opnieuw of installeer een bibliotheekupdate.")
    if on_rebuild is not None:
        on_rebuild(reason)
    target = candidates[0] if _writable(candidates[0]) else candidates[1]
    build(content_dir, schema_dir, target)
    manifest = read_manifest(target)
    if manifest is None:
        raise LibraryUnavailableError(f"De bibliotheek kon niet worden opgebouwd in {target}.")
    return LibraryLocation(target, manifest, rebuilt=True)
