"""Opening and checking one submission: decrypt, verify hashes, validate metadata and form data.

Everything a citizen's portal could get wrong ends in :class:`~sync.fitconnect.problems.SubmissionInvalid` with
the matching problem; everything else (network, our own bugs) propagates unchanged, so that a submission is
never rejected because *we* had a bad moment.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from models.services.registry import schema_for_uri
from sync.fitconnect.crypto import CryptoError, Decrypted, decrypt, sha512_hex
from sync.fitconnect.problems import Problem, ProblemKind, SubmissionInvalid

JSON_TYPES = ("application/json",)


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
def metadata_validator() -> jsonschema.protocols.Validator:
    text = resources.files("sync.fitconnect.schemas").joinpath("metadata.schema.json").read_text(encoding="utf-8")
    return _validator(json.loads(text))


@cache
def form_validator(schema_uri: str) -> jsonschema.protocols.Validator | None:
    """A validator for the form schema a submission names, if Amtsstube ships that schema (built once)."""
    schema = schema_for_uri(schema_uri)
    return _validator(schema) if schema is not None else None


def _validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    validator_class = jsonschema.validators.validator_for(schema)
    validator: jsonschema.protocols.Validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    return validator


def open_submission(
    encrypted_metadata: str,
    encrypted_data: str | None,
    attachment_ids: tuple[str, ...],
    fetch_attachment: AttachmentFetcher,
    private_keys: dict[str, dict[str, Any]],
) -> OpenedSubmission:
    metadata_jwe = _decrypt(encrypted_metadata, private_keys, "metadata")
    metadata = _json(metadata_jwe.payload, "metadata", ProblemKind.METADATA_SCHEMA_VIOLATION)
    _validate(metadata_validator(), metadata, "metadata", ProblemKind.METADATA_SCHEMA_VIOLATION)

    structure = metadata["contentStructure"]
    data_info = structure.get("data")
    attachments = tuple(
        _open_attachments(structure.get("attachments", []), attachment_ids, fetch_attachment, private_keys)
    )
    if data_info is None and encrypted_data is None:
        # FIT-Connect allows a submission of attachments only (e.g. a PDF form).
        return OpenedSubmission(metadata, {}, None, attachments, _tags(metadata_jwe, None, attachments))
    if data_info is None or encrypted_data is None:
        detail = "data announced in the metadata but not submitted" if encrypted_data is None else "data not announced"
        raise SubmissionInvalid(Problem(ProblemKind.MISSING_DATA, detail, "data"))
    data_jwe = _decrypt(encrypted_data, private_keys, "data")
    expected_hash = data_info.get("hash", {}).get("content", "")
    if sha512_hex(data_jwe.payload) != expected_hash:
        raise SubmissionInvalid(Problem(ProblemKind.DATA_HASH_MISMATCH, "SHA-512 of the data differs", "data"))
    submission_schema = data_info.get("submissionSchema", {})
    mime_type = submission_schema.get("mimeType", "application/json")
    if mime_type not in JSON_TYPES:
        raise SubmissionInvalid(Problem(ProblemKind.UNSUPPORTED_DATA_FORMAT, f"data as {mime_type}", "data"))
    form_data = _json(data_jwe.payload, "data", ProblemKind.DATA_JSON_SYNTAX_VIOLATION)
    schema_uri = submission_schema.get("schemaUri")
    validator = form_validator(schema_uri) if schema_uri else None
    if validator is not None:
        _validate(validator, form_data, "data", ProblemKind.DATA_SCHEMA_VIOLATION)
    elif not isinstance(form_data, dict):
        raise SubmissionInvalid(Problem(ProblemKind.DATA_SCHEMA_VIOLATION, "form data is not an object", "data"))
    return OpenedSubmission(metadata, form_data, schema_uri, attachments, _tags(metadata_jwe, data_jwe, attachments))


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
) -> list[OpenedAttachment]:
    opened = []
    for entry in listed:
        attachment_id = entry["attachmentId"]
        instance = f"attachment:{attachment_id}"
        if attachment_id not in available:
            raise SubmissionInvalid(
                Problem(ProblemKind.MISSING_ATTACHMENT, "listed in the metadata, not in the submission", instance)
            )
        decrypted = _decrypt(fetch(attachment_id), private_keys, instance)
        if sha512_hex(decrypted.payload) != entry.get("hash", {}).get("content"):
            raise SubmissionInvalid(
                Problem(ProblemKind.ATTACHMENT_HASH_MISMATCH, "SHA-512 of the attachment differs", instance)
            )
        opened.append(
            OpenedAttachment(
                attachment_id=attachment_id,
                filename=entry.get("filename") or f"{attachment_id}.bin",
                mime_type=entry.get("mimeType") or "application/octet-stream",
                purpose=entry.get("purpose", "attachment"),
                content=decrypted.payload,
                authentication_tag=decrypted.authentication_tag,
            )
        )
    return opened


def _decrypt(compact: str, private_keys: dict[str, dict[str, Any]], instance: str) -> Decrypted:
    try:
        return decrypt(compact, private_keys)
    except CryptoError as error:
        raise SubmissionInvalid(Problem(ProblemKind.ENCRYPTION_ISSUE, str(error), instance)) from error


def _json(payload: bytes, instance: str, kind: ProblemKind) -> Any:
    try:
        return json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SubmissionInvalid(Problem(kind, f"not JSON: {error}", instance)) from error


def _validate(validator: jsonschema.protocols.Validator, value: Any, instance: str, kind: ProblemKind) -> None:
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise SubmissionInvalid(Problem(kind, f"{where}: {error.message}", instance))
