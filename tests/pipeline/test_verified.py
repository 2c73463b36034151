"""Remembered hashes (``pipeline/verified.py``): start-up reads no library file whose stat is
unchanged, and still catches every change that goes through the file system — also one that
keeps the size and sets the modification time back — a missing or replaced file, and a cache
file that is damaged or lies."""

import json
import os
import shutil
import time

import pytest

from kb_app.core.paths import AppPaths
from kb_app.pipeline import library as library_module
from kb_app.pipeline import verified
from kb_app.pipeline.build import build
from kb_app.pipeline.integrity import check_library, content_hash, data_files, sha256_file
from kb_app.pipeline.library import find_library
from kb_app.pipeline.verified import CACHE_NAME, HashCache


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from tests.conftest import CONTENT, SCHEMA
    from tests.pipeline.conftest import GOOD

    content = tmp_path_factory.mktemp("content") / "content"
    (content / "interventions").mkdir(parents=True)
    shutil.copy(CONTENT / "vocabularies.yaml", content)
    shutil.copytree(CONTENT / "principles", content / "principles")
    shutil.copy(CONTENT / "interventions" / GOOD, content / "interventions" / GOOD)
    out = tmp_path_factory.mktemp("built") / "library"
    build(content, SCHEMA, out)
    return content, out


@pytest.fixture
def library(built, tmp_path, monkeypatch):
    """A settled copy of the library (older than the racy margin) and the cache's path."""
    monkeypatch.setattr(verified, "RACY_NS", 50_000_000)
    folder = tmp_path / "library"
    shutil.copytree(built[1], folder)
    time.sleep(0.12)
    return folder, tmp_path / "cache" / CACHE_NAME


def check(folder, cache):
    hashes = HashCache(cache)
    result = check_library(folder, hashes)
    hashes.save()
    return result, hashes.hashed


def content_db(folder):
    return folder / "content.sqlite"


def flip_byte_keep_size_and_mtime(path, offset=2000):
    info = path.stat()
    with open(path, "r+b") as stream:
        stream.seek(offset)
        byte = stream.read(1)
        stream.seek(offset)
        stream.write(bytes([byte[0] ^ 0xFF]))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns


def test_an_unchanged_library_is_not_read_again(library):
    folder, cache = library
    first, read = check(folder, cache)
    # content.sqlite, the index files and the snippet table: every file checksums.json names
    assert first.ok and read == len(data_files(folder)) >= 4
    second, read_again = check(folder, cache)
    assert second.ok and read_again == 0
    assert cache.is_file() and not (folder / CACHE_NAME).exists()


def test_same_size_and_restored_mtime_is_caught(library):
    folder, cache = library
    assert check(folder, cache)[0].ok
    time.sleep(0.02)  # the status-change time must be able to move
    flip_byte_keep_size_and_mtime(content_db(folder))
    result, read = check(folder, cache)
    assert not result.ok and result.problem == "content.sqlite is beschadigd of gewijzigd"
    assert read == 1


@pytest.mark.parametrize("change", ["size", "mtime", "replaced", "missing"])
def test_every_change_of_stat_is_read_again(change, library):
    folder, cache = library
    assert check(folder, cache)[0].ok
    db = content_db(folder)
    original = db.read_bytes()
    if change == "size":
        db.write_bytes(original + b"\0")
    elif change == "mtime":  # same bytes, touched: read again, still good
        os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns - 10**9))
    elif change == "replaced":
        info = db.stat()
        damaged = bytearray(original)
        damaged[3000] ^= 0xFF
        db.unlink()
        db.write_bytes(bytes(damaged))
        os.utime(db, ns=(info.st_atime_ns, info.st_mtime_ns))
    else:
        db.unlink()
    result, read = check(folder, cache)
    expected = {
        "size": "content.sqlite is beschadigd of gewijzigd",
        "mtime": "",
        "replaced": "content.sqlite is beschadigd of gewijzigd",
        "missing": "content.sqlite ontbreekt",
    }[change]
    assert result.problem == expected and result.ok == (change == "mtime")
    if change == "mtime":
        assert read == 1
        time.sleep(0.12)  # settled (touching moved its status-change time): remembered again
        assert check(folder, cache)[1] == 1 and check(folder, cache)[1] == 0


def test_a_file_just_written_is_not_remembered(library, monkeypatch):
    folder, cache = library
    monkeypatch.setattr(verified, "RACY_NS", 3600 * 10**9)  # everything counts as just written
    assert check(folder, cache)[1] == len(data_files(folder))
    assert check(folder, cache)[1] == len(data_files(folder))


HOSTILE = {
    "garbage": b"\x00\xff not json",
    "not utf-8": b"\xff\xfe{}",
    "a list": b"[1, 2, 3]",
    "wrong version": json.dumps({"version": 99, "files": {}}).encode(),
    "files not a dict": json.dumps({"version": 1, "files": [1]}).encode(),
    "wrong types": json.dumps(
        {"version": 1, "files": {"x": ["1", 2, 3, 4, 5, "a" * 64], "y": None, "z": [1] * 9}}
    ).encode(),
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "too big": b" " * (verified.MAX_CACHE_BYTES + 1),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_damaged_cache_is_ignored_and_rewritten(case, library):
    folder, cache = library
    cache.parent.mkdir(parents=True)
    cache.write_bytes(HOSTILE[case])
    result, read = check(folder, cache)
    assert result.ok and read == len(data_files(folder))
    assert json.loads(cache.read_text())["version"] == verified.CACHE_VERSION
    assert check(folder, cache)[1] == 0


def test_a_lying_cache_does_not_hide_damage(library):
    """An entry that vouches for the right hash but not for the file's present stat."""
    folder, cache = library
    db = content_db(folder)
    good_sum = sha256_file(db)
    assert check(folder, cache)[0].ok
    data = json.loads(cache.read_text())
    db.write_bytes(db.read_bytes()[:4096])  # damaged; the cache still holds the good hash
    key = os.path.abspath(db)
    assert data["files"][key][-1] == good_sum
    data["files"][key][:5] = [4096, 0, 0, 0, 0]  # and a forged stamp that is not the file's
    cache.write_text(json.dumps(data))
    result, _ = check(folder, cache)
    assert result.problem == "content.sqlite is beschadigd of gewijzigd"


def test_a_cache_that_cannot_be_written_costs_only_speed(library):
    folder, cache = library
    cache.parent.mkdir(parents=True)
    cache.mkdir()  # a folder where the file should be: neither readable nor replaceable
    assert check(folder, cache) == (check_library(folder), len(data_files(folder)))


def test_content_hash_is_the_same_with_remembered_files(built, tmp_path, monkeypatch):
    from tests.conftest import SCHEMA

    monkeypatch.setattr(verified, "RACY_NS", 50_000_000)
    content = tmp_path / "content"
    shutil.copytree(built[0], content)
    time.sleep(0.12)
    cache = tmp_path / CACHE_NAME
    plain = content_hash(content, SCHEMA)
    for _ in range(2):
        hashes = HashCache(cache)
        assert content_hash(content, SCHEMA, hashes) == plain
        hashes.save()
    assert hashes.hashed == 0
    time.sleep(0.02)
    flip_byte_keep_size_and_mtime(content / "vocabularies.yaml", offset=10)
    assert content_hash(content, SCHEMA, HashCache(cache)) != plain


def test_start_up_remembers_in_the_user_cache_and_still_rebuilds_a_damaged_library(
    built, tmp_path, monkeypatch
):
    """``find_library`` end to end: the second start reads nothing; a byte changed behind the
    size and the modification time is still found, explained and rebuilt."""
    from tests.conftest import SCHEMA

    content, good = built
    monkeypatch.setattr(verified, "RACY_NS", 50_000_000)
    shipped = tmp_path / "shipped"
    shutil.copytree(good, shipped)
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: shipped)
    paths = AppPaths.from_basedir(tmp_path / "base")
    time.sleep(0.12)
    read = []
    real_read = HashCache._read

    def counted(self, key):
        read.append(key)
        return real_read(self, key)

    monkeypatch.setattr(HashCache, "_read", counted)
    assert find_library(paths, content, SCHEMA).folder == shipped
    assert (paths.cache / CACHE_NAME).is_file()
    read.clear()
    assert find_library(paths, content, SCHEMA).notices == () and read == []
    time.sleep(0.02)
    flip_byte_keep_size_and_mtime(content_db(shipped))
    location = find_library(paths, content, SCHEMA)
    assert location.rebuilt and check_library(shipped).ok
    assert "content.sqlite is beschadigd of gewijzigd" in location.notices[0]
