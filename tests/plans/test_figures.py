"""Importing local figures from CSV and XLSX: Dutch and English spreadsheet conventions, every
problem by row and column, nothing half-imported, and hostile files refused with a message."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kb_app.plans.figures import FiguresError, parse_number, read_figures, rematch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "voorbeeldgemeente-zuid.csv"


@pytest.fixture
def vocabulary(reader):
    return reader.vocabulary()


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "cijfers.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("text", "comma", "value"),
    [
        ("14", True, 14.0),
        ("14,5", True, 14.5),
        ("1.234,5", True, 1234.5),
        ("1.234", True, 1234.0),
        ("14.5", True, 14.5),
        ("14.5", False, 14.5),
        ("1,234.5", False, 1234.5),
        ("14 %", True, 14.0),
        ("-3,2", True, -3.2),
        ("abc", True, None),
        ("1e400", False, None),
        ("=A1", True, None),
        ("", True, None),
        ("nan", False, None),
        ("inf", False, None),
    ],
)
def test_numbers_in_dutch_and_english_notation(text, comma, value):
    assert parse_number(text, comma) == value


def test_the_example_file_imports_completely(vocabulary):
    table = read_figures(EXAMPLE, vocabulary)
    assert table.ok, table.problems
    figures = table.figures()
    assert len(figures) == 10
    lonely = next(f for f in figures if f.indicator == "ernstige-eenzaamheid")
    assert (lonely.value, lonely.reference, lonely.reference_label) == (14, 10, "Nederland")
    assert (lonely.year, lonely.unit, lonely.higher_is_better) == (2024, "%", False)
    assert lonely.condition == "sociale-empowerment"


def test_windows_1252_semicolons_and_synonyms(tmp_path, vocabulary):
    path = write(
        tmp_path,
        "Onderwerp;Lokaal;Referentie;Vergeleken met;Bron\r\n"
        "Eenzaamheid;48,5;43;Gemeente;Monitor café\r\n",
        "cp1252",
    )
    figure = read_figures(path, vocabulary).figures()[0]
    assert (figure.indicator, figure.value, figure.reference) == ("eenzaamheid", 48.5, 43)
    assert (figure.reference_label, figure.source) == ("Gemeente", "Monitor café")


def test_english_commas_and_points(tmp_path, vocabulary):
    path = write(
        tmp_path,
        "indicator,value,reference,year\n"
        'Loneliness,48.5,43,2023\n"Labour participation","1,234.5",60,\n',
    )
    figures = read_figures(path, vocabulary).figures()
    assert [(f.indicator, f.value) for f in figures] == [
        ("eenzaamheid", 48.5),
        ("arbeidsparticipatie", 1234.5),
    ]


def test_xlsx_with_typed_numbers(tmp_path, vocabulary):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Indicator", "Waarde", "Nederland", "Jaar"])
    sheet.append(["Doet vrijwilligerswerk", 29.5, 33, 2024])
    path = tmp_path / "cijfers.xlsx"
    book.save(path)
    figure = read_figures(path, vocabulary).figures()[0]
    assert (figure.indicator, figure.value, figure.reference, figure.year) == (
        "vrijwilligerswerk",
        29.5,
        33,
        2024,
    )
    assert figure.reference_label == "Nederland"


def test_xlsx_formulas_are_reported_never_computed(tmp_path, vocabulary):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["indicator", "waarde", "bron"])
    sheet.append(["Eenzaamheid", "=1+1", '=HYPERLINK("x")'])
    path = tmp_path / "formule.xlsx"
    book.save(path)
    table = read_figures(path, vocabulary)
    assert [str(p) for p in table.problems] == [
        "rij 2, kolom 'waarde': bevat een formule (=1+1); Wat Werkt rekent geen formules uit. "
        "Plak de waarden in plaats van de formules."
    ]
    with pytest.raises(FiguresError, match="er is niets ingelezen"):
        table.figures()


def test_every_problem_by_row_and_column(tmp_path, vocabulary):
    path = write(
        tmp_path,
        "indicator;waarde;referentie;jaar\n"
        "Eenzaamheid;veel;10;2024\n"
        ";12;10;2024\n"
        "Onbekend cijfer;3;4;2024\n"
        "Arbeidsparticipatie;60;;1700\n"
        "Eenzaamheid;12;10;2024\n",
    )
    problems = [str(p) for p in read_figures(path, vocabulary).problems]
    assert problems == [
        "rij 2, kolom 'waarde': 'veel' is geen getal.",
        "rij 3, kolom 'indicator': de naam van de indicator ontbreekt.",
        "rij 3, kolom 'voorwaarde': '' is geen bekende indicator; kies er een in het voorbeeld, "
        "of vul 'voorwaarde' in (bijvoorbeeld sociale cohesie).",
        "rij 3, kolom 'richting': vul 'hoger is beter' of 'hoger is slechter' in voor een eigen "
        "indicator.",
        "rij 4, kolom 'voorwaarde': 'Onbekend cijfer' is geen bekende indicator; kies er een in "
        "het voorbeeld, of vul 'voorwaarde' in (bijvoorbeeld sociale cohesie).",
        "rij 4, kolom 'richting': vul 'hoger is beter' of 'hoger is slechter' in voor een eigen "
        "indicator.",
        "rij 5, kolom 'jaar': '1700' is geen jaartal.",
    ]


def test_duplicate_rows_are_a_problem(tmp_path, vocabulary):
    path = write(tmp_path, "indicator;waarde\nEenzaamheid;12\nvoelt zich eenzaam;13\n")
    assert [str(p) for p in read_figures(path, vocabulary).problems] == [
        "rij 3, kolom 'indicator': 'voelt zich eenzaam' staat ook in rij 2; houd één rij per "
        "indicator."
    ]


def test_own_indicator_with_condition_and_direction(tmp_path, vocabulary):
    path = write(
        tmp_path,
        "indicator;waarde;referentie;voorwaarde;richting\n"
        "Bezoek buurthuis;20;35;sociale cohesie;hoger is beter\n",
    )
    figure = read_figures(path, vocabulary).figures()[0]
    assert (figure.indicator, figure.label, figure.condition, figure.higher_is_better) == (
        "",
        "Bezoek buurthuis",
        "sociale-cohesie",
        True,
    )


def test_preview_can_rematch_a_row(tmp_path, vocabulary):
    path = write(tmp_path, "indicator;waarde;referentie\nEenzaamheid 75+;14;10\n")
    table = read_figures(path, vocabulary)
    assert not table.ok and table.rows[0].indicator is None
    fixed = rematch(table, 2, "ernstige-eenzaamheid", vocabulary)
    assert fixed.ok and fixed.figures()[0].indicator == "ernstige-eenzaamheid"


def test_missing_columns_and_empty_files(tmp_path, vocabulary):
    assert [
        str(p) for p in read_figures(write(tmp_path, "naam;x\na;b\n"), vocabulary).problems
    ] == [
        "rij 1, kolom 'waarde': deze kolom ontbreekt; de eerste rij moet de kolomnamen "
        "bevatten (zie het voorbeeldbestand)."
    ]
    assert not read_figures(write(tmp_path, "indicator;waarde\n\n;\n"), vocabulary).ok
    with pytest.raises(FiguresError, match="geen kolommen"):
        read_figures(write(tmp_path, "alleen tekst\n"), vocabulary)


HOSTILE = {
    "directory": "geen gewoon bestand",
    "fifo": "geen gewoon bestand",
    "device": "geen gewoon bestand",
    "nul": "geen tekstbestand",
    "large": "te groot",
    "zip-bomb": "pakt uit tot meer",
    "not-xlsx": "geen geldig Excel-bestand",
    "many-rows": "meer dan 1000 rijen",
    "broken-quote": "er is niets ingelezen",
    "missing": "bestaat niet",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_get_a_message(tmp_path, vocabulary, case):
    path = tmp_path / "cijfers.csv"
    if case == "directory":
        path.mkdir()
    elif case == "fifo":
        os.mkfifo(path)
    elif case == "device":
        path = Path("/dev/zero")
    elif case == "nul":
        path.write_bytes(b"indicator;waarde\x00\n")
    elif case == "large":
        path.write_bytes(b"indicator;waarde\n" + b"x;1\n" * 1_500_000)
    elif case == "zip-bomb":
        path = tmp_path / "bom.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/worksheets/sheet1.xml", b"0" * 60_000_000)
    elif case == "not-xlsx":
        path = tmp_path / "kapot.xlsx"
        path.write_bytes(b"PK\x03\x04 no zip at all")
    elif case == "many-rows":
        path.write_text("indicator;waarde\n" + "x;1\n" * 1100)
    elif case == "broken-quote":
        path.write_text('indicator;waarde\n"Eenzaamheid;12\n')
    with pytest.raises(FiguresError, match=HOSTILE[case]):
        read_figures(path, vocabulary).figures()  # a file that reads gets its problems here


def test_the_example_plan_holds_a_local_picture():
    from kb_app.plans.planfile import read_plan_file

    plan = read_plan_file(ROOT / "docs" / "examples" / "wijkplan-zuid.wwplan")
    assert plan.local.area == "Zuid" and len(plan.local.figures) == 10
    assert "Voorbeeldgemeente" in plan.title and "fictief" in plan.title
    assert plan.priorities and plan.priorities[0].rationale.startswith("Lokale cijfers:")
