"""``wat-werkt --self-test``: proves an installation works, without a display or a user.

It opens the shipped library read-only (checked by hash first), runs searches whose answers are
known, lays out one detail page in a QTextDocument, and exports a sample plan to every format into
a temporary folder. Each check prints one line; the exit code is 0 only when all passed. IT staff
run it after installing a bundle; CI runs it on the built bundle. It lives in ``gui`` because the
detail page and the PDF need Qt.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # imported where used: the self-test starts before anything is loaded
    from kb_app.library import Library
    from kb_app.plans.model import Plan
    from kb_app.store.content import ContentReader

TODAY = dt.date(2026, 1, 1)  # fixed: the checks must not depend on the day they run
SAMPLE_IDS = ("kanjertraining", "buurtcirkel", "taalhuis")


class CheckFailed(Exception):
    """One check's expectation was not met; the message says what was found instead."""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def check_searches(library: Library) -> str:
    search = library.search
    from kb_app.search.service import SearchQuery

    first = search.search(SearchQuery(text="kanjertraining", limit=5))
    _expect(
        bool(first.hits) and first.hits[0].id == "kanjertraining",
        f"'kanjertraining' gaf als eerste {[h.id for h in first.hits[:1]]}",
    )
    typo = search.search(SearchQuery(text="discrimminatie", limit=5))
    _expect(
        typo.suggestion == "discriminatie" and typo.total > 0,
        f"'discrimminatie' werd niet verbeterd (suggestie {typo.suggestion!r})",
    )
    synonym = search.search(SearchQuery(text="statushouders", limit=20))
    _expect(
        any("nieuwkomers" in hit.target_groups for hit in synonym.hits),
        "'statushouders' vond geen interventie voor nieuwkomers",
    )
    stem = search.search(SearchQuery(text="laaggeletterden", limit=20))
    _expect(
        any("basisvaardigheden" in hit.themes for hit in stem.hits),
        "'laaggeletterden' vond niets over basisvaardigheden",
    )
    # The word list ships as a data file: without it, real words would be "corrected".
    real = search.search(SearchQuery(text="burn-out", limit=5))
    _expect(
        real.suggestion is None and not real.corrected,
        f"een echt woord werd verbeterd tot {real.suggestion!r} (woordenlijst ontbreekt?)",
    )
    return "5 zoekvragen gaven het verwachte antwoord"


def check_detail_page(library: Library) -> str:
    from PySide6.QtGui import QTextDocument

    from kb_app.gui.detail_html import STYLE, intervention_html

    reader = library.reader
    item = reader.intervention("kanjertraining")
    principles = [reader.principle(p) for p in item.principles]
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(intervention_html(item, reader.vocabulary(), TODAY, principles))
    document.setTextWidth(600)
    text = document.toPlainText()
    _expect(
        item.title in text and "Bewijsniveau" in text and "Bronnen" in text,
        "de detailpagina mist titel, bewijsniveau of bronnen",
    )
    _expect(document.size().height() > 300, "de detailpagina is (bijna) leeg opgemaakt")
    return f"detailpagina '{item.title}' opgemaakt ({len(text)} tekens)"


def _sample_plan(reader: ContentReader) -> Plan:
    from kb_app.plans import operations as ops

    plan = ops.new_plan(
        "beleidsplan-sociale-basis", now="2026-01-01T09:00:00+00:00", title="Zelftest Wat Werkt"
    )
    plan = ops.set_priority(plan, "sociale-cohesie", "Zelftest")
    for doc_id in SAMPLE_IDS:
        plan = ops.add_intervention(plan, reader.intervention(doc_id))
    for item in plan.items:
        plan = ops.set_status(plan, item.id, "gekozen")
    return plan


def check_exports(library: Library) -> str:
    from kb_app.export.builder import build_plan_document
    from kb_app.export.writers import FORMATS, write_document
    from kb_app.gui.pdf import write_pdf

    document = build_plan_document(_sample_plan(library.reader), library.reader, TODAY)
    with tempfile.TemporaryDirectory(prefix="wat-werkt-zelftest-") as folder:
        out = Path(folder)
        for fmt in FORMATS:  # every format the app offers, through the app's own writers
            write_document(document, fmt, out / f"plan.{fmt}", write_pdf)
        _expect(
            "Zelftest Wat Werkt" in (out / "plan.md").read_text(encoding="utf-8"),
            "de Markdown-export mist de titel",
        )
        _expect(
            "Kanjertraining" in (out / "plan.html").read_text(encoding="utf-8"),
            "de HTML-export mist de interventies",
        )
        with zipfile.ZipFile(out / "plan.docx") as docx:
            _expect("word/document.xml" in docx.namelist(), "de Word-export is geen .docx")
        _expect((out / "plan.pdf").read_bytes()[:5] == b"%PDF-", "de PDF-export is geen PDF")
        sizes = ", ".join(
            f"{p.suffix[1:]} {p.stat().st_size // 1024} kB" for p in sorted(out.iterdir())
        )
    return f"voorbeeldplan geëxporteerd: {sizes}"


CHECKS: tuple[tuple[str, Callable[[Library], str]], ...] = (
    ("zoeken", check_searches),
    ("detailpagina", check_detail_page),
    ("export", check_exports),
)


def _open_shipped(out: TextIO) -> Library:
    """The shipped library, checked by hash and opened read-only (the content db immutable).

    Right after ``pip install`` from a checkout there is no built library yet: then it is built
    from ``content/`` first, exactly as the window does on its first start. A library that is
    there but damaged stays a failure — that is what this test exists to find."""
    from kb_app.core.paths import AppPaths, shipped_library_dir, source_root
    from kb_app.library import Library
    from kb_app.pipeline.integrity import check_library
    from kb_app.pipeline.library import LibraryLocation, find_library
    from kb_app.search.service import SearchService
    from kb_app.store.content import ContentReader

    check = check_library(shipped_library_dir())
    root = source_root()
    if check.missing and root is not None and (root / "content").is_dir():
        print("…     bibliotheek: nog niet gebouwd; wordt nu opgebouwd uit content/", file=out)
        location = find_library(
            AppPaths.resolve(), root / "content", root / "schema", include_installed=False
        )
        check = check_library(location.folder)
    if check.manifest is None:
        raise CheckFailed(f"de meegeleverde bibliotheek in {check.folder}: {check.problem}")
    reader = ContentReader(check.folder / "content.sqlite")
    return Library(
        LibraryLocation(check.folder, check.manifest),
        reader,
        SearchService(check.folder / "index", reader),
    )


def run_self_test(out: TextIO | None = None) -> int:
    import sys

    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, and none is used
    from PySide6.QtWidgets import QApplication

    from kb_app import __version__

    app = QApplication.instance() or QApplication(["wat-werkt"])  # noqa: F841 (kept alive)
    print(f"Wat Werkt {__version__} — zelftest", file=out)
    try:
        library = _open_shipped(out)
    except Exception as error:  # any failure to open is the answer, not a crash
        print(f"FOUT  bibliotheek: {error}", file=out)
        print("Zelftest mislukt: 1 controle faalde. Installeer het programma opnieuw.", file=out)
        return 1
    count = library.reader.count()
    print(f"OK    bibliotheek: {count} interventies, gecontroleerd met checksums", file=out)
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"OK    {name}: {check(library)}", file=out)
        except Exception as error:  # report every check, then fail once at the end
            failed += 1
            print(f"FOUT  {name}: {type(error).__name__}: {error}", file=out)
    library.close()
    if failed:
        print(f"Zelftest mislukt: {failed} controle(s) faalden.", file=out)
        return 1
    print("Zelftest geslaagd.", file=out)
    return 0
