"""The JWE header is checked as FIT-Connect prescribes (alg, enc, kid, zip, crit); every failure is a CryptoError,
and in a submission an ``encryption-issue`` rejection."""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

import pytest
from jwcrypto import jwe

from models.db import Database
from sync.fitconnect.crypto import CryptoError, decrypt, encrypt, load_key
from sync.fitconnect.problems import PROBLEM_BASE
from sync.intake import IntakeResult
from tests.sync.intake.helpers import REJECT, Destination
from tests.sync.intake.hostile_corpus import make_jwe
from tests.sync.sandbox.helpers import SandboxKeys


def _keys(keys: SandboxKeys) -> dict[str, dict[str, Any]]:
    return {keys.encryption.kid: dict(keys.encryption.private)}


def _with_header(keys: SandboxKeys, payload: bytes, **header: Any) -> str:
    """A JWE made by jwcrypto (an independent implementation) with the header a sender chose."""
    protected = {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": keys.encryption.kid, "cty": "text/plain"} | header
    token = jwe.JWE(payload, protected=json.dumps(protected))
    token.add_recipient(load_key(keys.encryption.public))
    return str(token.serialize(compact=True))


def test_a_plain_and_a_compressed_payload_decrypt(intake_keys: SandboxKeys) -> None:
    plain = encrypt(b"Antrag", intake_keys.encryption.public, "application/json")
    assert decrypt(plain, _keys(intake_keys)).payload == b"Antrag"
    compressed = _with_header(intake_keys, b"Antrag " * 1000, zip="DEF")
    assert decrypt(compressed, _keys(intake_keys)).payload == b"Antrag " * 1000


def test_the_key_may_be_named_by_its_thumbprint(intake_keys: SandboxKeys) -> None:
    thumbprint = load_key(intake_keys.encryption.public).thumbprint()
    token = _with_header(intake_keys, b"x", kid=thumbprint)
    assert decrypt(token, _keys(intake_keys)).kid == thumbprint


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ({"alg": "RSA-OAEP"}, "unsupported_algorithm"),  # SHA-1 OAEP
        ({"alg": "RSA1_5"}, "unsupported_algorithm"),
        ({"enc": "A128GCM"}, "unsupported_algorithm"),
        ({"enc": "A256CBC-HS512"}, "unsupported_algorithm"),
        ({"kid": "someone-else"}, "unknown_key"),
        ({"kid": ""}, "unknown_key"),
        ({"kid": 17}, "unknown_key"),
        ({"crit": ["b64"], "b64": False}, "unsupported_header"),
        ({"cty": ["application/json"]}, "invalid_header"),
    ],
)
def test_a_header_out_of_line_is_refused(intake_keys: SandboxKeys, header: dict[str, Any], reason: str) -> None:
    protected = {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": intake_keys.encryption.kid} | header
    good = encrypt(b"x", intake_keys.encryption.public, "text/plain").split(".")
    forged = ".".join([_b64(json.dumps(protected).encode()), *good[1:]])
    with pytest.raises(CryptoError) as refused:
        decrypt(forged, _keys(intake_keys))
    assert refused.value.reason == reason


@pytest.mark.parametrize(
    "token",
    [None, 17, "", "a.b.c", "a.b.c.d.e.f", "eyJhbGciOiJSU0EifQ.a.b.c!.d", f"{'e' * 5000}.a.b.c.d", "WzFd.a.b.c.d"],
)
def test_what_is_no_compact_jwe_is_refused(intake_keys: SandboxKeys, token: Any) -> None:
    with pytest.raises(CryptoError):
        decrypt(token, _keys(intake_keys))


def test_a_compressed_payload_never_inflates_beyond_the_limit(intake_keys: SandboxKeys) -> None:
    bomb = _with_header(intake_keys, b"\0" * (4 * 1024 * 1024), zip="DEF")
    assert len(bomb) < 20_000
    with pytest.raises(CryptoError) as refused:
        decrypt(bomb, _keys(intake_keys), max_plaintext=1024 * 1024)
    assert refused.value.reason == "too_large"
    assert len(decrypt(bomb, _keys(intake_keys), max_plaintext=4 * 1024 * 1024).payload) == 4 * 1024 * 1024


def test_a_payload_that_says_deflate_but_is_not_is_refused(intake_keys: SandboxKeys) -> None:
    truncated = zlib.compress(b"Antrag" * 100)[2:-10]  # raw deflate, cut short
    token = make_jwe(intake_keys.encryption.public, truncated, header={"zip": "DEF"})  # labelled, not compressed
    with pytest.raises(CryptoError) as refused:
        decrypt(token, _keys(intake_keys))
    assert refused.value.reason == "decompression_failed"
    garbage = make_jwe(intake_keys.encryption.public, b"no deflate stream at all", header={"zip": "DEF"})
    with pytest.raises(CryptoError):
        decrypt(garbage, _keys(intake_keys))


def test_a_tampered_ciphertext_is_refused(intake_keys: SandboxKeys) -> None:
    parts = encrypt(b"Antrag auf Sperrmull", intake_keys.encryption.public, "text/plain").split(".")
    ciphertext = bytearray(base64.urlsafe_b64decode(parts[3] + "=="))
    ciphertext[0] ^= 1
    parts[3] = _b64(bytes(ciphertext))
    with pytest.raises(CryptoError) as refused:
        decrypt(".".join(parts), _keys(intake_keys))
    assert refused.value.reason == "decryption_failed"


@pytest.mark.parametrize("header", [{"alg": "RSA-OAEP"}, {"enc": "A128GCM"}, {"kid": "kid-of-nobody"}])
def test_a_header_changed_in_transit_is_an_encryption_issue(
    db: Database, destination: Destination, header: dict[str, Any]
) -> None:
    """The delivery service cannot be relied on to look at headers: one that arrives out of line is rejected."""
    _, sent = destination.send_demo("bulky_waste_pickup", seed=3)
    (stored,) = [s for s in destination.state.submissions() if s.submission_id == sent.submission_id]
    assert stored.encrypted_data is not None
    parts = stored.encrypted_data.split(".")
    original = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    stored.encrypted_data = ".".join([_b64(json.dumps(original | header).encode()), *parts[1:]])
    with destination.client() as client:
        report = destination.intake(db, client).process(sent.submission_id)
    assert report.result == IntakeResult.REJECTED
    assert report.record is not None
    (problem,) = report.record.problems
    assert problem["type"] == PROBLEM_BASE + "encryption-issue"
    assert problem["instance"] == "data"
    assert len(destination.decisions(REJECT)) == 1


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
