"""A corpus of hostile and broken submissions, each with the outcome the intake must reach.

Every entry is built the way a (careless or malicious) portal would build it — its own JWEs, its own metadata, its
own bytes — and travels through the local delivery service's sender side like any other submission. Entries
expect either ``CASE`` (tricky but valid: it must become a case) or the FIT-Connect problem of its rejection, and
optionally a text the problem's detail must contain (the field it names).

The JWEs are made here with pyca/cryptography directly (RFC 7516 compact serialisation), so that headers can say
whatever a sender wants: compression, ``crit``, a truncated tag, a thumbprint as ``kid``.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import random
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync.fitconnect.crypto import load_key, sha512_hex
from sync.portal_demo.submissions import demo_submission
from sync.sandbox.sender import SenderClient
from sync.sandbox.submission_encryption import Defect
from tests.sync.intake.helpers import PORTAL_ONLY_SERVICE, Destination
from tests.sync.sandbox.helpers import START

CASE = "case"
METADATA_SCHEMA = "https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json"
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class Part:
    """One attachment as the sender lists it in the metadata and uploads it."""

    content: bytes
    entry: dict[str, Any] = field(default_factory=dict)  # overrides of the metadata entry
    jwe: str | None = None  # a ready JWE instead of encrypting ``content``
    attachment_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    listed: bool = True
    uploaded: bool = True


@dataclass
class Parts:
    """What one hostile sender puts on the wire."""

    metadata: bytes
    data: bytes | None
    attachments: list[Part] = field(default_factory=list)
    service: dict[str, str] = field(default_factory=lambda: {"name": PORTAL_ONLY_SERVICE.name, "identifier": ""})
    metadata_header: dict[str, Any] = field(default_factory=dict)
    data_header: dict[str, Any] = field(default_factory=dict)
    data_jwe: str | None = None  # a ready JWE for the data instead of encrypting ``data``


def make_jwe(
    public_key: dict[str, Any],
    payload: bytes,
    *,
    cty: str = "application/json",
    header: dict[str, Any] | None = None,
    raw_header: bytes | None = None,
    deflate: bool = False,
    iv_bytes: int = 12,
    tag_cut: int = 0,
) -> str:
    """A compact JWE of ``payload`` for ``public_key``; ``header`` adds to or replaces the protected header's
    members; ``deflate`` compresses (and says so); ``iv_bytes``/``tag_cut`` make the token malformed."""
    protected: dict[str, Any] = {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": public_key["kid"], "cty": cty}
    if deflate:
        protected["zip"] = "DEF"
    protected.update(header or {})
    encoded_header = _b64(raw_header if raw_header is not None else json.dumps(protected).encode())
    if protected.get("zip") == "DEF" and deflate:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        payload = compressor.compress(payload) + compressor.flush()
    content_key = os.urandom(32)
    public = load_key(public_key).get_op_key("wrapKey")
    assert isinstance(public, rsa.RSAPublicKey)
    wrapped = public.encrypt(
        content_key, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    )
    iv = os.urandom(iv_bytes)
    sealed = AESGCM(content_key).encrypt(iv[:12].ljust(12, b"\0"), payload, encoded_header.encode("ascii"))
    ciphertext, tag = sealed[:-16], sealed[-16:]
    return ".".join([encoded_header, _b64(wrapped), _b64(iv), _b64(ciphertext), _b64(tag[: 16 - tag_cut])])


class Forge:
    """Builds submissions for the destination's encryption key, correctly unless told otherwise."""

    def __init__(self, destination: Destination) -> None:
        self.destination = destination
        self.public_key: dict[str, Any] = dict(destination.keys.encryption.public)
        self.rng = random.Random(91379)

    # --- JWE -----------------------------------------------------------------------------------------------------

    def jwe(self, payload: bytes, **options: Any) -> str:
        return make_jwe(self.public_key, payload, **options)

    # --- metadata ------------------------------------------------------------------------------------------------

    def metadata(
        self,
        data: bytes | None,
        attachments: list[Part] = (),  # type: ignore[assignment]
        *,
        schema_uri: str = PORTAL_ONLY_SERVICE.schema_uri,
        mime_type: str = "application/json",
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        structure: dict[str, Any] = {
            "attachments": [
                {
                    "attachmentId": part.attachment_id,
                    "hash": {"type": "sha512", "content": sha512_hex(part.content)},
                    "purpose": "attachment",
                    "filename": "Nachweis.pdf",
                    "mimeType": "application/pdf",
                }
                | part.entry
                for part in attachments
                if part.listed
            ]
        }
        if data is not None:
            structure["data"] = {
                "hash": {"type": "sha512", "content": sha512_hex(data)},
                "submissionSchema": {"schemaUri": schema_uri, "mimeType": mime_type},
            }
        metadata: dict[str, Any] = {
            "$schema": METADATA_SCHEMA,
            "publicServiceType": {"name": PORTAL_ONLY_SERVICE.name, "identifier": PORTAL_ONLY_SERVICE.identifier},
            "contentStructure": structure,
            "replyChannel": {"eMail": {"address": "antrag@example.org"}},
        }
        metadata.update(extra or {})
        return metadata

    # --- whole submissions ---------------------------------------------------------------------------------------

    def portal_form(self, form: Any = None, *, attachments: list[Part] | None = None, **metadata: Any) -> Parts:
        """A form of the portal-only service (no schema Amtsstube knows): only our own checks apply."""
        form = _GOOD_FORM if form is None else form
        data = form if isinstance(form, bytes) else json.dumps(form, ensure_ascii=False).encode("utf-8")
        parts = attachments or []
        return Parts(_json(self.metadata(data, parts, **metadata)), data, parts)

    def demo_form(self, service_key: str, change: Callable[[dict[str, Any]], None] | None = None) -> Parts:
        """A specialised service's demo form (validated against its shipped schema), changed by ``change``."""
        demo = demo_submission(random.Random(7), service_key, today=START.date())
        form = copy.deepcopy(demo.form_data)
        if change is not None:
            change(form)
        data = json.dumps(form, ensure_ascii=False).encode("utf-8")
        return Parts(
            _json(self.metadata(data, schema_uri=demo.schema_uri)),
            data,
            service={"name": demo.service_name, "identifier": demo.service_identifier},
        )

    def send(self, sender: SenderClient, parts: Parts) -> str:
        service = dict(parts.service)
        service["identifier"] = service["identifier"] or PORTAL_ONLY_SERVICE.identifier
        metadata_jwe = self.jwe(parts.metadata, **parts.metadata_header)
        data_jwe = parts.data_jwe
        if data_jwe is None and parts.data is not None:
            data_jwe = self.jwe(parts.data, **parts.data_header)
        uploads = {
            part.attachment_id: part.jwe or self.jwe(part.content, cty="application/pdf")
            for part in parts.attachments
            if part.uploaded
        }
        submission_id, _ = sender.send_parts(
            self.destination.setup.destination_id, service, metadata_jwe, data_jwe, uploads
        )
        return submission_id


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


_GOOD_APPLICANT = {
    "givenNames": "Jürgen",
    "familyName": "Gößmann",
    "address": {"street": "Lindenallee", "houseNumber": "12a", "postcode": "59494", "city": "Lindenbrück"},
    "email": "j.goessmann@example.org",
}
_GOOD_FORM = {"applicant": _GOOD_APPLICANT, "anliegen": "Baumschnitt von zwei Obstbäumen, etwa 3 m³"}


def _with_applicant(**changes: Any) -> dict[str, Any]:
    applicant = copy.deepcopy(_GOOD_APPLICANT)
    address = changes.pop("address", None)
    applicant.update(changes)
    if address is not None:
        applicant["address"] = {**applicant["address"], **address}
    return {"applicant": applicant, "anliegen": "Baumschnitt"}


def _nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def _form_text(text: str) -> bytes:
    """Form JSON written by hand (for what ``json.dumps`` refuses to write)."""
    return ('{"applicant": ' + json.dumps(_GOOD_APPLICANT, ensure_ascii=False) + ', "anliegen": ' + text + "}").encode(
        "utf-8"
    )


def _bomb(size: int) -> bytes:
    return b"\0" * size


@dataclass(frozen=True)
class Hostile:
    name: str
    expected: str  # CASE, or the FIT-Connect problem slug of the rejection
    build: Callable[[Forge], Parts]
    detail: str = ""  # a text the problem detail must contain
    defect: Defect | None = None  # instead of ``build``: a demo submission with one of the sandbox's defects


def _sdk_style(forge: Forge) -> Parts:
    """As the official FIT-Connect Python SDK sends: every part DEF-compressed and labelled application/json, the
    key named by its RFC 7638 thumbprint, attachments without a file name, additionalReferenceInfo.submissionDate."""
    attachment = Part(PDF)
    parts = forge.portal_form(
        attachments=[attachment],
        extra={"additionalReferenceInfo": {"submissionDate": "2026-03-02 09:41:17.532911"}},
    )
    metadata = json.loads(parts.metadata)
    del metadata["contentStructure"]["attachments"][0]["filename"]
    parts.metadata = _json(metadata)
    header = {"kid": load_key(forge.public_key).thumbprint()}
    parts.metadata_header = {"deflate": True, "header": header}
    parts.data_header = {"deflate": True, "header": header}
    attachment.jwe = forge.jwe(PDF, cty="application/json", deflate=True, header=header)
    return parts


def _with_attachment(entry: dict[str, Any], content: bytes = PDF, **part: Any) -> Callable[[Forge], Parts]:
    def build(forge: Forge) -> Parts:
        return forge.portal_form(attachments=[Part(content, entry=entry, **part)])

    return build


def _attachment_jwe(**options: Any) -> Callable[[Forge], Parts]:
    def build(forge: Forge) -> Parts:
        part = Part(PDF)
        part.jwe = forge.jwe(PDF, cty="application/pdf", **options)
        return forge.portal_form(attachments=[part])

    return build


def _data_jwe(**options: Any) -> Callable[[Forge], Parts]:
    def build(forge: Forge) -> Parts:
        parts = forge.portal_form()
        parts.data_header = options
        return parts

    return build


def _metadata_bytes(raw: bytes) -> Callable[[Forge], Parts]:
    def build(forge: Forge) -> Parts:
        parts = forge.portal_form()
        parts.metadata = raw
        return parts

    return build


def _metadata_change(change: Callable[[dict[str, Any]], None]) -> Callable[[Forge], Parts]:
    def build(forge: Forge) -> Parts:
        parts = forge.portal_form()
        metadata = json.loads(parts.metadata)
        change(metadata)
        parts.metadata = _json(metadata)
        return parts

    return build


def _metadata_text_with(fragment: str) -> Callable[[Forge], Parts]:
    """Metadata JSON with a hand-written extra member (for what ``json.dumps`` will not write)."""

    def build(forge: Forge) -> Parts:
        parts = forge.portal_form()
        parts.metadata = parts.metadata[:-1] + b', "x-extra": ' + fragment.encode("utf-8") + b"}"
        return parts

    return build


def _identified_only(report: dict[str, Any]) -> Callable[[Forge], Parts]:
    """A form without an applicant: the identification report of the login names the citizen."""

    def build(forge: Forge) -> Parts:
        content = _b64(json.dumps(report, ensure_ascii=False).encode("utf-8"))
        info = [{"type": "identificationReport", "version": "1.0.0", "content": content}]
        return forge.portal_form({"anliegen": "Baumschnitt"}, extra={"authenticationInformation": info})

    return build


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _payment(**changes: Any) -> Callable[[dict[str, Any]], None]:
    def change(metadata: dict[str, Any]) -> None:
        metadata["paymentInformation"] = {
            "transactionId": "TX-4711",
            "transactionReference": "KZ 2026 4711",
            "paymentMethod": "CREDITCARD",
            "status": "BOOKED",
            "grossAmount": 25.0,
        } | changes

    return change


def _unlisted_attachment(forge: Forge) -> Parts:
    return forge.portal_form(attachments=[Part(PDF), Part(PDF + b"2", listed=False)])


def _listed_twice(forge: Forge) -> Parts:
    part = Part(PDF)
    parts = forge.portal_form(attachments=[part])
    metadata = json.loads(parts.metadata)
    metadata["contentStructure"]["attachments"].append(dict(metadata["contentStructure"]["attachments"][0]))
    parts.metadata = _json(metadata)
    return parts


def _data_bomb(forge: Forge) -> Parts:
    bomb = _bomb(64 * 1024 * 1024)
    parts = forge.portal_form()
    parts.metadata = _json(forge.metadata(bomb))
    parts.data_jwe = forge.jwe(bomb, deflate=True)
    return parts


def _attachment_bomb(forge: Forge) -> Parts:
    bomb = _bomb(64 * 1024 * 1024)
    part = Part(bomb, entry={"mimeType": "application/octet-stream"})
    part.jwe = forge.jwe(bomb, deflate=True)
    return forge.portal_form(attachments=[part])


def _not_deflate(forge: Forge) -> Parts:
    parts = forge.portal_form()
    assert parts.data is not None
    parts.data_jwe = forge.jwe(parts.data, header={"zip": "DEF"})  # says DEF, is not compressed
    return parts


CORPUS: tuple[Hostile, ...] = (
    # --- tricky but valid: these must become cases -------------------------------------------------------------
    Hostile("sdk-style: zip DEF, cty application/json everywhere, thumbprint kid, submissionDate", CASE, _sdk_style),
    Hostile("data compressed (zip DEF)", CASE, _data_jwe(deflate=True)),
    Hostile(
        "names with Ł Ż Ø ő and a three-part sequence",
        CASE,
        lambda f: f.portal_form(_with_applicant(givenNames="Łukasz Őrs", familyName="Żółć-Øvergård K\u035fhan")),
    ),
    Hostile(
        "names sent decomposed (NFD)",
        CASE,
        lambda f: f.portal_form(
            _with_applicant(givenNames="O\u0308mer", familyName="Gu\u0308ler", address={"city": "Ko\u0308ln"})
        ),
    ),
    Hostile(
        "apostrophes and hyphens in names",
        CASE,
        lambda f: f.portal_form(_with_applicant(givenNames="D’Arcy", familyName="O'Brien-d'Artagnan")),
    ),
    Hostile("a name of exactly 120 letters", CASE, lambda f: f.portal_form(_with_applicant(familyName="Ä" * 120))),
    Hostile(
        "markup in free text",
        CASE,
        lambda f: f.portal_form(
            {"applicant": _GOOD_APPLICANT, "anliegen": "<script>alert('x')</script><b>fett</b> &amp; {{ 7*7 }}"}
        ),
    ),
    Hostile(
        "markup in keys",
        CASE,
        lambda f: f.portal_form({"applicant": _GOOD_APPLICANT, "<img src=x onerror=alert(1)>": "y", "{{ 7*7 }}": "z"}),
    ),
    Hostile(
        "emoji and other scripts in free text",
        CASE,
        lambda f: f.portal_form({"applicant": _GOOD_APPLICANT, "anliegen": "Danke 🙏 — 谢谢 — شكرا — Спасибо"}),
    ),
    Hostile(
        "address line with slash, digits and parentheses",
        CASE,
        lambda f: f.portal_form(_with_applicant(address={"street": "Am Ring (Hinterhaus) 12/3", "houseNumber": "7-9"})),
    ),
    Hostile("duplicate keys in the form JSON", CASE, lambda f: f.portal_form(_form_text('"a", "anliegen": "b"'))),
    Hostile("nesting 20 levels deep in a free field", CASE, lambda f: f.portal_form(_form_text(_nested(20)))),
    Hostile("a 15-digit number", CASE, lambda f: f.portal_form(_form_text("276098106543210"))),
    Hostile("attachment file name with folders (../../)", CASE, _with_attachment({"filename": "../../etc/passwd.pdf"})),
    Hostile(
        "attachment file name with bidi and zero-width codes",
        CASE,
        _with_attachment({"filename": "Nach\u200bweis\u202efdp.exe.pdf"}),
    ),
    Hostile("an empty attachment", CASE, _with_attachment({}, content=b"")),
    Hostile(
        "metadata members of a later 1.x version",
        CASE,
        _metadata_change(
            _set(["replyChannel"], {"fitConnect": {"processStandards": ["urn:xoev-de:bmk:standard:xbau_2.4"]}})
        ),
    ),
    Hostile(
        "whitespace around names",
        CASE,
        lambda f: f.portal_form(_with_applicant(givenNames="  Jürgen ", familyName=" Gößmann\t")),
    ),
    Hostile("the login names the citizen", CASE, _identified_only({"givenNames": "Ayşe", "familyName": "Öztürk"})),
    Hostile("a dog registration as its schema wants it", CASE, lambda f: f.demo_form("dog_registration")),
    # --- the JSON itself ---------------------------------------------------------------------------------------
    Hostile(
        "data nested 100,000 levels",
        "data-schema-violation",
        lambda f: f.portal_form(_form_text(_nested(100_000))),
        "nested deeper",
    ),
    Hostile(
        "data nested 40 levels",
        "data-schema-violation",
        lambda f: f.portal_form(_form_text(_nested(40))),
        "nested deeper",
    ),
    Hostile("metadata nested 50,000 levels", "metadata-schema-violation", _metadata_text_with(_nested(50_000))),
    Hostile(
        "a number of 5,000 digits", "data-schema-violation", lambda f: f.portal_form(_form_text("9" * 5000)), "digits"
    ),
    Hostile("a number beyond a double (1e400)", "data-schema-violation", lambda f: f.portal_form(_form_text("1e400"))),
    Hostile("NaN", "data-schema-violation", lambda f: f.portal_form(_form_text("NaN")), "NaN"),
    Hostile("Infinity", "data-schema-violation", lambda f: f.portal_form(_form_text("Infinity"))),
    Hostile("-Infinity in the metadata", "metadata-schema-violation", _metadata_text_with("-Infinity")),
    Hostile(
        "a lone surrogate in a name",
        "data-schema-violation",
        lambda f: f.portal_form(b'{"applicant": {"givenNames": "J\\ud800rgen", "familyName": "G"}}'),
        "U+D800",
    ),
    Hostile(
        "a lone surrogate in a key",
        "data-schema-violation",
        lambda f: f.portal_form(_form_text('{"\\udfff": 1}')),
        "U+DFFF",
    ),
    Hostile(
        "NUL in free text",
        "data-schema-violation",
        lambda f: f.portal_form(_form_text('"Baum\\u0000schnitt"')),
        "U+0000",
    ),
    Hostile(
        "NUL in an attachment's file name",
        "metadata-schema-violation",
        _with_attachment({"filename": "Nachweis\u0000.pdf"}),
    ),
    Hostile("data not UTF-8", "data-json-syntax-violation", lambda f: f.portal_form(b'{"anliegen": "Stra\xdfe"}')),
    Hostile("metadata not UTF-8", "metadata-json-syntax-violation", _metadata_bytes(b'{"x": "\xff\xfe"}')),
    Hostile("metadata not JSON", "metadata-json-syntax-violation", _metadata_bytes(b"<metadata/>")),
    Hostile("metadata a JSON array", "metadata-schema-violation", _metadata_bytes(b"[]")),
    Hostile("metadata JSON null", "metadata-schema-violation", _metadata_bytes(b"null")),
    Hostile("data a JSON string", "data-schema-violation", lambda f: f.portal_form(b'"Baumschnitt"')),
    Hostile(
        "data with a byte order mark",
        "data-json-syntax-violation",
        lambda f: f.portal_form("\ufeff".encode() + _json(_GOOD_FORM)),
    ),
    # --- names and addresses (DIN 91379) and column lengths ----------------------------------------------------
    Hostile(
        "right-to-left override in a family name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="Gößmann\u202enomis")),
        "applicant/familyName: character U+202E",
    ),
    Hostile(
        "zero-width space in given names",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(givenNames="Jür\u200bgen")),
        "U+200B",
    ),
    Hostile(
        "zero-width joiner in a family name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="Gö\u200dßmann")),
        "U+200D",
    ),
    Hostile(
        "a Cyrillic letter that looks Latin",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="Gößmаnn")),
        "U+0430",
    ),
    Hostile(
        "emoji in a name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(givenNames="Jürgen 😀")),
        "U+1F600",
    ),
    Hostile(
        "a bell character in a name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(givenNames="Jür\x07gen")),
        "U+0007",
    ),
    Hostile(
        "digits in a name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="Gößmann2")),
        "U+0032",
    ),
    Hostile(
        "markup in a name",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="<b>Gößmann</b>")),
        "U+003C",
    ),
    Hostile(
        "right-to-left override in a town",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(address={"city": "Linden\u202ebrück"})),
        "applicant/address/city",
    ),
    Hostile(
        "no-break space in a street",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(address={"street": "Linden\u00a0allee"})),
        "U+00A0",
    ),
    Hostile(
        "a name only of spaces",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="   ", givenNames="Jürgen")),
        "familyName",
    ),
    Hostile(
        "a family name of 500 letters",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="A" * 500)),
        "longer than 120",
    ),
    Hostile(
        "a street of 10,000 characters",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(address={"street": "Weg " * 2500})),
        "applicant/address/street",
    ),
    Hostile(
        "a country that is no ISO code",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(address={"country": "Ü1"})),
        "country",
    ),
    Hostile(
        "a name in a list instead of text",
        "data-schema-violation",
        lambda f: f.portal_form(_with_applicant(familyName="Gößmann", givenNames=["Jürgen", "\u202e"], title={"x": 1})),
        "",
    ),
    Hostile(
        "the login names a citizen with RLO",
        "metadata-schema-violation",
        _identified_only({"givenNames": "Ayşe", "familyName": "Öztürk\u202e"}),
        "authenticationInformation/0/content/familyName",
    ),
    Hostile(
        "a specialised form with RLO in the keeper's name",
        "data-schema-violation",
        lambda f: f.demo_form("dog_registration", _set(["applicant", "familyName"], "Müller\u202e")),
        "applicant/familyName",
    ),
    Hostile(
        "a payment reference of 500 characters",
        "metadata-schema-violation",
        _metadata_change(_payment(transactionReference="K" * 500)),
        "transactionReference",
    ),
    Hostile(
        "an attachment MIME type of 200 characters",
        "metadata-schema-violation",
        _with_attachment({"mimeType": "application/" + "x" * 188}),
        "mimeType",
    ),
    # --- the metadata's promises -------------------------------------------------------------------------------
    Hostile("an attachment listed twice", "metadata-schema-violation", _listed_twice, "more than once"),
    Hostile("an attachment submitted but not listed", "metadata-schema-violation", _unlisted_attachment),
    Hostile(
        "metadata schema version 2.0.0",
        "metadata-schema-violation",
        _metadata_change(_set(["$schema"], "https://schema.fitko.de/fit-connect/metadata/2.0.0/metadata.schema.json")),
    ),
    Hostile(
        "a SHA-256 where SHA-512 is required",
        "metadata-schema-violation",
        _metadata_change(_set(["contentStructure", "data", "hash", "type"], "sha256")),
    ),
    Hostile(
        "two reply channels",
        "metadata-schema-violation",
        _metadata_change(
            _set(
                ["replyChannel"], {"eMail": {"address": "a@example.org"}, "deMail": {"address": "a@example.de-mail.de"}}
            )
        ),
    ),
    Hostile(
        "a payment method detail the official schema refuses",
        "metadata-schema-violation",
        _metadata_change(_payment(paymentMethodDetail="Visa Gold!")),
        "paymentMethodDetail",
    ),
    Hostile(
        "a payment of 10 million euros",
        "metadata-schema-violation",
        _metadata_change(_payment(grossAmount=10_000_000.0)),
    ),
    # --- the envelope (JWE) ------------------------------------------------------------------------------------
    Hostile("a decompression bomb as data", "encryption-issue", _data_bomb, "more than"),
    Hostile("a decompression bomb as attachment", "attachment-too-large", _attachment_bomb),
    Hostile("zip GZIP", "encryption-issue", _data_jwe(header={"zip": "GZIP"}), "zip"),
    Hostile("zip DEF that is not compressed", "encryption-issue", _not_deflate),
    Hostile("a crit header", "encryption-issue", _data_jwe(header={"crit": ["exp"], "exp": 1}), "crit"),
    Hostile("a short initialisation vector", "encryption-issue", _attachment_jwe(iv_bytes=8)),
    Hostile("a truncated authentication tag", "encryption-issue", _attachment_jwe(tag_cut=4)),
    Hostile("a kid nobody issued", "encryption-issue", _data_jwe(header={"kid": "kid-of-nobody"}), "kid"),
    # --- every defect the sandbox can make (those the intake already rejected before this corpus) --------------
    *(
        Hostile(f"defect {defect.value}", expected, lambda f: Parts(b"", None), defect=defect)
        for defect, expected in (
            (Defect.DATA_HASH_MISMATCH, "data-hash-mismatch"),
            (Defect.ATTACHMENT_HASH_MISMATCH, "attachment-hash-mismatch"),
            (Defect.UNDECRYPTABLE_METADATA, "encryption-issue"),
            (Defect.UNDECRYPTABLE_DATA, "encryption-issue"),
            (Defect.UNDECRYPTABLE_ATTACHMENT, "encryption-issue"),
            (Defect.WRONG_KID, "encryption-issue"),
            (Defect.SCHEMA_INVALID_DATA, "data-schema-violation"),
            (Defect.INVALID_METADATA, "metadata-schema-violation"),
            (Defect.MISSING_ATTACHMENT, "missing-attachment"),
            (Defect.MISSING_DATA, "missing-data"),
            (Defect.DATA_NOT_JSON, "data-json-syntax-violation"),
            (Defect.DATA_AS_XML, "unsupported-data-format"),
        )
    ),
)
