"""A portal (Onlinedienst) that sends submissions through the Submission API over HTTP, exactly as a portal would.

It fetches a sender token, looks up the destination and its encryption key, builds and encrypts metadata, form data
and attachments, announces the submission, uploads the attachments and submits. With a ``Defect`` it sends a
deliberately broken submission (see ``submission_encryption``). Used for demo data, the intake tests and benchmarks;
it is not part of the workstation.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import requests

from sync.sandbox.protocol import JOSE
from sync.sandbox.submission_content import (
    IdentificationReport,
    OutgoingAttachment,
    PaymentInformation,
    SubmissionContent,
)
from sync.sandbox.submission_encryption import Defect, EncryptedSubmission, encrypt_submission

_TOKEN_MARGIN_SECONDS = 60


class SenderError(Exception):
    """The Submission API refused a request (``status`` and the problem body, if any) or answered nonsense."""

    def __init__(self, message: str, status: int | None = None, problem: Mapping[str, Any] | None = None) -> None:
        super().__init__(f"{message} (HTTP {status})" if status else message)
        self.status = status
        self.problem = dict(problem or {})


@dataclass(frozen=True)
class SentSubmission:
    destination_id: str
    submission_id: str
    case_id: str
    content: EncryptedSubmission

    @property
    def attachment_ids(self) -> tuple[str, ...]:
        return self.content.attachment_ids


class SenderClient:
    """A sender client of one portal; reuse one instance for many submissions (it keeps a session and a token)."""

    def __init__(
        self, submission_api: str, token_url: str, client_id: str, client_secret: str, *, timeout: float = 15.0
    ) -> None:
        self._api = submission_api.rstrip("/")
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expires = 0.0

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> SenderClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------------------------------

    def destination(self, destination_id: str) -> dict[str, Any]:
        return self._json("GET", f"/v1/destinations/{destination_id}", expected=200)

    def encryption_key(self, destination_id: str) -> dict[str, Any]:
        kid = self.destination(destination_id)["encryptionKid"]
        key = self._json("GET", f"/v1/destinations/{destination_id}/keys/{kid}", expected=200)
        if "wrapKey" not in key.get("key_ops", []):
            raise SenderError(f"key {kid} of destination {destination_id} is not an encryption key")
        return key

    def event_log(self, case_id: str) -> list[str]:
        log: list[str] = self._json("GET", f"/v1/cases/{case_id}/events", expected=200)["eventLog"]
        return log

    # --- sending ------------------------------------------------------------------------------------------------

    def send(
        self,
        destination_id: str,
        service_identifier: str,
        form_data: Mapping[str, Any],
        attachments: Sequence[OutgoingAttachment] = (),
        *,
        payment: PaymentInformation | None = None,
        identification: IdentificationReport | None = None,
        reply_email: str | None = None,
        sender_reference: str | None = None,
        application_date: dt.date | None = None,
        service_name: str | None = None,
        schema_uri: str | None = None,
        case_id: str | None = None,
        defect: Defect | None = None,
    ) -> SentSubmission:
        """Send one submission; ``schema_uri``/``service_name`` are needed only for services the destination lacks."""
        destination = self.destination(destination_id)
        service = _find_service(destination, service_identifier)
        if service is None and schema_uri is None:
            raise SenderError(f"destination {destination_id} does not offer {service_identifier}; pass schema_uri")
        schemas = service.get("submissionSchemas", []) if service else []
        content = SubmissionContent(
            service_name=service_name or (service or {}).get("name") or service_identifier,
            service_identifier=service_identifier,
            schema_uri=schema_uri or schemas[0]["schemaUri"],
            data_mime_type=schemas[0]["mimeType"] if schemas and schema_uri is None else "application/json",
            form_data=form_data,
            attachments=attachments,
            payment=payment,
            identification=identification,
            reply_email=reply_email,
            sender_reference=sender_reference,
            application_date=application_date,
        )
        return self.send_content(destination_id, content, defect=defect, case_id=case_id)

    def send_content(
        self,
        destination_id: str,
        content: SubmissionContent,
        *,
        defect: Defect | None = None,
        case_id: str | None = None,
    ) -> SentSubmission:
        encrypted = encrypt_submission(content, self.encryption_key(destination_id), defect)
        submission_id, created_case = self.send_parts(
            destination_id,
            {"name": content.service_name, "identifier": content.service_identifier},
            encrypted.encrypted_metadata,
            encrypted.encrypted_data,
            encrypted.encrypted_attachments,
            case_id=case_id,
        )
        return SentSubmission(destination_id, submission_id, created_case, encrypted)

    def send_parts(
        self,
        destination_id: str,
        service_type: Mapping[str, Any],
        encrypted_metadata: str,
        encrypted_data: str | None,
        encrypted_attachments: Mapping[str, str],
        *,
        case_id: str | None = None,
    ) -> tuple[str, str]:
        """Announce, upload and submit parts encrypted by the caller; returns (submission id, case id).

        The low-level path for senders that build their JWEs themselves (the hostile-submission corpus does).
        """
        announcement: dict[str, Any] = {
            "destinationId": destination_id,
            "serviceType": dict(service_type),
            "announcedAttachments": list(encrypted_attachments),
        }
        if case_id is not None:
            announcement["caseId"] = case_id
        created = self._json("POST", "/v1/submissions", expected=201, json=announcement)
        submission_id = created["submissionId"]
        for attachment_id, jwe in encrypted_attachments.items():
            self._call(
                "PUT",
                f"/v1/submissions/{submission_id}/attachments/{attachment_id}",
                expected=204,
                data=jwe.encode("ascii"),
                headers={"Content-Type": JOSE},
            )
        body: dict[str, Any] = {"encryptedMetadata": encrypted_metadata}
        if encrypted_data is not None:
            body["encryptedData"] = encrypted_data
        self._json("PUT", f"/v1/submissions/{submission_id}", expected=202, json=body)
        return str(submission_id), str(created["caseId"])

    # --- HTTP ---------------------------------------------------------------------------------------------------

    def _bearer(self) -> str:
        if self._token is None or time.monotonic() >= self._token_expires:
            answer = self._session.post(
                self._token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": self._client_id,
                    "client_secret": self._client_secret,
                },
                timeout=self._timeout,
            )
            if answer.status_code != 200:
                raise SenderError("token request failed", answer.status_code, _problem(answer))
            token = answer.json()
            self._token = str(token["access_token"])
            self._token_expires = time.monotonic() + float(token["expires_in"]) - _TOKEN_MARGIN_SECONDS
        return self._token

    def _call(self, method: str, path: str, *, expected: int, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self._bearer()}", **kwargs.pop("headers", {})}
        answer = self._session.request(method, self._api + path, headers=headers, timeout=self._timeout, **kwargs)
        if answer.status_code != expected:
            raise SenderError(f"{method} {path} failed", answer.status_code, _problem(answer))
        return answer

    def _json(self, method: str, path: str, *, expected: int, **kwargs: Any) -> dict[str, Any]:
        body = self._call(method, path, expected=expected, **kwargs).json()
        if not isinstance(body, dict):
            raise SenderError(f"{method} {path} answered no JSON object")
        return body


def _find_service(destination: Mapping[str, Any], identifier: str) -> dict[str, Any] | None:
    for service in destination.get("publicServices") or destination.get("services") or []:
        if service.get("identifier") == identifier:
            return dict(service)
    return None


def _problem(answer: requests.Response) -> dict[str, Any]:
    try:
        body = answer.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
