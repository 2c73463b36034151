"""Install a content pack into the user data folder, atomically, and roll it back.

The installed library lives in ``AppPaths.installed_library`` ("current"); the one it replaced is
kept as ``previous`` (absent when the shipped library was in use before). Installing is: check the
whole pack, unpack it into a scratch folder beside "current" and check it again as a library,
then swap by renames on the same disk. Until that swap the library in use is untouched, and a
refused pack leaves no trace. Rollback swaps "current" and "previous", so it can be undone too.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.packs.changes import LibraryChanges, compare
from kb_app.packs.pack import PackInfo, open_pack, unpack_beside
from kb_app.pipeline.integrity import check_library
from kb_app.store.user import UserStore


@dataclass(frozen=True)
class StagedPack:
    """A checked pack, unpacked beside the installed library and ready to be swapped in."""

    folder: Path
    info: PackInfo

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class InstallResult:
    info: PackInfo
    changes: LibraryChanges


def stage_pack(pack: Path, paths: AppPaths) -> StagedPack:
    """Check the pack (nothing is written when it is refused), then unpack and check again."""
    open_pack(Path(pack))
    _remove_leftovers(paths)
    folder, info = unpack_beside(Path(pack), paths.installed_library)
    return StagedPack(folder, info)


def _remove_leftovers(paths: AppPaths) -> None:
    """Scratch folders of an install that was interrupted (power cut, killed process)."""
    parent = paths.installed_library.parent
    if parent.is_dir():
        for leftover in parent.glob(".*-incoming-*"):
            shutil.rmtree(leftover, ignore_errors=True)


def _aside(folder: Path) -> Path | None:
    """Move ``folder`` to a fresh hidden name beside it, so it can be deleted or put back."""
    if not folder.exists():
        return None
    spot = Path(tempfile.mkdtemp(prefix=f".{folder.name}-old-", dir=folder.parent))
    spot.rmdir()
    folder.rename(spot)
    return spot


def _in_use_error(error: OSError) -> KbError:
    return KbError(f"De bibliotheek kon niet worden gewisseld ({error.strerror or error}). "
                   "Sluit Wat Werkt overal af en probeer het opnieuw; er is niets gewijzigd.")


def commit(staged: StagedPack, paths: AppPaths) -> None:
    """Swap the staged library in: current becomes previous, the staged one current."""
    current, previous = paths.installed_library, paths.previous_library
    old_previous = _aside(previous)
    try:
        if current.exists():
            current.rename(previous)
        staged.folder.rename(current)
    except OSError as error:
        if not current.exists() and previous.exists():
            previous.rename(current)
        if old_previous is not None:
            old_previous.rename(previous)
        staged.discard()
        raise _in_use_error(error) from error
    if old_previous is not None:
        shutil.rmtree(old_previous, ignore_errors=True)


def install_pack(pack: Path, paths: AppPaths, in_use: Path | None,
                 user: UserStore | None = None) -> InstallResult:
    """Install ``pack``; the changes are against ``in_use``, the library open before."""
    staged = stage_pack(pack, paths)
    try:
        changes = compare(in_use, staged.folder, user)
    except BaseException:
        staged.discard()
        raise
    commit(staged, paths)
    return InstallResult(staged.info, changes)


def can_roll_back(paths: AppPaths) -> bool:
    return paths.installed_library.exists() or paths.previous_library.exists()


def roll_back(paths: AppPaths) -> None:
    """Back to the library in use before the last install (or undo the last rollback)."""
    current, previous = paths.installed_library, paths.previous_library
    if not can_roll_back(paths):
        raise KbError("Er is geen vorige bibliotheek om naar terug te gaan; er is niets "
                      "gewijzigd.")
    if previous.exists() and not check_library(previous).ok:
        raise KbError(f"De vorige bibliotheek is beschadigd ({check_library(previous).problem});"
                      " er is niets gewijzigd. Installeer het bibliotheekpakket opnieuw.")
    try:
        moved = _aside(current)
        if previous.exists():
            previous.rename(current)
        if moved is not None:
            moved.rename(previous)
    except OSError as error:
        raise _in_use_error(error) from error
