"""Writing files so a crash, a full disk or an odd target never leaves a half-written file.

Plan files and exports are written to a temporary file in the target's own folder, flushed and
synced to disk, checked (not empty, complete, and whatever the format's own check adds), given
the permissions the user's umask asks for, and only then renamed over the target: the target is
either the old file or the complete new one. The target must be a regular file or a new name; a
folder, device, pipe or socket there is refused rather than replaced. Every failure is a
``WriteError`` that says in Dutch what happened and that nothing changed; no temporary file is
left behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths

Verify = Callable[[Path], None]  # raises WriteError when the written file is not right


class WriteError(KbError):
    """A file could not be written; nothing at the target path was changed."""


def atomic_write(path: Path, data: bytes, verify: Verify | None = None) -> None:
    """Write ``data`` to ``path`` atomically; ``verify`` checks the temporary file first."""
    with atomic_output(path, verify) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_TRUNC)
        try:
            _write_all(descriptor, data)
        finally:
            os.close(descriptor)
        if temporary.stat().st_size != len(data):
            raise WriteError(
                f"{Path(path).name} kan niet worden geschreven: het bestand kwam "
                "korter op de schijf dan bedoeld. Er is niets veranderd."
            )


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)  # may write less than asked: keep going
        view = view[written:]


@contextmanager
def atomic_output(path: Path, verify: Verify | None = None) -> Iterator[Path]:
    """A temporary path next to ``path`` for a writer that needs a file name (such as the PDF
    printer); when the block ends without error it is synced, checked and moved over ``path``."""
    path = Path(path)
    check_target(path)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise WriteError(explain(error, path)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _finish(temporary, path, verify)
    except BaseException as error:
        temporary.unlink(missing_ok=True)  # never leave the temporary file behind
        if isinstance(error, OSError):
            raise WriteError(explain(error, path)) from error
        raise


def _finish(temporary: Path, path: Path, verify: Verify | None) -> None:
    descriptor = os.open(temporary, os.O_RDONLY)
    try:
        os.fsync(descriptor)  # on the disk before the rename makes it the real file
        size = os.fstat(descriptor).st_size
    finally:
        os.close(descriptor)
    if size == 0:
        raise WriteError(
            f"{path.name} kan niet worden geschreven: het resultaat was leeg. "
            f"Er is niets veranderd."
        )
    if verify is not None:
        verify(temporary)
    # mkstemp makes the file readable by its owner only; an export is an ordinary document.
    os.chmod(temporary, 0o666 & ~_umask())
    check_target(path)  # still a regular file or nothing: it may have changed meanwhile
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _umask() -> int:
    # The only portable way to read the umask is to set it and put it back at once.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


def check_target(path: Path) -> None:
    """Refuse a target that is not a regular file or a new name in an existing folder."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise WriteError(explain(error, path)) from error
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise WriteError(
            f"{path} is een map. Geef een bestandsnaam op, bijvoorbeeld "
            f"{path / ('uitvoer' + (path.suffix or '.docx'))}. Er is niets "
            "geschreven."
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise WriteError(
            f"{path} is geen gewoon bestand (maar een apparaat, pijp of socket); "
            "Wat Werkt schrijft daar niet overheen. Kies een andere naam. Er is "
            "niets geschreven."
        )
    if not path.parent.is_dir():
        raise WriteError(f"De map {path.parent} bestaat niet; er is niets geschreven.")


_REASONS = {
    errno.ENOSPC: "er is niet genoeg ruimte op de schijf. Maak ruimte vrij of kies een andere "
    "schijf",
    errno.EDQUOT: "uw schijfruimte (quotum) is op. Ruim bestanden op of kies een andere plek",
    errno.EACCES: "u mag niet schrijven in de map {folder} (geen schrijfrechten). Kies een "
    "andere map, bijvoorbeeld Documenten",
    errno.EPERM: "u mag niet schrijven in de map {folder} (geen schrijfrechten). Kies een "
    "andere map, bijvoorbeeld Documenten",
    errno.EROFS: "de map {folder} staat op een schijf die alleen gelezen kan worden (zoals een "
    "beveiligde USB-stick). Kies een andere map",
    errno.ENAMETOOLONG: "de naam is te lang voor het besturingssysteem. Kies een kortere naam",
    errno.ENOTDIR: "een deel van het pad is geen map. Controleer het pad",
    errno.EISDIR: "er staat een map met die naam. Kies een andere naam",
    errno.EINVAL: "de naam bevat tekens die deze schijf niet toestaat. Kies een andere naam",
    errno.EILSEQ: "de naam bevat tekens die deze schijf niet toestaat. Kies een andere naam",
    errno.EIO: "de schijf gaf een schrijffout (is de stick verwijderd of beschadigd?)",
    errno.ELOOP: "het pad is een snelkoppeling die naar zichzelf verwijst",
}


def explain(error: OSError, path: Path) -> str:
    """A Dutch sentence for an operating-system error while writing ``path``."""
    path = Path(path)
    reason = _REASONS.get(error.errno or 0)
    if reason is None:
        reason = f"fout {error.errno}: {error.strerror or error}"
    reason = reason.format(folder=path.parent)
    kept = " Het bestaande bestand is onaangeroerd." if os.path.lexists(path) else ""
    return f"{path.name} kan niet worden geschreven: {reason}. Er is niets veranderd.{kept}"


PROBE_BYTES = 64 * 1024  # a save needs room: a disk with a few bytes left counts as full


def probe_writable(folder: Path) -> None:
    """Raise the ``OSError`` that writing in ``folder`` gives, if any. Probed by really writing
    (and syncing) a small nameless file: permissions alone do not show a full disk, a read-only
    mount, or (on Windows) a folder a virus scanner keeps locked. Nothing of it stays behind."""
    with tempfile.TemporaryFile(dir=folder, prefix=".schrijftest-") as probe:
        probe.write(b"\0" * PROBE_BYTES)
        probe.flush()
        os.fsync(probe.fileno())


def probe_data_folder(paths: AppPaths) -> OSError | None:
    """Make the app's folders and probe the data folder (``probe_writable``): the error, or
    None. Free of Qt, so start-up can run it on a thread while the window is being made."""
    try:
        paths.ensure()
        probe_writable(paths.data)
    except OSError as error:
        return error
    return None


def swap_folder(fresh: Path, target: Path) -> None:
    """Put the finished folder ``fresh`` in the place of ``target`` (a build's last step).

    The old folder is moved aside first and removed only after the new one is in place, so a
    crash in between leaves either the old or the new folder, never half of one.
    """
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
