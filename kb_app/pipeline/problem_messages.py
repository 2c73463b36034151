"""The content check's problems as keyed nl/en templates with the same ``{fields}``.

``kb-app validate`` and the tests read the Dutch (``str(problem)``), which must stay exactly as
it was; the English window reads ``Problem.text("en")``. ``problem()`` fills both from one key,
so a problem cannot carry facts in one language that the other lacks. A jsonschema message is
the library's own (English) text and is passed through unchanged as a field.
"""

from __future__ import annotations

from kb_app.core.errors import Problem
from kb_app.core.texts import Catalogue, Text, lookup

PROBLEMS: Catalogue = {
    # --- files (frontmatter.py, validate.py) ---------------------------------------------------
    "file-missing": {"nl": "Bestand ontbreekt.", "en": "File is missing."},
    "folder-missing": {"nl": "Map ontbreekt.", "en": "Folder is missing."},
    "not-utf8": {
        "nl": "Bestand is geen geldige UTF-8-tekst.",
        "en": "File is not valid UTF-8 text.",
    },
    "not-utf8-at": {
        "nl": "Bestand is geen geldige UTF-8-tekst (byte {byte}). Sla het op als UTF-8.",
        "en": "File is not valid UTF-8 text (byte {byte}). Save it as UTF-8.",
    },
    "empty-file": {"nl": "Bestand is leeg.", "en": "File is empty."},
    "invalid-yaml": {"nl": "Ongeldige YAML: {reason}.", "en": "Invalid YAML: {reason}."},
    "link-loop": {
        "nl": "Symbolische link die naar zichzelf terugverwijst (een lus). Verwijder de link of "
        "laat hem naar een bestaand bestand in de inhoudsmap wijzen.",
        "en": "Symbolic link that points back to itself (a loop). Remove the link or point it "
        "to an existing file in the content folder.",
    },
    "cannot-read": {
        "nl": "Bestand kan niet worden gelezen: {reason}.",
        "en": "File cannot be read: {reason}.",
    },
    "is-folder": {
        "nl": "Dit is een map, geen tekstbestand. Geef het een andere naam.",
        "en": "This is a folder, not a text file. Give it another name.",
    },
    "link-outside": {
        "nl": "Symbolische link naar buiten de inhoudsmap ({target}); die wordt niet gevolgd. "
        "Kopieer het bestand in de map.",
        "en": "Symbolic link to outside the content folder ({target}); it is not followed. "
        "Copy the file into the folder.",
    },
    "folder-link-outside": {
        "nl": "Deze map is een symbolische link naar buiten de inhoudsmap; die wordt niet gevolgd.",
        "en": "This folder is a symbolic link to outside the content folder; it is not followed.",
    },
    "not-regular": {
        "nl": "Dit is {kind}, geen gewoon bestand. Geef het een andere naam of haal het uit de "
        "inhoudsmap.",
        "en": "This is {kind}, not an ordinary file. Give it another name or take it out of the "
        "content folder.",
    },
    "too-big": {
        "nl": "Bestand is te groot ({size:,} bytes; maximaal {limit:,}). Splits de tekst of kort "
        "hem in.",
        "en": "File is too big ({size:,} bytes; at most {limit:,}). Split the text or shorten it.",
    },
    "no-front-matter": {
        "nl": "Front matter ontbreekt: het bestand moet beginnen met een regel '---'.",
        "en": "Front matter is missing: the file must start with a line '---'.",
    },
    "front-matter-open": {
        "nl": "Front matter wordt niet afgesloten met een regel '---'.",
        "en": "Front matter is not closed with a line '---'.",
    },
    "front-matter-shape": {
        "nl": "De front matter moet bestaan uit velden (sleutel: waarde), niet uit losse tekst "
        "of een lijst.",
        "en": "The front matter must consist of fields (key: value), not loose text or a list.",
    },
    # --- vocabularies.yaml (validate.py, indicator_check.py) -----------------------------------
    "vocabulary-shape": {
        "nl": "De woordenlijst moet uit secties met termen bestaan.",
        "en": "The vocabulary must consist of sections with terms.",
    },
    "section-empty": {
        "nl": "Sectie '{section}' ontbreekt of is leeg.",
        "en": "Section '{section}' is missing or empty.",
    },
    "term-unnamed": {
        "nl": "Term in '{section}' zonder id of label.",
        "en": "Term in '{section}' without id or label.",
    },
    "term-twice": {
        "nl": "Term '{term}' staat dubbel in '{section}'.",
        "en": "Term '{term}' appears twice in '{section}'.",
    },
    "term-types": {
        "nl": "Term '{term}' in '{section}': synoniemen moeten een lijst zijn en rank een geheel "
        "getal.",
        "en": "Term '{term}' in '{section}': synonyms must be a list and rank a whole number.",
    },
    "vocabulary-unreadable": {
        "nl": "De woordenlijst kan niet worden gelezen ({error}).",
        "en": "The vocabulary cannot be read ({error}).",
    },
    "indicators-shape": {
        "nl": "Sectie 'indicators' moet een lijst van indicatoren zijn.",
        "en": "Section 'indicators' must be a list of indicators.",
    },
    "indicator-unnamed": {
        "nl": "Indicator zonder id of label in 'indicators'.",
        "en": "Indicator without id or label in 'indicators'.",
    },
    "indicator-field-type": {
        "nl": "Indicator '{ident}': veld '{name}' heeft het verkeerde type (tekst, of een lijst "
        "van teksten).",
        "en": "Indicator '{ident}': field '{name}' has the wrong type (text, or a list of texts).",
    },
    "indicator-condition": {
        "nl": "Indicator '{ident}': onbekende voorwaarde '{condition}'.",
        "en": "Indicator '{ident}': unknown condition '{condition}'.",
    },
    "indicator-direction": {
        "nl": "Indicator '{ident}': 'direction' moet {choices} zijn.",
        "en": "Indicator '{ident}': 'direction' must be {choices}.",
    },
    "indicator-term": {
        "nl": "Indicator '{ident}': onbekende term '{term}' in {section}.",
        "en": "Indicator '{ident}': unknown term '{term}' in {section}.",
    },
    "indicator-name-taken": {
        "nl": "Indicator '{ident}': de naam '{name}' hoort al bij '{owner}'.",
        "en": "Indicator '{ident}': the name '{name}' already belongs to '{owner}'.",
    },
    # --- documents (validate.py) ---------------------------------------------------------------
    "schema": {"nl": "{field}: {message}", "en": "{field}: {message}"},
    "unknown-term": {
        "nl": "{field}: onbekende term '{value}'. Kies uit vocabularies.yaml ({section}) of voeg "
        "hem daar toe.",
        "en": "{field}: unknown term '{value}'. Choose from vocabularies.yaml ({section}) or add "
        "it there.",
    },
    "unknown-level": {
        "nl": "evidence.level: onbekend bewijsniveau '{level}'.",
        "en": "evidence.level: unknown evidence level '{level}'.",
    },
    "section-missing": {
        "nl": "Sectie '## {section}' ontbreekt.",
        "en": "Section '## {section}' is missing.",
    },
    "section-blank": {
        "nl": "Sectie '## {section}' is leeg.",
        "en": "Section '## {section}' is empty.",
    },
    "raw-html": {
        "nl": "HTML in de tekst is niet toegestaan; gebruik Markdown.",
        "en": "HTML in the text is not allowed; use Markdown.",
    },
    "bad-link": {
        "nl": "Link '{href}' is niet toegestaan: gebruik https://, mailto:, principe:ID of "
        "interventie:ID.",
        "en": "Link '{href}' is not allowed: use https://, mailto:, principe:ID or interventie:ID.",
    },
    "images": {
        "nl": "Afbeeldingen worden niet ondersteund (de app haalt niets van internet).",
        "en": "Images are not supported (the app fetches nothing from the internet).",
    },
    "impossible-date": {
        "nl": "{name}: '{value}' is geen bestaande datum (gebruik JJJJ-MM-DD).",
        "en": "{name}: '{value}' is not a real date (use YYYY-MM-DD).",
    },
    "too-deep": {
        "nl": "Lijsten of citaten zijn te diep genest (maximaal {limit} niveaus). Maak de "
        "structuur platter.",
        "en": "Lists or quotes are nested too deeply (at most {limit} levels). Make the "
        "structure flatter.",
    },
    "too-deep-to-show": {
        "nl": "De tekst is te diep genest om weer te geven. Maak de structuur platter.",
        "en": "The text is nested too deeply to display. Make the structure flatter.",
    },
    "id-twice": {
        "nl": "id '{ident}' wordt ook gebruikt in {other}.",
        "en": "id '{ident}' is also used in {other}.",
    },
    "link-unknown": {
        "nl": "Link naar onbekende {kind} '{target}'.",
        "en": "Link to unknown {kind} '{target}'.",
    },
    "principle-unknown": {
        "nl": "{field}: onbekend principe '{target}'.",
        "en": "{field}: unknown principle '{target}'.",
    },
    # --- evidence (evidence_rules.py) ----------------------------------------------------------
    "note-missing": {
        "nl": "evidence.note ontbreekt bij {level}: {what}.",
        "en": "evidence.note is missing for {level}: {what}.",
    },
    "listing-missing": {
        "nl": "evidence.source ontbreekt bij niet-beoordeeld: noem de pagina van de databank die "
        "de interventie zonder oordeel vermeldt (of kies geen-erkenning-gevonden).",
        "en": "evidence.source is missing for niet-beoordeeld: name the page of the databank that "
        "lists the intervention without a judgement (or choose geen-erkenning-gevonden).",
    },
    "source-unlisted": {
        "nl": "evidence.source staat niet in sources: voeg de pagina daar toe.",
        "en": "evidence.source is not in sources: add the page there.",
    },
    "source-missing": {
        "nl": "evidence.source ontbreekt: noem de pagina die dit bewijsniveau vermeldt.",
        "en": "evidence.source is missing: name the page that states this evidence level.",
    },
    "source-rotating": {
        "nl": "evidence.source is een wisselende lijst (zoals 'recent erkende interventies'): "
        "noem de vaste pagina van de interventie.",
        "en": "evidence.source is a changing list (such as 'recent erkende interventies'): "
        "name the permanent page of the intervention.",
    },
    "date-missing": {
        "nl": "evidence.date ontbreekt: een oordeel heeft een datum (JJJJ, JJJJ-MM of "
        "JJJJ-MM-DD) zoals de bron die noemt; noemt geen bron een datum, zeg dat dan in "
        "evidence.note.",
        "en": "evidence.date is missing: a judgement has a date (YYYY, YYYY-MM or YYYY-MM-DD) as "
        "the source states it; if no source states a date, say so in evidence.note.",
    },
    "checked-missing": {
        "nl": "evidence.checked ontbreekt: de datum waarop het niveau voor het laatst met de "
        "bron is vergeleken.",
        "en": "evidence.checked is missing: the date on which the level was last compared with "
        "the source.",
    },
    "date-after-check": {
        "nl": "evidence.date ({date}) ligt na evidence.checked ({checked}): een oordeel kan niet "
        "later zijn dan de controle ervan.",
        "en": "evidence.date ({date}) is after evidence.checked ({checked}): a judgement cannot "
        "be later than its check.",
    },
    "cited-unlisted": {
        "nl": "evidence.{key}: de bron {url} staat niet in sources: voeg de pagina toe.",
        "en": "evidence.{key}: the source {url} is not in sources: add the page.",
    },
}

# Words inside a Dutch problem that the English names differently.
KINDS = {
    "folder": Text("een map", "a folder"),
    "pipe": Text("een pijp of apparaat", "a pipe or device"),
    "intervention": Text("interventie", "intervention"),
    "principle": Text("principe", "principle"),
}


def problem(path: str, line: int, key: str, /, **fields: object) -> Problem:
    """The problem ``key`` at ``path:line``, its Dutch and English from the same fields."""
    return Problem(
        path,
        line,
        lookup(PROBLEMS, key, "nl", **fields),
        english=lookup(PROBLEMS, key, "en", **fields),
    )
