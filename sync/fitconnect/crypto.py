"""FIT-Connect cryptography with jwcrypto: JWE payloads, SET signatures, RSA keys as JWK.

Every payload (metadata, data, each attachment) is a compact JWE with ``alg RSA-OAEP-256``, ``enc A256GCM``,
``kid`` and ``cty``. Events are Security Event Tokens: compact JWS ``PS512`` with ``typ secevent+jwt``.
The same functions serve the subscriber and the local delivery service, which is what makes the sandbox faithful:
it cannot accept anything the real crypto would reject.
"""

from __future__ import annotations

import base64
import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from jwcrypto import jwe, jwk, jws
from jwcrypto.common import JWException, base64url_decode

JWE_ALG = "RSA-OAEP-256"
JWE_ENC = "A256GCM"
SET_ALG = "PS512"
SET_TYPE = "secevent+jwt"
KEY_SIZE = 4096
SET_PAYLOAD_SCHEMA = "https://schema.fitko.de/fit-connect/set-payload/1.0.0/set-payload.schema.json"
EVENT_BASE = "https://schema.fitko.de/fit-connect/events/"
_PS512_PADDING = padding.PSS(mgf=padding.MGF1(hashes.SHA512()), salt_length=hashes.SHA512.digest_size)


class CryptoError(Exception):
    """A payload or token that cannot be decrypted or verified; ``reason`` is a short English key."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class KeyPair:
    """A private RSA JWK and its public half (as JSON-ready dicts)."""

    private: dict[str, Any]
    public: dict[str, Any]

    @property
    def kid(self) -> str:
        return str(self.public["kid"])


def generate_encryption_key(kid: str | None = None, size: int = KEY_SIZE) -> KeyPair:
    """An RSA key pair for JWE (the destination's public key wraps, our private key unwraps)."""
    return _generate(kid, size, alg=JWE_ALG, public_ops=["wrapKey"], private_ops=["unwrapKey"], use="enc")


def generate_signing_key(kid: str | None = None, size: int = KEY_SIZE) -> KeyPair:
    """An RSA key pair for PS512 signatures of SETs."""
    return _generate(kid, size, alg=SET_ALG, public_ops=["verify"], private_ops=["sign"], use="sig")


def _generate(
    kid: str | None, size: int, *, alg: str, public_ops: list[str], private_ops: list[str], use: str
) -> KeyPair:
    key = jwk.JWK.generate(kty="RSA", size=size, kid=kid or str(uuid.uuid4()), alg=alg)
    private = json.loads(key.export_private())
    private["key_ops"] = private_ops
    public = json.loads(key.export_public())
    public["key_ops"] = public_ops
    public["alg"] = alg
    public.pop("use", None)
    private.pop("use", None)
    return KeyPair(private=private, public=public)


def load_key(data: dict[str, Any] | str) -> jwk.JWK:
    """The JWK object for a key; cached, because loading a 4096-bit private key checks it (≈ 30 ms)."""
    text = data if isinstance(data, str) else json.dumps(data, sort_keys=True)
    return _load_key(text)


@lru_cache(maxsize=64)
def _load_key(text: str) -> jwk.JWK:
    try:
        return jwk.JWK.from_json(text)
    except (JWException, ValueError, TypeError) as error:
        raise CryptoError("invalid_key", str(error)) from error


def encrypt(payload: bytes, public_key: dict[str, Any], content_type: str) -> str:
    """A compact JWE of ``payload`` for the holder of ``public_key`` (its ``kid`` goes into the header)."""
    key = load_key(public_key)
    header = {"alg": JWE_ALG, "enc": JWE_ENC, "kid": public_key["kid"], "cty": content_type}
    token = jwe.JWE(payload, protected=json.dumps(header))
    token.add_recipient(key)
    return str(token.serialize(compact=True))


@dataclass(frozen=True)
class Decrypted:
    payload: bytes
    kid: str | None
    content_type: str | None
    authentication_tag: str  # the fifth segment of the compact JWE


def jwe_header(compact: str) -> dict[str, Any]:
    """The protected header of a compact JWE, without decrypting it."""
    parts = compact.split(".")
    if len(parts) != 5:
        raise CryptoError("not_a_compact_jwe", f"{len(parts)} segments")
    try:
        header: dict[str, Any] = json.loads(_b64decode(parts[0]))
    except (ValueError, UnicodeDecodeError) as error:
        raise CryptoError("invalid_header", str(error)) from error
    return header


def authentication_tag(compact: str) -> str:
    parts = compact.split(".")
    if len(parts) != 5:
        raise CryptoError("not_a_compact_jwe", f"{len(parts)} segments")
    return parts[4]


def decrypt(compact: str, private_keys: dict[str, dict[str, Any]]) -> Decrypted:
    """Decrypt a compact JWE with the private key its ``kid`` names; checks alg and enc first."""
    header = jwe_header(compact)
    if header.get("alg") != JWE_ALG or header.get("enc") != JWE_ENC:
        raise CryptoError("unsupported_algorithm", f"alg={header.get('alg')} enc={header.get('enc')}")
    kid = header.get("kid")
    if kid not in private_keys:
        raise CryptoError("unknown_key", f"kid={kid}")
    token = jwe.JWE()
    try:
        token.deserialize(compact, key=load_key(private_keys[kid]))
    except (JWException, ValueError) as error:
        raise CryptoError("decryption_failed", str(error)) from error
    return Decrypted(
        payload=bytes(token.payload),
        kid=kid,
        content_type=header.get("cty"),
        authentication_tag=authentication_tag(compact),
    )


def sha512_hex(data: bytes) -> str:
    return hashlib.sha512(data).hexdigest()


def sign_set(
    private_key: dict[str, Any],
    *,
    issuer: str,
    submission_id: str,
    case_id: str,
    event: str,
    event_payload: dict[str, Any],
    issued_at: int | None = None,
) -> str:
    """A signed SET for ``event`` (a full event URI) about one submission."""
    claims = {
        "$schema": SET_PAYLOAD_SCHEMA,
        "jti": str(uuid.uuid4()),
        "iss": issuer,
        "iat": issued_at if issued_at is not None else int(time.time()),
        "sub": f"submission:{submission_id}",
        "txn": f"case:{case_id}",
        "events": {event: event_payload},
    }
    header = {"alg": SET_ALG, "typ": SET_TYPE, "kid": private_key["kid"]}
    # the compact JWS by hand (RFC 7515 §7.1): jwcrypto's JWS object adds per-token copying and checks that the
    # sync pass pays with the GIL held; verify_set still checks every token with jwcrypto
    payload = json.dumps(claims, separators=(",", ":")).encode()
    signing_input = f"{_b64encode(json.dumps(header).encode())}.{_b64encode(payload)}"
    signer = load_key(private_key).get_op_key("sign")  # checks key_ops; the key object is cached with the JWK
    if not isinstance(signer, rsa.RSAPrivateKey):
        raise CryptoError("invalid_key", f"{SET_ALG} needs an RSA private key")
    signature = signer.sign(signing_input.encode("ascii"), _PS512_PADDING, hashes.SHA512())
    return f"{signing_input}.{_b64encode(signature)}"


def set_header(compact: str) -> dict[str, Any]:
    parts = compact.split(".")
    if len(parts) != 3:
        raise CryptoError("not_a_compact_jws", f"{len(parts)} segments")
    try:
        header: dict[str, Any] = json.loads(_b64decode(parts[0]))
    except (ValueError, UnicodeDecodeError) as error:
        raise CryptoError("invalid_header", str(error)) from error
    return header


def verify_set(compact: str, public_key: dict[str, Any]) -> dict[str, Any]:
    """Verify a SET's PS512 signature and header; return its claims."""
    header = set_header(compact)
    if header.get("alg") != SET_ALG or header.get("typ") != SET_TYPE:
        raise CryptoError("invalid_set_header", json.dumps(header))
    token = jws.JWS()
    try:
        token.deserialize(compact)
        token.verify(load_key(public_key), alg=SET_ALG)
    except (JWException, ValueError) as error:
        raise CryptoError("invalid_signature", str(error)) from error
    try:
        claims: dict[str, Any] = json.loads(token.payload)
    except ValueError as error:
        raise CryptoError("invalid_set_payload", str(error)) from error
    return claims


def unverified_set_claims(compact: str) -> dict[str, Any]:
    """The claims of a SET without checking its signature (to find which key verifies it)."""
    parts = compact.split(".")
    if len(parts) != 3:
        raise CryptoError("not_a_compact_jws", f"{len(parts)} segments")
    try:
        claims: dict[str, Any] = json.loads(_b64decode(parts[1]))
    except (ValueError, UnicodeDecodeError) as error:
        raise CryptoError("invalid_set_payload", str(error)) from error
    return claims


def _b64decode(segment: str) -> bytes:
    return bytes(base64url_decode(segment))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
