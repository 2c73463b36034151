"""Two small content versions and their packs, built once: version A has three interventions;
version B drops buurtcirkel, adds home-start and judges kiva differently. Tests copy the packs
before they tamper with them."""

import shutil

import pytest

from tests.conftest import CONTENT, SCHEMA

A_IDS = ("buurtcirkel", "kanjertraining", "kiva")


def small_content(folder, ids):
    (folder / "interventions").mkdir(parents=True)
    shutil.copy(CONTENT / "vocabularies.yaml", folder)
    shutil.copytree(CONTENT / "principles", folder / "principles")
    for doc_id in ids:
        shutil.copy(CONTENT / "interventions" / f"{doc_id}.md", folder / "interventions")
    return folder


@pytest.fixture(scope="session")
def content_a(tmp_path_factory):
    return small_content(tmp_path_factory.mktemp("a") / "content", A_IDS)


@pytest.fixture(scope="session")
def content_b(tmp_path_factory):
    folder = small_content(tmp_path_factory.mktemp("b") / "content",
                           ("home-start", "kanjertraining", "kiva"))
    kiva = folder / "interventions" / "kiva.md"
    text = kiva.read_text(encoding="utf-8")
    assert "level: effectief-sterke-aanwijzingen" in text
    kiva.write_text(text.replace("level: effectief-sterke-aanwijzingen",
                                 "level: effectief-goede-aanwijzingen"), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def pack_a(content_a, tmp_path_factory):
    from kb_app.packs.pack import build_pack

    return build_pack(content_a, SCHEMA, tmp_path_factory.mktemp("packs") / "a.wwpack", "A")


@pytest.fixture(scope="session")
def pack_b(content_b, tmp_path_factory):
    from kb_app.packs.pack import build_pack

    return build_pack(content_b, SCHEMA, tmp_path_factory.mktemp("packs") / "b.wwpack", "B")


@pytest.fixture
def paths(tmp_path):
    from kb_app.core.paths import AppPaths

    return AppPaths.from_basedir(tmp_path / "base")
