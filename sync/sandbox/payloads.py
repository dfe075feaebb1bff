"""Structural checks of what senders upload: the service cannot decrypt, but it can refuse what is not a JWE.

Like the real Zustelldienst, the sandbox only looks at the shape and the protected header of a compact JWE. A payload
encrypted for the wrong key, or with a ``kid`` the destination never issued, passes here on purpose: finding that out
is the subscriber's job, and the intake tests depend on such submissions reaching it.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sync.fitconnect.crypto import JWE_ALG, JWE_ENC, CryptoError, jwe_header
from sync.sandbox.problems import ApiProblem, bad_request

_BASE64URL = re.compile(r"^[A-Za-z0-9_-]*$")


def check_compact_jwe(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise bad_request(f"{what} must be a compact JWE string")
    parts = value.split(".")
    if len(parts) != 5 or not all(_BASE64URL.match(part) for part in parts) or not parts[0] or not parts[4]:
        raise ApiProblem(422, "invalid-jwe", f"{what} is not a compact JWE (five base64url segments)")
    try:
        header = jwe_header(value)
    except CryptoError as error:
        raise ApiProblem(422, "invalid-jwe", f"{what}: unreadable protected header") from error
    if header.get("alg") != JWE_ALG or header.get("enc") != JWE_ENC:
        raise ApiProblem(422, "invalid-jwe", f"{what} must use alg {JWE_ALG} and enc {JWE_ENC}")
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        raise ApiProblem(422, "invalid-jwe", f"{what} must name the key (kid) it was encrypted for")
    return value


def check_uuid(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise bad_request(f"{what} must be a UUID string")
    try:
        uuid.UUID(value)
    except ValueError as error:
        raise bad_request(f"{what} must be a UUID, got {value!r}") from error
    return value
