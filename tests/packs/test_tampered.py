"""A pack from outside is trusted in nothing: every way of tampering with it is refused with a
reason, and the installed library, the previous one and the data folder stay exactly as they were.
"""

import hashlib
import json
import struct
import zipfile

import pytest

from kb_app.pipeline.integrity import LIBRARY_FORMAT
from kb_app.packs.install import install_pack
from kb_app.packs.pack import PACK_MANIFEST, PackError, open_pack


def members(pack):
    with zipfile.ZipFile(pack) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write(path, files, info_edit=None, listed=None):
    """Write a pack with ``files``; pack.json lists ``listed`` (default: every file, hashed)."""
    info = json.loads(files.pop(PACK_MANIFEST))
    if listed is not None:
        info["files"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                         for name, data in listed.items()}
    if info_edit:
        info_edit(info)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PACK_MANIFEST, json.dumps(info))
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name), data)
    return path


def flip_byte(pack, out):
    files = members(pack)
    data = bytearray(files["library/content.sqlite"])
    data[len(data) // 2] ^= 0xFF
    files["library/content.sqlite"] = bytes(data)
    return write(out, files)


def bad_manifest_hash(pack, out):
    def edit(info):
        info["files"]["library/content.sqlite"]["sha256"] = "0" * 64
    return write(out, members(pack), edit)


def with_extra(name):
    def make(pack, out):
        files = members(pack)
        files[name] = b"evil"
        listed = {n: d for n, d in files.items() if n != PACK_MANIFEST}
        return write(out, files, listed=listed)
    return make


def huge_declared_size(pack, out):
    """A member whose central directory entry claims 4 GB unpacked: a zip bomb's calling card."""
    write(out, members(pack))
    raw = bytearray(out.read_bytes())
    entry = raw.find(b"PK\x01\x02")  # the first central directory entry
    struct.pack_into("<I", raw, entry + 24, 0xFFFFFFF0)
    out.write_bytes(bytes(raw))
    return out


def newer_format(pack, out):
    return write(out, members(pack), lambda info: info.update(pack_format=99))


def newer_library_format(pack, out):
    return write(out, members(pack), lambda info: info.update(library_format=LIBRARY_FORMAT + 1))


def not_a_zip(pack, out):
    out.write_bytes(b"Dit is geen zip-bestand maar een tekst.\n" * 20)
    return out


def truncated(pack, out):
    out.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    return out


def missing_member(pack, out):
    files = members(pack)
    del files["library/content.sqlite"]
    return write(out, files)


CASES = {
    "changed byte": (flip_byte, "klopt niet met de controlesom"),
    "bad manifest hash": (bad_manifest_hash, "klopt niet met de controlesom"),
    "dot-dot path": (with_extra("library/../../ontsnapt.txt"), "onveilige naam"),
    "absolute path": (with_extra("/tmp/ontsnapt.txt"), "onveilige naam"),
    "windows drive path": (with_extra("C:/ontsnapt.txt"), "onveilige naam"),
    "unknown member": (with_extra("elders/bestand.txt"), "hoort niet in een pakket"),
    "zip bomb": (huge_declared_size, "uitgepakt zou het"),
    "newer pack format": (newer_format, "andere versie van Wat Werkt"),
    "newer library format": (newer_library_format, "andere versie van Wat Werkt"),
    "not a zip": (not_a_zip, "geen geldig of een onvolledig zip-bestand"),
    "truncated": (truncated, "geen geldig of een onvolledig zip-bestand"),
    "missing member": (missing_member, "kloppen niet met pack.json"),
}


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("case", sorted(CASES))
def test_tampered_pack_is_refused_and_nothing_changes(case, paths, pack_a, pack_b, tmp_path):
    make, reason = CASES[case]
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    before = snapshot(paths.data)
    bad = make(pack_a, tmp_path / "slecht.wwpack")
    with pytest.raises(PackError) as refused:
        install_pack(bad, paths, paths.installed_library)
    message = str(refused.value)
    assert reason in message, message
    assert "Er is niets gewijzigd" in message and "slecht.wwpack" in message
    assert snapshot(paths.data) == before
    assert not (tmp_path / "ontsnapt.txt").exists()


def test_refused_first_install_leaves_no_trace(paths, pack_a, tmp_path):
    bad = flip_byte(pack_a, tmp_path / "slecht.wwpack")
    with pytest.raises(PackError):
        install_pack(bad, paths, None)
    assert not paths.data.exists() or snapshot(paths.data) == {}


def test_missing_file_is_a_clear_refusal(tmp_path):
    with pytest.raises(PackError, match="bestaat niet"):
        open_pack(tmp_path / "weg.wwpack")


def test_untampered_pack_opens(pack_a):
    info = open_pack(pack_a)
    assert info.library_version == "A" and info.counts["interventions"] == 3
    assert "library/content.sqlite" in info.files and "library/checksums.json" in info.files
