"""Importing local figures from a spreadsheet: CSV (``;`` or ``,``, decimal comma or point,
UTF-8 or Windows-1252) and XLSX.

The file comes from a colleague's monitor export, so it is read as hostile: only a regular file,
at most ``MAX_BYTES``, at most ``MAX_ROWS`` rows, a zip checked before openpyxl opens it, and no
formula is ever evaluated (a cell holding one is reported, never computed). Reading never stores
anything: it gives a ``FigureTable`` — a preview of every row with the indicator it was matched
to, and every problem by row and column — and the caller stores its figures only when the table
has no problems, so nothing is ever half-imported. The format is documented in
``docs/examples/README.md``.

Every message is written in both interface languages, from one catalogue (``figure_messages``), as
``plans.coverage`` does for plan warnings: core has no Qt. ``str()`` stays Dutch (CLI, tests);
``FiguresError.text(lang)`` and ``FigureProblem.text(lang)`` give the window's language.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb_app.core.errors import KbError
from kb_app.core.indicators import (
    HIGHER_IS_WORSE,
    IndicatorDef,
    match_indicator,
    normalise_name,
)
from kb_app.core.model import Vocabulary
from kb_app.plans.figure_messages import FIELD_NAMES_EN, LANGUAGES, MESSAGES
from kb_app.plans.local import Figure

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 1000
MAX_UNZIPPED = 50 * 1024 * 1024  # an XLSX of a few hundred rows unpacks to well under a megabyte
MAX_ZIP_ENTRIES = 500

# Column name (normalised) -> field. Dutch first: these are Dutch monitors' exports.
COLUMNS = {
    "indicator": "name",
    "naam": "name",
    "onderwerp": "name",
    "kenmerk": "name",
    "name": "name",
    "waarde": "value",
    "lokaal": "value",
    "lokale waarde": "value",
    "value": "value",
    "local": "value",
    "local value": "value",
    "referentie": "reference",
    "referentiewaarde": "reference",
    "vergelijking": "reference",
    "reference": "reference",
    "referentie naam": "reference_label",
    "vergeleken met": "reference_label",
    "reference label": "reference_label",
    "eenheid": "unit",
    "unit": "unit",
    "jaar": "year",
    "peiljaar": "year",
    "year": "year",
    "bron": "source",
    "source": "source",
    "voorwaarde": "condition",
    "condition": "condition",
    "richting": "direction",
    "direction": "direction",
}
# A column named after a place is a reference column whose label is that name.
PLACES = {
    "nederland": "Nederland",
    "nl": "Nederland",
    "the netherlands": "Nederland",
    "gemeente": "gemeente",
    "regio": "regio",
    "provincie": "provincie",
}
FIELD_NAMES = {
    "name": "indicator",
    "value": "waarde",
    "reference": "referentie",
    "reference_label": "referentie naam",
    "unit": "eenheid",
    "year": "jaar",
    "source": "bron",
    "condition": "voorwaarde",
    "direction": "richting",
}
FORMULA_START = ("=", "+", "@")


class FiguresError(KbError):
    """A spreadsheet that cannot be read at all; the message says why, in both languages."""

    def __init__(self, kind: str, **fields: object) -> None:
        super().__init__(MESSAGES[kind]["nl"].format(**fields))
        self.english = MESSAGES[kind]["en"].format(**fields)


@dataclass(frozen=True)
class FigureProblem:
    row: int  # 1-based, as a spreadsheet shows it; 0 for the file as a whole
    column: str
    message: str
    english: str = ""  # the same message in English; empty: Dutch only

    def __str__(self) -> str:
        return self.text("nl")

    def text(self, lang: str = "nl") -> str:
        """``rij 3, kolom 'waarde': ...`` in Dutch, ``row 3, column 'value': ...`` in English."""
        if lang == "en" and self.english:
            column = FIELD_NAMES_EN.get(self.column, self.column)
            return f"row {self.row}, column '{column}': {self.english}"
        return f"rij {self.row}, kolom '{self.column}': {self.message}"


def _problem(row: int, column: str, kind: str, **fields: object) -> FigureProblem:
    nl, en = (MESSAGES[kind][lang].format(**fields) for lang in LANGUAGES)
    return FigureProblem(row, column, nl, en)


@dataclass(frozen=True)
class FigureRow:
    """One row of the preview: what it says, and the indicator it was matched to."""

    row: int
    name: str
    cells: dict[str, str]
    indicator: IndicatorDef | None = None
    figure: Figure | None = None


@dataclass(frozen=True)
class FigureTable:
    rows: tuple[FigureRow, ...]
    problems: tuple[FigureProblem, ...]
    ignored_columns: tuple[str, ...] = ()
    decimal_comma: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def figures(self) -> tuple[Figure, ...]:
        """The figures, all or none: ``FiguresError`` when any row has a problem."""
        if not self.rows:
            raise FiguresError("no-figures")
        if self.problems:
            error = FiguresError("has-problems")
            error.args = ("\n".join([str(error), *map(str, self.problems)]),)
            error.english = "\n".join([error.english, *(p.text("en") for p in self.problems)])
            raise error
        return tuple(row.figure for row in self.rows if row.figure is not None)


def read_figures(path: Path, vocabulary: Vocabulary) -> FigureTable:
    """The preview of ``path`` (``.csv``, ``.txt`` or ``.xlsx``)."""
    path = Path(path)
    raw_rows, decimal_comma = _read_rows(path)
    return table_from_rows(raw_rows, vocabulary, decimal_comma)


def rematch(
    table: FigureTable, row_number: int, indicator_id: str, vocabulary: Vocabulary
) -> FigureTable:
    """The table with row ``row_number`` matched to ``indicator_id`` (or free text for "")."""
    forced = dict(table.extra.get("forced", {}))
    forced[row_number] = indicator_id
    return table_from_rows(table.extra.get("raw", []), vocabulary, table.decimal_comma, forced)


def _read_rows(path: Path) -> tuple[list[list[str]], bool]:
    name = path.name
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise FiguresError("missing", name=name) from error
    except PermissionError as error:
        raise FiguresError("no-access", name=name) from error
    except OSError as error:
        raise FiguresError("unreadable", name=name, reason=error.strerror) from error
    if not stat.S_ISREG(info.st_mode):
        raise FiguresError("not-regular", name=name)
    if info.st_size > MAX_BYTES:
        raise FiguresError(
            "too-big-size",
            name=name,
            size=f"{info.st_size / 1_048_576:.1f}",
            limit=MAX_BYTES // 1_048_576,
        )
    with path.open("rb") as handle:  # bounded read: the file may grow while we look
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FiguresError("too-big", name=name, limit=MAX_BYTES // 1_048_576)
    if data[:4] == b"PK\x03\x04":
        return _xlsx_rows(data, name), False
    if path.suffix.lower() == ".xlsx":
        raise FiguresError("bad-xlsx", name=name)
    return _csv_rows(data, name)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise FiguresError("binary", name=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Excel on Dutch Windows saves CSV in Windows-1252
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise FiguresError("encoding", name=name) from error


def _csv_rows(data: bytes, name: str) -> tuple[list[list[str]], bool]:
    text = _decode(data, name)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    if first.count(delimiter) == 0:
        raise FiguresError("no-columns", name=name)
    rows: list[list[str]] = []
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append([cell.strip() for cell in record])
            if len(rows) > MAX_ROWS + 1:
                raise FiguresError("too-many-rows", name=name, limit=MAX_ROWS)
    except csv.Error as error:
        raise FiguresError("bad-csv", name=name, line=len(rows) + 1, reason=error) from error
    # With ";" between cells, a comma is free to be the decimal sign (Dutch Excel); with ","
    # between cells, decimals use a point unless quoted.
    return rows, delimiter != ","


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNZIPPED:
                raise FiguresError("zip-bomb", name=name)
    except zipfile.BadZipFile as error:
        raise FiguresError("bad-xlsx", name=name) from error
    import openpyxl  # only when a spreadsheet is imported: it is not needed at start-up

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not need
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                sheet = book.worksheets[0]
                rows = []
                for values in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2):
                    rows.append([_cell_text(value) for value in values])
                if len(rows) > MAX_ROWS + 1:
                    raise FiguresError("too-many-rows", name=name, limit=MAX_ROWS)
            finally:
                book.close()
    except FiguresError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged workbook
        raise FiguresError("unreadable-xlsx", name=name, reason=type(error).__name__) from error
    return rows


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "year") and hasattr(value, "month"):
        return str(value.year)  # a date in a year column
    return str(value).strip()


def table_from_rows(
    rows: list[list[str]],
    vocabulary: Vocabulary,
    decimal_comma: bool,
    forced: dict[int, str] | None = None,
) -> FigureTable:
    """The preview of raw rows (the first is the header). ``forced`` maps a row number (as the
    spreadsheet numbers it) to the indicator id the user chose for it in the preview."""
    if not any(any(cell for cell in row) for row in rows):
        return FigureTable((), (_problem(0, "", "empty"),))
    header_at = next(n for n, row in enumerate(rows) if any(cell for cell in row))
    columns, place, ignored, problems = _header(rows[header_at])
    if problems:
        return FigureTable((), tuple(problems), tuple(ignored), decimal_comma)
    forced = forced or {}
    parsed: list[FigureRow] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(rows[header_at + 1 :], start=header_at + 2):
        cells = {
            key: _clean(raw[index]) if index < len(raw) else "" for key, index in columns.items()
        }
        if not any(cells.values()):
            continue
        if place and not cells.get("reference_label"):
            cells["reference_label"] = place
        row, found = _row(number, cells, vocabulary, decimal_comma, forced.get(number))
        problems.extend(found)
        if row.figure is not None:
            key = normalise_name(row.figure.label)
            if key in seen:
                problems.append(
                    _problem(number, "indicator", "duplicate", name=row.name, first=seen[key])
                )
            seen.setdefault(key, number)
        parsed.append(row)
    return FigureTable(
        tuple(parsed),
        tuple(problems),
        tuple(ignored),
        decimal_comma,
        {"raw": rows, "forced": forced},
    )


def _header(cells: list[str]) -> tuple[dict[str, int], str, list[str], list[FigureProblem]]:
    """Column field -> index, the reference's label when a column is named after a place
    ("Nederland"), the columns left unused, and the problems (a required column missing)."""
    columns: dict[str, int] = {}
    place = ""
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        key = normalise_name(cell)
        field_name = COLUMNS.get(key)
        if field_name is None and key in PLACES and "reference" not in columns:
            columns["reference"], place = index, PLACES[key]
        elif field_name and field_name not in columns:
            columns[field_name] = index
        elif cell:
            ignored.append(cell)
    problems = [
        _problem(1, FIELD_NAMES[need], "column-missing")
        for need in ("name", "value")
        if need not in columns
    ]
    return columns, place, ignored, problems


def _clean(text: str) -> str:
    """Cell text without control characters or lone surrogates, and at most 1,000 characters."""
    kept = "".join(char for char in text if char.isprintable() or char == " ")
    return kept.encode("utf-8", "replace").decode("utf-8")[:1000].strip()


def _row(
    number: int,
    cells: dict[str, str],
    vocabulary: Vocabulary,
    decimal_comma: bool,
    forced: str | None,
) -> tuple[FigureRow, list[FigureProblem]]:
    problems: list[FigureProblem] = []
    name = cells.get("name", "")
    if forced is not None:
        indicator = vocabulary.indicator(forced) if forced else None
    else:
        indicator = _match(name, vocabulary)
    if not name:
        problems.append(_problem(number, "indicator", "name-missing"))
    value = _number(
        cells.get("value", ""), decimal_comma, number, "waarde", problems, required=True
    )
    reference = _number(
        cells.get("reference", ""), decimal_comma, number, "referentie", problems, required=False
    )
    year = _year(cells.get("year", ""), number, problems)
    condition, better = _meaning(indicator, cells, number, vocabulary, problems)
    if problems or value is None or not name:
        return FigureRow(number, name, cells, indicator), problems
    label = indicator.label if indicator else name[:300]
    figure = Figure(
        label=label,
        condition=condition,
        value=value,
        indicator=indicator.id if indicator else "",
        reference=reference,
        reference_label=cells.get("reference_label", ""),
        unit=cells.get("unit", "") or (indicator.unit if indicator else ""),
        year=year,
        source=cells.get("source", ""),
        higher_is_better=better,
    )
    return FigureRow(number, name, cells, indicator, figure), problems


def _match(name: str, vocabulary: Vocabulary) -> IndicatorDef | None:
    return match_indicator(name, vocabulary.indicators)


def _meaning(
    indicator: IndicatorDef | None,
    cells: dict[str, str],
    number: int,
    vocabulary: Vocabulary,
    problems: list[FigureProblem],
) -> tuple[str, bool]:
    """The condition and direction: the vocabulary's, or the row's own for a free indicator."""
    if indicator is not None:
        return indicator.condition, indicator.higher_is_better
    condition = _condition(cells.get("condition", ""), vocabulary)
    direction = normalise_name(cells.get("direction", ""))
    if not condition:
        problems.append(
            _problem(number, "voorwaarde", "unknown-indicator", name=cells.get("name", ""))
        )
    if direction not in ("hoger is beter", "hoger is slechter", "beter", "slechter"):
        problems.append(_problem(number, "richting", "direction"))
    return condition, direction not in (normalise_name(HIGHER_IS_WORSE), "slechter")


def _condition(text: str, vocabulary: Vocabulary) -> str:
    wanted = normalise_name(text)
    for term in vocabulary.terms("conditions"):
        names = (term.id, term.label, term.label_en, term.value, *term.synonyms)
        if wanted and wanted in {normalise_name(name) for name in names if name}:
            return term.id
    return ""


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def parse_number(text: str, decimal_comma: bool) -> float | None:
    """``14``, ``14,5``, ``1.234,5``, ``14.5``, ``14 %`` -> a float; ``None`` if not a number."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").rstrip("%")
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):  # 1.234,5
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif decimal_comma and _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    if not _NUMBER.match(cleaned):
        return None
    value = float(cleaned)
    return value if abs(value) < 1e15 else None  # also refuses inf from "1e400"


def _number(
    text: str,
    decimal_comma: bool,
    row: int,
    column: str,
    problems: list[FigureProblem],
    required: bool,
) -> float | None:
    if not text:
        if required:
            problems.append(_problem(row, column, "value-missing"))
        return None
    if text.startswith(FORMULA_START) and parse_number(text, decimal_comma) is None:
        problems.append(_problem(row, column, "formula", text=text[:40]))
        return None
    value = parse_number(text, decimal_comma)
    if value is None:
        problems.append(_problem(row, column, "not-a-number", text=text[:40]))
    return value


def _year(text: str, row: int, problems: list[FigureProblem]) -> int | None:
    if not text:
        return None
    cleaned = text.removesuffix(".0")
    if not cleaned.isdigit() or not 1900 <= int(cleaned) <= 2100:
        problems.append(_problem(row, "jaar", "not-a-year", text=text[:20]))
        return None
    return int(cleaned)


def merge_figures(existing: tuple[Figure, ...], new: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``existing`` with each new figure replacing the one of the same name, others appended."""
    by_name = {normalise_name(figure.label): figure for figure in new}
    kept = [by_name.pop(normalise_name(figure.label), figure) for figure in existing]
    return (*kept, *[figure for figure in new if normalise_name(figure.label) in by_name])


__all__ = [
    "FigureProblem",
    "FigureRow",
    "FigureTable",
    "FiguresError",
    "merge_figures",
    "parse_number",
    "read_figures",
    "rematch",
    "table_from_rows",
]
