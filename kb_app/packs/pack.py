"""The ``.wwpack`` file: signed library content, as plain text, that the app rebuilds locally.

Layout (pack format 2): ``pack.sig`` (who signed, and the Ed25519 signature over the exact bytes
of ``pack.json``); ``pack.json`` (pack format, library version, publisher name and fingerprint,
counts, and the SHA-256 and size of every other member); and the content source:
``content/vocabularies.yaml``, ``content/interventions/*.md``, ``content/principles/*.md``.
A pack never carries a database, a search index or anything else a program would load as code
(Whoosh's table of contents is a pickle): the app validates the Markdown exactly as
``kb-app validate`` does and builds ``content.sqlite`` and the index itself (``install``).

A pack comes from outside (a USB stick, an e-mail), so reading one trusts nothing. Only a regular
file is opened (never a device or a FIFO), of bounded size; the zip directory is sized before
Python's zipfile parses it. Then, before any member is used, the signature is checked against the
trusted publishers. Only after that are the names (only the content files above), the sizes
(per file, in total, the compression ratio) and every byte's hash checked while streaming.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, NoReturn, Protocol

from kb_app import __version__
from kb_app.core.errors import KbError
from kb_app.packs.messages import Text, both, say
from kb_app.packs.signing import Publisher, Signer

PACK_FORMAT = 2
PACK_SUFFIX = ".wwpack"
PACK_MANIFEST = "pack.json"
PACK_SIGNATURE = "pack.sig"
CONTENT_PREFIX = "content/"
# The only files a pack may hold besides pack.json and pack.sig: the content source.
CONTENT_NAME = re.compile(
    r"content/(vocabularies\.yaml|(interventions|principles)/"
    r"[A-Za-z0-9][A-Za-z0-9_.-]{0,120}\.md)"
)
# Limits far above a real pack (the whole library is about 1 MB of text in some 130 files, the
# largest file 6 kB) and far below harm: time and memory stay bounded whatever the file says.
MAX_PACK_BYTES = 32 * 1024 * 1024
MAX_DIRECTORY_BYTES = 4 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_FILE_BYTES = 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100  # real Markdown compresses 3-5 times; a bomb a thousand times
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
FIXED_DATE = (2020, 1, 1, 0, 0, 0)  # member timestamps: the same content gives the same bytes
CHUNK = 1 << 16


class Refuse(Protocol):
    """Raises ``PackError`` with the reason ``key`` of ``packs.messages`` and its fields."""

    def __call__(self, key: str, /, **fields: object) -> NoReturn: ...


class PackError(KbError):
    """A pack was refused; nothing was changed. ``reason`` in both languages (a ``Text``), or
    Dutch only."""

    def __init__(self, name: str, reason: Text | str) -> None:
        text = reason if isinstance(reason, Text) else Text(reason, "")
        super().__init__(say("refused", "nl", name=name, reason=text.nl))
        if text.en:
            self.english = say("refused", "en", name=name, reason=text.en)
        self.reason = text.nl


@dataclasses.dataclass(frozen=True)
class PackInfo:
    """What the signed ``pack.json`` says, after the signature and every field were checked."""

    library_version: str
    built_at: str
    counts: dict
    files: dict  # member name -> {"sha256": ..., "size": ...}
    publisher: Publisher
    digest: str  # SHA-256 of pack.json: two packs with the same digest are the same pack


def content_files(content_dir: Path) -> list[tuple[str, Path]]:
    """(member name, path) of every file a pack carries, sorted: what validation reads."""
    content_dir = Path(content_dir)
    found = [("content/vocabularies.yaml", content_dir / "vocabularies.yaml")]
    for folder in ("interventions", "principles"):
        found += [
            (f"content/{folder}/{p.name}", p)
            for p in sorted((content_dir / folder).glob("*.md"))
            if p.is_file()
        ]
    return found


def build_pack(
    content_dir: Path,
    schema_dir: Path,
    out: Path,
    signer: Signer,
    library_version: str = "",
    built_at: dt.datetime | None = None,
) -> Path:
    """Validate ``content_dir`` (as ``kb-app validate``), then write it as a signed pack."""
    from kb_app.pipeline.validate import validate

    content = validate(Path(content_dir), Path(schema_dir))  # ContentError lists every problem
    out = Path(out)
    members = [(name, path.read_bytes()) for name, path in content_files(Path(content_dir))]
    info = {
        "pack_format": PACK_FORMAT,
        "app_version": __version__,
        "library_version": library_version or dt.date.today().strftime("%Y.%m.%d"),
        "built_at": (built_at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "publisher": {"name": signer.publisher.name, "fingerprint": signer.publisher.fingerprint},
        "counts": {
            "interventions": len(content.interventions),
            "principles": len(content.principles),
        },
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members
        },
    }
    manifest = json.dumps(info, indent=2, sort_keys=True).encode("utf-8")
    signature = {
        "publisher": signer.publisher.fingerprint,
        "signature": base64.b64encode(signer.sign(manifest)).decode("ascii"),
    }
    partial = out.with_name(f".{out.name}.part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            _add(archive, PACK_SIGNATURE, json.dumps(signature, indent=2).encode("utf-8"))
            _add(archive, PACK_MANIFEST, manifest)
            for name, data in members:
                _add(archive, name, data)
        partial.replace(out)  # a half-written pack never sits at the name the user gave
    finally:
        partial.unlink(missing_ok=True)
    return out


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    member = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    archive.writestr(member, data)


def open_pack(path: Path, trusted: Mapping[str, Publisher], into: Path | None = None) -> PackInfo:
    """Check the pack completely; with ``into`` (an empty or new folder) also write its content
    files there. Raises ``PackError`` with the reason; files written into ``into`` before a
    refusal are the caller's to remove."""
    path = Path(path)

    def refuse(key: str, /, **fields: object) -> NoReturn:
        raise PackError(path.name, both(key, **fields))

    try:
        with _open_regular(path, refuse) as stream:
            _check_directory(stream, refuse)
            with zipfile.ZipFile(stream) as archive:
                return _read_archive(archive, trusted, into, refuse)
    except PackError:
        raise
    except FileNotFoundError:
        refuse("missing")
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        RuntimeError,
        NotImplementedError,
    ) as error:
        refuse("not-zip-because", kind=type(error).__name__)


def _open_regular(path: Path, refuse: Refuse) -> IO[bytes]:
    """Open without blocking (a FIFO would wait for a writer) and insist on a regular file of
    bounded size, checked on the opened handle so the file cannot be swapped in between."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        refuse("not-regular")
    if info.st_size > MAX_PACK_BYTES:
        os.close(handle)
        refuse("pack-too-big", limit=MAX_PACK_BYTES // (1024 * 1024))
    return os.fdopen(handle, "rb")


def _check_directory(stream: IO[bytes], refuse: Refuse) -> None:
    """Size the zip's central directory from its end record before zipfile reads it all into
    memory: a small file can claim millions of entries. ZIP64 (for > 65,535 entries or > 4 GB)
    is never needed by a pack and is refused."""
    size = stream.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        refuse("not-zip")
    _, _, _, _, entries, directory_size, _, _ = struct.unpack("<4s4H2LH", tail[at : at + 22])
    if (at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07") or entries == 0xFFFF:
        refuse("zip64")
    if entries > MAX_MEMBERS or directory_size > MAX_DIRECTORY_BYTES:
        refuse("too-many-entries", count=entries, limit=MAX_MEMBERS)
    stream.seek(0)


def _read_small(archive: zipfile.ZipFile, name: str, limit: int, refuse: Refuse) -> bytes:
    try:
        member = archive.getinfo(name)
    except KeyError:
        return b""
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        refuse("unknown-packing", member=name)
    with archive.open(member) as source:
        data = source.read(limit + 1)  # never more than the limit, whatever the entry claims
    if len(data) > limit:
        refuse("member-too-big", member=name)
    return data


def _verify(
    archive: zipfile.ZipFile, trusted: Mapping[str, Publisher], refuse: Refuse
) -> tuple[bytes, Publisher]:
    """The signed pack.json bytes and who signed them — before anything else is used."""
    raw_signature = _read_small(archive, PACK_SIGNATURE, MAX_SIGNATURE_BYTES, refuse)
    if not raw_signature:
        refuse("unsigned")
    manifest = _read_small(archive, PACK_MANIFEST, MAX_MANIFEST_BYTES, refuse)
    if not manifest:
        refuse("no-manifest")
    try:
        doc = json.loads(raw_signature.decode("utf-8"))
        fingerprint = str(doc["publisher"])
        signature = base64.b64decode(str(doc["signature"]).encode("ascii"), validate=True)
    except (UnicodeError, ValueError, KeyError, TypeError, binascii.Error):
        refuse("signature-unreadable")
    publisher = trusted.get(fingerprint)
    if publisher is None:
        refuse("unknown-publisher", fingerprint=_shown(fingerprint))
    if not publisher.verify(manifest, signature):
        refuse("signature-wrong", publisher=publisher.name)
    return manifest, publisher


def _shown(fingerprint: str) -> Text | str:
    from kb_app.packs.signing import show_fingerprint

    clean = "".join(c for c in fingerprint[:64] if c in "0123456789abcdefABCDEF")
    return show_fingerprint(clean) if clean else both("fingerprint-unreadable")


def _parse_info(manifest: bytes, publisher: Publisher, refuse: Refuse) -> PackInfo:
    try:
        data = json.loads(manifest.decode("utf-8"))
    except (UnicodeError, ValueError):
        refuse("manifest-unreadable")
    if not isinstance(data, dict) or data.get("pack_format") != PACK_FORMAT:
        found = data.get("pack_format") if isinstance(data, dict) else None
        refuse("other-format", found=found, known=PACK_FORMAT)
    named = data.get("publisher")
    if not isinstance(named, dict) or named.get("fingerprint") != publisher.fingerprint:
        refuse("other-publisher")
    files = data.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(v, dict) and isinstance(v.get("size"), int) and isinstance(v.get("sha256"), str)
        for v in files.values()
    ):
        refuse("no-file-list")
    claimed = data.get("counts")
    claimed = claimed if isinstance(claimed, dict) else {}
    counts = {
        key: claimed[key]
        for key in ("interventions", "principles")
        if isinstance(claimed.get(key), int)
    }  # shown to the user: plain numbers only
    return PackInfo(
        str(data.get("library_version", ""))[:100],
        str(data.get("built_at", ""))[:40],
        counts,
        files,
        publisher,
        hashlib.sha256(manifest).hexdigest(),
    )


def _safe_name(name: str) -> bool:
    """A plain relative posix path: no absolute or drive paths, no ``..``, no backslashes."""
    if not name or "\\" in name or name.startswith("/") or ":" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _check_members(members: list[zipfile.ZipInfo], info: PackInfo, refuse: Refuse) -> None:
    if len(members) > MAX_MEMBERS:
        refuse("too-many-members", count=len(members), limit=MAX_MEMBERS)
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        refuse("duplicate-name")
    total = 0
    for member in members:
        name = member.filename
        if not _safe_name(name):
            refuse("unsafe-name", member=name)
        if stat.S_ISLNK(member.external_attr >> 16):
            refuse("link", member=name)
        if name in (PACK_MANIFEST, PACK_SIGNATURE):
            continue
        if not CONTENT_NAME.fullmatch(name):
            refuse("unknown-file", member=name)
        _check_size(member, refuse)
        total += member.file_size
    if total > MAX_UNPACKED_BYTES:
        refuse(
            "unpacked-too-big",
            size=total // (1024 * 1024),
            limit=MAX_UNPACKED_BYTES // (1024 * 1024),
        )
    listed = set(names) - {PACK_MANIFEST, PACK_SIGNATURE}
    if listed != set(info.files):
        extra = sorted(listed ^ set(info.files))
        refuse("files-mismatch", members=", ".join(extra[:3]))


def _check_size(member: zipfile.ZipInfo, refuse: Refuse) -> None:
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        refuse("unknown-packing", member=member.filename)
    if member.file_size > MAX_FILE_BYTES:
        refuse("file-too-big", member=member.filename, limit=MAX_FILE_BYTES // 1024)
    if member.file_size > 4096 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
        refuse("zip-bomb", member=member.filename)


def _copy_checked(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    expected: dict,
    target: Path | None,
    refuse: Refuse,
) -> None:
    """Stream one member, hashing it and never reading past its declared size."""
    digest, size = hashlib.sha256(), 0
    limit = min(member.file_size, int(expected["size"]))
    with archive.open(member) as source, ExitStack() as stack:
        sink = stack.enter_context(open(target, "xb")) if target is not None else None
        while block := source.read(CHUNK):
            size += len(block)
            if size > limit:
                refuse("bigger-than-declared", member=member.filename)
            digest.update(block)
            if sink is not None:
                sink.write(block)
    if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
        refuse("checksum", member=member.filename)


def _read_archive(
    archive: zipfile.ZipFile, trusted: Mapping[str, Publisher], into: Path | None, refuse: Refuse
) -> PackInfo:
    manifest, publisher = _verify(archive, trusted, refuse)
    info = _parse_info(manifest, publisher, refuse)
    members = [m for m in archive.infolist() if not m.is_dir()]
    _check_members(members, info, refuse)
    for member in members:
        if member.filename in (PACK_MANIFEST, PACK_SIGNATURE):
            continue
        target = None
        if into is not None:
            target = Path(into) / member.filename[len(CONTENT_PREFIX) :]
            target.parent.mkdir(parents=True, exist_ok=True)
        _copy_checked(archive, member, info.files[member.filename], target, refuse)
    return info


def scratch_beside(target: Path) -> Path:
    """A fresh hidden folder beside ``target`` (same disk, so a rename can swap it in)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}-incoming-", dir=target.parent))
