"""Find a usable built library, building one when it is missing, stale or damaged.

Order: a library installed from a content pack (user data), the library shipped next to the
package, then the one rebuilt earlier into the user cache. A library counts as usable when its
manifest is readable, of this app's format and its files match ``checksums.json`` (checked here,
at start-up, rather than failing later mid-search); the shipped and cached ones must also — when
the source ``content/`` is present (a checkout) — be built from exactly that content. A damaged
candidate is skipped and the user is told (``LibraryLocation.notices``). When none is usable the
library is rebuilt: next to the package when that folder is writable (a developer checkout, so
the first run of a fresh clone simply works), else into the user cache. When that rebuild fails
because the content has problems (an editor's half-finished file in a checkout), the newest
library that is intact but built from older content is used instead, and the notice lists every
problem by file and line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.errors import ContentError, LibraryUnavailableError
from kb_app.core.paths import AppPaths, shipped_library_dir, source_root
from kb_app.pipeline.integrity import (
    CONTENT_DB,
    INDEX_DIR,
    LIBRARY_FORMAT,
    MANIFEST,
    check_library,
    content_hash,
)
from kb_app.pipeline.verified import CACHE_NAME, HashCache


@dataclass(frozen=True)
class LibraryLocation:
    folder: Path
    manifest: dict
    rebuilt: bool = False
    notices: tuple[str, ...] = ()  # what the user should be told: a fallback or a repair

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


def _candidates(paths: AppPaths, installed: bool = True) -> list[tuple[str, Path, bool]]:
    """(name, folder, must match content/) in order of preference. An installed pack is the
    user's explicit choice, so it is used even when a checkout's content/ differs."""
    found = [("de geïnstalleerde bibliotheek", paths.installed_library, False)] if installed else []
    return [
        *found,
        ("de meegeleverde bibliotheek", shipped_library_dir(), True),
        ("de eerder opgebouwde bibliotheek", paths.cached_library, True),
    ]


def _notice(broken: list[str], rebuilt: bool) -> tuple[str, ...]:
    if not broken:
        return ()
    details = "; ".join(broken)
    if rebuilt:
        return (
            f"De bibliotheek was beschadigd ({details}) en is opnieuw opgebouwd uit de "
            "inhoud. Uw favorieten, notities en plannen zijn niet aangeraakt.",
        )
    return (
        f"De bibliotheek was beschadigd ({details}); de vorige werkende versie wordt "
        "gebruikt. Installeer de bibliotheekupdate opnieuw als u die nodig hebt.",
    )


def find_library(
    paths: AppPaths,
    content_dir: Path | None = None,
    schema_dir: Path | None = None,
    on_rebuild: Callable[[str], None] | None = None,
    include_installed: bool = True,
) -> LibraryLocation:
    """The library to open, checked by hash; falls back to the next good one or rebuilds
    (``on_rebuild`` is told why). ``LibraryLocation.notices`` says what the user should know.
    ``include_installed=False`` skips a library installed from a pack (the self-test checks
    what ships with the program). Files unchanged since they were last read in full are not read
    again (``verified.py``: their stat is remembered in the user's cache folder)."""
    hashes = HashCache(paths.cache / CACHE_NAME)
    try:
        return _find(paths, content_dir, schema_dir, on_rebuild, include_installed, hashes)
    finally:
        hashes.save()


def _find(
    paths: AppPaths,
    content_dir: Path | None,
    schema_dir: Path | None,
    on_rebuild: Callable[[str], None] | None,
    include_installed: bool,
    hashes: HashCache,
) -> LibraryLocation:
    root = source_root()
    # A frozen bundle has schema/ but no content/: then there is nothing to rebuild from.
    if (
        content_dir is None
        and root is not None
        and (root / "content" / "vocabularies.yaml").is_file()
    ):
        content_dir, schema_dir = root / "content", root / "schema"
    # Content without schemas cannot be hashed (nor rebuilt): then any intact library will do.
    expected = (
        content_hash(content_dir, schema_dir, hashes)
        if content_dir is not None and schema_dir is not None
        else None
    )
    broken: list[str] = []
    stale: list[LibraryLocation] = []  # intact, but built from other content: a fallback
    for name, folder, must_match in _candidates(paths, include_installed):
        check = check_library(folder, hashes)
        if check.manifest is None:
            if not check.missing:
                broken.append(f"{name}: {check.problem}")
            continue
        if must_match and expected is not None and check.manifest.get("content_hash") != expected:
            stale.append(LibraryLocation(folder, check.manifest))
            continue
        return LibraryLocation(folder, check.manifest, notices=_notice(broken, rebuilt=False))
    if content_dir is None or schema_dir is None:
        found = f" ({'; '.join(broken)})" if broken else ""
        raise LibraryUnavailableError(
            f"Er is geen bruikbare bibliotheek gevonden{found} en er is geen inhoud om er een te "
            "bouwen. Installeer het programma opnieuw of installeer een bibliotheekupdate."
        )
    try:
        return _rebuild(paths, content_dir, schema_dir, on_rebuild, broken, bool(stale))
    except ContentError as error:
        if not stale:
            raise
        newest = max(stale, key=lambda loc: str(loc.manifest.get("built_at", "")))
        return LibraryLocation(
            newest.folder, newest.manifest, notices=(content_problems_notice(error, fallback=True),)
        )


MAX_LISTED = 12


def content_problems_notice(error: ContentError, fallback: bool) -> str:
    """Every problem by file and line (the first dozen, then a count), and what happens now."""
    count = len(error.problems)
    word = "probleem" if count == 1 else "problemen"
    lines = [str(problem) for problem in error.problems[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(f"… en nog {count - MAX_LISTED} (kb-app validate toont ze allemaal)")
    then = (
        "Wat Werkt gebruikt de vorige werkende bibliotheek tot de inhoud weer in orde is."
        if fallback
        else "Er is geen eerdere bibliotheek om op terug te vallen."
    )
    return (
        f"De inhoud bevat {count} {word}, dus de bibliotheek kon niet opnieuw worden "
        f"opgebouwd. {then}\n\n" + "\n".join(lines)
    )


def _rebuild(
    paths: AppPaths,
    content_dir: Path,
    schema_dir: Path,
    on_rebuild: Callable[[str], None] | None,
    broken: list[str],
    stale: bool,
) -> LibraryLocation:
    if broken:
        reason = "De bibliotheek is beschadigd en wordt opnieuw opgebouwd."
    elif stale:
        reason = "De inhoud is gewijzigd; de bibliotheek wordt opnieuw opgebouwd."
    else:
        reason = "De bibliotheek ontbreekt nog en wordt nu opgebouwd."
    if on_rebuild is not None:
        on_rebuild(reason)
    shipped = shipped_library_dir()
    target = shipped if _writable(shipped) else paths.cached_library
    from kb_app.pipeline.build import build  # validation, Markdown, indexing: only when needed

    build(content_dir, schema_dir, target)
    check = check_library(target)
    if check.manifest is None:
        raise LibraryUnavailableError(
            f"De bibliotheek kon niet worden opgebouwd in {target} ({check.problem})."
        )
    return LibraryLocation(
        target, check.manifest, rebuilt=True, notices=_notice(broken, rebuilt=True)
    )
