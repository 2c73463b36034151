"""``kb-app plan export|kit --lang en``: the document's fixed text in English; Dutch by default.

``run`` and ``plan_file`` are the command-line tests' fixtures (see ``conftest``).
"""

from __future__ import annotations

import docx
import pytest


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
