"""A corpus of hostile ``.wwpack`` files, made by code from a good pack.

Each maker takes ``(good pack, output path, keys)`` and writes one crafted pack; ``CORPUS`` pairs
it with the words its refusal must contain. ``keys.trusted`` is the throw-away publisher key the
test data folder trusts (an attacker who stole it, or a publisher's mistake: signed and still
refused); ``keys.stranger`` is a valid key nobody trusts.
"""

from __future__ import annotations

import base64
import hashlib
import json
import pickle
import struct
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kb_app.packs.pack import PACK_MANIFEST, PACK_SIGNATURE
from kb_app.packs.signing import Signer

DOC = "content/interventions/kiva.md"


@dataclass(frozen=True)
class Keys:
    trusted: Signer
    stranger: Signer


class MakeFolder:
    """A pickle that, when loaded, creates a folder: proof that code from the pack ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        import os

        return (os.mkdir, (self.marker,))


def pickle_payload(marker: Path, protocol: int = 2) -> bytes:
    return pickle.dumps(MakeFolder(marker), protocol=protocol)


def members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sign(signer: Signer, manifest: bytes) -> bytes:
    return json.dumps(
        {
            "publisher": signer.publisher.fingerprint,
            "signature": base64.b64encode(signer.sign(manifest)).decode(),
        }
    ).encode()


def relisted(files: dict[str, bytes], edit=None, publisher: Signer | None = None) -> bytes:
    """pack.json listing every content member of ``files`` with its true hash."""
    info = json.loads(files[PACK_MANIFEST])
    info["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in files.items()
        if n not in (PACK_MANIFEST, PACK_SIGNATURE)
    }
    if publisher is not None:
        info["publisher"] = {
            "name": publisher.publisher.name,
            "fingerprint": publisher.publisher.fingerprint,
        }
    if edit:
        edit(info)
    return json.dumps(info, sort_keys=True).encode()


def write(
    out: Path,
    files: dict[str, bytes],
    *,
    resign: Signer | None = None,
    edit=None,
    relist: bool = True,
    compression=zipfile.ZIP_DEFLATED,
    attrs=None,
) -> Path:
    """Write ``files`` as a pack; pack.json is relisted (true hashes) and re-signed on request."""
    files = dict(files)
    if relist:
        files[PACK_MANIFEST] = relisted(files, edit, resign)
    if resign is not None:
        files[PACK_SIGNATURE] = sign(resign, files[PACK_MANIFEST])
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in files.items():
            member = zipfile.ZipInfo(name)
            member.compress_type = compression
            if attrs and name in attrs:
                member.external_attr = attrs[name]
            archive.writestr(member, data)
    return out


def _patch_central(out: Path, name: str, offset: int, fmt: str, value: int) -> Path:
    raw = bytearray(out.read_bytes())
    entry = raw.rfind(name.encode()) - 46  # the name's central directory entry (the last copy)
    assert raw[entry : entry + 4] == b"PK\x01\x02"
    struct.pack_into(fmt, raw, entry + offset, value)
    out.write_bytes(bytes(raw))
    return out


def _patch_end(out: Path, offset: int, value: int) -> Path:
    raw = bytearray(out.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    struct.pack_into("<H", raw, end + offset, value)
    out.write_bytes(bytes(raw))
    return out


# --- signature and origin -------------------------------------------------------------------


def unsigned(pack, out, keys):
    files = members(pack)
    del files[PACK_SIGNATURE]
    return write(out, files, relist=False)


def unknown_publisher(pack, out, keys):
    return write(out, members(pack), resign=keys.stranger)


def forged_signature(pack, out, keys):
    """Signed by a stranger, but pack.sig claims the trusted publisher."""
    files = members(pack)
    manifest = files[PACK_MANIFEST]
    doc = json.loads(sign(keys.stranger, manifest))
    doc["publisher"] = keys.trusted.publisher.fingerprint
    files[PACK_SIGNATURE] = json.dumps(doc).encode()
    return write(out, files, relist=False)


def edited_manifest(pack, out, keys):
    """pack.json changed after signing (a newer version number), signature kept."""
    files = members(pack)
    files[PACK_MANIFEST] = relisted(files, lambda info: info.update(library_version="9999"))
    return write(out, files, relist=False)


def garbage_signature(pack, out, keys):
    files = members(pack)
    files[PACK_SIGNATURE] = b"\x00\xffgeen handtekening"
    return write(out, files, relist=False)


def other_publisher_named(pack, out, keys):
    """Signed by the trusted key, but pack.json names the stranger as publisher."""
    files = members(pack)
    files[PACK_MANIFEST] = relisted(files, publisher=keys.stranger)
    files[PACK_SIGNATURE] = sign(keys.trusted, files[PACK_MANIFEST])
    return write(out, files, relist=False)


def old_format_with_pickle(pack, out, keys, marker: Path | None = None):
    """Pack format 1: a built library whose Whoosh TOC is a crafted pickle, hashes recomputed."""
    payload = pickle_payload(marker or out.with_suffix(".marker"))
    files = {
        "library/manifest.json": b'{"library_format": 1}',
        "library/content.sqlite": b"SQLite format 3\x00",
        "library/index/_MAIN_1.toc": payload,
    }
    listing = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in files.items()
    }
    files[PACK_MANIFEST] = json.dumps(
        {"pack_format": 1, "library_format": 1, "files": listing}
    ).encode()
    return write(out, files, relist=False)


# --- integrity ------------------------------------------------------------------------------


def flipped_byte(pack, out, keys):
    files = members(pack)
    data = bytearray(files[DOC])
    data[len(data) // 2] ^= 0x20
    files[DOC] = bytes(data)
    return write(out, files, relist=False)


def missing_member(pack, out, keys):
    files = members(pack)
    del files[DOC]
    return write(out, files, relist=False)


def unlisted_member(pack, out, keys):
    files = members(pack)
    files["content/interventions/extra.md"] = b"---\nid: extra\n---\n"
    return write(out, files, relist=False)


# --- names (signed with the trusted key: a valid signature does not make a bad name good) -----


def extra_signed(name: str, data: bytes = b"evil"):
    def make(pack, out, keys):
        files = members(pack)
        files[name] = data
        return write(out, files, resign=keys.trusted)

    return make


def duplicate_name(pack, out, keys):
    write(out, members(pack), resign=keys.trusted)
    with zipfile.ZipFile(out, "a") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we want
        archive.writestr(DOC, b"tweede versie")
    return out


def symlink_member(pack, out, keys):
    files = members(pack)
    files["content/principles/link.md"] = b"/etc/passwd"
    return write(
        out, files, resign=keys.trusted, attrs={"content/principles/link.md": (0o120777 << 16)}
    )


# --- sizes ----------------------------------------------------------------------------------


def huge_declared_size(pack, out, keys):
    """A member whose central directory entry claims 4 GB unpacked: a zip bomb's calling card."""
    write(out, members(pack), relist=False)
    return _patch_central(out, DOC, 24, "<I", 0xFFFFFFF0)


def compression_bomb(pack, out, keys):
    files = members(pack)
    files["content/principles/nullen.md"] = b"0" * (900 * 1024)
    return write(out, files, resign=keys.trusted)


def too_many_entries(pack, out, keys):
    write(out, members(pack), relist=False)
    return _patch_end(out, 10, 30_000)  # total number of central directory entries


def zip64_claim(pack, out, keys):
    write(out, members(pack), relist=False)
    return _patch_end(out, 10, 0xFFFF)


def bzip2_member(pack, out, keys):
    return write(out, members(pack), relist=False, compression=zipfile.ZIP_BZIP2)


def not_a_zip(pack, out, keys):
    out.write_bytes(b"Dit is geen zip-bestand maar een tekst.\n" * 20)
    return out


def empty_file(pack, out, keys):
    out.write_bytes(b"")
    return out


def truncated(pack, out, keys):
    out.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    return out


def newer_format(pack, out, keys):
    return write(
        out, members(pack), resign=keys.trusted, edit=lambda info: info.update(pack_format=99)
    )


# --- content (signed with the trusted key: refused by validation, rebuilt never) -------------


def replaced_doc(transform):
    def make(pack, out, keys):
        files = members(pack)
        files[DOC] = transform(files[DOC].decode("utf-8")).encode("utf-8")
        return write(out, files, resign=keys.trusted)

    return make


def _append_to_body(extra: str):
    return replaced_doc(lambda text: text.replace("## Doel\n", f"## Doel\n\n{extra}\n\n", 1))


def _broken_front_matter(text: str) -> str:
    return text.replace("\ntitle: ", "\ntitle: [niet gesloten\n", 1)


def _wrong_type(text: str) -> str:
    return text.replace("\nthemes: ", "\nthemes: 12\nx_themes: ", 1)


def pickle_as_document(pack, out, keys):
    files = members(pack)
    files[DOC] = pickle_payload(out.with_suffix(".marker"))
    return write(out, files, resign=keys.trusted)


def pickle_as_vocabulary(pack, out, keys):
    files = members(pack)
    files["content/vocabularies.yaml"] = pickle_payload(out.with_suffix(".marker"))
    return write(out, files, resign=keys.trusted)


def _vocabulary(transform):
    def make(pack, out, keys):
        files = members(pack)
        name = "content/vocabularies.yaml"
        files[name] = transform(files[name].decode("utf-8")).encode("utf-8")
        return write(out, files, resign=keys.trusted)

    return make


def _alias_bomb(text: str) -> str:
    """A billion laughs: nine levels of nine aliases each, appended to a real vocabulary."""
    lines = ['bom0: &b0 ["ha"]']
    lines += [f"bom{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9)}]" for i in range(1, 10)]
    return text + "\n" + "\n".join(lines) + "\n"


def _deep_nesting(text: str) -> str:
    return text.replace("\nthemes: ", "\ndiep: " + "[" * 5000 + "]" * 5000 + "\nthemes: ", 1)


def _python_tag(text: str) -> str:
    return text.replace("\ntitle: ", "\nx: !!python/object/apply:os.mkdir ['/tmp/x']\ntitle: ", 1)


CORPUS = {
    "unsigned": (unsigned, "niet ondertekend"),
    "unknown publisher": (unknown_publisher, "onbekende uitgever"),
    "forged signature": (forged_signature, "handtekening van Testuitgever klopt niet"),
    "pack.json edited after signing": (edited_manifest, "klopt niet"),
    "garbage signature": (garbage_signature, "onleesbaar"),
    "pack.json names another publisher": (other_publisher_named, "andere uitgever"),
    "old format with pickled index": (old_format_with_pickle, "niet ondertekend"),
    "changed byte": (flipped_byte, "klopt niet met de controlesom"),
    "missing member": (missing_member, "kloppen niet met pack.json"),
    "unlisted member": (unlisted_member, "kloppen niet met pack.json"),
    "dot-dot path": (extra_signed("content/../../ontsnapt.txt"), "onveilige naam"),
    "absolute path": (extra_signed("/tmp/ontsnapt.txt"), "onveilige naam"),
    "windows drive path": (extra_signed("C:/ontsnapt.txt"), "onveilige naam"),
    "signed whoosh index": (extra_signed("library/index/_MAIN_1.toc"), "hoort niet in een pakket"),
    "signed sqlite database": (extra_signed("content/content.sqlite"), "hoort niet in een pakket"),
    "signed python file": (extra_signed("content/interventions/x.py"), "hoort niet in een pakket"),
    "duplicate name": (duplicate_name, "twee keer"),
    "symlink member": (symlink_member, "koppeling"),
    "declared 4 GB": (huge_declared_size, "groter dan 1024 kB"),
    "compression ratio bomb": (compression_bomb, "zip-bom"),
    "30,000 entries claimed": (too_many_entries, "te veel bestanden"),
    "zip64": (zip64_claim, "ZIP64"),
    "bzip2 compression": (bzip2_member, "onbekende manier"),
    "not a zip": (not_a_zip, "geen geldig of een onvolledig zip-bestand"),
    "empty file": (empty_file, "geen geldig of een onvolledig zip-bestand"),
    "truncated": (truncated, "geen geldig of een onvolledig zip-bestand"),
    "newer pack format": (newer_format, "andere versie van Wat Werkt"),
    "broken front matter": (replaced_doc(_broken_front_matter), "de inhoud is niet in orde"),
    "wrong field type": (replaced_doc(_wrong_type), "de inhoud is niet in orde"),
    "script tag": (_append_to_body("<script>alert(1)</script>"), "de inhoud is niet in orde"),
    "javascript link": (
        _append_to_body("[klik](javascript:alert(1))"),
        "de inhoud is niet in orde",
    ),
    "stored html": (_append_to_body('<img src=x onerror="alert(1)">'), "de inhoud is niet in orde"),
    "pickle as document": (pickle_as_document, "de inhoud is niet in orde"),
    "pickle as vocabulary": (pickle_as_vocabulary, "de inhoud is niet in orde"),
    "yaml alias bomb": (_vocabulary(_alias_bomb), "YAML-verwijzingen"),
    "yaml nested 5,000 deep": (replaced_doc(_deep_nesting), "dieper genest"),
    "yaml python tag": (replaced_doc(_python_tag), "YAML-tag"),
}
