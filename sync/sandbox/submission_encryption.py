"""Encrypting a submission for a destination, correctly or with one deliberate defect for the intake tests.

Each defect is one way a real submission can be unusable for the subscriber, made so that the delivery service
still accepts it (it cannot look inside):

- ``DATA_HASH_MISMATCH`` / ``ATTACHMENT_HASH_MISMATCH``: the metadata's SHA-512 of the data / first attachment is
  not the hash of what was encrypted.
- ``UNDECRYPTABLE_METADATA`` / ``_DATA`` / ``_ATTACHMENT``: that part is encrypted for a stranger's key but names the
  destination's ``kid``, so decryption fails.
- ``WRONG_KID``: the data is encrypted for the destination's key but its header names a ``kid`` nobody issued.
- ``SCHEMA_INVALID_DATA``: the form data is wrapped in a JSON array, which no object schema accepts (hashes match).
- ``INVALID_METADATA``: the metadata lacks ``contentStructure``, which the metadata schema requires.
- ``MISSING_ATTACHMENT``: the metadata lists one more attachment than was announced and uploaded. (The real service
  refuses to submit while an announced attachment is missing, so this is how a missing attachment reaches a
  subscriber.)
- ``MISSING_DATA``: the metadata announces form data, but none is submitted (``encryptedData`` left out).
- ``DATA_NOT_JSON``: the form data is not JSON at all (a truncated document; hashes match).
- ``DATA_AS_XML``: the form data is XML, announced as ``application/xml`` (hashes match).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sync.fitconnect.crypto import authentication_tag, encrypt, generate_encryption_key, sha512_hex
from sync.sandbox.submission_content import SubmissionContent, build_metadata

_STRANGER_KEY_SIZE = 2048  # only needs to differ from the destination's key


class Defect(enum.Enum):
    DATA_HASH_MISMATCH = "data_hash_mismatch"
    ATTACHMENT_HASH_MISMATCH = "attachment_hash_mismatch"
    UNDECRYPTABLE_METADATA = "undecryptable_metadata"
    UNDECRYPTABLE_DATA = "undecryptable_data"
    UNDECRYPTABLE_ATTACHMENT = "undecryptable_attachment"
    WRONG_KID = "wrong_kid"
    SCHEMA_INVALID_DATA = "schema_invalid_data"
    INVALID_METADATA = "invalid_metadata"
    MISSING_ATTACHMENT = "missing_attachment"
    MISSING_DATA = "missing_data"
    DATA_NOT_JSON = "data_not_json"
    DATA_AS_XML = "data_as_xml"


_NEEDS_ATTACHMENT = {Defect.ATTACHMENT_HASH_MISMATCH, Defect.UNDECRYPTABLE_ATTACHMENT}
_UNDECRYPTABLE = {Defect.UNDECRYPTABLE_METADATA, Defect.UNDECRYPTABLE_DATA, Defect.UNDECRYPTABLE_ATTACHMENT}


@dataclass(frozen=True)
class EncryptedSubmission:
    """Everything a sender uploads, plus what it put inside (for tests that check the subscriber's result)."""

    attachment_ids: tuple[str, ...]  # announced and uploaded, in the order of ``content.attachments``
    encrypted_attachments: dict[str, str]
    encrypted_metadata: str
    encrypted_data: str | None
    metadata: dict[str, Any]
    data: bytes
    defect: Defect | None

    def authentication_tags(self) -> dict[str, Any]:
        tags: dict[str, Any] = {"metadata": authentication_tag(self.encrypted_metadata)}
        if self.encrypted_data is not None:
            tags["data"] = authentication_tag(self.encrypted_data)
        tags["attachments"] = {aid: authentication_tag(jwe) for aid, jwe in self.encrypted_attachments.items()}
        return tags


def encrypt_submission(
    content: SubmissionContent, public_key: dict[str, Any], defect: Defect | None = None
) -> EncryptedSubmission:
    """Encrypt metadata, data and attachments for the destination key ``public_key`` (a public JWK with ``kid``)."""
    if defect in _NEEDS_ATTACHMENT and not content.attachments:
        raise ValueError(f"{defect} needs at least one attachment")
    data = content.data_bytes()
    if defect is Defect.SCHEMA_INVALID_DATA:
        data = json.dumps([dict(content.form_data)], ensure_ascii=False).encode("utf-8")
    elif defect is Defect.DATA_NOT_JSON:
        data = data[: len(data) // 2]
    elif defect is Defect.DATA_AS_XML:
        data = b'<?xml version="1.0" encoding="UTF-8"?><antrag><anliegen>Sperrm\xc3\xbcll</anliegen></antrag>'
        content = dataclasses.replace(content, data_mime_type="application/xml")
    attachment_ids = tuple(str(uuid.uuid4()) for _ in content.attachments)

    hashed_attachments = [(aid, a.content) for aid, a in zip(attachment_ids, content.attachments, strict=True)]
    if defect is Defect.ATTACHMENT_HASH_MISMATCH:
        first_id, first = hashed_attachments[0]
        hashed_attachments[0] = (first_id, first + b"\x00tampered")
    hashed_data = data + b"\x00tampered" if defect is Defect.DATA_HASH_MISMATCH else data
    metadata = build_metadata(content, hashed_data, hashed_attachments)
    if defect is Defect.INVALID_METADATA:
        del metadata["contentStructure"]
    if defect is Defect.MISSING_ATTACHMENT:
        never_sent = b"%PDF-1.4 announced nowhere, uploaded never"
        metadata["contentStructure"]["attachments"].append(
            {
                "attachmentId": str(uuid.uuid4()),
                "hash": {"type": "sha512", "content": sha512_hex(never_sent)},
                "purpose": "attachment",
                "filename": "Nachweis.pdf",
                "mimeType": "application/pdf",
            }
        )

    stranger = _stranger_key(public_key) if defect in _UNDECRYPTABLE else public_key

    def key_for(failing_with: Defect) -> dict[str, Any]:
        return stranger if defect is failing_with else public_key

    data_key = (
        {**public_key, "kid": str(uuid.uuid4())} if defect is Defect.WRONG_KID else key_for(Defect.UNDECRYPTABLE_DATA)
    )
    encrypted_attachments = {}
    for index, (attachment_id, attachment) in enumerate(zip(attachment_ids, content.attachments, strict=True)):
        key = key_for(Defect.UNDECRYPTABLE_ATTACHMENT) if index == 0 else public_key
        encrypted_attachments[attachment_id] = encrypt(attachment.content, key, attachment.mime_type)
    metadata_bytes = json.dumps(metadata, ensure_ascii=False).encode("utf-8")
    return EncryptedSubmission(
        attachment_ids=attachment_ids,
        encrypted_attachments=encrypted_attachments,
        encrypted_metadata=encrypt(metadata_bytes, key_for(Defect.UNDECRYPTABLE_METADATA), "application/json"),
        encrypted_data=None if defect is Defect.MISSING_DATA else encrypt(data, data_key, content.data_mime_type),
        metadata=metadata,
        data=data,
        defect=defect,
    )


def _stranger_key(public_key: dict[str, Any]) -> dict[str, Any]:
    """A public key nobody at the destination holds, carrying the destination's ``kid``."""
    return dict(generate_encryption_key(kid=str(public_key["kid"]), size=_STRANGER_KEY_SIZE).public)
