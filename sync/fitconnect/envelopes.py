"""What the Submission API answers, as frozen dataclasses checked against the documented shape.

The encrypted parts stay compact JWE strings here; decrypting and checking them is the crypto and intake's job.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sync.fitconnect.errors import UnexpectedAnswer


class EventPostOutcome(enum.Enum):
    ACCEPTED_BY_SERVICE = "accepted_by_service"  # 204, or our very SET is already in the event log (a retry)
    CONFLICT = "conflict"  # 409: the submission is no longer in a state that allows this event


@dataclass(frozen=True)
class SubmissionRef:
    """One entry of the pickup list (``GET /v1/submissions``)."""

    submission_id: str
    case_id: str
    destination_id: str


@dataclass(frozen=True)
class SubmissionPage:
    offset: int
    total_count: int
    submissions: tuple[SubmissionRef, ...]


@dataclass(frozen=True)
class SubmissionEnvelope:
    """A submission as fetched (``GET /v1/submissions/{id}``): ids, service and the still encrypted parts."""

    submission_id: str
    case_id: str
    destination_id: str
    service_name: str
    service_identifier: str
    encrypted_metadata: str
    encrypted_data: str | None  # FIT-Connect allows submissions without form data
    attachment_ids: tuple[str, ...]


def parse_submission_page(body: Mapping[str, Any], path: str) -> SubmissionPage:
    entries = body.get("submissions")
    if not isinstance(entries, list):
        raise UnexpectedAnswer(path, "submissions is not a list")
    refs = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise UnexpectedAnswer(path, "a submission entry is not an object")
        refs.append(
            SubmissionRef(
                submission_id=_required_text(entry, "submissionId", path),
                case_id=_required_text(entry, "caseId", path),
                destination_id=_required_text(entry, "destinationId", path),
            )
        )
    return SubmissionPage(
        offset=_integer(body, "offset", path, default=0),
        total_count=_integer(body, "totalCount", path, default=None),
        submissions=tuple(refs),
    )


def parse_envelope(body: Mapping[str, Any], path: str) -> SubmissionEnvelope:
    service = body.get("serviceType")
    if service is None:
        service = {}
    if not isinstance(service, dict):
        raise UnexpectedAnswer(path, "serviceType is not an object")
    attachments = body.get("attachments", [])
    if not isinstance(attachments, list) or not all(isinstance(a, str) and a for a in attachments):
        raise UnexpectedAnswer(path, "attachments is not a list of ids")
    data = body.get("encryptedData")
    if data is not None and not isinstance(data, str):
        raise UnexpectedAnswer(path, "encryptedData is not a string")
    return SubmissionEnvelope(
        submission_id=_required_text(body, "submissionId", path),
        case_id=_required_text(body, "caseId", path),
        destination_id=_required_text(body, "destinationId", path),
        service_name=_optional_text(service, "name", path),
        service_identifier=_optional_text(service, "identifier", path),
        encrypted_metadata=_required_text(body, "encryptedMetadata", path),
        encrypted_data=data,
        attachment_ids=tuple(attachments),
    )


def parse_event_log(body: Mapping[str, Any], path: str) -> list[str]:
    log = body.get("eventLog")
    if not isinstance(log, list) or not all(isinstance(token, str) for token in log):
        raise UnexpectedAnswer(path, "eventLog is not a list of strings")
    return list(log)


def _required_text(data: Mapping[str, Any], name: str, path: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise UnexpectedAnswer(path, f"{name} is missing or not a string")
    return value


def _optional_text(data: Mapping[str, Any], name: str, path: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise UnexpectedAnswer(path, f"{name} is not a string")
    return value


def _integer(data: Mapping[str, Any], name: str, path: str, *, default: int | None) -> int:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise UnexpectedAnswer(path, f"{name} is missing or not a non-negative integer")
    return value
