"""Export of a 20-item plan to DOCX and PDF, through the real exporters.

A plan with the first 20 interventions of a freshly built real library, all chosen, is turned into
the shared document model (``kb_app.export.builder``) and written by ``kb_app.export.docx`` and by
Qt's printing (``kb_app.gui.pdf``), offscreen. Each time includes building the document, as the
user's export does; the median of three runs is reported. When the exporters are not importable
(they were written alongside this benchmark) the result says so and gives no number: an invented
figure would be worse than none.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from benchmarks.stats import median

ITEMS = 20
RUNS = 3


def bench_export(library: Path, runs: int = RUNS) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from kb_app.export.builder import build_plan_document
        from kb_app.export.docx import write_docx
        from kb_app.gui.pdf import write_pdf
        from kb_app.plans.operations import add_intervention, new_plan
        from kb_app.store.content import ContentReader
    except ImportError as error:
        return {"status": f"not available yet ({error})", "docx_s": None, "pdf_s": None}
    reader = ContentReader(library / "content.sqlite")
    try:
        plan = new_plan(now="2026-11-23T00:00:00", title="Benchmarkplan")
        for doc_id in reader.intervention_ids()[:ITEMS]:
            plan = add_intervention(plan, reader.intervention(doc_id), status="gekozen")
        today = dt.date(2026, 11, 23)
        times: dict[str, list[float]] = {"docx": [], "pdf": []}
        with tempfile.TemporaryDirectory(prefix="kb-bench-export-") as folder:
            for run in range(runs):
                for fmt, write in (("docx", write_docx), ("pdf", write_pdf)):
                    start = time.perf_counter()
                    write(build_plan_document(plan, reader, today), Path(folder) / f"{run}.{fmt}")
                    times[fmt].append(time.perf_counter() - start)
            sizes = {fmt: (Path(folder) / f"0.{fmt}").stat().st_size for fmt in times}
    except Exception as error:  # a half-finished exporter must not stop the other benchmarks
        return {"status": f"failed: {type(error).__name__}: {error}", "docx_s": None, "pdf_s": None}
    finally:
        reader.close()
    return {
        "status": f"measured ({ITEMS} items, median of {runs})",
        "docx_s": round(median(times["docx"]), 3),
        "pdf_s": round(median(times["pdf"]), 3),
        "docx_runs_s": [round(t, 3) for t in times["docx"]],
        "pdf_runs_s": [round(t, 3) for t in times["pdf"]],
        "bytes": sizes,
    }
