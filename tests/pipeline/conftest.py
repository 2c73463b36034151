"""A small content folder per test: the real vocabulary and principles plus one good intervention,
to which a test adds the broken file it is about."""

import shutil

import pytest

from tests.conftest import CONTENT, SCHEMA

GOOD = "gender-sexuality-alliances-op-scholen.md"


@pytest.fixture
def mini_content(tmp_path):
    content = tmp_path / "content"
    (content / "interventions").mkdir(parents=True)
    shutil.copy(CONTENT / "vocabularies.yaml", content)
    shutil.copytree(CONTENT / "principles", content / "principles")
    shutil.copy(CONTENT / "interventions" / GOOD, content / "interventions" / GOOD)
    return content


@pytest.fixture
def good_text():
    return (CONTENT / "interventions" / GOOD).read_text(encoding="utf-8")


@pytest.fixture
def schema_dir():
    return SCHEMA
