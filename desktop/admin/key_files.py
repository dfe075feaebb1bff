"""Reading the private keys of a destination from JWK files (the FIT-Connect self-service portal hands them out so).

The connection dialog shows only the key id of what it read; the key itself goes to the keyring when the admin
saves. Every problem comes back as a German sentence for the line next to the file chooser.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

from jwcrypto import jwk
from jwcrypto.common import JWException

from desktop.core.translations import translate
from sync.fitconnect.crypto import JWE_ALG, SET_ALG

MAX_KEY_FILE_BYTES = 256 * 1024  # a private RSA-4096 JWK is about 3 KB


class KeyPurpose(enum.Enum):
    DECRYPTION = JWE_ALG  # RSA-OAEP-256: opens the submissions
    SIGNING = SET_ALG  # PS512: signs our accept and reject events


class KeyFileProblem(Exception):
    """The file is not a usable private key; ``str()`` is the German sentence for the user."""


def read_private_jwk(path: Path, purpose: KeyPurpose) -> dict[str, Any]:
    """The private JWK in ``path`` (a single JWK, or a JWK set with exactly one private key) for ``purpose``."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileProblem(
                translate(
                    "KeyFiles", "The file is far too large for a key. Please choose the JWK file of the private key."
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise KeyFileProblem(translate("KeyFiles", "There is no such file.")) from error
    except IsADirectoryError as error:
        raise KeyFileProblem(translate("KeyFiles", "This is a folder, not a file.")) from error
    except PermissionError as error:
        raise KeyFileProblem(translate("KeyFiles", "You are not allowed to read this file.")) from error
    except OSError as error:
        raise KeyFileProblem(
            translate("KeyFiles", "The file cannot be read: {reason}").format(reason=error.strerror or error)
        ) from error
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise KeyFileProblem(
            translate("KeyFiles", "The file is not a JWK key file (it does not contain JSON).")
        ) from error
    data = _single_key(data)
    try:
        key = jwk.JWK(**data)
    except (JWException, TypeError, ValueError) as error:
        raise KeyFileProblem(translate("KeyFiles", "The file does not contain a valid JWK key.")) from error
    if data.get("kty") != "RSA":
        raise KeyFileProblem(translate("KeyFiles", "The key is not an RSA key. FIT-Connect uses RSA keys."))
    if not key.has_private:
        raise KeyFileProblem(
            translate(
                "KeyFiles",
                "The file holds only the public part of the key. Please choose the file with the private key "
                "(it contains the field “d”).",
            )
        )
    if not data.get("kid"):
        raise KeyFileProblem(
            translate("KeyFiles", "The key has no key ID (“kid”). Please export it again with its key ID.")
        )
    _check_purpose(data, purpose)
    return data


def _single_key(data: object) -> dict[str, Any]:
    if isinstance(data, dict) and isinstance(data.get("keys"), list):
        private = [key for key in data["keys"] if isinstance(key, dict) and "d" in key]
        if len(private) > 1:
            raise KeyFileProblem(
                translate(
                    "KeyFiles", "The file contains several private keys. Please choose a file with exactly one key."
                )
            )
        if not private:
            raise KeyFileProblem(
                translate(
                    "KeyFiles",
                    "The file holds only public keys. Please choose the file with the private key (it contains the "
                    "field “d”).",
                )
            )
        data = private[0]
    if not isinstance(data, dict):
        raise KeyFileProblem(translate("KeyFiles", "The file does not contain a valid JWK key."))
    return data


def _check_purpose(data: dict[str, Any], purpose: KeyPurpose) -> None:
    alg, use = data.get("alg"), data.get("use")
    if purpose is KeyPurpose.DECRYPTION and (alg == SET_ALG or use == "sig"):
        raise KeyFileProblem(
            translate(
                "KeyFiles", "This is a signing key. Please choose it under “Signing key” and the decryption key here."
            )
        )
    if purpose is KeyPurpose.SIGNING and (alg == JWE_ALG or use == "enc"):
        raise KeyFileProblem(
            translate(
                "KeyFiles",
                "This is a decryption key. Please choose it under “Decryption key” and the signing key here.",
            )
        )
    if alg is not None and alg != purpose.value:
        raise KeyFileProblem(
            translate("KeyFiles", "The key is meant for {alg}; FIT-Connect needs {wanted} here.").format(
                alg=alg, wanted=purpose.value
            )
        )
