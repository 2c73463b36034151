"""End to end: a crafted pickle in any file of a pack never executes — signed or not.

The payload makes a folder when unpickled (checked once below, so the test proves something).
It is put in place of every member of a real pack, once re-signed with the trusted key and once
with the signature left as it was; each pack is installed (or refused) and then the library in
use is searched, which is when Whoosh would load a planted index. The marker never appears.
"""

import pickle

import pytest

from kb_app.core.errors import KbError
from kb_app.packs.install import install_pack
from kb_app.search.service import SearchQuery, SearchService
from kb_app.store.content import ContentReader
from tests.packs.hostile import (
    DOC,
    Keys,
    members,
    old_format_with_pickle,
    pickle_payload,
    replaced_doc,
    write,
)


def search_installed(paths):
    """Search the installed library (if any) the way the window does."""
    folder = paths.installed_library
    if not folder.exists():
        return None
    reader = ContentReader(folder / "content.sqlite")
    service = SearchService(folder / "index", reader)
    try:
        return service.search(SearchQuery(text="kiva pesten school")).total
    finally:
        service.close()
        reader.close()


def test_the_payload_really_runs_code_when_unpickled(tmp_path):
    marker = tmp_path / "bewijs"
    pickle.loads(pickle_payload(marker))
    assert marker.is_dir()


def _names(pack):
    return sorted(members(pack))


@pytest.mark.parametrize("signed", [True, False], ids=["re-signed", "signature-kept"])
def test_a_pickle_in_any_member_never_executes(signed, paths, pack_a, signer, stranger, tmp_path):
    marker = tmp_path / "aanvaller-was-hier"
    keys = Keys(signer, stranger)
    outcomes = {}
    for number, name in enumerate(_names(pack_a)):
        files = members(pack_a)
        files[name] = pickle_payload(marker, protocol=number % 3)
        resign = keys.trusted if signed and name != "pack.sig" else None  # keep the pickle
        bad = write(
            tmp_path / f"p{number}.wwpack", files, relist=name != "pack.json", resign=resign
        )
        try:
            install_pack(bad, paths, None)
            outcomes[name] = "installed"
        except KbError as error:
            outcomes[name] = str(error)
        search_installed(paths)
        assert not marker.exists(), name
    # Every single one was refused: a pickle is never valid content, signed or not.
    refused = {n: why for n, why in outcomes.items() if "geweigerd" not in why}
    assert refused == {}


def test_a_pickled_whoosh_index_in_a_signed_pack_is_refused(paths, pack_a, signer, tmp_path):
    marker = tmp_path / "aanvaller-was-hier"
    files = members(pack_a)
    files["library/index/_MAIN_1.toc"] = pickle_payload(marker)
    files["content/index/_MAIN_1.toc"] = pickle_payload(marker)
    bad = write(tmp_path / "index.wwpack", files, resign=signer)
    with pytest.raises(KbError, match="hoort niet in een pakket"):
        install_pack(bad, paths, None)
    assert search_installed(paths) is None and not marker.exists()


def test_the_old_unsigned_pack_with_a_pickled_index_is_refused(paths, pack_a, signer, tmp_path):
    marker = tmp_path / "aanvaller-was-hier"
    bad = old_format_with_pickle(pack_a, tmp_path / "oud.wwpack", None, marker)
    with pytest.raises(KbError, match="niet ondertekend"):
        install_pack(bad, paths, None)
    assert search_installed(paths) is None and not marker.exists()


def test_pickle_text_inside_markdown_is_only_ever_text(paths, pack_a, signer, stranger, tmp_path):
    """Signed content that merely contains a (protocol 0, ASCII) pickle installs as text: the
    app builds its own index from it and never unpickles anything from the pack."""
    marker = tmp_path / "aanvaller-was-hier"
    text = pickle_payload(marker, protocol=0).decode("ascii")
    make = replaced_doc(lambda doc: doc.replace("## Doel\n", f"## Doel\n\n```\n{text}\n```\n\n", 1))
    pack = make(pack_a, tmp_path / "tekst.wwpack", Keys(signer, stranger))
    assert text.encode() in members(pack)[DOC]
    install_pack(pack, paths, None)
    assert search_installed(paths) >= 1
    assert not marker.exists()
