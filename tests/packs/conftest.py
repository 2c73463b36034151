"""Two small content versions and their packs, built once and signed with a throw-away key:
version A has three interventions; version B drops buurtcirkel, adds home-start, judges kiva
differently and renames kanjertraining. Tests copy the packs before they tamper with them.
The throw-away key is trusted in each test's own data folder (``paths``), never the real one."""

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


def make_signer(folder, name):
    from kb_app.packs.signing import generate_keypair, load_private_key

    folder.mkdir(parents=True, exist_ok=True)
    secret, _, _ = generate_keypair(folder, name)
    return load_private_key(secret)


@pytest.fixture(scope="session")
def signer(tmp_path_factory):
    """The throw-away publisher key of the test session."""
    return make_signer(tmp_path_factory.mktemp("sleutel"), "Testuitgever")


@pytest.fixture(scope="session")
def stranger(tmp_path_factory):
    """A valid key nobody trusts: what an attacker signs with."""
    return make_signer(tmp_path_factory.mktemp("vreemd"), "Onbekende")


@pytest.fixture(scope="session")
def content_a(tmp_path_factory):
    return small_content(tmp_path_factory.mktemp("a") / "content", A_IDS)


@pytest.fixture(scope="session")
def content_b(tmp_path_factory):
    folder = small_content(
        tmp_path_factory.mktemp("b") / "content", ("home-start", "kanjertraining", "kiva")
    )
    kiva = folder / "interventions" / "kiva.md"
    text = kiva.read_text(encoding="utf-8")
    assert "level: effectief-sterke-aanwijzingen" in text
    kiva.write_text(
        text.replace("level: effectief-sterke-aanwijzingen", "level: effectief-goede-aanwijzingen"),
        encoding="utf-8",
    )
    kanjer = folder / "interventions" / "kanjertraining.md"
    text = kanjer.read_text(encoding="utf-8")
    assert "\ntitle: Kanjertraining\n" in text
    kanjer.write_text(
        text.replace("\ntitle: Kanjertraining\n", "\ntitle: Kanjertraining 2.0\n"), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="session")
def pack_a(content_a, signer, tmp_path_factory):
    from kb_app.packs.pack import build_pack

    return build_pack(content_a, SCHEMA, tmp_path_factory.mktemp("packs") / "a.wwpack", signer, "A")


@pytest.fixture(scope="session")
def pack_b(content_b, signer, tmp_path_factory):
    from kb_app.packs.pack import build_pack

    return build_pack(content_b, SCHEMA, tmp_path_factory.mktemp("packs") / "b.wwpack", signer, "B")


@pytest.fixture
def paths(tmp_path, signer):
    from kb_app.core.paths import AppPaths
    from kb_app.packs.signing import trust_publisher

    paths = AppPaths.from_basedir(tmp_path / "base")
    trust_publisher(paths, signer.publisher)
    return paths


@pytest.fixture
def trusted(paths):
    from kb_app.packs.signing import trusted_publishers

    return trusted_publishers(paths)
