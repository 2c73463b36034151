"""``kb-app pack build|install|rollback``: content packs on the command line.

Kept beside the pack code so ``kb_app/cli.py`` only registers them. Every refusal is a
``KbError`` whose message reaches the user unchanged; the change list is printed line by line.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths


def add_pack_commands(commands, parser_class) -> None:
    pack = commands.add_parser("pack", help="bibliotheekupdates (.wwpack) maken en installeren")
    actions = pack.add_subparsers(dest="pack_command", parser_class=parser_class, required=True)
    build = actions.add_parser("build", help="maak een bibliotheekpakket uit content/")
    build.add_argument("--out", type=Path, required=True, metavar="BESTAND.wwpack")
    build.add_argument("--content", type=Path, help="map met de inhoud (standaard: content/)")
    build.add_argument("--library-version", default="", metavar="VERSIE",
                       help="versie van de bibliotheek (standaard: de datum van vandaag)")
    install = actions.add_parser("install", help="installeer een bibliotheekpakket")
    install.add_argument("file", type=Path, metavar="BESTAND.wwpack")
    actions.add_parser("rollback", help="terug naar de vorige bibliotheek")


@contextmanager
def _user_store(paths: AppPaths):
    """The user's data, read only for the change report; none yet means nothing is affected."""
    if not paths.user_db.is_file():
        yield None
        return
    from kb_app.store.user import UserStore

    store = UserStore(paths.user_db)
    try:
        yield store
    finally:
        store.close()


def _library_in_use(paths: AppPaths) -> Path | None:
    from kb_app.pipeline.library import find_library

    try:
        location = find_library(paths, on_rebuild=lambda why: print(why, file=sys.stderr))
    except KbError:
        return None  # nothing usable before: every intervention in the pack counts as new
    for notice in location.notices:
        print(notice, file=sys.stderr)
    return location.folder


def cmd_pack(args, paths: AppPaths) -> int:
    if args.pack_command == "build":
        return _build(args)
    if args.pack_command == "install":
        return _install(args, paths)
    return _rollback(paths)


def _build(args) -> int:
    from kb_app.cli import _content_dirs
    from kb_app.packs.pack import PACK_SUFFIX, build_pack

    if args.out.suffix != PACK_SUFFIX:
        raise KbError(f"Geef het pakket de extensie {PACK_SUFFIX}, bijvoorbeeld "
                      f"{args.out.with_suffix(PACK_SUFFIX).name}.")
    if not args.out.parent.is_dir():
        raise KbError(f"De map {args.out.parent} bestaat niet; er is niets geschreven.")
    content_dir, schema_dir = _content_dirs(args)
    out = build_pack(content_dir, schema_dir, args.out, args.library_version)
    print(f"Bibliotheekpakket gemaakt: {out} ({out.stat().st_size // 1024} kB)")
    return 0


def _install(args, paths: AppPaths) -> int:
    from kb_app.packs.install import install_pack

    paths.ensure()
    in_use = _library_in_use(paths)
    with _user_store(paths) as user:
        result = install_pack(args.file, paths, in_use, user)
    counts = result.info.counts
    print(f"Bibliotheek {result.info.library_version} geïnstalleerd "
          f"({counts.get('interventions', '?')} interventies). Wijzigingen:")
    for line in result.changes.lines():
        print(line)
    print("Terug naar de vorige bibliotheek kan met: kb-app pack rollback")
    return 0


def _rollback(paths: AppPaths) -> int:
    from kb_app.packs.changes import compare
    from kb_app.packs.install import roll_back

    before = _library_in_use(paths)
    roll_back(paths)
    if before == paths.installed_library:
        before = paths.previous_library  # the swap moved the library we were using there
    after = _library_in_use(paths)
    if after is None:
        raise KbError("Na het terugzetten is er geen bruikbare bibliotheek; installeer een "
                      "bibliotheekpakket.")
    print(f"Teruggezet; nu in gebruik: {after}. Wijzigingen:")
    with _user_store(paths) as user:
        for line in compare(before, after, user).lines():
            print(line)
    return 0
