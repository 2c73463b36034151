"""Own words: no paragraph of the library repeats more than 12 consecutive words of any text in
the shared reference folder (the seeds, the facts, the notes on the recognition system).

Facts carry over, sentences do not. The reference folder lives beside the clone
(``../shared/reference``, as in CI); ``KB_REFERENCE_DIR`` points elsewhere for a worktree.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.conftest import CONTENT, ROOT

REFERENCE = Path(os.environ.get("KB_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")
LIMIT = 12  # consecutive words a paragraph may share with a source; one more is copying
WORD = re.compile(r"[0-9a-zà-ÿ]+(?:['\u2019-][0-9a-zà-ÿ]+)*")

needs_reference = pytest.mark.skipif(
    not REFERENCE.is_dir(),
    reason=f"de referentiemap {REFERENCE} ontbreekt (zet KB_REFERENCE_DIR of leg shared/ naast "
    "de checkout); zonder bronnen valt niet te controleren of teksten eigen woorden zijn",
)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def shingles(tokens: list[str], size: int = LIMIT + 1) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _strings(value) -> list[str]:
    """Every string in a JSON value: the facts file holds sentences in many fields."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def reference_texts(folder: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".md", ".txt"):
            texts[str(path.relative_to(folder))] = path.read_text(encoding="utf-8")
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            texts[str(path.relative_to(folder))] = "\n".join(_strings(data))
    return texts


def paragraphs(markdown: str) -> list[str]:
    """Body paragraphs and list items, with link targets removed (they are not prose)."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    body = re.sub(r"\]\([^)]*\)", "]", body)
    return [
        p
        for p in re.split(r"\n\s*\n|\n(?=\s*[-*] )", body)
        if p.strip() and not p.lstrip().startswith("#")
    ]


def copied(paragraph: str, sources: dict[str, set]) -> list[str]:
    """Names of the sources that share a run of LIMIT + 1 words with this paragraph."""
    mine = shingles(words(paragraph))
    return [name for name, theirs in sources.items() if mine & theirs]


@pytest.fixture(scope="module")
def source_shingles():
    return {name: shingles(words(text)) for name, text in reference_texts(REFERENCE).items()}


def test_the_word_runs_are_counted_across_punctuation_and_case():
    source = {
        "bron": shingles(
            words("Een twee drie, vier vijf zes zeven acht negen tien elf twaalf dertien veertien.")
        )
    }
    assert copied("een Twee drie vier vijf zes zeven acht negen tien elf twaalf dertien", source)
    assert not copied("een twee drie vier vijf zes zeven acht negen tien elf twaalf", source)


@needs_reference
def test_no_paragraph_repeats_a_reference_text(source_shingles):
    assert source_shingles, f"geen teksten gevonden in {REFERENCE}"
    found = []
    for path in sorted(
        [*(CONTENT / "interventions").glob("*.md"), *(CONTENT / "principles").glob("*.md")]
    ):
        for paragraph in paragraphs(path.read_text(encoding="utf-8")):
            for name in copied(paragraph, source_shingles):
                found.append(f"{path.name}: '{' '.join(paragraph.split())[:80]}…' herhaalt {name}")
    assert found == [], "meer dan 12 woorden achter elkaar overgenomen:\n" + "\n".join(found)
