"""Checksums of a built library, so a damaged one is noticed at start-up instead of mid-search.

``checksums.json`` sits beside ``manifest.json`` and holds the SHA-256 of ``content.sqlite`` and
of every index file. It is a separate file on purpose: Whoosh names its segments randomly, so
putting index hashes in the manifest would make the manifest differ between identical builds.
``check_library`` answers one question — can this folder be opened? — with a Dutch reason when
it cannot. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kb_app.core.start_messages import both

if TYPE_CHECKING:
    from kb_app.pipeline.verified import HashCache

CHECKSUMS = "checksums.json"
CONTENT_DB = "content.sqlite"
INDEX_DIR = "index"
MANIFEST = "manifest.json"
# Bump when the library's layout or the analysis changes, so older builds count as stale.
LIBRARY_FORMAT = 1
CHUNK = 1 << 20
MAX_HASHED_BYTES = 2_000_000  # above the content file cap, so every usable file is hashed


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def data_files(folder: Path) -> list[str]:
    """The library's data files as sorted posix paths relative to ``folder``.

    Whoosh's lock file is left out: it holds no data and a reader may create it.
    """
    names = [CONTENT_DB] if (folder / CONTENT_DB).is_file() else []
    index = folder / INDEX_DIR
    if index.is_dir():
        names += [
            path.relative_to(folder).as_posix()
            for path in index.rglob("*")
            if path.is_file() and not path.name.endswith("WRITELOCK")
        ]
    return sorted(names)


def write_checksums(folder: Path) -> dict[str, str]:
    sums = {name: sha256_file(folder / name) for name in data_files(folder)}
    text = json.dumps({"files": sums}, indent=2, sort_keys=True) + "\n"
    (folder / CHECKSUMS).write_text(text, encoding="utf-8")
    return sums


@dataclass(frozen=True)
class LibraryCheck:
    """The verdict on one library folder: its manifest when usable, else why not."""

    folder: Path
    manifest: dict | None
    problem: str = ""  # a Text when set: its Dutch is the string, ``problem.en`` the English
    missing: bool = False  # nothing there at all: not worth telling the user about

    @property
    def ok(self) -> bool:
        return self.manifest is not None


def _load_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_library(folder: Path, hashes: HashCache | None = None) -> LibraryCheck:
    """Manifest readable, format known, every data file present and matching its checksum.
    ``hashes``: files whose stat is unchanged since they were read in full are not read again
    (start-up; see ``verified.py``); without it every file is read."""
    folder = Path(folder)
    if not folder.is_dir():
        return LibraryCheck(folder, None, both("library-no-folder"), missing=True)
    manifest = _load_json(folder / MANIFEST)
    if manifest is None:
        return LibraryCheck(folder, None, both("library-no-manifest"))
    if manifest.get("library_format") != LIBRARY_FORMAT:
        found = repr(manifest.get("library_format"))
        return LibraryCheck(folder, None, both("library-format", found=found))
    sums = (_load_json(folder / CHECKSUMS) or {}).get("files")
    if not isinstance(sums, dict) or CONTENT_DB not in sums:
        return LibraryCheck(folder, None, both("library-no-checksums"))
    present = data_files(folder)
    if not any(name.startswith(f"{INDEX_DIR}/") for name in present):
        return LibraryCheck(folder, None, both("library-no-index"))
    for name in sorted(set(sums) | set(present)):
        if name not in present:
            return LibraryCheck(folder, None, both("library-file-missing", file=name))
        if name not in sums:
            return LibraryCheck(folder, None, both("library-file-damaged", file=name))
        try:
            digest = hashes.sha256(folder / name) if hashes else sha256_file(folder / name)
        except OSError as error:
            unreadable = both("library-file-unreadable", file=name, reason=error.strerror)
            return LibraryCheck(folder, None, unreadable)
        if digest != sums[name]:
            return LibraryCheck(folder, None, both("library-file-damaged", file=name))
    return LibraryCheck(folder, manifest)


def content_hash(content_dir: Path, schema_dir: Path, hashes: HashCache | None = None) -> str:
    """SHA-256 over every content and schema file (path and bytes) and the library format;
    ``hashes`` as in ``check_library`` (the value is the same with or without it).

    The content folder may be hostile (a checkout someone else edited): a symbolic link counts by
    its target's name and is never followed, and only regular files are read (in chunks), so
    link loops, folders named ``x.md``, pipes and huge files cannot hang or exhaust it.
    """
    digest = hashlib.sha256(f"format:{LIBRARY_FORMAT}\n".encode())
    content_dir, schema_dir = Path(content_dir), Path(schema_dir)
    files = [
        (f"content/{p.relative_to(content_dir).as_posix()}", p)
        for p in content_dir.rglob("*")
        if p.suffix in (".md", ".yaml")
    ]
    files += [(f"schema/{p.name}", p) for p in schema_dir.glob("*.json")]
    for name, path in sorted(files):
        digest.update(f"{name}\n".encode())
        digest.update(_fingerprint(path, hashes).encode())
    return digest.hexdigest()


def _fingerprint(path: Path, hashes: HashCache | None = None) -> str:
    try:
        if path.is_symlink():
            return "link:" + os.readlink(path)
        if path.is_file():
            info = path.stat()
            if info.st_size > MAX_HASHED_BYTES:  # refused by validation anyway; never read
                return f"large:{info.st_size}:{info.st_mtime_ns}"
            return hashes.sha256(path) if hashes else sha256_file(path)
        return "not-a-file"
    except OSError as error:  # unreadable: validation names it; the hash only has to differ
        return f"error:{error.errno}"
