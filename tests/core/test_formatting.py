"""The one Dutch date type and formatter, amounts in euros, and label lists."""

import pytest

from kb_app.core.formatting import DateError, PartialDate, dutch_date, euro, labels
from kb_app.core.model import Vocabulary


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2019-04-08", "8 april 2019"),
        ("2019-04", "april 2019"),
        ("2019", "2019"),
        ("2024-02-29", "29 februari 2024"),
        ("2026-11-30T12:34:56+00:00", "30 november 2026"),  # a stored timestamp: the day counts
        ("", ""),
    ],
)
def test_dates_are_as_precise_as_their_source(value, shown):
    assert dutch_date(value) == shown


@pytest.mark.parametrize(
    "value",
    [
        "2020-00-05",
        "2020-13",
        "2020-04-31",
        "2023-02-29",
        "2020-04-00",
        "2019-4-8",
        "later",
        "2019-04-08x",
        "20190408",
    ],
)
def test_an_impossible_date_is_shown_as_written_never_as_another_date(value):
    assert dutch_date(value) == value
    with pytest.raises(DateError, match="datum"):
        PartialDate.parse(value)


def test_the_date_type_keeps_its_precision_and_orders_like_the_calendar():
    dates = [PartialDate.parse(text) for text in ("2019-04-08", "2019", "2018-12", "2019-04")]
    day, year, month = PartialDate(2019, 4, 8), PartialDate(2019), PartialDate(2019, 4)
    assert dates == [day, year, PartialDate(2018, 12), month]
    assert sorted(dates) == [PartialDate(2018, 12), year, month, day]
    assert PartialDate.parse(" 2019-04 ") == PartialDate(2019, 4)


def test_the_error_says_what_to_write():
    with pytest.raises(DateError) as caught:
        PartialDate.parse("gisteren")
    assert "JJJJ-MM-DD" in str(caught.value) and "gisteren" in str(caught.value)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (12500.0, "€ 12.500"),
        (1250.5, "€ 1.250,50"),
        (0, "€ 0"),
        (999.999, "€ 1.000"),
        (1234567.25, "€ 1.234.567,25"),
    ],
)
def test_euro_uses_dutch_separators(amount, shown):
    assert euro(amount) == shown


def test_labels_follow_the_vocabulary_and_keep_the_order():
    vocabulary = Vocabulary.from_dict(
        {
            "themes": [
                {"id": "eenzaamheid", "label": "Eenzaamheid"},
                {"id": "armoede", "label": "Armoede"},
            ]
        }
    )
    assert labels(vocabulary, "themes", ["armoede", "eenzaamheid"]) == "Armoede, Eenzaamheid"
