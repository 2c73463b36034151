"""Every message about starting the app, the user's data folder and the library's location, in
both interface languages (plain dicts: the window's first frame imports this).

Keyed nl/en templates with the same ``{fields}`` (see ``core.texts``): the start-up checks and
the error boundary (``gui/startup.py``, ``app.py``), the user store and its recovery
(``store/user.py``, ``store/user_recovery.py``) and finding, checking and rebuilding the library
(``pipeline/library.py``, ``pipeline/integrity.py``). The Dutch is what the CLI and the tests
read, unchanged; ``say(key, "en", ...)`` or ``both(key, ...).text("en")`` is the English window's.
"""

from __future__ import annotations

from kb_app.core.texts import Text, lookup, pair

MESSAGES: dict[str, dict[str, str]] = {
    # --- gui/startup.py: the error boundary ---------------------------------------------------
    "generic": {
        "nl": "Sorry, er ging iets mis dat we niet hadden voorzien. Uw gegevens zijn bewaard.\n\n"
        "De details staan in het logboek:\n{log}",
        "en": "Sorry, something went wrong that we did not foresee. Your data has been saved."
        "\n\nThe details are in the log:\n{log}",
    },
    "disk-full": {
        "nl": "De schijf is vol, dus uw laatste wijziging kon niet worden bewaard. Maak ruimte "
        "vrij (bijvoorbeeld in {folder}) en probeer het opnieuw; wat eerder bewaard was, "
        "is er nog.",
        "en": "The disk is full, so your last change could not be saved. Free up space (for "
        "instance in {folder}) and try again; what was saved before is still there.",
    },
    "no-permission": {
        "nl": "Wat Werkt mag hier niet schrijven ({where}). Kies een andere map, of vraag uw "
        "beheerder om schrijfrechten; er is niets gewijzigd.",
        "en": "Wat Werkt may not write here ({where}). Choose another folder, or ask your "
        "administrator for write permission; nothing has been changed.",
    },
    "damaged-now": {
        "nl": "Uw gegevens (user.sqlite) blijken beschadigd; deze wijziging is niet bewaard. "
        "Sluit Wat Werkt en start het opnieuw: dan kunt u herstellen wat leesbaar is.",
        "en": "Your data (user.sqlite) turns out to be damaged; this change has not been saved. "
        "Close Wat Werkt and start it again: then you can recover what can still be read.",
    },
    # --- gui/startup.py: the data folder and the instance lock -------------------------------
    "already-running": {
        "nl": "Wat Werkt is al geopend met dezelfde gegevensmap. Gebruik dat venster; er is "
        "niets gewijzigd.",
        "en": "Wat Werkt is already open with the same data folder. Use that window; nothing "
        "has been changed.",
    },
    "folder-read-only": {
        "nl": "Wat Werkt kan niet schrijven in de gegevensmap {folder} ({reason}). Daar "
        "staan uw favorieten, notities en plannen. Geef uzelf schrijfrechten op die "
        "map, of start met --basedir MAP om een andere map te gebruiken.",
        "en": "Wat Werkt cannot write in the data folder {folder} ({reason}). That is where "
        "your favourites, notes and plans are kept. Give yourself write permission on that "
        "folder, or start with --basedir FOLDER to use another folder.",
    },
    "folder-full": {
        "nl": "De schijf met de gegevensmap {folder} is vol. Maak ruimte vrij en start Wat Werkt "
        "opnieuw; er is niets gewijzigd.",
        "en": "The disk with the data folder {folder} is full. Free up space and start Wat "
        "Werkt again; nothing has been changed.",
    },
    "folder-unusable": {
        "nl": "Wat Werkt kan de gegevensmap {folder} niet gebruiken ({reason}). Controleer "
        "of de map (of de schijf of USB-stick) bereikbaar is, of start met --basedir "
        "MAP.",
        "en": "Wat Werkt cannot use the data folder {folder} ({reason}). Check that the folder "
        "(or the disk or USB stick) can be reached, or start with --basedir FOLDER.",
    },
    "no-lock-file": {
        "nl": "het vergrendelbestand kan niet worden gemaakt",
        "en": "the lock file cannot be made",
    },
    # --- gui/startup.py: damaged user data, the question -------------------------------------
    "recovery-explained": {
        "nl": "Herstellen zet alle favorieten, notities en plannen terug die nog leesbaar zijn. "
        "Opnieuw beginnen start met lege gegevens. Bij 'Nu niet' werkt Wat Werkt deze keer "
        "zonder uw gegevens en wordt niets bewaard.",
        "en": "Recovering puts back every favourite, note and plan that can still be read. "
        "Starting afresh begins with empty data. With 'Not now' Wat Werkt works without your "
        "data this time and nothing is saved.",
    },
    "recover-button": {"nl": "Herstellen wat leesbaar is", "en": "Recover what can be read"},
    "fresh-button": {"nl": "Opnieuw beginnen", "en": "Start afresh"},
    "later-button": {"nl": "Nu niet", "en": "Not now"},
    "open-failed": {
        "nl": "Dit lukte niet door een onverwachte fout; de details staan in het logboek.",
        "en": "This did not work because of an unexpected error; the details are in the log.",
    },
    "please-wait": {"nl": "Een ogenblik geduld…", "en": "One moment, please…"},
    # --- gui/startup.py: before Qt (printed) --------------------------------------------------
    "no-display": {
        "nl": "Wat Werkt vindt geen beeldscherm: DISPLAY en WAYLAND_DISPLAY zijn niet gezet. "
        "Start het programma vanuit een bureaubladsessie (niet via ssh zonder "
        "X-doorsturing). "
        "Zonder scherm werken wel: kb-app --self-test, kb-app search …, kb-app validate.",
        "en": "Wat Werkt finds no screen: DISPLAY and WAYLAND_DISPLAY are not set. Start the "
        "program from a desktop session (not through ssh without X forwarding). Without a "
        "screen these work: kb-app --self-test, kb-app search …, kb-app validate.",
    },
    "missing-libs": {
        "nl": "Wat Werkt kan geen venster openen: deze systeembibliotheken voor X11 ontbreken: "
        "{libs}. Installeer ze, bijvoorbeeld met: sudo apt install {packages}",
        "en": "Wat Werkt cannot open a window: these system libraries for X11 are missing: "
        "{libs}. Install them, for instance with: sudo apt install {packages}",
    },
    # --- app.py: the user's data --------------------------------------------------------------
    "in-memory": {
        "nl": "{reason}\n\nWat Werkt werkt nu zonder uw favorieten, notities en plannen; "
        "wat u in deze sessie toevoegt, wordt niet bewaard.",
        "en": "{reason}\n\nWat Werkt now works without your favourites, notes and plans; "
        "what you add in this session will not be saved.",
    },
    "set-aside-one": {
        "nl": "{count} plan kon niet worden gelezen en staat apart; de andere plannen zijn "
        "gewoon beschikbaar. Het staat nog ongewijzigd in {file}, zodat een beheerder ze kan "
        "herstellen.\n{listed}",
        "en": "{count} plan could not be read and has been set aside; the other plans are "
        "available as usual. It is still unchanged in {file}, so that an administrator can "
        "repair it.\n{listed}",
    },
    "set-aside-more": {
        "nl": "{count} plannen konden niet worden gelezen en staan apart; de andere plannen zijn "
        "gewoon beschikbaar. Ze staan nog ongewijzigd in {file}, zodat een beheerder ze kan "
        "herstellen.\n{listed}",
        "en": "{count} plans could not be read and have been set aside; the other plans are "
        "available as usual. They are still unchanged in {file}, so that an administrator "
        "can repair them.\n{listed}",
    },
    "set-aside-line": {"nl": "• '{title}' ({id}): {reason}", "en": "• '{title}' ({id}): {reason}"},
    # --- store/user.py ------------------------------------------------------------------------
    "user-damaged": {
        "nl": "Uw gegevens in {file} zijn beschadigd ({detail}). Wat Werkt schrijft niets in dit "
        "bestand. U kunt laten herstellen wat nog leesbaar is, of opnieuw beginnen; in beide "
        "gevallen blijft het beschadigde bestand ernaast bewaard.",
        "en": "Your data in {file} is damaged ({detail}). Wat Werkt writes nothing in this "
        "file. You can have what can still be read recovered, or start afresh; either way the "
        "damaged file is kept beside it.",
    },
    "user-unopenable": {
        "nl": "Uw gegevens in {file} kunnen niet worden geopend ({error}). Er is niets "
        "gewijzigd; maak een kopie van dit bestand en neem contact op met uw beheerder.",
        "en": "Your data in {file} cannot be opened ({error}). Nothing has been changed; make a "
        "copy of this file and contact your administrator.",
    },
    "user-integrity": {"nl": "integriteitscontrole: {finding}", "en": "integrity check: {finding}"},
    "user-columns": {
        "nl": "de tabel '{table}' mist kolommen",
        "en": "the table '{table}' lacks columns",
    },
    "user-newer": {
        "nl": "Uw gegevens ({file}) zijn gemaakt met een nieuwere versie van Wat Werkt "
        "(schema {version}, deze versie kent {known}). Werk het programma bij; "
        "uw gegevens zijn niet aangeraakt.",
        "en": "Your data ({file}) was made with a newer version of Wat Werkt (schema {version}, "
        "this version knows {known}). Update the program; your data has not been touched.",
    },
    "plan-not-json": {"nl": "het plan is geen geldige JSON", "en": "the plan is not valid JSON"},
    "plan-too-deep": {"nl": "het plan is te diep genest", "en": "the plan is nested too deeply"},
    "plan-not-object": {"nl": "het plan is geen JSON-object", "en": "the plan is no JSON object"},
    # plans/typecheck.py: why a stored plan is set aside
    "plan-field-missing": {
        "nl": "het veld {field} ontbreekt",
        "en": "the field {field} is missing",
    },
    "plan-bad-value": {
        "nl": "een veld heeft een onbruikbare waarde",
        "en": "a field has an unusable value",
    },
    "plan-wrong-type": {
        "nl": "het veld '{field}' heeft het verkeerde type",
        "en": "the field '{field}' has the wrong type",
    },
    "missing-favorites": {
        "nl": "De tabel met favorieten ontbrak in uw gegevens; er is een lege aangemaakt.",
        "en": "The table with favourites was missing from your data; an empty one was made.",
    },
    "missing-notes": {
        "nl": "De tabel met notities ontbrak in uw gegevens; er is een lege aangemaakt.",
        "en": "The table with notes was missing from your data; an empty one was made.",
    },
    "missing-plans": {
        "nl": "De tabel met plannen ontbrak in uw gegevens; er is een lege aangemaakt.",
        "en": "The table with plans was missing from your data; an empty one was made.",
    },
    # --- store/user_recovery.py ---------------------------------------------------------------
    "kept-as": {
        "nl": "Het beschadigde bestand is bewaard als {file}.",
        "en": "The damaged file has been kept as {file}.",
    },
    "started-fresh": {
        "nl": "Wat Werkt is opnieuw begonnen met lege gegevens. {kept}",
        "en": "Wat Werkt has started afresh with empty data. {kept}",
    },
    "recovered": {
        "nl": "Uw gegevens zijn hersteld: {rescued} teruggezet.",
        "en": "Your data has been recovered: {rescued} put back.",
    },
    "recovered-nothing": {"nl": "niets", "en": "nothing"},
    "not-readable": {
        "nl": " Niet (volledig) leesbaar: {gone}.",
        "en": " Not (fully) readable: {gone}.",
    },
    "recovery-failed": {
        "nl": "Herstellen van {file} is niet gelukt ({error}). Het beschadigde bestand staat in "
        "{where}; er is niets verwijderd.",
        "en": "Recovering {file} did not succeed ({error}). The damaged file is at {where}; "
        "nothing has been deleted.",
    },
    "favorites": {"nl": "favorieten", "en": "favourites"},
    "notes": {"nl": "notities", "en": "notes"},
    "plans": {"nl": "plannen", "en": "plans"},
    "lost-no-database": {
        "nl": "het bestand is geen leesbare database",
        "en": "the file is not a readable database",
    },
    "lost-no-table": {"nl": "de tabel ontbreekt", "en": "the table is missing"},
    "lost-part": {
        "nl": "een deel stond op beschadigde plekken",
        "en": "a part was on damaged places",
    },
    "lost-all": {"nl": "niet leesbaar", "en": "not readable"},
    # --- pipeline/library.py ------------------------------------------------------------------
    "installed-library": {"nl": "de geïnstalleerde bibliotheek", "en": "the installed library"},
    "shipped-library": {"nl": "de meegeleverde bibliotheek", "en": "the shipped library"},
    "cached-library": {
        "nl": "de eerder opgebouwde bibliotheek",
        "en": "the library built earlier",
    },
    "broken-library": {"nl": "{name}: {problem}", "en": "{name}: {problem}"},
    "library-rebuilt": {
        "nl": "De bibliotheek was beschadigd ({details}) en is opnieuw opgebouwd uit de "
        "inhoud. Uw favorieten, notities en plannen zijn niet aangeraakt.",
        "en": "The library was damaged ({details}) and has been built again from the content. "
        "Your favourites, notes and plans have not been touched.",
    },
    "library-fallback": {
        "nl": "De bibliotheek was beschadigd ({details}); de vorige werkende versie wordt "
        "gebruikt. Installeer de bibliotheekupdate opnieuw als u die nodig hebt.",
        "en": "The library was damaged ({details}); the previous working version is used. "
        "Install the library update again if you need it.",
    },
    "no-library": {
        "nl": "Er is geen bruikbare bibliotheek gevonden{found} en er is geen inhoud om er een te "
        "bouwen. Installeer het programma opnieuw of installeer een bibliotheekupdate.",
        "en": "No usable library was found{found} and there is no content to build one from. "
        "Install the program again or install a library update.",
    },
    "found-broken": {"nl": " ({broken})", "en": " ({broken})"},
    "content-problems": {
        "nl": "De inhoud bevat {count} {word}, dus de bibliotheek kon niet opnieuw worden "
        "opgebouwd. {then}\n\n{lines}",
        "en": "The content has {count} {word}, so the library could not be built again. "
        "{then}\n\n{lines}",
    },
    "problem-one": {"nl": "probleem", "en": "problem"},
    "problem-more": {"nl": "problemen", "en": "problems"},
    "more-problems": {
        "nl": "… en nog {count} (kb-app validate toont ze allemaal)",
        "en": "… and {count} more (kb-app validate shows them all)",
    },
    "use-previous": {
        "nl": "Wat Werkt gebruikt de vorige werkende bibliotheek tot de inhoud weer in orde is.",
        "en": "Wat Werkt uses the previous working library until the content is in order again.",
    },
    "no-previous": {
        "nl": "Er is geen eerdere bibliotheek om op terug te vallen.",
        "en": "There is no earlier library to fall back on.",
    },
    "rebuild-damaged": {
        "nl": "De bibliotheek is beschadigd en wordt opnieuw opgebouwd.",
        "en": "The library is damaged and is being built again.",
    },
    "rebuild-changed": {
        "nl": "De inhoud is gewijzigd; de bibliotheek wordt opnieuw opgebouwd.",
        "en": "The content has changed; the library is being built again.",
    },
    "rebuild-missing": {
        "nl": "De bibliotheek ontbreekt nog en wordt nu opgebouwd.",
        "en": "The library is not there yet and is being built now.",
    },
    "build-failed": {
        "nl": "De bibliotheek kon niet worden opgebouwd in {folder} ({problem}).",
        "en": "The library could not be built in {folder} ({problem}).",
    },
    # --- store/content.py: a checked library that still cannot be opened ----------------------
    "library-gone": {
        "nl": "De bibliotheek ontbreekt: {file}",
        "en": "The library is missing: {file}",
    },
    "library-unreadable": {
        "nl": "De bibliotheek is beschadigd en kan niet worden gelezen ({error}).",
        "en": "The library is damaged and cannot be read ({error}).",
    },
    # --- pipeline/integrity.py: why a library folder is unusable -----------------------------
    "library-no-folder": {"nl": "de map ontbreekt", "en": "the folder is missing"},
    "library-no-manifest": {
        "nl": "manifest.json ontbreekt of is onleesbaar",
        "en": "manifest.json is missing or cannot be read",
    },
    "library-format": {
        "nl": "formaat {found} past niet bij deze versie van Wat Werkt",
        "en": "format {found} does not suit this version of Wat Werkt",
    },
    "library-no-checksums": {
        "nl": "checksums.json ontbreekt of is onleesbaar",
        "en": "checksums.json is missing or cannot be read",
    },
    "library-no-index": {"nl": "de zoekindex ontbreekt", "en": "the search index is missing"},
    "library-file-missing": {"nl": "{file} ontbreekt", "en": "{file} is missing"},
    "library-file-damaged": {
        "nl": "{file} is beschadigd of gewijzigd",
        "en": "{file} is damaged or changed",
    },
    "library-file-unreadable": {
        "nl": "{file} is niet te lezen ({reason})",
        "en": "{file} cannot be read ({reason})",
    },
}


def say(key: str, lang: str = "nl", /, **fields: object) -> str:
    """The message ``key`` in ``lang`` (Dutch for any other language)."""
    return lookup(MESSAGES, key, lang, **fields)


def both(key: str, /, **fields: object) -> Text:
    """The message ``key`` in both languages, with the same field values."""
    return pair(MESSAGES, key, **fields)
