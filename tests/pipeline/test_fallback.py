"""Start-up integrity: a damaged, unknown or incomplete library is noticed by hash before it is
opened, the next good one is used or the library is rebuilt, the user is told, and user data is
never touched."""

import json
import shutil

import pytest

from kb_app.core.errors import LibraryUnavailableError
from kb_app.core.paths import AppPaths
from kb_app.pipeline import library as library_module
from kb_app.pipeline.build import build
from kb_app.pipeline.integrity import CHECKSUMS, check_library
from kb_app.pipeline.library import find_library
from kb_app.store.user import UserStore


@pytest.fixture(scope="module")
def good_library(tmp_path_factory):
    """A library built from the pipeline's mini content (same content in every test)."""
    from tests.conftest import CONTENT, SCHEMA
    from tests.pipeline.conftest import GOOD

    content = tmp_path_factory.mktemp("content") / "content"
    (content / "interventions").mkdir(parents=True)
    shutil.copy(CONTENT / "vocabularies.yaml", content)
    shutil.copytree(CONTENT / "principles", content / "principles")
    shutil.copy(CONTENT / "interventions" / GOOD, content / "interventions" / GOOD)
    out = tmp_path_factory.mktemp("good") / "library"
    build(content, SCHEMA, out)
    return content, out


@pytest.fixture
def setup(good_library, tmp_path, monkeypatch):
    """paths, the content folder, and a shipped library (a copy of the good one)."""
    from tests.conftest import SCHEMA

    content, good = good_library
    shipped = tmp_path / "shipped"
    shutil.copytree(good, shipped)
    monkeypatch.setattr(library_module, "shipped_library_dir", lambda: shipped)
    paths = AppPaths.from_basedir(tmp_path / "base")
    user = UserStore(paths.user_db)
    user.add_favorite("kiva", "KiVa")
    user.close()

    def find(with_content=True, **kwargs):
        if with_content:
            return find_library(paths, content, SCHEMA, **kwargs)
        return find_library(paths, **kwargs)

    return paths, shipped, good, find


def favourites(paths):
    store = UserStore(paths.user_db)
    try:
        return [f.intervention_id for f in store.favorites()]
    finally:
        store.close()


def segment(folder):
    return next((folder / "index").glob("*.seg"))


def truncate_db(folder):
    db = folder / "content.sqlite"
    db.write_bytes(db.read_bytes()[:4096])


def garble_segment(folder):
    seg = segment(folder)
    data = bytearray(seg.read_bytes())
    data[100:110] = b"\x00" * 10
    seg.write_bytes(bytes(data))


def delete_segment(folder):
    segment(folder).unlink()


def unknown_format(folder):
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["library_format"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest))


def garble_manifest(folder):
    (folder / "manifest.json").write_text("{ kapot")


def drop_checksums(folder):
    (folder / CHECKSUMS).unlink()


DAMAGE = {
    "truncated content.sqlite": (truncate_db, "content.sqlite is beschadigd"),
    "garbled index segment": (garble_segment, "is beschadigd of gewijzigd"),
    "deleted index segment": (delete_segment, ".seg ontbreekt"),
    "unknown format": (unknown_format, "past niet bij deze versie"),
    "garbled manifest": (garble_manifest, "manifest.json ontbreekt of is onleesbaar"),
    "no checksums": (drop_checksums, "checksums.json ontbreekt"),
}


def test_good_library_is_used_without_notice(setup):
    _, shipped, _, find = setup
    location = find()
    assert location.folder == shipped and not location.rebuilt and location.notices == ()


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_damaged_installed_library_falls_back_to_shipped(case, setup):
    paths, shipped, good, find = setup
    damage, problem = DAMAGE[case]
    shutil.copytree(good, paths.installed_library)
    assert find().folder == paths.installed_library  # a good installed library wins
    damage(paths.installed_library)
    location = find()
    assert location.folder == shipped and not location.rebuilt
    (notice,) = location.notices
    assert "de geïnstalleerde bibliotheek" in notice and problem in notice
    assert "de vorige werkende versie wordt gebruikt" in notice
    assert favourites(paths) == ["kiva"]


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_damaged_shipped_library_is_rebuilt(case, setup):
    paths, shipped, _, find = setup
    damage, problem = DAMAGE[case]
    damage(shipped)
    reasons = []
    location = find(on_rebuild=reasons.append)
    assert location.rebuilt and location.folder == shipped and check_library(shipped).ok
    assert reasons == ["De bibliotheek is beschadigd en wordt opnieuw opgebouwd."]
    assert problem in location.notices[0] and "opnieuw opgebouwd" in location.notices[0]
    assert favourites(paths) == ["kiva"]


def test_damaged_shipped_library_falls_back_to_cached(setup):
    paths, shipped, good, find = setup
    shutil.copytree(good, paths.cached_library)
    truncate_db(shipped)
    location = find()
    assert location.folder == paths.cached_library and not location.rebuilt
    assert "de meegeleverde bibliotheek" in location.notices[0]


def test_nothing_usable_and_no_content_says_why(setup, monkeypatch):
    _, shipped, _, find = setup
    monkeypatch.setattr(library_module, "source_root", lambda: None)
    truncate_db(shipped)
    with pytest.raises(LibraryUnavailableError) as error:
        find(with_content=False)
    assert "content.sqlite is beschadigd" in str(error.value)
    assert "installeer een bibliotheekupdate" in str(error.value)


def test_checksums_cover_database_and_every_index_file(good_library):
    _, good = good_library
    listed = json.loads((good / CHECKSUMS).read_text())["files"]
    assert "content.sqlite" in listed
    assert segment(good).relative_to(good).as_posix() in listed
    manifest = json.loads((good / "manifest.json").read_text())
    assert not any(".seg" in key for key in json.dumps(manifest).split('"'))
