"""The change list between two libraries, in the words the dialog and the CLI show."""

from __future__ import annotations

from dataclasses import replace

from kb_app.packs.changes import Affected, EvidenceChange, LibraryChanges, TitleChange, compare


def test_a_first_library_is_all_new_and_the_same_library_has_no_changes(built_library, reader):
    first = compare(None, built_library)
    titles = [title for _, title in first.added]
    assert len(first.added) == reader.count() and titles == sorted(titles, key=str.lower)
    assert first.removed == () and first.evidence == () and not first.empty
    same = compare(built_library, built_library)
    assert same.empty and same.lines() == ["Geen verschillen in de interventies."]


def test_each_kind_of_change_gets_its_own_counted_block(reader):
    changes = LibraryChanges(
        added=(("kiva", "KiVa"),),
        removed=(("oud", "Oude aanpak"), ("weg", "Weg")),
        evidence=(EvidenceChange("x", "Buurtkamer", "goed-beschreven", "goed-onderbouwd"),),
        affected=(Affected("oud", "Oude aanpak", "favorieten", "verwijderd uit de bibliotheek"),),
        vocabulary=reader.vocabulary(),
        retitled=(TitleChange("k", "Kanjer", "Kanjertraining"),),
    )
    assert changes.lines() == [
        "Nieuw (1):",
        "  + KiVa (kiva)",
        "Verwijderd (2):",
        "  - Oude aanpak (oud)",
        "  - Weg (weg)",
        "Andere titel (1):",
        "  ~ Kanjer → Kanjertraining (k)",
        "Ander bewijsniveau (1):",
        "  * Buurtkamer: Goed beschreven → Goed onderbouwd",
        "Uw favorieten en planonderdelen die dit raakt (1):",
        "  ! Oude aanpak in favorieten: verwijderd uit de bibliotheek",
    ]
    nothing = LibraryChanges((), (), (), (), reader.vocabulary())
    assert nothing.empty
    for kind in ("added", "removed", "evidence", "retitled"):  # any one of them is a change
        assert not replace(nothing, **{kind: getattr(changes, kind)}).empty, kind
