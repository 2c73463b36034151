"""``core.files``: atomic, verified writes; odd targets refused; every failure explained in Dutch.

Each failure test checks the three promises together: a specific Dutch message, the old file
byte for byte unchanged, and no temporary file left in the folder.
"""

from __future__ import annotations

import errno
import os
import stat

import pytest

from kb_app.core import files
from kb_app.core.files import WriteError, atomic_output, atomic_write

OLD = b"het oude bestand\n"


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "plan.md"
    path.write_bytes(OLD)
    return path


def _only(folder, *names):
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_file_gets_the_permissions_the_umask_asks_for(tmp_path, mask, mode):
    previous = os.umask(mask)
    try:
        atomic_write(tmp_path / "uit.md", b"tekst")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "uit.md").stat().st_mode) == mode  # not mkstemp's 0600


def test_replaces_a_regular_file_completely(old_file):
    atomic_write(old_file, b"nieuw")
    assert old_file.read_bytes() == b"nieuw"
    _only(old_file.parent, "plan.md")


def test_an_existing_folder_is_refused(tmp_path):
    target = tmp_path / "uitvoer"
    target.mkdir()
    with pytest.raises(WriteError, match=r"is een map\. Geef een bestandsnaam op"):
        atomic_write(target, b"tekst")
    assert target.is_dir() and list(target.iterdir()) == []
    _only(tmp_path, "uitvoer")  # no .tmp left behind


def test_a_fifo_is_refused_without_opening_it(tmp_path):
    target = tmp_path / "pijp.md"
    os.mkfifo(target)
    with pytest.raises(WriteError, match="geen gewoon bestand"):
        atomic_write(target, b"tekst")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    _only(tmp_path, "pijp.md")


def test_a_device_node_is_refused_and_stays(tmp_path):
    target = tmp_path / "apparaat.pdf"
    try:
        os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # like /dev/null
    except PermissionError:
        target = None
    if target is None:  # not root: use the real /dev/null, which nobody may replace
        from pathlib import Path

        target = Path("/dev/null")
    with pytest.raises(WriteError, match="geen gewoon bestand"):
        atomic_write(target, b"%PDF-")
    assert stat.S_ISCHR(os.lstat(target).st_mode)


def test_a_symlink_is_replaced_not_written_through(tmp_path):
    outside = tmp_path / "elders.txt"
    outside.write_bytes(OLD)
    link = tmp_path / "link.md"
    link.symlink_to(outside)
    atomic_write(link, b"nieuw")
    assert outside.read_bytes() == OLD and not link.is_symlink()
    assert link.read_bytes() == b"nieuw"


def test_missing_folder(tmp_path):
    with pytest.raises(WriteError, match="bestaat niet"):
        atomic_write(tmp_path / "nergens" / "x.md", b"x")
    _only(tmp_path)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EROFS, "alleen gelezen kan worden"),
        (errno.EACCES, "geen schrijfrechten"),
        (errno.ENAMETOOLONG, "naam is te lang"),
    ],
)
def test_a_folder_that_cannot_be_written_is_explained(old_file, monkeypatch, code, message):
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(WriteError, match=message) as caught:
        atomic_write(old_file, b"nieuw")
    assert "bestaande bestand is onaangeroerd" in str(caught.value)
    assert old_file.read_bytes() == OLD
    _only(old_file.parent, "plan.md")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_really_read_only_folder(old_file):
    old_file.parent.chmod(0o555)
    try:
        with pytest.raises(WriteError, match="geen schrijfrechten"):
            atomic_write(old_file, b"nieuw")
    finally:
        old_file.parent.chmod(0o755)
    assert old_file.read_bytes() == OLD


def test_a_full_disk_while_writing(old_file, monkeypatch):
    real_write = os.write
    calls = []

    def fill_up(descriptor, data):
        if descriptor <= 2:
            return real_write(descriptor, data)
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(descriptor, bytes(data[:3]))  # a short write first, then full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "write", fill_up)
    with pytest.raises(WriteError, match="niet genoeg ruimte op de schijf"):
        atomic_write(old_file, b"een nieuw en langer bestand")
    assert len(calls) == 2  # the short write was continued, not taken as the end
    assert old_file.read_bytes() == OLD
    _only(old_file.parent, "plan.md")


def test_a_full_disk_at_fsync(old_file, monkeypatch):
    def no_room(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(WriteError, match="niet genoeg ruimte"):
        atomic_write(old_file, b"nieuw")
    assert old_file.read_bytes() == OLD
    _only(old_file.parent, "plan.md")


def test_short_writes_are_continued(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(files.os, "write", lambda fd, data: real_write(fd, bytes(data[:2])))
    atomic_write(tmp_path / "uit.md", b"twaalf tekens")
    assert (tmp_path / "uit.md").read_bytes() == b"twaalf tekens"


def test_an_empty_or_unverified_result_is_refused(old_file):
    with pytest.raises(WriteError, match="leeg"):
        atomic_write(old_file, b"")

    def reject(path):
        raise WriteError("niet compleet")

    with pytest.raises(WriteError, match="niet compleet"):
        atomic_write(old_file, b"nieuw", reject)
    assert old_file.read_bytes() == OLD
    _only(old_file.parent, "plan.md")


def test_a_writer_that_fails_leaves_nothing(old_file):
    with pytest.raises(RuntimeError), atomic_output(old_file) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("schrijver stopt halverwege")
    assert old_file.read_bytes() == OLD
    _only(old_file.parent, "plan.md")
