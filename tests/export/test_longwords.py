"""Long words in table cells get invisible break opportunities; ordinary words stay whole."""

from kb_app.export.document import Document, Table, text
from kb_app.export.longwords import LONGEST_WORD, ZWSP, breakable, breakable_tables

URL = "https://www.waarstaatjegemeente.nl/dashboard/sociaal-domein/jeugdhulp-en-jeugdbescherming"


def test_compounds_and_short_words_stay_whole():
    for word in ("Antidiscriminatievoorziening", "Arbeidsmarktdiscriminatie", "14 %", ""):
        assert breakable(word) == word


def test_an_address_breaks_after_its_separators():
    broken = breakable(f"bron: {URL}")
    assert broken.replace(ZWSP, "") == f"bron: {URL}"  # nothing visible changes
    assert f"https://{ZWSP}www.{ZWSP}" in broken and f"sociaal-{ZWSP}domein/{ZWSP}" in broken


def test_a_word_longer_than_any_column_is_cut_in_pieces():
    monster = "Jeugdgezondheidszorgmedewerkersopleidingstrajectevaluatiecommissie"
    pieces = breakable(monster).split(ZWSP)
    assert "".join(pieces) == monster and max(map(len, pieces)) <= LONGEST_WORD


def test_only_tables_change():
    document = Document(
        title="T", blocks=(text(URL), Table(header=(URL,), rows=((f"2024\n{URL}",),)))
    )
    changed = breakable_tables(document)
    assert changed.blocks[0] == document.blocks[0]
    table = changed.blocks[1]
    assert isinstance(table, Table)
    assert ZWSP in table.header[0] and ZWSP in table.rows[0][0] and "2024\n" in table.rows[0][0]
