"""``kb-app search --json`` carries the explanation under ``explain``."""

import json

from kb_app import cli


def test_search_json_explains_every_word_and_hit(built_library, monkeypatch, capsys):
    from kb_app.pipeline import library

    monkeypatch.setattr(
        "kb_app.library.find_library",
        lambda paths, **kw: library.LibraryLocation(
            built_library, library.read_manifest(built_library)
        ),
    )
    assert cli.main(["search", "hoe help ik bij schuldenproblematiek? debt", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    explain = data["explain"]
    words = {word["typed"]: word for word in explain["words"]}
    assert words["schuldenproblematiek"]["parts"] == ["schulden", "problematiek"]
    assert words["debt"]["english"] and "schulden" in words["debt"]["synonyms"]
    assert "help" in explain["dropped"]  # "hoe" and "ik" are stop words: never even counted
    assert set(explain["hits"]) == {hit["id"] for hit in data["hits"]}
    first = explain["hits"][data["hits"][0]["id"]]
    assert set(first) == {"schuldenproblematiek", "debt"} and all(first.values())
