"""Every message of the pack layer in both interface languages, from one catalogue.

Core has no Qt, so the window cannot translate a finished Dutch sentence (as ``plans.coverage``
and ``plans.figure_messages`` found before): each refusal, warning and change-list line is kept
here as a keyed pair of templates with the same ``{fields}``. The Dutch is what ``str(error)``,
the CLI, the log and the tests read, unchanged; the English is what ``KbError.text("en")`` gives
the English window. A field that itself differs per language is passed as a ``Text``.
"""

from __future__ import annotations

from typing import TypeVar

from kb_app.core.errors import KbError
from kb_app.core.texts import LANGUAGES, Text, lookup, pair

__all__ = ["MESSAGES", "PLURALS", "Text", "both", "library_problem", "make_error", "noun", "say"]

# key -> language -> template; both languages use the same {fields}.
MESSAGES: dict[str, dict[str, str]] = {
    # --- pack.py: the wrapper and every reason a pack is refused ------------------------------
    "refused": {
        "nl": "Het bibliotheekpakket {name} is geweigerd: {reason}. Er is niets gewijzigd.",
        "en": "The library pack {name} has been refused: {reason}. Nothing has been changed.",
    },
    "missing": {"nl": "het bestand bestaat niet", "en": "the file does not exist"},
    "not-zip": {
        "nl": "het is geen geldig of een onvolledig zip-bestand",
        "en": "it is not a valid or complete zip file",
    },
    "not-zip-because": {
        "nl": "het is geen geldig of een onvolledig zip-bestand ({kind})",
        "en": "it is not a valid or complete zip file ({kind})",
    },
    "not-regular": {
        "nl": "het is geen gewoon bestand (maar een map, apparaat of pijp)",
        "en": "it is not an ordinary file (but a folder, a device or a pipe)",
    },
    "pack-too-big": {
        "nl": "het bestand is groter dan {limit} MB",
        "en": "the file is larger than {limit} MB",
    },
    "zip64": {
        "nl": "het gebruikt ZIP64, dat een bibliotheekpakket nooit nodig heeft",
        "en": "it uses ZIP64, which a library pack never needs",
    },
    "too-many-entries": {
        "nl": "het bevat te veel bestanden ({count}; hooguit {limit})",
        "en": "it contains too many files ({count}; at most {limit})",
    },
    "too-many-members": {
        "nl": "het bevat {count} bestanden (hooguit {limit})",
        "en": "it contains {count} files (at most {limit})",
    },
    "unknown-packing": {
        "nl": "{member} is op een onbekende manier ingepakt",
        "en": "{member} is compressed in an unknown way",
    },
    "member-too-big": {"nl": "{member} is te groot", "en": "{member} is too large"},
    "unsigned": {
        "nl": "het is niet ondertekend (pack.sig ontbreekt), dus de herkomst is onbekend",
        "en": "it is not signed (pack.sig is missing), so where it comes from is unknown",
    },
    "no-manifest": {
        "nl": "pack.json ontbreekt; dit is geen bibliotheekpakket van Wat Werkt",
        "en": "pack.json is missing; this is not a Wat Werkt library pack",
    },
    "signature-unreadable": {
        "nl": "de handtekening (pack.sig) is onleesbaar",
        "en": "the signature (pack.sig) cannot be read",
    },
    "unknown-publisher": {
        "nl": "het is ondertekend door een onbekende uitgever (vingerafdruk {fingerprint}). "
        "Vertrouwt u deze uitgever, vraag dan om de publieke sleutel, vergelijk de vingerafdruk "
        "met de uitgever en voeg hem toe met 'kb-app pack trust SLEUTEL.pub'",
        "en": "it is signed by an unknown publisher (fingerprint {fingerprint}). If you trust "
        "this publisher, ask for their public key, compare the fingerprint with the publisher "
        "and add the key with 'kb-app pack trust KEY.pub'",
    },
    "fingerprint-unreadable": {"nl": "onleesbaar", "en": "unreadable"},
    "signature-wrong": {
        "nl": "de handtekening van {publisher} klopt niet: het pakket is na het ondertekenen "
        "gewijzigd, of niet door deze uitgever gemaakt",
        "en": "the signature of {publisher} does not match: the pack was changed after it was "
        "signed, or it was not made by this publisher",
    },
    "manifest-unreadable": {"nl": "pack.json is onleesbaar", "en": "pack.json cannot be read"},
    "other-format": {
        "nl": "het is gemaakt voor een andere versie van Wat Werkt (pakketformaat {found!r}; "
        "deze versie kent {known}). Werk het programma bij of vraag om een nieuw pakket",
        "en": "it was made for another version of Wat Werkt (pack format {found!r}; this "
        "version knows {known}). Update the program or ask for a new pack",
    },
    "other-publisher": {
        "nl": "pack.json noemt een andere uitgever dan die het heeft ondertekend",
        "en": "pack.json names another publisher than the one who signed it",
    },
    "no-file-list": {
        "nl": "pack.json mist de lijst met bestanden",
        "en": "pack.json lacks the list of files",
    },
    "duplicate-name": {
        "nl": "het bevat een bestandsnaam twee keer",
        "en": "it contains a file name twice",
    },
    "unsafe-name": {
        "nl": "het bestand {member!r} heeft een onveilige naam",
        "en": "the file {member!r} has an unsafe name",
    },
    "link": {
        "nl": "{member} is een koppeling, geen bestand",
        "en": "{member} is a link, not a file",
    },
    "unknown-file": {
        "nl": "het onbekende bestand {member} hoort niet in een pakket (een pakket bevat "
        "alleen inhoud: Markdown en vocabularies.yaml)",
        "en": "the unknown file {member} does not belong in a pack (a pack holds only "
        "content: Markdown and vocabularies.yaml)",
    },
    "unpacked-too-big": {
        "nl": "uitgepakt zou het {size} MB zijn (hooguit {limit} MB)",
        "en": "unpacked it would be {size} MB (at most {limit} MB)",
    },
    "files-mismatch": {
        "nl": "de bestanden kloppen niet met pack.json ({members})",
        "en": "the files do not match pack.json ({members})",
    },
    "file-too-big": {
        "nl": "{member} is groter dan {limit} kB",
        "en": "{member} is larger than {limit} kB",
    },
    "zip-bomb": {
        "nl": "{member} is verdacht sterk ingepakt (zip-bom)",
        "en": "{member} is suspiciously highly compressed (zip bomb)",
    },
    "bigger-than-declared": {
        "nl": "{member} is groter dan opgegeven",
        "en": "{member} is larger than declared",
    },
    "checksum": {
        "nl": "{member} klopt niet met de controlesom in pack.json",
        "en": "{member} does not match its checksum in pack.json",
    },
    # --- screen.py: YAML refused before validation --------------------------------------------
    "yaml-alias": {
        "nl": "het gebruikt YAML-verwijzingen (& en *), die in inhoud niet horen",
        "en": "it uses YAML references (& and *), which do not belong in content",
    },
    "yaml-tag": {
        "nl": "het gebruikt de YAML-tag {tag}, die in inhoud niet hoort",
        "en": "it uses the YAML tag {tag}, which does not belong in content",
    },
    "yaml-deep": {
        "nl": "de YAML is dieper genest dan {limit} niveaus",
        "en": "the YAML is nested deeper than {limit} levels",
    },
    "screened-file": {"nl": "{path}: {problem}", "en": "{path}: {problem}"},
    # --- install.py ---------------------------------------------------------------------------
    "content-screened": {
        "nl": "de inhoud is niet in orde ({problems})",
        "en": "the content is not in order ({problems})",
    },
    # The problems themselves come from the content check (``kb-app validate``), per language.
    "content-invalid": {
        "nl": "de inhoud is niet in orde ({count} {problem_word}: {shown}{tail})",
        "en": "the content is not in order ({count} {problem_word}: {shown}{tail})",
    },
    "and-more": {"nl": "; en nog {count}", "en": "; and {count} more"},
    "content-unchecked": {
        "nl": "de inhoud is niet in orde en kon niet volledig worden gecontroleerd ({kind})",
        "en": "the content is not in order and could not be checked completely ({kind})",
    },
    "already-in-use": {
        "nl": "Bibliotheek {version} uit {name} is al in gebruik; er is niets gewijzigd.",
        "en": "Library {version} from {name} is already in use; nothing has been changed.",
    },
    "schemas-missing": {
        "nl": "De schema's om de inhoud mee te controleren ontbreken bij dit programma. "
        "Installeer Wat Werkt opnieuw; er is niets gewijzigd.",
        "en": "The schemas to check the content against are missing from this program. "
        "Install Wat Werkt again; nothing has been changed.",
    },
    "rebuild-failed": {
        "nl": "De nieuwe bibliotheek kon niet worden opgebouwd ({problem}); er is niets gewijzigd.",
        "en": "The new library could not be built ({problem}); nothing has been changed.",
    },
    "older-pack": {
        "nl": "Let op: dit pakket is gemaakt op {made} en is ouder dan de bibliotheek in "
        "gebruik (gemaakt op {in_use}). Installeer het alleen als u bewust naar een oudere "
        "versie wilt.",
        "en": "Note: this pack was made on {made} and is older than the library in use (made "
        "on {in_use}). Install it only if you mean to go back to an older version.",
    },
    "swap-failed": {
        "nl": "De bibliotheek kon niet worden gewisseld ({reason}). Sluit Wat Werkt overal af "
        "en probeer het opnieuw; er is niets gewijzigd.",
        "en": "The library could not be swapped ({reason}). Close Wat Werkt everywhere and try "
        "again; nothing has been changed.",
    },
    "shipped-library": {
        "nl": "de meegeleverde bibliotheek",
        "en": "the library shipped with the app",
    },
    "library": {
        "nl": "bibliotheek {version}{publisher} ({count} {intervention_word})",
        "en": "library {version}{publisher} ({count} {intervention_word})",
    },
    "from-publisher": {"nl": " van {publisher}", "en": " from {publisher}"},
    "version-unknown": {"nl": "onbekend", "en": "unknown"},
    "no-previous": {
        "nl": "Er is geen vorige bibliotheek: u gebruikt de meegeleverde bibliotheek.",
        "en": "There is no previous library: you are using the library shipped with the app.",
    },
    "roll-back-plan": {
        "nl": "Terug naar {back}. Nu in gebruik is {now}; die wordt verwijderd.",
        "en": "Back to {back}. In use now is {now}; it will be removed.",
    },
    "nothing-to-roll-back": {
        "nl": "Er is geen vorige bibliotheek om naar terug te gaan; er is niets gewijzigd.",
        "en": "There is no previous library to go back to; nothing has been changed.",
    },
    "previous-damaged": {
        "nl": "De vorige bibliotheek is beschadigd ({problem}); er is niets gewijzigd. "
        "Installeer het bibliotheekpakket opnieuw.",
        "en": "The previous library is damaged ({problem}); nothing has been changed. Install "
        "the library pack again.",
    },
    "installed": {
        "nl": "Bibliotheek {version} van {publisher} is geïnstalleerd. Via Bestand → Terug "
        "naar vorige bibliotheek gaat u één stap terug.",
        "en": "Library {version} from {publisher} has been installed. File → Back to previous "
        "library takes you one step back.",
    },
    "rolled-back": {
        "nl": "Teruggezet: {before} is verwijderd. Nu in gebruik is {now}.",
        "en": "Restored: {before} has been removed. In use now is {now}.",
    },
    "cancelled": {
        "nl": "Het bijwerken is afgebroken; er is niets gewijzigd.",
        "en": "The update has been cancelled; nothing has been changed.",
    },
    # --- lock.py ------------------------------------------------------------------------------
    "busy": {
        "nl": "Er wordt al een bibliotheek geïnstalleerd of teruggezet met deze gegevensmap (in "
        "een ander venster of opdrachtvenster). Wacht tot dat klaar is en probeer het dan "
        "opnieuw; er is niets gewijzigd.",
        "en": "A library is already being installed or restored with this data folder (in "
        "another window or command window). Wait until that has finished and then try again; "
        "nothing has been changed.",
    },
    # --- signing.py: key files and trust ------------------------------------------------------
    "key-not-regular": {
        "nl": "{file} is geen gewoon bestand en dus geen sleutelbestand.",
        "en": "{file} is not an ordinary file and so not a key file.",
    },
    "key-too-big": {
        "nl": "{file} is te groot voor een sleutelbestand.",
        "en": "{file} is too large for a key file.",
    },
    "key-missing": {
        "nl": "Het sleutelbestand {file} bestaat niet.",
        "en": "The key file {file} does not exist.",
    },
    "key-unreadable": {
        "nl": "Het sleutelbestand {file} kan niet worden gelezen ({reason}).",
        "en": "The key file {file} cannot be read ({reason}).",
    },
    "not-a-key": {
        "nl": "{file} is geen sleutelbestand van Wat Werkt.",
        "en": "{file} is not a Wat Werkt key file.",
    },
    "secret-given": {
        "nl": "{file} is een geheime sleutel. Geef de publieke sleutel (.pub); de geheime "
        "sleutel blijft bij de uitgever.",
        "en": "{file} is a private key. Give the public key (.pub); the private key stays with "
        "the publisher.",
    },
    "invalid-public": {
        "nl": "{file} is geen geldige publieke sleutel van een uitgever.",
        "en": "{file} is not a valid public key of a publisher.",
    },
    "secret-readable": {
        "nl": "De geheime sleutel {file} is leesbaar voor anderen. Maak hem alleen voor uzelf "
        "leesbaar (chmod 600 {file}) en probeer het opnieuw; er is niets ondertekend.",
        "en": "The private key {file} can be read by others. Make it readable for yourself only "
        "(chmod 600 {file}) and try again; nothing has been signed.",
    },
    "invalid-secret": {
        "nl": "{file} is geen geldige geheime sleutel van een uitgever.",
        "en": "{file} is not a valid private key of a publisher.",
    },
    "name-length": {
        "nl": "Geef de uitgever een naam van 1 tot {limit} tekens.",
        "en": "Give the publisher a name of 1 to {limit} characters.",
    },
    "no-folder": {
        "nl": "De map {folder} bestaat niet; er is niets geschreven.",
        "en": "The folder {folder} does not exist; nothing has been written.",
    },
    "key-exists-in": {
        "nl": "{file} bestaat al in {folder}; een sleutel wordt nooit overschreven. Kies een "
        "andere map.",
        "en": "{file} already exists in {folder}; a key is never overwritten. Choose another "
        "folder.",
    },
    "key-exists": {
        "nl": "{file} bestaat al; een sleutel wordt nooit overschreven.",
        "en": "{file} already exists; a key is never overwritten.",
    },
    "key-unwritable": {
        "nl": "{file} kan niet worden geschreven ({reason}).",
        "en": "{file} cannot be written ({reason}).",
    },
    "shipped-key-broken": {
        "nl": "De sleutel van de uitgever van Wat Werkt ontbreekt of is beschadigd, dus geen "
        "bibliotheekpakket kan worden gecontroleerd. Installeer Wat Werkt opnieuw; er is niets "
        "gewijzigd.",
        "en": "The key of the Wat Werkt publisher is missing or damaged, so no library pack can "
        "be checked. Install Wat Werkt again; nothing has been changed.",
    },
    "trusted-list-broken": {
        "nl": "De lijst met vertrouwde uitgevers ({file} in uw gegevensmap) is beschadigd. "
        "Verwijder dat bestand en vertrouw de uitgevers opnieuw met 'kb-app pack trust'; er is "
        "niets gewijzigd.",
        "en": "The list of trusted publishers ({file} in your data folder) is damaged. Delete "
        "that file and trust the publishers again with 'kb-app pack trust'; nothing has been "
        "changed.",
    },
    # --- changes.py: the change list ----------------------------------------------------------
    "no-changes": {
        "nl": "Geen verschillen in de interventies.",
        "en": "No differences in the interventions.",
    },
    "added-head": {"nl": "Nieuw ({count}):", "en": "New ({count}):"},
    "removed-head": {"nl": "Verwijderd ({count}):", "en": "Removed ({count}):"},
    "retitled-head": {"nl": "Andere titel ({count}):", "en": "Different title ({count}):"},
    "evidence-head": {
        "nl": "Ander bewijsniveau ({count}):",
        "en": "Different evidence level ({count}):",
    },
    "affected-head": {
        "nl": "Uw favorieten en planonderdelen die dit raakt ({count}):",
        "en": "Your favourites and plan items this affects ({count}):",
    },
    "affected-line": {"nl": "  ! {title} in {where}: {why}", "en": "  ! {title} in {where}: {why}"},
    "in-favourites": {"nl": "favorieten", "en": "favourites"},
    "in-plan": {"nl": "plan '{plan}'", "en": "plan '{plan}'"},
    "why-removed": {"nl": "verwijderd uit de bibliotheek", "en": "removed from the library"},
    "why-evidence": {"nl": "bewijsniveau gewijzigd", "en": "evidence level changed"},
}

# noun -> language -> (one, more): one "interventie", several "interventies".
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "problem": {"nl": ("probleem", "problemen"), "en": ("problem", "problems")},
    "intervention": {
        "nl": ("interventie", "interventies"),
        "en": ("intervention", "interventions"),
    },
}


def say(key: str, lang: str = "nl", /, **fields: object) -> str:
    """The message ``key`` in ``lang`` (Dutch for any other); a ``Text`` field in that one."""
    return lookup(MESSAGES, key, lang, **fields)


def both(key: str, /, **fields: object) -> Text:
    """The message ``key`` in both languages, the same field values in each."""
    return pair(MESSAGES, key, **fields)


def noun(count: object, word: str) -> Text:
    """The form of ``word`` after ``count`` in each language (one or more)."""
    forms = PLURALS[word]
    return Text(*(forms[lang][0 if count == 1 else 1] for lang in LANGUAGES))


def library_problem(problem: str) -> Text:
    """A ``check_library`` problem in both languages: integrity gives a ``Text`` itself (see
    ``core.start_messages``); any other string is the same in both."""
    return problem if isinstance(problem, Text) else Text(problem, problem)


ErrorT = TypeVar("ErrorT", bound=KbError)


def make_error(kind: type[ErrorT], key: str, /, **fields: object) -> ErrorT:
    """``kind`` (a ``KbError`` class) with message ``key``: Dutch as ``str()``, English too."""
    text = both(key, **fields)
    return kind(text.nl, english=text.en)
