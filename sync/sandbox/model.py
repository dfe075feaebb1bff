"""What the delivery service keeps: API clients, destinations, submissions, cases and their event logs.

Everything lives in memory and is changed only under the lock of ``SandboxState``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from sync.sandbox.protocol import sender_scope, subscriber_scope


class ClientKind(enum.StrEnum):
    SENDER = "sender"  # a portal (Onlinedienst) that sends submissions
    SUBSCRIBER = "subscriber"  # an administration system (Fachverfahren) that picks them up


@dataclass(frozen=True)
class ApiClient:
    client_id: str
    client_secret: str
    kind: ClientKind
    destination_ids: frozenset[str]

    @property
    def scope(self) -> str:
        make = subscriber_scope if self.kind is ClientKind.SUBSCRIBER else sender_scope
        return " ".join(make(destination_id) for destination_id in sorted(self.destination_ids))

    def __repr__(self) -> str:
        return f"ApiClient({self.client_id!r}, {self.kind.value}, destinations={sorted(self.destination_ids)})"


@dataclass(frozen=True)
class PublicService:
    """A public service (Verwaltungsleistung) a destination accepts, with the schema of its form data."""

    name: str
    identifier: str  # e.g. a LeiKa URN
    schema_uri: str
    mime_type: str = "application/json"

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "identifier": self.identifier,
            "submissionSchemas": [{"schemaUri": self.schema_uri, "mimeType": self.mime_type}],
        }


@dataclass(frozen=True)
class Destination:
    """A Zustellpunkt: where submissions for a town hall's services are delivered."""

    destination_id: str
    encryption_kid: str
    signature_kid: str
    public_keys: dict[str, dict[str, Any]]  # kid → public JWK (encryption and signature verification)
    services: tuple[PublicService, ...]
    status: str = "active"

    def offers(self, service_identifier: str) -> bool:
        return any(service.identifier == service_identifier for service in self.services)

    def as_json(self) -> dict[str, Any]:
        services = [service.as_json() for service in self.services]
        return {
            "destinationId": self.destination_id,
            "status": self.status,
            "encryptionKid": self.encryption_kid,
            "services": services,
            "publicServices": services,
            "metadataVersions": ["1.0.0"],
            "replyChannels": {"eMail": {"usePgp": False}},
        }


class SubmissionState(enum.StrEnum):
    INCOMPLETE = "incomplete"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ServiceType:
    name: str
    identifier: str


@dataclass
class Submission:
    submission_id: str
    case_id: str
    destination_id: str
    sender_client_id: str
    service_type: ServiceType
    announced_attachments: tuple[str, ...]
    created_at: dt.datetime
    attachments: dict[str, str] = field(default_factory=dict)  # attachment id → compact JWE
    encrypted_metadata: str | None = None
    encrypted_data: str | None = None
    state: SubmissionState = SubmissionState.INCOMPLETE
    submitted_at: dt.datetime | None = None
    expired: bool = False  # rejected by the service itself after the pickup deadline

    def reference(self) -> dict[str, str]:
        return {"destinationId": self.destination_id, "submissionId": self.submission_id, "caseId": self.case_id}


@dataclass(frozen=True)
class LoggedEvent:
    """One SET in a case's event log, with what the sandbox knows about it (for tests and the admin view)."""

    case_id: str
    submission_id: str
    event: str
    issuer: str
    token: str
    logged_at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "caseId": self.case_id,
            "submissionId": self.submission_id,
            "event": self.event,
            "issuer": self.issuer,
            "set": self.token,
            "loggedAt": self.logged_at.isoformat(),
        }


@dataclass
class Case:
    case_id: str
    destination_id: str
    sender_client_id: str
    submission_ids: list[str] = field(default_factory=list)
    events: list[LoggedEvent] = field(default_factory=list)
