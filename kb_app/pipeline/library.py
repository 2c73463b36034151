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
from kb_app.core.start_messages import both
from kb_app.core.texts import Text, join
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
    found = [("installed-library", paths.installed_library, False)] if installed else []
    return [
        *found,
        ("shipped-library", shipped_library_dir(), True),
        ("cached-library", paths.cached_library, True),
    ]


def _notice(broken: list[Text], rebuilt: bool) -> tuple[Text, ...]:
    """What the user should know about broken libraries, in both languages (empty: nothing)."""
    if not broken:
        return ()
    details = join("; ", broken)
    return (both("library-rebuilt" if rebuilt else "library-fallback", details=details),)


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
    broken: list[Text] = []
    stale: list[LibraryLocation] = []  # intact, but built from other content: a fallback
    for name, folder, must_match in _candidates(paths, include_installed):
        check = check_library(folder, hashes)
        if check.manifest is None:
            if not check.missing:
                broken.append(both("broken-library", name=both(name), problem=check.problem))
            continue
        if must_match and expected is not None and check.manifest.get("content_hash") != expected:
            stale.append(LibraryLocation(folder, check.manifest))
            continue
        return LibraryLocation(folder, check.manifest, notices=_notice(broken, rebuilt=False))
    if content_dir is None or schema_dir is None:
        found = both("found-broken", broken=join("; ", broken)) if broken else Text("", "")
        text = both("no-library", found=found)
        raise LibraryUnavailableError(text.nl, english=text.en)
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


def content_problems_notice(error: ContentError, fallback: bool) -> Text:
    """Every problem by file and line (the first dozen, then a count), and what happens now.
    Each problem is in both languages (``Problem.text``)."""
    count = len(error.problems)
    word = both("problem-one" if count == 1 else "problem-more")
    lines = [Text(p.text("nl"), p.text("en")) for p in error.problems[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(both("more-problems", count=count - MAX_LISTED))
    then = both("use-previous" if fallback else "no-previous")
    return both("content-problems", count=count, word=word, then=then, lines=join("\n", lines))


def _rebuild(
    paths: AppPaths,
    content_dir: Path,
    schema_dir: Path,
    on_rebuild: Callable[[str], None] | None,
    broken: list[Text],
    stale: bool,
) -> LibraryLocation:
    reason = both(
        "rebuild-damaged" if broken else "rebuild-changed" if stale else "rebuild-missing"
    )
    if on_rebuild is not None:
        on_rebuild(reason)
    shipped = shipped_library_dir()
    target = shipped if _writable(shipped) else paths.cached_library
    from kb_app.pipeline.build import build  # validation, Markdown, indexing: only when needed

    build(content_dir, schema_dir, target)
    check = check_library(target)
    if check.manifest is None:
        text = both("build-failed", folder=target, problem=check.problem)
        raise LibraryUnavailableError(text.nl, english=text.en)
    return LibraryLocation(
        target, check.manifest, rebuilt=True, notices=_notice(broken, rebuilt=True)
    )
