"""Publisher keys and pack signatures (Ed25519, with PyNaCl).

A publisher signs the exact bytes of a pack's ``pack.json`` (which lists the SHA-256 of every
other file in the pack), so one signature vouches for every byte. The app trusts the project's
own publisher key, shipped as ``publisher.pub`` beside this module, plus the keys a user added on
purpose with ``kb-app pack trust`` after seeing the fingerprint (kept in the user data folder).

Key files are small JSON documents. A private key file is written once, readable only by its
owner (0600), and never overwritten. The fingerprint of a key is the SHA-256 of its 32 raw
bytes, shown in groups of four so two people can read it to each other over the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey

from kb_app.core.errors import KbError
from kb_app.core.paths import AppPaths
from kb_app.packs.messages import make_error

PUBLIC_KIND = "wat-werkt-uitgever-publieke-sleutel"
SECRET_KIND = "wat-werkt-uitgever-geheime-sleutel"
KEY_VERSION = 1
SHIPPED_KEY = "publisher.pub"
TRUSTED_FILE = "vertrouwde-uitgevers.json"
MAX_KEY_BYTES = 4096  # a key file is a few hundred bytes; anything bigger is not one
MAX_TRUSTED_BYTES = 256 * 1024
MAX_NAME = 100


class KeyFileError(KbError):
    """A key file could not be used; nothing was changed."""


@dataclass(frozen=True)
class Publisher:
    """Someone who signs packs: a display name and an Ed25519 public key (32 bytes)."""

    name: str
    key: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.key).hexdigest()

    @property
    def shown_fingerprint(self) -> str:
        return show_fingerprint(self.fingerprint)

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            VerifyKey(self.key).verify(message, signature)
        except (BadSignatureError, CryptoError, ValueError, TypeError):
            return False
        return True

    def to_json(self) -> dict:
        return {
            "kind": PUBLIC_KIND,
            "version": KEY_VERSION,
            "name": self.name,
            "public_key": base64.b64encode(self.key).decode("ascii"),
        }


def show_fingerprint(fingerprint: str) -> str:
    """``3f2a91c0…`` as ``3F2A 91C0 …``: easy to compare aloud."""
    text = fingerprint.upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _clean_name(name: object) -> str:
    text = " ".join(str(name or "").split())
    if not text or len(text) > MAX_NAME or not text.isprintable():
        raise ValueError("naam")
    return text


def _b64(value: object, size: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError("sleutel")
    raw = base64.b64decode(value.encode("ascii"), validate=True)
    if len(raw) != size:
        raise ValueError("sleutel")
    return raw


def publisher_from_json(data: object) -> Publisher:
    """A public key document as written by ``Publisher.to_json``; ``ValueError`` otherwise."""
    if not isinstance(data, dict) or data.get("kind") != PUBLIC_KIND:
        raise ValueError("soort")
    if data.get("version") != KEY_VERSION:
        raise ValueError("versie")
    key = _b64(data.get("public_key"), 32)
    VerifyKey(key)  # a valid curve point, or CryptoError/ValueError
    return Publisher(_clean_name(data.get("name")), key)


def _read_key_file(path: Path) -> object:
    """JSON from a small regular file (never a FIFO or device, never more than a few kB)."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)  # non-blocking: opening a FIFO must not wait for a writer
        with os.fdopen(handle, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise make_error(KeyFileError, "key-not-regular", file=path.name)
            if info.st_size > MAX_KEY_BYTES:
                raise make_error(KeyFileError, "key-too-big", file=path.name)
            raw = stream.read(MAX_KEY_BYTES + 1)
    except FileNotFoundError:
        raise make_error(KeyFileError, "key-missing", file=path.name) from None
    except OSError as error:
        raise make_error(
            KeyFileError, "key-unreadable", file=path.name, reason=error.strerror or error
        ) from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise make_error(KeyFileError, "not-a-key", file=path.name) from None


def load_public_key(path: Path) -> Publisher:
    data = _read_key_file(path)
    if isinstance(data, dict) and data.get("kind") == SECRET_KIND:
        raise make_error(KeyFileError, "secret-given", file=Path(path).name)
    try:
        return publisher_from_json(data)
    except (ValueError, CryptoError, binascii.Error):
        raise make_error(KeyFileError, "invalid-public", file=Path(path).name) from None


@dataclass(frozen=True)
class Signer:
    """A publisher with the private key: only ``pack build`` and ``pack keygen`` need one."""

    publisher: Publisher
    key: SigningKey

    def sign(self, message: bytes) -> bytes:
        return self.key.sign(message).signature


def load_private_key(path: Path) -> Signer:
    path = Path(path)
    data = _read_key_file(path)
    if os.name == "posix" and os.stat(path).st_mode & 0o077:
        raise make_error(KeyFileError, "secret-readable", file=path.name)
    try:
        if not isinstance(data, dict) or data.get("kind") != SECRET_KIND:
            raise ValueError("soort")
        if data.get("version") != KEY_VERSION:
            raise ValueError("versie")
        key = SigningKey(_b64(data.get("secret_seed"), 32))
        publisher = Publisher(_clean_name(data.get("name")), bytes(key.verify_key))
    except (ValueError, CryptoError, binascii.Error):
        raise make_error(KeyFileError, "invalid-secret", file=path.name) from None
    return Signer(publisher, key)


def generate_keypair(folder: Path, name: str) -> tuple[Path, Path, Publisher]:
    """Write ``uitgever.key`` (0600) and ``uitgever.pub`` in ``folder``; never overwrite."""
    folder = Path(folder)
    try:
        name = _clean_name(name)
    except ValueError:
        raise make_error(KeyFileError, "name-length", limit=MAX_NAME) from None
    if not folder.is_dir():
        raise make_error(KeyFileError, "no-folder", folder=folder)
    secret_path, public_path = folder / "uitgever.key", folder / "uitgever.pub"
    for path in (secret_path, public_path):
        if path.exists() or path.is_symlink():
            raise make_error(KeyFileError, "key-exists-in", file=path.name, folder=folder)
    key = SigningKey.generate()
    publisher = Publisher(name, bytes(key.verify_key))
    secret = {
        "kind": SECRET_KIND,
        "version": KEY_VERSION,
        "name": name,
        "let_op": "Geheime sleutel: nooit delen, nooit in een repository zetten.",
        "secret_seed": base64.b64encode(bytes(key)).decode("ascii"),
    }
    _write_new(secret_path, secret, 0o600)
    try:
        _write_new(public_path, publisher.to_json(), 0o644)
    except BaseException:
        secret_path.unlink(missing_ok=True)
        raise
    return secret_path, public_path, publisher


def _write_new(path: Path, data: dict, mode: int) -> None:
    """Create ``path`` exclusively (O_EXCL: a file that appeared meanwhile is never replaced)."""
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise make_error(KeyFileError, "key-exists", file=path.name) from None
    except OSError as error:
        raise make_error(
            KeyFileError, "key-unwritable", file=path.name, reason=error.strerror or error
        ) from None
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())


def shipped_publisher() -> Publisher:
    """The project's own publisher key, shipped with the app."""
    try:
        data = resources.files("kb_app.packs").joinpath(SHIPPED_KEY).read_bytes()
        return publisher_from_json(json.loads(data))
    except (OSError, ValueError, CryptoError, binascii.Error):
        raise make_error(KbError, "shipped-key-broken") from None


def _trusted_path(paths: AppPaths) -> Path:
    return paths.data / TRUSTED_FILE


def added_publishers(paths: AppPaths) -> list[Publisher]:
    """The publishers the user trusted; a damaged list is an error, never silently empty."""
    path = _trusted_path(paths)
    if not path.exists():
        return []
    try:
        if not path.is_file() or path.stat().st_size > MAX_TRUSTED_BYTES:
            raise ValueError("geen gewoon bestand")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("publishers"), list):
            raise ValueError("indeling")
        return [publisher_from_json(entry) for entry in data["publishers"]]
    except (OSError, ValueError, UnicodeDecodeError, CryptoError, binascii.Error):
        raise make_error(KbError, "trusted-list-broken", file=TRUSTED_FILE) from None


def trusted_publishers(paths: AppPaths) -> dict[str, Publisher]:
    """fingerprint -> publisher: the shipped key and every key the user added."""
    found = {p.fingerprint: p for p in added_publishers(paths)}
    shipped = shipped_publisher()
    found[shipped.fingerprint] = shipped
    return found


def trust_publisher(paths: AppPaths, publisher: Publisher) -> bool:
    """Add ``publisher`` to the user's trusted list; False when it was trusted already."""
    if publisher.fingerprint in trusted_publishers(paths):
        return False
    from kb_app.core.files import atomic_write

    entries = [p.to_json() for p in added_publishers(paths)] + [publisher.to_json()]
    paths.data.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"publishers": entries}, indent=2, sort_keys=True) + "\n"
    atomic_write(_trusted_path(paths), text.encode("utf-8"))
    return True
