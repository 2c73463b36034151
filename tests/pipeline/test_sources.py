"""Where ``validate``, ``build`` and ``pack build`` find the content and its schemas."""

from __future__ import annotations

import pytest

from kb_app.core.errors import KbError
from kb_app.core.paths import source_root
from kb_app.pipeline.sources import content_dirs


def test_the_checkout_content_is_the_default():
    root = source_root()
    assert root is not None
    assert content_dirs(None) == (root / "content", root / "schema")


def test_a_named_folder_is_used_when_it_holds_a_vocabulary(tmp_path):
    (tmp_path / "vocabularies.yaml").write_text("themes: []\n", encoding="utf-8")
    content, schema = content_dirs(tmp_path)
    assert content == tmp_path and (schema / "intervention.schema.json").is_file()


def test_a_folder_without_content_says_which_and_what_to_do(tmp_path):
    with pytest.raises(KbError, match=f"Geen inhoudsmap gevonden in {tmp_path}.*--content"):
        content_dirs(tmp_path)
