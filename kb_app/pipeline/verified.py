"""Remembered file hashes, so start-up does not re-read every library file to check it.

``HashCache.sha256(path)`` answers like ``integrity.sha256_file``, but remembers what it read:
the SHA-256 together with the file's size, modification time, status-change time (``ctime``),
inode and device. Next time, a file whose five values are all unchanged is not read again; any
change in any of them and it is hashed afresh. ``check_library`` then compares the answer with
``checksums.json`` exactly as before, so a cached answer can only confirm a hash that the file
had when it was read in full.

Why this is safe enough (the same bet as git's index): every way of writing a file through the
operating system moves its ``ctime`` — also ``touch``/``os.utime`` setting the modification
time back — and replacing a file gives it a new inode, so a changed, truncated, replaced or
missing file is hashed again. What it does *not* catch: bytes that change beneath the
file system (a failing disk), and on Windows, where ``ctime`` is the creation time, an edit in
place that keeps the size and sets the modification time back. Such a file is caught when its
stat changes or the cache is gone. Two guards against the edge cases:

- *racy entries*: a file changed within the timestamp granularity (2 s on FAT) of the moment it
  was hashed could keep the same stat, so a file that new is never remembered;
- *hostile cache*: the cache file lives in the user's cache folder, never inside a library
  folder (which may be read-only). Anything in it that is not exactly what this module writes —
  unreadable, too big, wrong types — is ignored entry by entry, and it is rewritten whole (to a
  temporary file, then renamed). Anyone who could plant a false entry could as well rewrite the
  library and its ``checksums.json``; the checksums catch damage, the pack signatures tampering.

Standard library only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_NAME = "verified-files.json"
CACHE_VERSION = 1
MAX_CACHE_BYTES = 4_000_000  # far above what a library and content folder need
RACY_NS = 2_000_000_000  # FAT's mtime granularity: the coarsest file system we may run from
CHUNK = 1 << 20

Stamp = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def _stamp(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def _entry(value: object) -> tuple[Stamp, str] | None:
    """An entry as written by ``save``, or None for anything else (a hostile cache)."""
    if not isinstance(value, list) or len(value) != 6:
        return None
    *numbers, digest = value
    if not all(type(n) is int for n in numbers) or not isinstance(digest, str):
        return None
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return None
    return (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]), digest


class HashCache:
    """SHA-256 of files, remembered by stat in ``path`` (None: remember for this run only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[str, tuple[Stamp, str]] = {}
        self._used: dict[str, tuple[Stamp, str]] = {}
        self.hashed = 0  # files read in full this run (tests and the benchmark look)
        if path is not None:
            self._known = self._load(path)

    @staticmethod
    def _load(path: Path) -> dict[str, tuple[Stamp, str]]:
        try:
            if path.stat().st_size > MAX_CACHE_BYTES:
                return {}
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # absent, unreadable, not JSON, nested
            return {}
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}
        files = data.get("files")
        if not isinstance(files, dict):
            return {}
        known = {}
        for name, value in files.items():
            entry = _entry(value)
            if isinstance(name, str) and entry is not None:
                known[name] = entry
        return known

    def sha256(self, path: Path) -> str:
        """The file's SHA-256: remembered when its stat is unchanged, else read in full.
        Raises ``OSError`` like reading the file would."""
        key = os.path.abspath(path)
        remembered = self._known.get(key)
        if remembered is not None and _stamp(os.stat(key)) == remembered[0]:
            self._used[key] = remembered
            return remembered[1]
        stamp, digest = self._read(key)
        if stamp is not None:
            self._used[key] = (stamp, digest)
        return digest

    def _read(self, key: str) -> tuple[Stamp | None, str]:
        """Hash the file; its stamp when it is worth remembering (unchanged while read, and
        old enough that a later change must show in its stat)."""
        digest = hashlib.sha256()
        with open(key, "rb") as stream:
            before = _stamp(os.fstat(stream.fileno()))
            while block := stream.read(CHUNK):
                digest.update(block)
            after = _stamp(os.fstat(stream.fileno()))
        self.hashed += 1
        newest = max(after[1], after[2])
        settled = before == after and time.time_ns() - newest >= RACY_NS
        return (after if settled else None), digest.hexdigest()

    def save(self) -> None:
        """Write what this run used (entries of files no longer looked at drop out), when it
        differs from what was read. A folder that cannot be written only costs speed."""
        if self.path is None or self._used == self._known:
            return
        files = {key: [*stamp, digest] for key, (stamp, digest) in sorted(self._used.items())}
        text = json.dumps({"version": CACHE_VERSION, "files": files}, indent=0)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as error:
            log.info("could not remember verified files in %s: %s", self.path, error)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return
        self._known = dict(self._used)
