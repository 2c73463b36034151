"""The ``.wwpack`` file: a zip holding a built library and ``pack.json`` that vouches for it.

Layout: ``pack.json`` (pack format, library format, library version, content hash, counts and the
SHA-256 and size of every other member) and ``library/`` (manifest.json, checksums.json,
content.sqlite, index/...). A pack comes from outside — a USB stick, an e-mail — so reading one
trusts nothing: the file size, member count, declared and real unpacked sizes are capped (zip
bombs), names must be plain relative paths under ``library/`` (no ``..``, no absolute or drive
paths, no links), and every byte is hashed against ``pack.json`` before anything is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import stat
import tempfile
import zipfile
import zlib
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kb_app.core.errors import KbError
from kb_app.pipeline.integrity import LIBRARY_FORMAT, MANIFEST, check_library, sha256_file

PACK_FORMAT = 1
PACK_SUFFIX = ".wwpack"
PACK_MANIFEST = "pack.json"
LIBRARY_PREFIX = "library/"
# Limits far above a real library (about 4 MB in some 10 files) and far below harm.
MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_UNPACKED_BYTES = 500 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
FIXED_DATE = (2020, 1, 1, 0, 0, 0)  # member timestamps: the same content gives the same bytes
CHUNK = 1 << 20


class PackError(KbError):
    """A pack was refused; nothing was changed."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"Het bibliotheekpakket {name} is geweigerd: {reason}. "
                         "Er is niets gewijzigd; vraag uw beheerder om een nieuw pakket.")
        self.reason = reason


@dataclass(frozen=True)
class PackInfo:
    """What ``pack.json`` says, after it was checked."""

    library_version: str
    content_hash: str
    built_at: str
    counts: dict
    files: dict  # member name -> {"sha256": ..., "size": ...}


def build_pack(content_dir: Path, schema_dir: Path, out: Path, library_version: str = "") -> Path:
    """Build the library from ``content_dir`` and write it as a pack to ``out``."""
    from kb_app.pipeline.build import build  # the whole build stack, only for the editors' command

    out = Path(out)
    version = library_version or dt.date.today().strftime("%Y.%m.%d")
    with tempfile.TemporaryDirectory(prefix="wwpack-") as scratch:
        library = Path(scratch) / "library"
        build(content_dir, schema_dir, library, library_version=version)
        manifest = json.loads((library / MANIFEST).read_text(encoding="utf-8"))
        members = sorted(p for p in library.rglob("*")
                         if p.is_file() and not p.name.endswith("WRITELOCK"))
        files = {f"{LIBRARY_PREFIX}{p.relative_to(library).as_posix()}":
                 {"sha256": sha256_file(p), "size": p.stat().st_size} for p in members}
        info = {"pack_format": PACK_FORMAT, "library_format": LIBRARY_FORMAT,
                "library_version": version, "content_hash": manifest["content_hash"],
                "built_at": manifest["built_at"], "counts": manifest["counts"], "files": files}
        partial = out.with_name(f".{out.name}.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            _add(archive, PACK_MANIFEST, json.dumps(info, indent=2, sort_keys=True).encode())
            for path in members:
                _add(archive, f"{LIBRARY_PREFIX}{path.relative_to(library).as_posix()}",
                     path.read_bytes())
        partial.replace(out)  # a half-written pack never sits at the name the user gave
    return out


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    member = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    archive.writestr(member, data)


def _safe_name(name: str) -> bool:
    """A plain relative posix path: no absolute or drive paths, no ``..``, no backslashes."""
    if not name or "\\" in name or name.startswith("/") or ":" in name:
        return False
    parts = PurePosixPath(name).parts
    return all(part not in ("", ".", "..") for part in parts)


def _check_members(members: list[zipfile.ZipInfo], refuse) -> None:
    if len(members) > MAX_MEMBERS:
        refuse(f"het bevat {len(members)} bestanden (hooguit {MAX_MEMBERS})")
    total = 0
    for member in members:
        if not _safe_name(member.filename):
            refuse(f"het bestand {member.filename!r} heeft een onveilige naam")
        if stat.S_ISLNK(member.external_attr >> 16):
            refuse(f"{member.filename} is een koppeling, geen bestand")
        if member.filename != PACK_MANIFEST and not member.filename.startswith(LIBRARY_PREFIX):
            refuse(f"het onbekende bestand {member.filename} hoort niet in een pakket")
        total += member.file_size
    if total > MAX_UNPACKED_BYTES:
        refuse(f"uitgepakt zou het {total // (1024 * 1024)} MB zijn "
               f"(hooguit {MAX_UNPACKED_BYTES // (1024 * 1024)} MB)")


def _read_info(archive: zipfile.ZipFile, refuse) -> PackInfo:
    try:
        member = archive.getinfo(PACK_MANIFEST)
    except KeyError:
        refuse("pack.json ontbreekt; dit is geen bibliotheekpakket van Wat Werkt")
    if member.file_size > MAX_MANIFEST_BYTES:
        refuse("pack.json is te groot")
    try:
        data = json.loads(archive.read(member))
    except ValueError:
        refuse("pack.json is onleesbaar")
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        refuse("pack.json mist de lijst met bestanden")
    if data.get("pack_format") != PACK_FORMAT or data.get("library_format") != LIBRARY_FORMAT:
        refuse(f"het is gemaakt voor een andere versie van Wat Werkt (pakketformaat "
               f"{data.get('pack_format')!r}, bibliotheekformaat {data.get('library_format')!r};"
               f" deze versie kent {PACK_FORMAT} en {LIBRARY_FORMAT}). Werk het programma bij")
    return PackInfo(str(data.get("library_version", "")), str(data.get("content_hash", "")),
                    str(data.get("built_at", "")), dict(data.get("counts") or {}),
                    data["files"])


def _copy_checked(archive: zipfile.ZipFile, member: zipfile.ZipInfo, expected: dict,
                  target: Path | None, refuse) -> None:
    """Stream one member, hashing it and never reading past its declared size."""
    digest, size = hashlib.sha256(), 0
    with archive.open(member) as source, ExitStack() as stack:
        sink = stack.enter_context(open(target, "wb")) if target is not None else None
        while block := source.read(CHUNK):
            size += len(block)
            if size > member.file_size or size > int(expected.get("size", -1)):
                refuse(f"{member.filename} is groter dan opgegeven")
            digest.update(block)
            if sink is not None:
                sink.write(block)
    if size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        refuse(f"{member.filename} klopt niet met de controlesom in pack.json")


def open_pack(path: Path, into: Path | None = None) -> PackInfo:
    """Check the pack completely; with ``into``, also unpack its library there (which must be an
    empty folder) and check the result as a library. Raises ``PackError`` with the reason."""
    path = Path(path)

    def refuse(reason: str):
        raise PackError(path.name, reason)

    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            refuse(f"het bestand is groter dan {MAX_PACK_BYTES // (1024 * 1024)} MB")
        with zipfile.ZipFile(path) as archive:
            return _open_archive(archive, into, refuse)
    except PackError:
        raise
    except FileNotFoundError:
        refuse("het bestand bestaat niet")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError) as error:
        refuse(f"het is geen geldig of een onvolledig zip-bestand ({error})")


def _open_archive(archive: zipfile.ZipFile, into: Path | None, refuse) -> PackInfo:
    members = archive.infolist()
    _check_members(members, refuse)
    info = _read_info(archive, refuse)
    names = {m.filename for m in members if not m.is_dir()} - {PACK_MANIFEST}
    if names != set(info.files):
        extra = sorted(names ^ set(info.files))
        refuse(f"de bestanden kloppen niet met pack.json ({', '.join(extra[:3])})")
    for member in members:
        if member.is_dir() or member.filename == PACK_MANIFEST:
            continue
        target = None
        if into is not None:
            target = Path(into) / member.filename[len(LIBRARY_PREFIX):]
            target.parent.mkdir(parents=True, exist_ok=True)
        _copy_checked(archive, member, info.files[member.filename], target, refuse)
    if into is not None:
        check = check_library(Path(into))
        if check.manifest is None:
            refuse(f"de bibliotheek erin is onbruikbaar: {check.problem}")
        if check.manifest.get("content_hash") != info.content_hash:
            refuse("de inhoud klopt niet met pack.json")
    return info


def unpack_beside(path: Path, target: Path) -> tuple[Path, PackInfo]:
    """Unpack into a fresh scratch folder beside ``target`` (same disk, so a rename can swap it
    in); the scratch folder is removed again when the pack is refused."""
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-incoming-", dir=target.parent))
    try:
        return scratch, open_pack(path, scratch)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
