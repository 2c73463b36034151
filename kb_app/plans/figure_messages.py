"""The messages of the figures import in both interface languages: one catalogue, as
``plans.coverage`` keeps the plan warnings, because core has no Qt to translate a finished Dutch
sentence. The Dutch is what the CLI prints and the tests read; the English is for the window.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

FIELD_NAMES_EN = {
    "indicator": "indicator",
    "waarde": "value",
    "referentie": "reference",
    "referentie naam": "reference label",
    "eenheid": "unit",
    "jaar": "year",
    "bron": "source",
    "voorwaarde": "condition",
    "richting": "direction",
}
# kind -> language -> message; the fields ({name}, {size}, ...) are the same in both languages.
MESSAGES: dict[str, dict[str, str]] = {
    "no-figures": {"nl": "Het bestand bevat geen cijfers.", "en": "The file contains no figures."},
    "has-problems": {
        "nl": "Het bestand heeft problemen; er is niets ingelezen:",
        "en": "The file has problems; nothing has been read:",
    },
    "missing": {"nl": "Het bestand {name} bestaat niet.", "en": "The file {name} does not exist."},
    "no-access": {"nl": "U hebt geen toegang tot {name}.", "en": "You have no access to {name}."},
    "unreadable": {
        "nl": "{name} kan niet worden gelezen ({reason}).",
        "en": "{name} cannot be read ({reason}).",
    },
    "not-regular": {
        "nl": "{name} is geen gewoon bestand (maar een map of apparaat).",
        "en": "{name} is not an ordinary file (but a folder or a device).",
    },
    "too-big-size": {
        "nl": "{name} is te groot ({size} MB; hooguit {limit} MB voor een tabel met cijfers).",
        "en": "{name} is too big ({size} MB; at most {limit} MB for a table of figures).",
    },
    "too-big": {
        "nl": "{name} is te groot (hooguit {limit} MB).",
        "en": "{name} is too big (at most {limit} MB).",
    },
    "bad-xlsx": {
        "nl": "{name} is geen geldig Excel-bestand (.xlsx).",
        "en": "{name} is not a valid Excel file (.xlsx).",
    },
    "binary": {
        "nl": "{name} is geen tekstbestand (CSV); sla de tabel op als CSV of XLSX.",
        "en": "{name} is not a text file (CSV); save the table as CSV or XLSX.",
    },
    "encoding": {
        "nl": "{name} is geen leesbare tekst (UTF-8 of Windows-1252).",
        "en": "{name} is not readable text (UTF-8 or Windows-1252).",
    },
    "no-columns": {
        "nl": "{name} heeft geen kolommen: de eerste regel moet kolomnamen hebben, "
        "gescheiden door ; of , (bijvoorbeeld indicator;waarde;referentie).",
        "en": "{name} has no columns: the first line must hold column names, separated by ; "
        "or , (for example indicator;value;reference).",
    },
    "too-many-rows": {
        "nl": "{name} heeft meer dan {limit} rijen.",
        "en": "{name} has more than {limit} rows.",
    },
    "bad-csv": {
        "nl": "{name} is geen geldige CSV (regel {line}: {reason}).",
        "en": "{name} is not a valid CSV (line {line}: {reason}).",
    },
    "zip-bomb": {
        "nl": "{name} pakt uit tot meer dan een tabel met cijfers kan zijn; het is niet geopend.",
        "en": "{name} unpacks to more than a table of figures can be; it has not been opened.",
    },
    "unreadable-xlsx": {
        "nl": "{name} is geen leesbaar Excel-bestand ({reason}).",
        "en": "{name} is not a readable Excel file ({reason}).",
    },
    # Problems in one row and column:
    "empty": {"nl": "het bestand is leeg.", "en": "the file is empty."},
    "duplicate": {
        "nl": "'{name}' staat ook in rij {first}; houd één rij per indicator.",
        "en": "'{name}' is also in row {first}; keep one row per indicator.",
    },
    "column-missing": {
        "nl": "deze kolom ontbreekt; de eerste rij moet de kolomnamen bevatten (zie het "
        "voorbeeldbestand).",
        "en": "this column is missing; the first row must hold the column names (see the "
        "example file).",
    },
    "name-missing": {
        "nl": "de naam van de indicator ontbreekt.",
        "en": "the name of the indicator is missing.",
    },
    "unknown-indicator": {
        "nl": "'{name}' is geen bekende indicator; kies er een in het voorbeeld, of vul "
        "'voorwaarde' in (bijvoorbeeld sociale cohesie).",
        "en": "'{name}' is not a known indicator; choose one in the preview, or fill in "
        "'voorwaarde' (condition, for example sociale cohesie).",
    },
    "direction": {
        "nl": "vul 'hoger is beter' of 'hoger is slechter' in voor een eigen indicator.",
        "en": "fill in 'hoger is beter' (higher is better) or 'hoger is slechter' (higher is "
        "worse) for your own indicator.",
    },
    "value-missing": {"nl": "de waarde ontbreekt.", "en": "the value is missing."},
    "formula": {
        "nl": "bevat een formule ({text}); Wat Werkt rekent geen formules uit. Plak de waarden "
        "in plaats van de formules.",
        "en": "contains a formula ({text}); Wat Werkt does not calculate formulas. Paste the "
        "values instead of the formulas.",
    },
    "not-a-number": {"nl": "'{text}' is geen getal.", "en": "'{text}' is not a number."},
    "not-a-year": {"nl": "'{text}' is geen jaartal.", "en": "'{text}' is not a year."},
}
