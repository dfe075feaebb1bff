"""FIT-Connect cryptography: JWE payloads, SET signatures, RSA keys as JWK (jwcrypto and pyca/cryptography).

Every payload (metadata, data, each attachment) is a compact JWE with ``alg RSA-OAEP-256``, ``enc A256GCM``,
``kid`` and ``cty``, optionally compressed (``zip: DEF``). Events are Security Event Tokens: compact JWS ``PS512``
with ``typ secevent+jwt``. Everything that arrives here may come from a hostile sender: every failure to decrypt
or verify is a :class:`CryptoError`, never another exception.
The same functions serve the subscriber and the local delivery service, which is what makes the sandbox faithful:
it cannot accept anything the real crypto would reject.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
import uuid
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from jwcrypto import jwe, jwk, jws
from jwcrypto.common import JWException, base64url_decode

JWE_ALG = "RSA-OAEP-256"
JWE_ENC = "A256GCM"
JWE_ZIP = "DEF"  # the only compression RFC 7516 defines; the official Python SDK compresses every payload
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
    return _load_key(_key_text(data))


def _key_text(data: dict[str, Any] | str) -> str:
    return data if isinstance(data, str) else json.dumps(data, sort_keys=True)


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


#: A protected header longer than this is no JWE a sender means (ours are ~150 characters).
MAX_HEADER_SEGMENT = 4096
#: What one payload may inflate to unless the caller sets its own limit (``zip: DEF`` or not).
DEFAULT_MAX_PLAINTEXT = 32 * 1024 * 1024
_COMPACT_SEGMENT = re.compile(r"[A-Za-z0-9_-]*")
_UNDERSTOOD_HEADER = frozenset({"alg", "enc", "kid", "cty", "typ", "zip"})
_AES_GCM_IV_BYTES = 12
_AES_GCM_TAG_BYTES = 16
_A256GCM_KEY_BYTES = 32
_OAEP_SHA256 = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _compact_jwe_parts(compact: object) -> list[str]:
    if not isinstance(compact, str):
        raise CryptoError("not_a_compact_jwe", "not a string")
    parts = compact.split(".")
    if len(parts) != 5:
        raise CryptoError("not_a_compact_jwe", f"{len(parts)} segments")
    if not all(_COMPACT_SEGMENT.fullmatch(part) for part in parts):
        raise CryptoError("not_a_compact_jwe", "a segment is not base64url")
    return parts


def jwe_header(compact: str) -> dict[str, Any]:
    """The protected header of a compact JWE, without decrypting it (a JSON object, else ``CryptoError``)."""
    return _protected_header(_compact_jwe_parts(compact)[0])


def _protected_header(segment: str) -> dict[str, Any]:
    if len(segment) > MAX_HEADER_SEGMENT:
        raise CryptoError("invalid_header", f"protected header longer than {MAX_HEADER_SEGMENT} characters")
    try:
        header = json.loads(_b64decode(segment))
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise CryptoError("invalid_header", f"not JSON: {error}") from error
    if not isinstance(header, dict):
        raise CryptoError("invalid_header", "the protected header is not a JSON object")
    return header


def check_jwe_header(header: dict[str, Any]) -> None:
    """What FIT-Connect prescribes: ``alg`` RSA-OAEP-256, ``enc`` A256GCM, a ``kid``; ``zip`` only DEF.

    ``cty`` is not checked: the official Python SDK labels every payload ``application/json``, PDFs included (the
    metadata's ``mimeType`` says what an attachment is). A ``crit`` header names extensions we do not implement,
    which RFC 7516 §4.1.13 says must be refused.
    """
    if header.get("alg") != JWE_ALG or header.get("enc") != JWE_ENC:
        raise CryptoError("unsupported_algorithm", f"alg={_shown(header.get('alg'))} enc={_shown(header.get('enc'))}")
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        raise CryptoError("unknown_key", "the header names no kid")
    if header.get("zip") not in (None, JWE_ZIP):
        raise CryptoError("unsupported_compression", f"zip={_shown(header.get('zip'))}")
    if "crit" in header:
        raise CryptoError("unsupported_header", f"crit={_shown(header.get('crit'))}")
    for name in ("cty", "typ"):
        if name in header and not isinstance(header[name], str):
            raise CryptoError("invalid_header", f"{name} is not a string")


def _shown(value: object) -> str:
    """A header value for an error detail: short, printable (it came from a stranger)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True, default=str)
    return text.encode("ascii", "backslashreplace").decode("ascii")[:80]


def authentication_tag(compact: str) -> str:
    return _compact_jwe_parts(compact)[4]


def decrypt(
    compact: str, private_keys: dict[str, dict[str, Any]], *, max_plaintext: int = DEFAULT_MAX_PLAINTEXT
) -> Decrypted:
    """Decrypt a compact JWE (RFC 7516) with the private key its ``kid`` names; every failure is ``CryptoError``.

    The header is checked first (:func:`check_jwe_header`); the ``kid`` is our key's ``kid`` or its RFC 7638
    thumbprint (the official Python SDK names the destination key by its thumbprint). RSA-OAEP-256 unwraps the
    content key and AES-256-GCM decrypts and authenticates with the protected header as additional data, with
    pyca/cryptography directly: jwcrypto refuses compressed tokens above 256 KiB and would inflate a smaller one
    without bound, so ``zip: DEF`` is inflated here, never beyond ``max_plaintext`` (reason ``too_large``).
    """
    parts = _compact_jwe_parts(compact)
    header = _protected_header(parts[0])
    check_jwe_header(header)
    kid = str(header["kid"])
    private_key = _unwrapping_key(kid, private_keys)
    try:
        encrypted_key, iv, ciphertext, tag = (_b64decode(part) for part in parts[1:])
    except ValueError as error:
        raise CryptoError("not_a_compact_jwe", str(error)) from error
    if len(iv) != _AES_GCM_IV_BYTES or len(tag) != _AES_GCM_TAG_BYTES:
        raise CryptoError("decryption_failed", "initialisation vector or tag of the wrong length for A256GCM")
    try:
        content_key = private_key.decrypt(encrypted_key, _OAEP_SHA256)
    except ValueError as error:
        raise CryptoError("decryption_failed", "the content key does not unwrap with our key") from error
    if len(content_key) != _A256GCM_KEY_BYTES:
        raise CryptoError("decryption_failed", "the content key is not a 256-bit key")
    try:
        plaintext = AESGCM(content_key).decrypt(iv, ciphertext + tag, parts[0].encode("ascii"))
    except InvalidTag as error:
        raise CryptoError("decryption_failed", "authentication tag does not match") from error
    if header.get("zip") == JWE_ZIP:
        plaintext = _inflate(plaintext, max_plaintext)
    elif len(plaintext) > max_plaintext:
        raise CryptoError("too_large", f"more than {max_plaintext} bytes")
    content_type = header.get("cty")
    return Decrypted(
        payload=plaintext,
        kid=kid,
        content_type=content_type if isinstance(content_type, str) else None,
        authentication_tag=parts[4],
    )


def _inflate(compressed: bytes, limit: int) -> bytes:
    """Raw DEFLATE (RFC 1951), as ``zip: DEF`` prescribes, stopping as soon as the output would pass ``limit``."""
    inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
    try:
        inflated = inflater.decompress(compressed, limit + 1)
    except zlib.error as error:
        raise CryptoError("decompression_failed", str(error)) from error
    if len(inflated) > limit:
        raise CryptoError("too_large", f"inflates to more than {limit} bytes")
    if not inflater.eof or inflater.unused_data:
        raise CryptoError("decompression_failed", "the compressed payload is truncated or followed by garbage")
    return inflated


def _unwrapping_key(kid: str, private_keys: dict[str, dict[str, Any]]) -> rsa.RSAPrivateKey:
    for known_kid, jwk_data in private_keys.items():
        key = load_key(jwk_data)
        if kid in (known_kid, _thumbprint(_key_text(jwk_data))):
            unwrapper = key.get_op_key("unwrapKey")
            if not isinstance(unwrapper, rsa.RSAPrivateKey):
                raise CryptoError("invalid_key", f"{JWE_ALG} needs an RSA private key")
            return unwrapper
    raise CryptoError("unknown_key", f"kid={_shown(kid)}")


@lru_cache(maxsize=64)
def _thumbprint(key_text: str) -> str:
    """RFC 7638 thumbprint (SHA-256) of a key, computed once per key."""
    return str(_load_key(key_text).thumbprint())


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
