"""The ``kb-app`` command: the same services as the window, scriptable and testable.

``kb-app`` without a command starts the desktop app. Every failure a user can cause (bad
arguments, unknown ids, broken content, bytes that are no text, a terminal that cannot show an
em dash) ends with a clear message and a non-zero exit, never a traceback. ``main`` is the one
error boundary of every command: an exception nobody foresaw is logged in full in the rotating
log of the data folder and shown as a short Dutch apology with exit code ``UNEXPECTED`` (70).
Reaching it is a bug; the tests feed hostile input and assert it is never reached.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kb_app import __version__
from kb_app.core.errors import ContentError, KbError
from kb_app.core.evidence_text import claim_line, evidence_line, rating_line
from kb_app.core.paths import AppPaths, shipped_library_dir
from kb_app.dutch_args import VERSION_HELP, DutchParser, dutch
from kb_app.packs.commands import add_pack_commands, cmd_pack
from kb_app.plans.commands import add_figures_parser, run_figures
from kb_app.plans.model import SUFFIX
from kb_app.search.service import SORTS, SearchQuery
from kb_app.search.snippets import plain_snippet

if TYPE_CHECKING:
    from kb_app.core.model import Intervention, Vocabulary
    from kb_app.export.document import Chart, Document
    from kb_app.library import Library
    from kb_app.search.service import Hit, SearchResult

FILTER_OPTIONS = {  # option -> (facet, vocabulary section)
    "theme": ("themes", "themes"),
    "condition": ("conditions", "conditions"),
    "level": ("basis_levels", "basis_levels"),
    "target_group": ("target_groups", "target_groups"),
    "evidence": ("evidence", "evidence_levels"),
    "kind": ("kind", "kinds"),
}
PLAN_FORMATS = ("docx", "pdf", "md", "html")
KIT_FORMATS = ("docx", "pdf")
MAX_LIMIT = 1000  # more results than the library holds
UNEXPECTED = 70  # EX_SOFTWARE: the error boundary was reached
POSITIONALS = {"query": "de zoekwoorden", "id": "de id"}
PATH_OPTIONS = {"basedir"}  # str options that name a file or folder: any bytes are fine there
LOG_NAME = "wat-werkt.log"  # the same rotating log the window writes (gui/startup.py)
log = logging.getLogger("kb_app.cli")


class _Parser(DutchParser):
    def error(self, message: str) -> NoReturn:  # argparse's API
        self.exit(2, f"kb-app: {dutch(message)}\nGebruik 'kb-app --help' voor de mogelijkheden.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kb-app", description="Wat Werkt — kennisbank van sociale interventies.")
    parser.add_argument(
        "--version", action="version", version=f"Wat Werkt {__version__}", help=VERSION_HELP
    )
    parser.add_argument("--basedir", help="map voor alle gebruikersgegevens (ook: KB_APP_BASEDIR)")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="alle gegevens in WatWerkt-data naast het programma (USB-stick)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer de installatie (zoeken, weergave, export) en stop",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    build = commands.add_parser("build", help="bouw de bibliotheek uit content/")
    build.add_argument("--content", type=Path, help="map met de inhoud (standaard: content/)")
    build.add_argument("--out", type=Path, help="doelmap (standaard: naast het programma)")
    validate = commands.add_parser("validate", help="controleer de inhoud zonder te bouwen")
    validate.add_argument("--content", type=Path, help="map met de inhoud (standaard: content/)")

    search = commands.add_parser("search", help="zoek interventies")
    search.add_argument("query", nargs="?", default="", help="zoekwoorden")
    for option in FILTER_OPTIONS:
        search.add_argument(
            f"--{option.replace('_', '-')}",
            dest=option,
            action="append",
            default=[],
            metavar="TERM",
        )
    search.add_argument("--min-evidence", metavar="NIVEAU")
    search.add_argument("--sort", choices=SORTS, default="relevance")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="uitvoer als JSON")

    show = commands.add_parser("show", help="toon één interventie")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    listing = commands.add_parser("list", help="alle interventies")
    listing.add_argument("--json", action="store_true")
    _add_plan_commands(commands)
    add_pack_commands(commands, _Parser)
    return parser


def _add_plan_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    plan = commands.add_parser("plan", help=f"exporteer een actieplan ({SUFFIX})")
    actions = plan.add_subparsers(dest="plan_command", parser_class=_Parser, required=True)
    export = actions.add_parser("export", help="plan als Word, PDF, Markdown of HTML")
    export.add_argument("file", type=Path, metavar=f"BESTAND{SUFFIX}")
    export.add_argument("--format", choices=PLAN_FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="PAD")
    kit = actions.add_parser("kit", help="workshopkit: factsheets, principes, gespreksvragen")
    kit.add_argument("file", type=Path, metavar=f"BESTAND{SUFFIX}")
    kit.add_argument("--format", choices=KIT_FORMATS, required=True)
    kit.add_argument("--out", type=Path, required=True, metavar="PAD")
    for command in (export, kit):  # the document's own words; the content stays Dutch
        command.add_argument(
            "--lang", choices=("nl", "en"), default="nl", help="taal van de vaste tekst"
        )
    add_figures_parser(actions)


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    paths: AppPaths | None = None
    try:
        args = build_parser().parse_args(argv)
        _check_text_arguments(args)
        paths = AppPaths.resolve(args.basedir, portable=args.portable)
        return _run(args, paths, argv)
    except ContentError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"kb-app: {error}", file=sys.stderr)
        return 1
    except KbError as error:
        print(f"kb-app: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0  # the reader (``| head``) has what it wanted
    except KeyboardInterrupt:
        print("kb-app: afgebroken.", file=sys.stderr)
        return 130
    except Exception as error:  # the error boundary: see the module docstring
        return _unexpected(error, paths)


def _run(args: argparse.Namespace, paths: AppPaths, argv: list[str] | None) -> int:
    if args.self_test:
        from kb_app.gui.selftest import run_self_test  # needs Qt: imported only when asked

        return run_self_test()
    if args.command is None:
        from kb_app.app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(paths, argv if argv is not None else sys.argv[1:])
    return COMMANDS[args.command](args, paths)


def _safe_streams() -> None:
    """Never fail on output: a terminal in ASCII or Latin-1 gets ``\u2014`` for an em dash,
    and a file name with bytes that are no UTF-8 is shown escaped instead of crashing print."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Text arguments (search words, ids, terms) must be text: bytes that are not UTF-8 arrive
    as lone surrogates and mean nothing to the library. File names may hold any bytes."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if name in PATH_OPTIONS or not all(isinstance(v, str) for v in values):
            continue
        if any(_has_surrogate(v) for v in values):
            shown = POSITIONALS.get(name, f"--{name.replace('_', '-')}")
            raise KbError(
                f"De waarde van {shown} bevat tekens die geen geldige tekst (UTF-8) "
                "zijn. Stel de terminal in op UTF-8 (bijvoorbeeld LANG=nl_NL.UTF-8) "
                "en typ de waarde opnieuw."
            )


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in value)


def _unexpected(error: BaseException, paths: AppPaths | None) -> int:
    """Log the full traceback and apologise briefly; never raise from here."""
    where = _log_unexpected(error, paths)
    place = f" De details staan in het logboek: {where}" if where else ""
    print(
        f"kb-app: Sorry, er ging iets mis dat we niet hadden voorzien "
        f"({type(error).__name__}). Er is niets veranderd aan uw gegevens.{place}",
        file=sys.stderr,
    )
    return UNEXPECTED


def _log_unexpected(error: BaseException, paths: AppPaths | None) -> str:
    from logging.handlers import RotatingFileHandler

    try:
        paths = paths or AppPaths.resolve()
        paths.logs.mkdir(parents=True, exist_ok=True)
        log_file = paths.logs / LOG_NAME
        handler = RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", errors="backslashreplace"
        )
    except Exception:  # a log that cannot be written must not hide the apology
        return ""
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        log.error(
            "unexpected error in kb-app %s\n%s",
            " ".join(map(repr, sys.argv[1:]))[:500],
            "".join(traceback.format_exception(error)),
        )
    finally:
        log.removeHandler(handler)
        handler.close()
    return str(log_file)


def _content_dirs(args: argparse.Namespace) -> tuple[Path, Path]:
    from kb_app.pipeline.sources import content_dirs

    return content_dirs(args.content)


def cmd_validate(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.pipeline.validate import validate

    content_dir, schema_dir = _content_dirs(args)
    content = validate(content_dir, schema_dir)
    print(
        f"In orde: {len(content.interventions)} interventies en "
        f"{len(content.principles)} principes, geen problemen."
    )
    return 0


def cmd_build(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.pipeline.build import build

    content_dir, schema_dir = _content_dirs(args)
    report = build(content_dir, schema_dir, args.out or shipped_library_dir())
    print(
        f"Gebouwd: {report.interventions} interventies en {report.principles} principes "
        f"in {report.out_dir}"
    )
    return 0


def _open(paths: AppPaths) -> Library:
    from kb_app.library import open_library

    return open_library(paths, on_rebuild=lambda why: print(why, file=sys.stderr))


def cmd_search(args: argparse.Namespace, paths: AppPaths) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise KbError(f"--limit moet tussen 1 en {MAX_LIMIT} liggen.")
    library = _open(paths)
    vocabulary = library.search.vocabulary
    filters = {}
    for option, (facet, section) in FILTER_OPTIONS.items():
        wanted = getattr(args, option)
        _check_terms(vocabulary, section, wanted, f"--{option.replace('_', '-')}")
        if wanted:
            filters[facet] = frozenset(wanted)
    if args.min_evidence:
        _check_terms(vocabulary, "evidence_levels", [args.min_evidence], "--min-evidence")
    result = library.search.search(
        SearchQuery(
            text=args.query,
            filters=filters,
            min_evidence=args.min_evidence,
            sort=args.sort,
            limit=args.limit,
        )
    )
    if args.json:
        _print_json({**_result_json(result), "explain": library.search.explain_json(result)})
    else:
        _print_result(result, vocabulary)
    return 0


def _check_terms(vocabulary: Vocabulary, section: str, wanted: list[str], option: str) -> None:
    allowed = vocabulary.ids(section)
    unknown = [term for term in wanted if term not in allowed]
    if unknown:
        raise KbError(
            f"Onbekende waarde voor {option}: {', '.join(unknown)}. "
            f"Kies uit: {', '.join(sorted(allowed))}."
        )


def _hit_fields(hit: Hit) -> dict:
    return {
        "id": hit.id,
        "title": hit.title,
        "summary": hit.summary,
        "kind": hit.kind,
        "evidence": {"level": hit.evidence_level, "date": hit.evidence_date or None},
        "themes": list(hit.themes),
        "conditions": list(hit.conditions),
        "basis_levels": list(hit.basis_levels),
        "target_groups": list(hit.target_groups),
    }


def _result_json(result: SearchResult) -> dict:
    hits = []
    for hit in result.hits:
        fields = _hit_fields(hit)
        fields["score"] = hit.score
        fields["snippet"] = hit.snippet
        hits.append(fields)
    return {
        "query": result.query.text,
        "total": result.total,
        "hits": hits,
        "facets": result.facets,
        "suggestion": result.suggestion,
        "corrected": result.corrected,
        "partial": result.partial,
    }


def _print_result(result: SearchResult, vocabulary: Vocabulary) -> None:
    if result.corrected:
        print(f"Geen resultaten voor '{result.query.text}'. Resultaten voor '{result.suggestion}':")
    elif result.suggestion:
        print(f"Bedoelde u: {result.suggestion}?")
    if result.partial:
        print("Niet alle resultaten bevatten alle woorden; die met alle woorden staan bovenaan.")
    print(f"{result.total} {'resultaat' if result.total == 1 else 'resultaten'}")
    for number, hit in enumerate(result.hits, 1):
        level = vocabulary.label("evidence_levels", hit.evidence_level)
        print(f"\n{number}. {hit.title}  [{level}]  ({hit.id})")
        print(f"   {plain_snippet(hit.snippet) if hit.snippet else hit.summary}")


def cmd_show(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.pipeline.outline import html_text

    library = _open(paths)
    item = library.reader.intervention(args.id)
    vocabulary = library.search.vocabulary
    if args.json:
        data = {
            **_hit_fields(_as_hit(item)),
            "aliases": list(item.aliases),
            "owner": item.owner,
            "website": item.website or None,
            "format": item.format,
            "costs": item.costs or None,
            "last_reviewed": item.last_reviewed,
            "evidence": {**asdict(item.evidence), "date": item.evidence.date or None},
            "sources": [asdict(s) for s in item.sources],
            "sections": {h: html_text(v) for h, v in item.sections.items()},
            "principles": list(item.principles),
        }
        _print_json(data)
        return 0
    level = vocabulary.term("evidence_levels", item.evidence.level)
    print(item.title)
    print("=" * len(item.title))
    print(item.summary)
    found = item.evidence
    print(f"\nBewijsniveau: {evidence_line(found.level, found.date, found.checked, vocabulary)}")
    if level:
        print(f"  {level.explanation}")
    for line in ([claim_line(found.provider_claim)] if found.provider_claim else []) + [
        rating_line(r) for r in found.ratings
    ]:
        print(f"  {line}")
    for heading, section in item.sections.items():
        print(f"\n{heading}\n{'-' * len(heading)}\n{html_text(section)}")
    print("\nBronnen")
    for source in item.sources:
        print(f"- {source.title} — {source.url} (geraadpleegd {source.accessed})")
    return 0


def _as_hit(item: Intervention) -> Hit:
    from kb_app.search.service import Hit

    return Hit(
        id=item.id,
        title=item.title,
        summary=item.summary,
        score=0.0,
        kind=item.kind,
        evidence_level=item.evidence.level,
        evidence_date=item.evidence.date,
        themes=item.themes,
        conditions=item.conditions,
        basis_levels=item.basis_levels,
        target_groups=item.target_groups,
    )


def cmd_list(args: argparse.Namespace, paths: AppPaths) -> int:
    library = _open(paths)
    result = library.search.search(SearchQuery(sort="title", limit=1000, snippets=False))
    if args.json:
        _print_json([_hit_fields(hit) for hit in result.hits])
    else:
        for hit in result.hits:
            print(f"{hit.id:45} {hit.title}")
    return 0


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_plan(args: argparse.Namespace, paths: AppPaths) -> int:
    import datetime as dt

    from kb_app.core.files import check_target
    from kb_app.export.builder import build_plan_document
    from kb_app.export.kit import build_kit_document
    from kb_app.plans.planfile import read_plan_file

    if args.plan_command == "figures":
        return run_figures(args, _open(paths).reader.vocabulary())
    plan = read_plan_file(args.file)  # a bad file stops here, before anything is written
    check_target(args.out)  # a folder, device or missing folder: refused before the work
    library = _open(paths)
    if args.plan_command == "kit":
        document = build_kit_document(plan, library.reader, dt.date.today(), lang=args.lang)
    else:
        document = build_plan_document(plan, library.reader, dt.date.today(), lang=args.lang)
    _write_document(document, args.format, args.out)
    print(f"Geschreven: {args.out}")
    return 0


def _write_document(document: Document, fmt: str, out: Path) -> None:
    from kb_app.export.document import Chart
    from kb_app.export.writers import write_document

    pdf_writer: Callable[[Document, Path], None] | None = None
    chart_renderer: Callable[[Chart], bytes] | None = None
    if fmt == "pdf":
        from kb_app.gui.pdf import write_pdf as pdf_writer  # Qt only when a PDF is asked for
    if fmt != "md" and any(isinstance(block, Chart) for block in document.blocks):
        from kb_app.gui.charts import chart_png as chart_renderer  # Qt draws the charts
    write_document(document, fmt, out, pdf_writer, chart_renderer)


COMMANDS = {
    "build": cmd_build,
    "validate": cmd_validate,
    "search": cmd_search,
    "show": cmd_show,
    "list": cmd_list,
    "plan": cmd_plan,
    "pack": cmd_pack,
}
