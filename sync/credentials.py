"""FIT-Connect credentials in the system keyring, behind one small wrapper.

Client id and secret and both private keys (decryption, signing) are stored with the ``keyring`` package only, so
the standard ``PYTHON_KEYRING_BACKEND`` variable selects a backend on a headless server. Values longer than some
backends allow (Windows Credential Manager: 2,560 bytes; a 4096-bit private JWK is larger) are stored in numbered
parts. Nothing here ever writes a secret to a file or a log.

An encrypted file keyring (``keyrings.cryptfile``, ``keyrings.alt``) asks for its password on the terminal. A service
has none: it reads the password from the file ``AMTSSTUBE_KEYRING_PASSWORD_FILE`` names, or from the systemd
credential ``amtsstube-keyring`` (``LoadCredential=`` / ``SetCredentialEncrypted=``, in ``$CREDENTIALS_DIRECTORY``),
which must be readable by its owner only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail

from sync.errors import CredentialsMissing, KeyringUnavailable

log = logging.getLogger(__name__)

SERVICE = "amtsstube-fitconnect"
PASSWORD_FILE_ENV = "AMTSSTUBE_KEYRING_PASSWORD_FILE"
SYSTEMD_CREDENTIAL = "amtsstube-keyring"
_PART_SIZE = 1800
_ITEMS = ("client_id", "client_secret", "decryption_keys", "signing_key")


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str
    decryption_keys: dict[str, dict[str, Any]]  # kid → private JWK (older keys stay for submissions in flight)
    signing_key: dict[str, Any]  # private JWK for PS512 SETs

    def __repr__(self) -> str:  # never show secrets in logs or tracebacks
        return f"Credentials(client_id={self.client_id!r}, keys={sorted(self.decryption_keys)}, signing=***)"


def require_backend() -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailable(type(backend).__name__)
    _unlock_with_password_file(backend)


def keyring_password_file() -> Path | None:
    """Where a service's keyring password is, if it was given one (``None``: ask on the terminal, as usual)."""
    explicit = os.environ.get(PASSWORD_FILE_ENV, "").strip()
    if explicit:
        return Path(explicit)
    directory = os.environ.get("CREDENTIALS_DIRECTORY", "").strip()
    if directory and (Path(directory) / SYSTEMD_CREDENTIAL).is_file():
        return Path(directory) / SYSTEMD_CREDENTIAL
    return None


def _unlock_with_password_file(backend: keyring.backend.KeyringBackend) -> None:
    """Give an encrypted file keyring its password from the service's password file, once per process."""
    path = keyring_password_file()
    # the property itself would ask on the terminal: look at the class, and at the key already given
    if not isinstance(getattr(type(backend), "keyring_key", None), property):
        return
    if getattr(backend, "_keyring_key", None) is not None:
        return
    if path is None:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise KeyringUnavailable(_NO_TERMINAL)  # it would prompt on a closed input and fail halfway
        return
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyringUnavailable(f"the keyring password file {path} may be read by others (chmod 600 it)")
        password = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise KeyringUnavailable(f"the keyring password file {path} cannot be read: {error.strerror}") from error
    try:
        backend.keyring_key = password  # type: ignore[attr-defined]
    except ValueError as error:  # "Incorrect Password", "Invalid blank password"
        raise KeyringUnavailable(f"the keyring password in {path} is not accepted ({error})") from error


#: An encrypted file keyring asked for its password on a standard input that was closed (a service, a pipe).
_NO_TERMINAL = (
    "the keyring file asks for its password but there is no terminal: give it in a file named by "
    "AMTSSTUBE_KEYRING_PASSWORD_FILE (see docs/admin.md)"
)


def _set(name: str, value: str) -> None:
    parts = [value[i : i + _PART_SIZE] for i in range(0, len(value), _PART_SIZE)] or [""]
    try:
        for index, part in enumerate(parts):
            keyring.set_password(SERVICE, f"{name}#{index}", part)
        keyring.set_password(SERVICE, name, f"parts:{len(parts)}")
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(str(error)) from error
    except EOFError as error:
        raise KeyringUnavailable(_NO_TERMINAL) from error


def _get(name: str) -> str | None:
    try:
        head = keyring.get_password(SERVICE, name)
        if head is None or not head.startswith("parts:"):
            return head
        count = int(head.removeprefix("parts:"))
        parts = [keyring.get_password(SERVICE, f"{name}#{index}") for index in range(count)]
    except keyring.errors.KeyringError as error:
        raise KeyringUnavailable(str(error)) from error
    except EOFError as error:
        raise KeyringUnavailable(_NO_TERMINAL) from error
    if any(part is None for part in parts):
        return None
    return "".join(part for part in parts if part is not None)


def store(credentials: Credentials) -> None:
    require_backend()
    _set("client_id", credentials.client_id)
    _set("client_secret", credentials.client_secret)
    _set("decryption_keys", json.dumps(credentials.decryption_keys))
    _set("signing_key", json.dumps(credentials.signing_key))
    log.info("FIT-Connect credentials stored in the keyring for client %s", credentials.client_id)


def load() -> Credentials:
    require_backend()
    values: dict[str, str] = {}
    for item in _ITEMS:
        value = _get(item)
        if value is None:
            raise CredentialsMissing(item)
        values[item] = value
    return Credentials(
        client_id=values["client_id"],
        client_secret=values["client_secret"],
        decryption_keys=json.loads(values["decryption_keys"]),
        signing_key=json.loads(values["signing_key"]),
    )


def clear() -> None:
    for item in _ITEMS:
        head = keyring.get_password(SERVICE, item)
        count = int(head.removeprefix("parts:")) if head and head.startswith("parts:") else 0
        for index in range(count):
            _delete(f"{item}#{index}")
        _delete(item)


def _delete(name: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, name)
