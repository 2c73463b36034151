"""``kb-app plan export|kit --lang en``: the document's fixed text in English; Dutch by default."""

from __future__ import annotations

import docx
import pytest

from kb_app import cli
from kb_app.plans.planfile import write_plan_file
from tests.plans.sample import sample_plan


@pytest.fixture
def run(built_library, monkeypatch, capsys):
    """Run ``kb-app`` in-process against the session's built library."""
    from kb_app.pipeline import library

    def fake_find(paths, **kwargs):
        return library.LibraryLocation(built_library, library.read_manifest(built_library))

    monkeypatch.setattr("kb_app.library.find_library", fake_find)

    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def plan_file(reader, tmp_path):
    path = tmp_path / "plan.wwplan"
    write_plan_file(sample_plan(reader), path)
    return path


@pytest.mark.parametrize(
    ("command", "english", "dutch"),
    [
        ("export", "Interventions and activities", "Interventies en activiteiten"),
        ("kit", "Discussion questions (suggestions)", "Gespreksvragen (suggesties)"),
    ],
)
def test_lang_chooses_the_fixed_text(run, plan_file, tmp_path, command, english, dutch):
    out = tmp_path / "uit.docx"
    base = ("plan", command, str(plan_file), "--format", "docx", "--out", str(out))
    assert run(*base, "--lang", "en")[0] == 0
    text = _text(out)
    assert english in text and dutch not in text
    assert run(*base)[0] == 0  # Dutch unless asked
    assert dutch in _text(out)


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_an_unknown_language_is_refused(run, plan_file, tmp_path, capsys):
    out = tmp_path / "uit.md"
    with pytest.raises(SystemExit) as caught:
        run("plan", "export", str(plan_file), "--format", "md", "--out", str(out), "--lang", "de")
    assert caught.value.code == 2 and not out.exists()
    assert "--lang" in capsys.readouterr().err
