"""Install a content pack into the user data folder — rebuilt locally — and step back again.

Installing is: take the install lock; check the pack (signature first, see ``pack``) while
writing its Markdown into a scratch folder beside the installed library; validate that content
exactly as ``kb-app validate`` does, against this app's own schemas (a pack cannot loosen them);
build ``content.sqlite`` and the search index from it here; then swap by renames on the same
disk. Until that swap the library in use is untouched, and a refused pack leaves no trace.

History: ``libraries/current`` is the installed library; the ones it replaced are kept, newest
last, in ``libraries/history/0001``, ``0002``, ...; below them, always, is the library shipped
with the app. "Terug naar vorige bibliotheek" takes exactly one step down that stack (it is never
a toggle), and installing the pack already in use changes nothing, so the way back to the shipped
library is never lost. Only the newest ``MAX_HISTORY`` steps are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kb_app.core.errors import ContentError, KbError
from kb_app.core.paths import AppPaths
from kb_app.core.texts import join
from kb_app.packs.changes import LibraryChanges, compare
from kb_app.packs.lock import InstallLock, acquire_install_lock
from kb_app.packs.messages import (
    Text,
    both,
    library_problem,
    make_error,
    noun,
    say,
)
from kb_app.packs.pack import PackError, PackInfo, open_pack, scratch_beside
from kb_app.packs.signing import trusted_publishers
from kb_app.pipeline.integrity import check_library
from kb_app.store.user import UserStore

if TYPE_CHECKING:
    from kb_app.pipeline.validate import CheckedContent

ORIGIN = "herkomst.json"  # beside a library's manifest: which pack, which publisher, when
MAX_HISTORY = 5
MAX_SHOWN_PROBLEMS = 8
Progress = Callable[[int, str], None]  # (step 1..STEPS, what happens now)
STEPS = 3


@dataclass
class StagedPack:
    """A checked pack, rebuilt beside the installed library, ready to be swapped in. It holds
    the install lock until ``commit`` or ``discard``."""

    folder: Path
    info: PackInfo
    lock: InstallLock

    @property
    def library(self) -> Path:
        return self.folder / "library"

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.lock.release()


@dataclass(frozen=True)
class InstallResult:
    info: PackInfo
    changes: LibraryChanges
    warning: str | None = None  # the pack is older than the library it replaced


def _history_dir(paths: AppPaths) -> Path:
    return paths.installed_library.parent / "history"


def history(paths: AppPaths) -> list[Path]:
    """The libraries to step back to, oldest first (the shipped library is below them all)."""
    folder = _history_dir(paths)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name.isdigit())


def _migrate(paths: AppPaths) -> None:
    """A ``previous`` folder from an older version becomes the newest history step."""
    if paths.previous_library.is_dir():
        _push(paths, paths.previous_library)


def _push(paths: AppPaths, folder: Path) -> None:
    steps = history(paths)
    number = int(steps[-1].name) + 1 if steps else 1
    _history_dir(paths).mkdir(parents=True, exist_ok=True)
    folder.rename(_history_dir(paths) / f"{number:04d}")
    for old in history(paths)[:-MAX_HISTORY]:
        shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(paths: AppPaths) -> None:
    """Scratch folders of an install that was interrupted (power cut, killed process); only
    called under the install lock, so never another install's live scratch folder."""
    parent = paths.installed_library.parent
    if parent.is_dir():
        for leftover in (*parent.glob(".*-incoming-*"), *parent.glob(".*-old-*")):
            shutil.rmtree(leftover, ignore_errors=True)


def _step(progress: Progress | None, number: int, text: str) -> None:
    if progress is not None:
        progress(number, text)


def stage_pack(
    pack: Path, paths: AppPaths, progress: Progress | None = None, lock: InstallLock | None = None
) -> StagedPack:
    """Check, validate and rebuild the pack beside the installed library (raises ``KbError``;
    nothing is left behind then). ``lock``: the install lock, when the caller took it already;
    it is released with the staged pack."""
    lock = lock or acquire_install_lock(paths)
    try:
        _remove_leftovers(paths)
        trusted = trusted_publishers(paths)
        scratch = scratch_beside(paths.installed_library)
    except BaseException:
        lock.release()
        raise
    try:
        _step(progress, 1, "Handtekening en bestanden controleren")
        info = open_pack(Path(pack), trusted, into=scratch / "content")
        _refuse_if_in_use(Path(pack), info, paths)
        _step(progress, 2, "Inhoud controleren")
        _screen(Path(pack), scratch / "content")
        content = _validated(Path(pack), scratch / "content")
        _step(progress, 3, "Bibliotheek en zoekindex opbouwen")
        _rebuild(content, scratch, info)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        lock.release()
        raise
    return StagedPack(scratch, info, lock)


def _refuse_if_in_use(pack: Path, info: PackInfo, paths: AppPaths) -> None:
    origin = read_origin(paths.installed_library)
    if origin.get("pack_digest") == info.digest:
        raise make_error(KbError, "already-in-use", version=info.library_version, name=pack.name)


def _screen(pack: Path, content_dir: Path) -> None:
    from kb_app.packs.screen import screen_content

    problems = screen_content(content_dir)
    if problems:
        shown = join("; ", problems[:MAX_SHOWN_PROBLEMS])
        raise PackError(pack.name, both("content-screened", problems=shown))


def _validated(pack: Path, content_dir: Path) -> CheckedContent:
    from kb_app.core.paths import schema_dir
    from kb_app.pipeline.validate import validate

    try:
        return validate(content_dir, schema_dir())
    except ContentError as error:
        raise PackError(pack.name, _problems(error)) from None
    except FileNotFoundError:
        raise make_error(KbError, "schemas-missing") from None
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError, MemoryError) as error:
        # Content the validator did not foresee: still refused, never installed. (The
        # validator itself should name the file and line; this is the last line of defence.)
        raise PackError(pack.name, both("content-unchecked", kind=type(error).__name__)) from None


def _problems(invalid: ContentError) -> Text:
    """The first problems validation found, with file and line, each in both languages."""
    count = len(invalid.problems)
    more = count - MAX_SHOWN_PROBLEMS
    shown = invalid.problems[:MAX_SHOWN_PROBLEMS]
    return both(
        "content-invalid",
        count=count,
        problem_word=noun(count, "problem"),
        shown=Text(*("; ".join(p.text(lang) for p in shown) for lang in ("nl", "en"))),
        tail=both("and-more", count=more) if more > 0 else "",
    )


def _rebuild(content: CheckedContent, scratch: Path, info: PackInfo) -> None:
    from kb_app.core.paths import schema_dir
    from kb_app.pipeline.build import write_library
    from kb_app.pipeline.integrity import content_hash

    digest = content_hash(scratch / "content", schema_dir())
    write_library(content, scratch / "library", digest, info.library_version or digest[:12])
    origin = {
        "library_version": info.library_version,
        "publisher": info.publisher.name,
        "fingerprint": info.publisher.fingerprint,
        "pack_digest": info.digest,
        "pack_built_at": info.built_at,
        "installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    (scratch / "library" / ORIGIN).write_text(
        json.dumps(origin, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    check = check_library(scratch / "library")
    if not check.ok:  # our own build: a failure here is a disk problem, not the pack's
        raise make_error(KbError, "rebuild-failed", problem=library_problem(check.problem))


def older_warning(info: PackInfo, paths: AppPaths, lang: str = "nl") -> str | None:
    """A warning when the pack is older than the installed library of the same publisher: an
    old signed pack replayed (from a forgotten USB stick, or on purpose) would bring back
    retracted content. Installing it stays possible, but never unnoticed. In ``lang``."""
    origin = read_origin(paths.installed_library)
    made = str(origin.get("pack_built_at", ""))
    if origin.get("fingerprint") != info.publisher.fingerprint or not made or not info.built_at:
        return None
    if info.built_at >= made:
        return None
    return say("older-pack", lang, made=info.built_at[:10], in_use=made[:10])


def read_origin(folder: Path) -> dict:
    try:
        data = json.loads((folder / ORIGIN).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _aside(folder: Path) -> Path | None:
    """Move ``folder`` to a fresh hidden name beside it, so it can be deleted or put back."""
    if not folder.exists():
        return None
    spot = Path(tempfile.mkdtemp(prefix=f".{folder.name}-old-", dir=folder.parent))
    spot.rmdir()
    folder.rename(spot)
    return spot


def _in_use_error(error: OSError) -> KbError:
    return make_error(KbError, "swap-failed", reason=error.strerror or error)


def commit(staged: StagedPack, paths: AppPaths) -> None:
    """Swap the rebuilt library in; the one in use becomes the newest history step."""
    current = paths.installed_library
    try:
        _migrate(paths)
        moved = _aside(current)
        try:
            staged.library.rename(current)
        except OSError:
            if moved is not None:
                moved.rename(current)
            raise
    except OSError as error:
        staged.discard()
        raise _in_use_error(error) from error
    try:
        if moved is not None:
            _push(paths, moved)
    except OSError:
        pass  # the new library is in place; the old one is removed as a leftover next time
    finally:
        staged.discard()


def install_pack(
    pack: Path,
    paths: AppPaths,
    in_use: Path | None,
    user: UserStore | None = None,
    progress: Progress | None = None,
    lock: InstallLock | None = None,
) -> InstallResult:
    """Install ``pack``; the changes are against ``in_use``, the library open before."""
    staged = stage_pack(pack, paths, progress, lock)
    try:
        changes = compare(in_use, staged.library, user)
        warning = older_warning(staged.info, paths)
    except BaseException:
        staged.discard()
        raise
    commit(staged, paths)
    return InstallResult(staged.info, changes, warning)


def can_roll_back(paths: AppPaths) -> bool:
    return paths.installed_library.exists()


def describe_library(folder: Path | None, lang: str = "nl") -> str:
    """ "bibliotheek 2026.2 van Uitgever (116 interventies)", or the shipped library."""
    if folder is None:
        return say("shipped-library", lang)
    check = check_library(folder)
    manifest = check.manifest or {}
    origin = read_origin(folder)
    version = manifest.get("library_version") or str(manifest.get("content_hash", ""))[:12]
    count = (manifest.get("counts") or {}).get("interventions", "?")
    publisher = origin.get("publisher")
    return say(
        "library",
        lang,
        version=version or both("version-unknown"),
        publisher=both("from-publisher", publisher=publisher) if publisher else "",
        count=count,
        intervention_word=noun(count, "intervention"),
    )


def roll_back_target(paths: AppPaths) -> Path | None:
    """The library a rollback restores (None: the shipped one). Call only if can_roll_back."""
    if paths.previous_library.is_dir():
        return paths.previous_library
    steps = history(paths)
    return steps[-1] if steps else None


def describe_roll_back(paths: AppPaths, lang: str = "nl") -> str:
    """What "Terug naar vorige bibliotheek" will do, in one sentence in ``lang``."""
    if not can_roll_back(paths):
        return say("no-previous", lang)
    now = describe_library(paths.installed_library, lang)
    back = describe_library(roll_back_target(paths), lang)
    return say("roll-back-plan", lang, back=back, now=now)


def roll_back(paths: AppPaths) -> None:
    """Exactly one step back: the newest history step (or the shipped library) replaces the
    installed library, which is removed."""
    with acquire_install_lock(paths):
        if not can_roll_back(paths):
            raise make_error(KbError, "nothing-to-roll-back")
        _migrate(paths)
        target = roll_back_target(paths)
        if target is not None and not check_library(target).ok:
            problem = library_problem(check_library(target).problem)
            raise make_error(KbError, "previous-damaged", problem=problem)
        current = paths.installed_library
        try:
            moved = _aside(current)
            try:
                if target is not None:
                    target.rename(current)
            except OSError:
                if moved is not None:
                    moved.rename(current)
                raise
        except OSError as error:
            raise _in_use_error(error) from error
        if moved is not None:
            shutil.rmtree(moved, ignore_errors=True)
