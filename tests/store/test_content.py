"""content.sqlite written by ``write_content_db`` and read back by ``ContentReader``, directly:
a tiny library of one intervention and one principle, no content folder and no pipeline."""

import json
import sqlite3

import pytest

from kb_app.core.errors import LibraryUnavailableError, UnknownIdError
from kb_app.store.content import ContentReader, write_content_db

VOCABULARY = {"themes": [{"id": "eenzaamheid", "label": "Eenzaamheid"}]}


def _intervention(doc_id: str, **extra: object) -> dict:
    row = {
        "id": doc_id,
        "title": doc_id.title(),
        "summary": "Kort.",
        "kind": "interventie",
        "themes": json.dumps(["eenzaamheid"]),
        "conditions": "[]",
        "basis_levels": "[]",
        "target_groups": "[]",
        "aliases": json.dumps(["Andere naam"]),
        "evidence_level": "goed-beschreven",
        "evidence_date": "2019-04",
        "evidence_rank": 1,
        "evidence_databank": "",
        "evidence_assessor": "",
        "evidence_source": "",
        "evidence_note": "",
        "evidence_checked": "2026-01-05",
        "evidence_provider_claim": json.dumps({"text": "Werkt.", "source": "https://a.nl"}),
        "evidence_ratings": "[]",
        "owner": None,
        "format": "",
        "costs": "",
        "website": "",
        "sources": json.dumps([{"title": "Bron", "url": "https://a.nl", "accessed": "2026-01"}]),
        "last_reviewed": "",
        "principles": json.dumps(["contact"]),
        "html": "<p>x</p>",
        "text": f"tekst van {doc_id}",
        "sections": "{}",
        "path": f"{doc_id}.md",
    }
    return row | extra


PRINCIPLE = {
    "id": "contact",
    "title": "Contact",
    "summary": "Mensen ontmoeten elkaar.",
    "themes": "[]",
    "conditions": "[]",
    "related": "[]",
    "sources": "[]",
    "last_reviewed": "",
    "html": "<p>p</p>",
    "text": "tekst van het principe",
    "path": "contact.md",
}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "content.sqlite"
    # Given out of order: the file must not depend on the order the pipeline found them in.
    write_content_db(
        path, VOCABULARY, [_intervention("zonnebloem"), _intervention("buurtkamer")], [PRINCIPLE]
    )
    return path


def test_rows_come_back_as_objects_with_lists_decoded(db):
    reader = ContentReader(db)
    assert reader.intervention_ids() == ["buurtkamer", "zonnebloem"] and reader.count() == 2
    item = reader.intervention("buurtkamer")
    assert item.themes == ("eenzaamheid",) and item.aliases == ("Andere naam",)
    assert item.owner == "" and item.evidence.date == "2019-04"
    assert item.evidence.provider_claim is not None and item.evidence.checked == "2026-01-05"
    assert item.sources[0].url == "https://a.nl"
    assert [row["aliases"] for row in reader.listing()] == [["Andere naam"], ["Andere naam"]]
    assert reader.vocabulary().label("themes", "eenzaamheid") == "Eenzaamheid"
    reader.close()


def test_a_principle_knows_which_interventions_use_it(db):
    reader = ContentReader(db)
    principle = reader.principle("contact")
    assert principle.used_by == ("buurtkamer", "zonnebloem")  # by title
    assert reader.text("contact") == "tekst van het principe"
    assert reader.text("buurtkamer") == "tekst van buurtkamer" and reader.text("nergens") == ""
    assert reader.has("buurtkamer") and not reader.has("contact")
    with pytest.raises(UnknownIdError, match="kb-app list"):
        reader.intervention("contact")
    with pytest.raises(UnknownIdError):
        reader.principle("buurtkamer")
    reader.close()


def test_writing_again_replaces_the_file_and_gives_the_same_rows(db, tmp_path):
    reader = ContentReader(db)
    first = reader.listing()
    reader.close()
    write_content_db(
        db, VOCABULARY, [_intervention("buurtkamer"), _intervention("zonnebloem")], [PRINCIPLE]
    )
    reader = ContentReader(db)
    assert reader.listing() == first
    reader.close()


def test_the_reader_is_read_only(db):
    reader = ContentReader(db)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("DELETE FROM interventions")
    reader.close()


@pytest.mark.parametrize("content", [None, b"", b"dit is geen database" * 100])
def test_a_missing_or_damaged_file_is_a_message(tmp_path, content):
    path = tmp_path / "content.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LibraryUnavailableError, match="bibliotheek"):
        ContentReader(path)
