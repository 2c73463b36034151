"""A pack from outside is trusted in nothing: every pack of the hostile corpus (``hostile.py``)
is refused with its own reason, and the installed library, the history and the data folder stay
exactly as they were; nothing is left behind."""

import os
import shutil
import threading

import pytest

from kb_app.core.paths import AppPaths
from kb_app.packs import pack as pack_module
from kb_app.packs.install import install_pack
from kb_app.packs.pack import PackError, open_pack
from kb_app.packs.signing import trust_publisher
from tests.packs.hostile import CORPUS, Keys


@pytest.fixture
def keys(signer, stranger):
    return Keys(signer, stranger)


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def two_installs(pack_a, pack_b, signer, tmp_path_factory):
    """A data folder with pack A, then B installed (built once; each test gets a copy)."""
    base = tmp_path_factory.mktemp("twice") / "base"
    paths = AppPaths.from_basedir(base)
    trust_publisher(paths, signer.publisher)
    install_pack(pack_a, paths, None)
    install_pack(pack_b, paths, paths.installed_library)
    return base


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_hostile_pack_is_refused_and_nothing_changes(case, pack_a, keys, tmp_path, two_installs):
    shutil.copytree(two_installs, tmp_path / "base")
    paths = AppPaths.from_basedir(tmp_path / "base")
    installed_twice = snapshot(paths.data)
    make, reason = CORPUS[case]
    bad = make(pack_a, tmp_path / "slecht.wwpack", keys)
    with pytest.raises(PackError) as refused:
        install_pack(bad, paths, paths.installed_library)
    message = str(refused.value)
    assert reason in message, message
    assert "Er is niets gewijzigd" in message and "slecht.wwpack" in message
    assert str(paths.data) not in message and "Traceback" not in message
    assert snapshot(paths.data) == installed_twice  # no scratch folder, no change
    assert not (tmp_path / "ontsnapt.txt").exists()


@pytest.mark.parametrize("case", ["unsigned", "changed byte", "signed whoosh index"])
def test_refused_first_install_leaves_no_trace(case, paths, pack_a, keys, tmp_path):
    before = snapshot(paths.data)
    bad = CORPUS[case][0](pack_a, tmp_path / "slecht.wwpack", keys)
    with pytest.raises(PackError):
        install_pack(bad, paths, None)
    after = snapshot(paths.data)
    assert {k: v for k, v in after.items() if k.name != ".installeren.lock"} == before
    assert sorted(p.name for p in paths.installed_library.parent.iterdir()) == [".installeren.lock"]


def test_missing_file_is_a_clear_refusal(tmp_path, trusted):
    with pytest.raises(PackError, match="bestaat niet"):
        open_pack(tmp_path / "weg.wwpack", trusted)


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_devices_pipes_and_folders_are_refused_at_once(special, tmp_path, trusted):
    if special == "fifo":
        path = tmp_path / "pijp.wwpack"
        os.mkfifo(path)  # nobody ever writes: reading it would wait forever
    elif special == "folder":
        path = tmp_path / "map.wwpack"
        path.mkdir()
    else:
        path = special
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(_refusal(path, trusted)), daemon=True)
    worker.start()
    worker.join(timeout=10)  # a generous bound: the refusal is immediate, a hang never ends
    assert outcome and "geen gewoon bestand" in outcome[0]


def _refusal(path, trusted):
    try:
        open_pack(path, trusted)
    except PackError as error:
        return str(error)
    return "geaccepteerd"


def test_total_and_file_size_caps(pack_a, trusted, monkeypatch):
    monkeypatch.setattr(pack_module, "MAX_UNPACKED_BYTES", 10_000)
    with pytest.raises(PackError, match="uitgepakt zou het"):
        open_pack(pack_a, trusted)
    monkeypatch.setattr(pack_module, "MAX_PACK_BYTES", 1000)
    with pytest.raises(PackError, match="groter dan"):
        open_pack(pack_a, trusted)


def test_untampered_pack_opens(pack_a, trusted, signer):
    info = open_pack(pack_a, trusted)
    assert info.library_version == "A" and info.counts["interventions"] == 3
    assert info.publisher == signer.publisher
    assert "content/vocabularies.yaml" in info.files
    assert all(name.startswith("content/") for name in info.files)


def test_pack_of_an_untrusted_publisher_is_refused_until_trusted(pack_a, tmp_path, signer):
    from kb_app.core.paths import AppPaths
    from kb_app.packs.signing import trust_publisher, trusted_publishers

    paths = AppPaths.from_basedir(tmp_path / "ander")
    with pytest.raises(PackError, match="onbekende uitgever") as refused:
        open_pack(pack_a, trusted_publishers(paths))
    assert signer.publisher.shown_fingerprint in str(refused.value)
    trust_publisher(paths, signer.publisher)
    assert open_pack(pack_a, trusted_publishers(paths)).library_version == "A"
