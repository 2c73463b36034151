"""``kb-app pack keygen|build|trust|install|rollback``: content packs on the command line.

Kept beside the pack code so ``kb_app/cli.py`` only registers them. Every refusal is a
``KbError`` whose message reaches the user unchanged; the change list is printed line by line.
No message names a folder inside the data folder: the user is told which library, not where.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths

if TYPE_CHECKING:
    from kb_app.store.user import UserStore

ParserT = TypeVar("ParserT", bound=argparse.ArgumentParser)


def add_pack_commands(
    commands: argparse._SubParsersAction[ParserT], parser_class: type[ParserT]
) -> None:
    pack = commands.add_parser("pack", help="bibliotheekupdates (.wwpack) maken en installeren")
    actions = pack.add_subparsers(dest="pack_command", parser_class=parser_class, required=True)
    keygen = actions.add_parser("keygen", help="maak een sleutelpaar om pakketten te ondertekenen")
    keygen.add_argument("--out", type=Path, required=True, metavar="MAP")
    keygen.add_argument(
        "--name",
        default="Eigen uitgever",
        metavar="NAAM",
        help="naam van de uitgever, bijvoorbeeld 'Gemeente Voorbeeld'",
    )
    build = actions.add_parser("build", help="maak een ondertekend bibliotheekpakket uit content/")
    build.add_argument(
        "--key",
        type=Path,
        required=True,
        metavar="GEHEIME_SLEUTEL",
        help="de geheime sleutel van de uitgever (uit 'kb-app pack keygen')",
    )
    build.add_argument("--out", type=Path, required=True, metavar="BESTAND.wwpack")
    build.add_argument("--content", type=Path, help="map met de inhoud (standaard: content/)")
    build.add_argument(
        "--library-version",
        default="",
        metavar="VERSIE",
        help="versie van de bibliotheek (standaard: de datum van vandaag)",
    )
    trust = actions.add_parser("trust", help="vertrouw pakketten van een andere uitgever")
    trust.add_argument("key", type=Path, metavar="PUBLIEKE_SLEUTEL.pub")
    trust.add_argument(
        "--yes",
        action="store_true",
        help="niet om bevestiging vragen (de vingerafdruk wordt wel getoond)",
    )
    install = actions.add_parser("install", help="installeer een bibliotheekpakket")
    install.add_argument("file", type=Path, metavar="BESTAND.wwpack")
    actions.add_parser("rollback", help="één stap terug naar de vorige bibliotheek")


@contextmanager
def _user_store(paths: AppPaths) -> Iterator[UserStore | None]:
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


def cmd_pack(args: argparse.Namespace, paths: AppPaths) -> int:
    handlers = {
        "keygen": _keygen,
        "build": _build,
        "trust": _trust,
        "install": _install,
        "rollback": _rollback,
    }
    return handlers[args.pack_command](args, paths)


def _keygen(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.packs.signing import generate_keypair

    secret, public, publisher = generate_keypair(args.out, args.name)
    print(f"Sleutelpaar gemaakt voor {publisher.name}.")
    print(
        f"  geheime sleutel: {secret} (alleen voor u leesbaar; nooit delen, bewaar een kopie "
        "op een veilige plek)"
    )
    print(f"  publieke sleutel: {public} (geef deze aan wie uw pakketten wil gebruiken)")
    print(f"  vingerafdruk: {publisher.shown_fingerprint}")
    return 0


def _build(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.packs.pack import PACK_SUFFIX, build_pack
    from kb_app.packs.signing import load_private_key
    from kb_app.pipeline.sources import content_dirs

    if args.out.suffix != PACK_SUFFIX:
        raise KbError(
            f"Geef het pakket de extensie {PACK_SUFFIX}, bijvoorbeeld "
            f"{args.out.with_suffix(PACK_SUFFIX).name}."
        )
    if not args.out.parent.is_dir():
        raise KbError(f"De map {args.out.parent} bestaat niet; er is niets geschreven.")
    signer = load_private_key(args.key)
    content_dir, schema_dir = content_dirs(args.content)
    out = build_pack(content_dir, schema_dir, args.out, signer, args.library_version)
    print(
        f"Bibliotheekpakket gemaakt: {out} ({out.stat().st_size // 1024} kB), ondertekend "
        f"door {signer.publisher.name} (vingerafdruk {signer.publisher.shown_fingerprint})."
    )
    return 0


def _trust(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.packs.signing import load_public_key, trust_publisher, trusted_publishers

    publisher = load_public_key(args.key)
    print(f"Uitgever: {publisher.name}")
    print(f"Vingerafdruk: {publisher.shown_fingerprint}")
    if publisher.fingerprint in trusted_publishers(paths):
        print("Deze uitgever wordt al vertrouwd; er is niets gewijzigd.")
        return 0
    print(
        "Vergelijk deze vingerafdruk met die van de uitgever zelf (bijvoorbeeld telefonisch). "
        "Pakketten van een vertrouwde uitgever worden zonder verdere vraag geïnstalleerd."
    )
    if not args.yes and not _confirmed("Deze uitgever vertrouwen? Typ 'ja' om te bevestigen: "):
        print("Niet vertrouwd; er is niets gewijzigd.")
        return 1
    paths.ensure()
    trust_publisher(paths, publisher)
    print(f"{publisher.name} wordt nu vertrouwd.")
    return 0


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except (EOFError, KeyboardInterrupt):
        print()
        return False
    return answer.strip().lower() in ("ja", "j")


def _install(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.packs.install import STEPS, install_pack
    from kb_app.packs.lock import acquire_install_lock

    paths.ensure()

    def progress(step: int, text: str) -> None:
        print(f"[{step}/{STEPS}] {text}…", file=sys.stderr)

    # The lock first: a second install stops here, at once, before any work.
    with acquire_install_lock(paths) as lock, _user_store(paths) as user:
        in_use = _library_in_use(paths)
        result = install_pack(args.file, paths, in_use, user, progress, lock)
    counts = result.info.counts
    if result.warning:
        print(result.warning)
    print(
        f"Bibliotheek {result.info.library_version} van {result.info.publisher.name} "
        f"geïnstalleerd ({counts.get('interventions', '?')} interventies). Wijzigingen:"
    )
    for line in result.changes.lines():
        print(line)
    print("Eén stap terug naar de vorige bibliotheek kan met: kb-app pack rollback")
    return 0


def _rollback(args: argparse.Namespace, paths: AppPaths) -> int:
    from kb_app.packs.changes import compare
    from kb_app.packs.install import can_roll_back, describe_library, roll_back

    if not can_roll_back(paths):
        raise KbError(
            "Er is geen vorige bibliotheek om naar terug te gaan: u gebruikt de "
            "meegeleverde bibliotheek. Er is niets gewijzigd."
        )
    before = describe_library(paths.installed_library)
    scratch = _snapshot_summary(paths)
    roll_back(paths)
    after = _library_in_use(paths)
    if after is None:
        raise KbError(
            "Na het terugzetten is er geen bruikbare bibliotheek; installeer een bibliotheekpakket."
        )
    now = describe_library(after if after == paths.installed_library else None)
    print(f"Teruggezet: {before} is verwijderd; nu in gebruik is {now}.")
    if scratch is None:
        return 0
    try:
        with _user_store(paths) as user:
            changes = compare(scratch.folder, after, user)
        print("Wijzigingen:")
        for line in changes.lines():
            print(line)
    except KbError:
        pass  # the rollback itself succeeded; the report is a courtesy
    finally:
        scratch.close()
    return 0


class _Snapshot:
    """A copy of the installed library's content database, so the change report after a
    rollback can compare with what was removed."""

    def __init__(self, folder: Path, holder: tempfile.TemporaryDirectory[str]) -> None:
        self.folder, self._holder = folder, holder

    def close(self) -> None:
        self._holder.cleanup()


def _snapshot_summary(paths: AppPaths) -> _Snapshot | None:
    import shutil

    holder = tempfile.TemporaryDirectory(prefix="wwpack-was-")
    folder = Path(holder.name)
    try:
        shutil.copy2(paths.installed_library / "content.sqlite", folder / "content.sqlite")
    except OSError:
        holder.cleanup()
        return None
    return _Snapshot(folder, holder)
