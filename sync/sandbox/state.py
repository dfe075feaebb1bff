"""The delivery service's in-memory state and every rule that changes it (one lock, no HTTP here).

Sender side: create (``incomplete``), upload attachments, submit (``submitted``). Subscriber side: list, fetch,
read the event log, post accept or reject (``accepted`` / ``rejected``). The service itself rejects submissions that
stay ``submitted`` past the pickup deadline. Authorisation (which client may touch which destination) is checked here
too, so the HTTP layer stays a thin translation.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence

from sync.fitconnect.crypto import KeyPair, generate_signing_key
from sync.sandbox.clock import AdjustableClock, Clock
from sync.sandbox.event_verification import verify_subscriber_event
from sync.sandbox.faults import FaultInjector
from sync.sandbox.model import (
    ApiClient,
    Case,
    ClientKind,
    Destination,
    LoggedEvent,
    ServiceType,
    Submission,
    SubmissionState,
)
from sync.sandbox.problems import ApiProblem, forbidden, not_found
from sync.sandbox.protocol import ACCEPT_SUBMISSION, PICKUP_DEADLINE, TOKEN_LIFETIME_SECONDS
from sync.sandbox.rate_limit import RateLimiter, RateLimitSettings
from sync.sandbox.service_events import ServiceEventSigner
from sync.sandbox.tokens import ClientCredentials, TokenStore

_READABLE_BY_SUBSCRIBER = (SubmissionState.SUBMITTED, SubmissionState.ACCEPTED, SubmissionState.REJECTED)


class SandboxState:
    def __init__(
        self,
        *,
        clock: Clock | None = None,
        service_key: KeyPair | None = None,
        issuer: str = "http://127.0.0.1",
        token_lifetime_seconds: int = TOKEN_LIFETIME_SECONDS,
        rate_limit: RateLimitSettings | None = None,
    ) -> None:
        self.clock: Clock = clock or AdjustableClock()
        self.tokens = TokenStore(self.clock, token_lifetime_seconds)
        self.signer = ServiceEventSigner(service_key or generate_signing_key(), issuer)
        self.faults = FaultInjector()
        self.rate_limiter = RateLimiter(rate_limit)
        self._lock = threading.RLock()
        self._destinations: dict[str, Destination] = {}
        self._submissions: dict[str, Submission] = {}
        self._cases: dict[str, Case] = {}

    # --- provisioning -------------------------------------------------------------------------------------------

    def set_issuer(self, issuer: str) -> None:
        with self._lock:
            self.signer.issuer = issuer

    def add_destination(self, destination: Destination) -> None:
        if destination.encryption_kid not in destination.public_keys:
            raise ValueError("the encryption key must be among the destination's public keys")
        if destination.signature_kid not in destination.public_keys:
            raise ValueError("the signature key must be among the destination's public keys")
        with self._lock:
            self._destinations[destination.destination_id] = destination

    def register_client(self, kind: ClientKind, destination_ids: Sequence[str]) -> ClientCredentials:
        with self._lock:
            unknown = [d for d in destination_ids if d not in self._destinations]
        if unknown:
            raise ValueError(f"unknown destinations: {unknown}")
        return self.tokens.register(kind, frozenset(destination_ids))

    def destination(self, destination_id: str) -> Destination:
        with self._lock:
            destination = self._destinations.get(destination_id)
        if destination is None:
            raise not_found("destination-not-found", f"no destination {destination_id}")
        return destination

    # --- sender side --------------------------------------------------------------------------------------------

    def create_submission(
        self,
        client: ApiClient,
        destination_id: str,
        service_type: ServiceType,
        announced_attachments: Sequence[str],
        case_id: str | None = None,
    ) -> Submission:
        _require(client, ClientKind.SENDER)
        with self._lock:
            destination = self.destination(destination_id)
            if destination_id not in client.destination_ids:
                raise forbidden("this sender client may not send to the destination")
            if destination.status != "active":
                raise ApiProblem(422, "destination-state-invalid", f"destination status is {destination.status!r}")
            if not destination.offers(service_type.identifier):
                raise ApiProblem(
                    422, "service-not-offered", f"the destination does not offer {service_type.identifier!r}"
                )
            if len(set(announced_attachments)) != len(announced_attachments):
                raise ApiProblem(400, "invalid-request", "announcedAttachments contains duplicates")
            if case_id is None:
                case = Case(str(uuid.uuid4()), destination_id, client.client_id)
            else:
                case = self._case(case_id)
                if case.destination_id != destination_id or case.sender_client_id != client.client_id:
                    raise forbidden("the case belongs to another destination or sender")
            submission = Submission(
                submission_id=str(uuid.uuid4()),
                case_id=case.case_id,
                destination_id=destination_id,
                sender_client_id=client.client_id,
                service_type=service_type,
                announced_attachments=tuple(announced_attachments),
                created_at=self.clock.now(),
            )
            self._cases[case.case_id] = case
            case.submission_ids.append(submission.submission_id)
            self._submissions[submission.submission_id] = submission
            self._log(case, submission, *self.signer.created(submission, submission.created_at))
            return submission

    def upload_attachment(self, client: ApiClient, submission_id: str, attachment_id: str, jwe: str) -> None:
        _require(client, ClientKind.SENDER)
        with self._lock:
            submission = self._own_incomplete(client, submission_id)
            if attachment_id not in submission.announced_attachments:
                raise ApiProblem(422, "attachment-not-announced", f"attachment {attachment_id} was not announced")
            submission.attachments[attachment_id] = jwe

    def submit(
        self, client: ApiClient, submission_id: str, encrypted_metadata: str, encrypted_data: str | None
    ) -> Submission:
        _require(client, ClientKind.SENDER)
        with self._lock:
            submission = self._own_incomplete(client, submission_id)
            missing = [a for a in submission.announced_attachments if a not in submission.attachments]
            if missing:
                raise ApiProblem(
                    422, "missing-attachments", "announced attachments were not uploaded", attachmentIds=missing
                )
            submission.encrypted_metadata = encrypted_metadata
            submission.encrypted_data = encrypted_data
            submission.state = SubmissionState.SUBMITTED
            submission.submitted_at = self.clock.now()
            self._log(
                self._cases[submission.case_id], submission, *self.signer.submitted(submission, submission.submitted_at)
            )
            return submission

    # --- subscriber side ----------------------------------------------------------------------------------------

    def list_submissions(
        self, client: ApiClient, destination_id: str | None, limit: int, offset: int
    ) -> tuple[int, list[Submission]]:
        """Submissions ready for pickup: (total count, the requested page), oldest first."""
        _require(client, ClientKind.SUBSCRIBER)
        with self._lock:
            if destination_id is not None:
                self.destination(destination_id)
                if destination_id not in client.destination_ids:
                    raise forbidden("this subscriber client is not connected to the destination")
                wanted = {destination_id}
            else:
                wanted = set(client.destination_ids)
            ready = [
                s
                for s in self._submissions.values()
                if s.destination_id in wanted and s.state is SubmissionState.SUBMITTED
            ]
            ready.sort(key=lambda s: s.submitted_at or s.created_at)
            return len(ready), ready[offset : offset + limit]

    def fetch_submission(self, client: ApiClient, submission_id: str) -> Submission:
        _require(client, ClientKind.SUBSCRIBER)
        with self._lock:
            submission = self._submissions.get(submission_id)
            if submission is None or submission.state not in _READABLE_BY_SUBSCRIBER or submission.expired:
                raise not_found("submission-not-found", f"no submission {submission_id} for pickup")
            if submission.destination_id not in client.destination_ids:
                raise forbidden("this subscriber client is not connected to the submission's destination")
            return submission

    def fetch_attachment(self, client: ApiClient, submission_id: str, attachment_id: str) -> str:
        submission = self.fetch_submission(client, submission_id)
        jwe = submission.attachments.get(attachment_id)
        if jwe is None:
            raise not_found("attachment-not-found", f"no attachment {attachment_id} in submission {submission_id}")
        return jwe

    def event_log(self, client: ApiClient, case_id: str) -> list[str]:
        with self._lock:
            case = self._case(case_id)
            self._require_case_access(client, case)
            return [event.token for event in case.events]

    def post_event(self, client: ApiClient, case_id: str, token: str) -> LoggedEvent:
        """Verify and log a subscriber's accept or reject; 422 for a bad SET, 409 for an illegal transition."""
        _require(client, ClientKind.SUBSCRIBER)
        with self._lock:
            case = self._case(case_id)
            self._require_case_access(client, case)
            destination = self.destination(case.destination_id)
            submissions = {sid: self._submissions[sid] for sid in case.submission_ids}
        verified = verify_subscriber_event(token, destination, case, submissions)
        with self._lock:
            submission = self._submissions[verified.submission_id]
            if submission.state is not SubmissionState.SUBMITTED:
                raise ApiProblem(
                    409, "submission-state-invalid", f"submission is {submission.state.value}, not submitted"
                )
            submission.state = (
                SubmissionState.ACCEPTED if verified.event == ACCEPT_SUBMISSION else SubmissionState.REJECTED
            )
            return self._log(case, submission, verified.event, token.strip(), issuer=destination.destination_id)

    # --- the service's own duties -------------------------------------------------------------------------------

    def expire_overdue(self) -> int:
        """Reject (with a signed reject SET) every submission left ``submitted`` past the pickup deadline."""
        now = self.clock.now()
        expired = 0
        with self._lock:
            for submission in self._submissions.values():
                due = submission.submitted_at is not None and now - submission.submitted_at >= PICKUP_DEADLINE
                if submission.state is SubmissionState.SUBMITTED and due:
                    submission.state = SubmissionState.REJECTED
                    submission.expired = True
                    self._log(self._cases[submission.case_id], submission, *self.signer.expired(submission, now))
                    expired += 1
        return expired

    # --- views for tests and the admin endpoints ----------------------------------------------------------------

    def all_events(self) -> list[LoggedEvent]:
        with self._lock:
            events = [event for case in self._cases.values() for event in case.events]
        return sorted(events, key=lambda event: event.logged_at)

    def submissions(self) -> list[Submission]:
        with self._lock:
            return list(self._submissions.values())

    # --- helpers ------------------------------------------------------------------------------------------------

    def _log(
        self, case: Case, submission: Submission, event: str, token: str, *, issuer: str | None = None
    ) -> LoggedEvent:
        logged = LoggedEvent(
            case_id=case.case_id,
            submission_id=submission.submission_id,
            event=event,
            issuer=issuer or self.signer.issuer,
            token=token,
            logged_at=self.clock.now(),
        )
        case.events.append(logged)
        return logged

    def _case(self, case_id: str) -> Case:
        case = self._cases.get(case_id)
        if case is None:
            raise not_found("case-not-found", f"no case {case_id}")
        return case

    def _require_case_access(self, client: ApiClient, case: Case) -> None:
        if client.kind is ClientKind.SENDER and case.sender_client_id != client.client_id:
            raise forbidden("this sender client did not create the case")
        if client.kind is ClientKind.SUBSCRIBER and case.destination_id not in client.destination_ids:
            raise forbidden("this subscriber client is not connected to the case's destination")

    def _own_incomplete(self, client: ApiClient, submission_id: str) -> Submission:
        submission = self._submissions.get(submission_id)
        if submission is None:
            raise not_found("submission-not-found", f"no submission {submission_id}")
        if submission.sender_client_id != client.client_id:
            raise forbidden("this sender client did not create the submission")
        if submission.state is not SubmissionState.INCOMPLETE:
            raise ApiProblem(409, "submission-state-invalid", f"submission is already {submission.state.value}")
        return submission


def _require(client: ApiClient, kind: ClientKind) -> None:
    if client.kind is not kind:
        raise forbidden(f"this endpoint is for {kind.value} clients, not for {client.kind.value} clients")
