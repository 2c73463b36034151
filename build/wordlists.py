"""Make ``kb_app/search/known_words.txt.gz``: Dutch and English words the spelling fallback must
never "correct" (issue 13: ``burn-out`` became ``buren out``, ``debt`` became ``hebt``).

Sources are Hunspell dictionaries from Debian: OpenTaal's Dutch list (package ``hunspell-nl``,
BSD or CC BY 3.0) and SCOWL's American English list (``hunspell-en-us``). Only the stems before
the affix flags are kept (four letters or more), folded like the search index folds words;
hyphenated entries are kept whole (``reintegratie``) and in parts.
Run: ``python build/wordlists.py /usr/share/hunspell/nl.dic /usr/share/hunspell/en_US.dic``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb_app.search.analysis import WORD_RE, fold  # noqa: E402

OUT = ROOT / "kb_app" / "search" / "known_words.txt.gz"


def words_of(dic: Path) -> set[str]:
    found: set[str] = set()
    lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    for line in lines:
        entry = line.split("/", 1)[0].strip()
        parts = [fold(m.group()) for m in WORD_RE.finditer(entry)]
        if len(parts) > 1:
            found.add("".join(parts))
        found.update(parts)
    return {w for w in found if len(w) >= 4 and w.isalpha()}  # shorter words are never corrected


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        print(__doc__)
        return 2
    words: set[str] = set()
    for name in argv:
        words |= words_of(Path(name))
    # Sorted by code point, which is UTF-8 byte order: the app looks words up by bisection.
    text = "\n".join(sorted(words)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
