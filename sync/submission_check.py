"""Opening and checking one submission: decrypt, verify hashes, validate metadata and form data.

Everything a citizen's portal could get wrong ends in :class:`~sync.fitconnect.problems.SubmissionInvalid` with
the matching problem; everything else (network, our own bugs) propagates unchanged, so that a submission is
never rejected because *we* had a bad moment. Every byte here comes from a stranger: JSON is parsed with bounded
depth and sane numbers (:mod:`sync.strict_json`), every payload has a size limit, and the metadata must pass the
official FIT-Connect schema and then Amtsstube's own additions (``sync/fitconnect/schemas/SOURCE.md``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from models.form_validation import form_validator, schema_validator
from sync.fitconnect.crypto import CryptoError, Decrypted, decrypt, sha512_hex
from sync.fitconnect.problems import Problem, ProblemKind, SubmissionInvalid
from sync.strict_json import JsonRefused, Refusal, parse_strict

JSON_TYPES = ("application/json",)
#: What metadata and form data may inflate to: far more than any form, far less than memory.
MAX_METADATA_BYTES = 1024 * 1024
MAX_DATA_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class OpenedAttachment:
    attachment_id: str
    filename: str
    mime_type: str
    purpose: str
    content: bytes
    authentication_tag: str


@dataclass(frozen=True)
class OpenedSubmission:
    metadata: dict[str, Any]
    form_data: dict[str, Any]
    schema_uri: str | None
    attachments: tuple[OpenedAttachment, ...]
    authentication_tags: dict[str, Any]  # as the accept event must carry them


AttachmentFetcher = Callable[[str], str]  # attachment id → compact JWE


@cache
def metadata_validators() -> tuple[jsonschema.protocols.Validator, ...]:
    """The official FIT-Connect metadata schema 1.0.0 first, then Amtsstube's own additions."""
    files = ("fitko-metadata-1.0.0.schema.json", "metadata.schema.json")
    folder = resources.files("sync.fitconnect.schemas")
    return tuple(schema_validator(json.loads(folder.joinpath(name).read_text(encoding="utf-8"))) for name in files)


def open_submission(
    encrypted_metadata: str,
    encrypted_data: str | None,
    attachment_ids: tuple[str, ...],
    fetch_attachment: AttachmentFetcher,
    private_keys: dict[str, dict[str, Any]],
    *,
    max_attachment_bytes: int,
) -> OpenedSubmission:
    metadata_jwe = _decrypt(encrypted_metadata, private_keys, "metadata", MAX_METADATA_BYTES)
    metadata = _json(
        metadata_jwe.payload,
        "metadata",
        ProblemKind.METADATA_JSON_SYNTAX_VIOLATION,
        ProblemKind.METADATA_SCHEMA_VIOLATION,
    )
    if not isinstance(metadata, dict):
        raise SubmissionInvalid(Problem(ProblemKind.METADATA_SCHEMA_VIOLATION, "metadata is not an object", "metadata"))
    for metadata_validator in metadata_validators():
        _validate(metadata_validator, metadata, "metadata", ProblemKind.METADATA_SCHEMA_VIOLATION)

    structure = metadata["contentStructure"]
    data_info = structure.get("data")
    listed = structure.get("attachments", [])
    _check_attachment_lists(listed, attachment_ids)
    attachments = tuple(_open_attachments(listed, attachment_ids, fetch_attachment, private_keys, max_attachment_bytes))
    if data_info is None and encrypted_data is None:
        # FIT-Connect allows a submission of attachments only (e.g. a PDF form).
        return OpenedSubmission(metadata, {}, None, attachments, _tags(metadata_jwe, None, attachments))
    if data_info is None or encrypted_data is None:
        detail = "data announced in the metadata but not submitted" if encrypted_data is None else "data not announced"
        raise SubmissionInvalid(Problem(ProblemKind.MISSING_DATA, detail, "data"))
    submission_schema = data_info["submissionSchema"]
    mime_type = submission_schema["mimeType"]
    if mime_type not in JSON_TYPES:
        raise SubmissionInvalid(Problem(ProblemKind.UNSUPPORTED_DATA_FORMAT, f"data as {mime_type}", "data"))
    data_jwe = _decrypt(encrypted_data, private_keys, "data", MAX_DATA_BYTES)
    if sha512_hex(data_jwe.payload) != data_info["hash"]["content"]:
        raise SubmissionInvalid(Problem(ProblemKind.DATA_HASH_MISMATCH, "SHA-512 of the data differs", "data"))
    form_data = _json(
        data_jwe.payload, "data", ProblemKind.DATA_JSON_SYNTAX_VIOLATION, ProblemKind.DATA_SCHEMA_VIOLATION
    )
    schema_uri = submission_schema["schemaUri"]
    validator = form_validator(schema_uri)
    if validator is not None:
        _validate(validator, form_data, "data", ProblemKind.DATA_SCHEMA_VIOLATION)
    if not isinstance(form_data, dict):
        raise SubmissionInvalid(Problem(ProblemKind.DATA_SCHEMA_VIOLATION, "form data is not an object", "data"))
    return OpenedSubmission(metadata, form_data, schema_uri, attachments, _tags(metadata_jwe, data_jwe, attachments))


def _check_attachment_lists(listed: list[dict[str, Any]], submitted: tuple[str, ...]) -> None:
    """Each attachment listed once; nothing submitted that the metadata does not list (the accept event names the
    tags of every submitted part, so an unlisted one could never be accepted)."""
    ids = [entry["attachmentId"] for entry in listed]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        detail = f"contentStructure/attachments lists {duplicates[0]} more than once"
        raise SubmissionInvalid(Problem(ProblemKind.METADATA_SCHEMA_VIOLATION, detail, "metadata"))
    unlisted = [attachment_id for attachment_id in submitted if attachment_id not in ids]
    if unlisted:
        detail = "submitted but not listed in contentStructure/attachments"
        raise SubmissionInvalid(Problem(ProblemKind.METADATA_SCHEMA_VIOLATION, detail, f"attachment:{unlisted[0]}"))


def _tags(metadata: Decrypted, data: Decrypted | None, attachments: tuple[OpenedAttachment, ...]) -> dict[str, Any]:
    """The authentication tags the accept event must carry (the fifth segment of each JWE)."""
    tags: dict[str, Any] = {"metadata": metadata.authentication_tag}
    if data is not None:
        tags["data"] = data.authentication_tag
    tags["attachments"] = {a.attachment_id: a.authentication_tag for a in attachments}
    return tags


def _open_attachments(
    listed: list[dict[str, Any]],
    available: tuple[str, ...],
    fetch: AttachmentFetcher,
    private_keys: dict[str, dict[str, Any]],
    max_bytes: int,
) -> list[OpenedAttachment]:
    opened = []
    for entry in listed:
        attachment_id = entry["attachmentId"]
        instance = f"attachment:{attachment_id}"
        if attachment_id not in available:
            raise SubmissionInvalid(
                Problem(ProblemKind.MISSING_ATTACHMENT, "listed in the metadata, not in the submission", instance)
            )
        decrypted = _decrypt(fetch(attachment_id), private_keys, instance, max_bytes)
        if sha512_hex(decrypted.payload) != entry["hash"]["content"]:
            raise SubmissionInvalid(
                Problem(ProblemKind.ATTACHMENT_HASH_MISMATCH, "SHA-512 of the attachment differs", instance)
            )
        opened.append(
            OpenedAttachment(
                attachment_id=attachment_id,
                filename=entry.get("filename") or f"{attachment_id}.bin",
                mime_type=entry["mimeType"],
                purpose=entry["purpose"],
                content=decrypted.payload,
                authentication_tag=decrypted.authentication_tag,
            )
        )
    return opened


def _decrypt(compact: str, private_keys: dict[str, dict[str, Any]], instance: str, max_bytes: int) -> Decrypted:
    try:
        return decrypt(compact, private_keys, max_plaintext=max_bytes)
    except CryptoError as error:
        kind = ProblemKind.ENCRYPTION_ISSUE
        if error.reason == "too_large" and instance.startswith("attachment:"):
            kind = ProblemKind.ATTACHMENT_TOO_LARGE
        raise SubmissionInvalid(Problem(kind, str(error), instance)) from error


def _json(payload: bytes, instance: str, syntax: ProblemKind, schema: ProblemKind) -> Any:
    try:
        return parse_strict(payload)
    except JsonRefused as refused:
        kind = syntax if refused.refusal is Refusal.SYNTAX else schema
        raise SubmissionInvalid(Problem(kind, str(refused), instance)) from refused


def _validate(validator: jsonschema.protocols.Validator, value: Any, instance: str, kind: ProblemKind) -> None:
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SubmissionInvalid(Problem(kind, f"{where}: {error.message}", instance))
