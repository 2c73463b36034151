"""content.sqlite keeps "nagekeken op", a provider claim and foreign ratings; a library built
before those fields existed (an older pack) still opens and shows the level without them."""

import sqlite3

from kb_app.store.content import ContentReader


def test_the_new_evidence_fields_survive_the_build(reader):
    kiva = reader.intervention("kiva").evidence
    assert kiva.checked and [r.clearinghouse for r in kiva.ratings] == [
        "Blueprints",
        "CrimeSolutions",
    ]
    claim = reader.intervention("samen-sterk-zonder-stigma").evidence.provider_claim
    assert claim is not None and "aantoonbaar" in claim.text and claim.source.startswith("https")


def test_an_older_library_without_the_columns_still_reads(built_library, tmp_path):
    old = tmp_path / "content.sqlite"
    source = sqlite3.connect(built_library / "content.sqlite")
    source.backup(dest := sqlite3.connect(old))
    source.close()
    for column in ("evidence_checked", "evidence_provider_claim", "evidence_ratings"):
        dest.execute(f"ALTER TABLE interventions DROP COLUMN {column}")
    dest.commit()
    dest.close()
    reader = ContentReader(old)
    evidence = reader.intervention("kiva").evidence
    assert evidence.level == "effectief-sterke-aanwijzingen"
    assert (evidence.checked, evidence.provider_claim, evidence.ratings) == ("", None, ())
    reader.close()
