"""Intake: each FIT-Connect submission becomes exactly one case, or is rejected with the matching problem.

Order matters for "never lost, never duplicated": the case and its intake-book entry commit in one transaction;
only then is the accept event sent; the book records when the delivery service confirmed it. A crash anywhere
leaves either nothing (the submission is fetched again next pass), or a committed case whose event is sent again
(the delivery service answers 409 to a second accept, and its event log shows ours already arrived).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.cases import Channel
from models.db import Database
from models.intake import IntakeOutcome
from models.operations.actors import Actor, system_actor
from models.operations.case_creation import AttachmentInput, NewCase
from models.operations.catalogue import service_key_for
from models.operations.intake_book import (
    Acceptance,
    IntakeRecord,
    PortalPaymentInput,
    Rejection,
    SubmissionKey,
    book_submissions,
    confirm_event,
    find_intake,
)
from sync.applicant import applicant_from
from sync.credentials import Credentials
from sync.fitconnect.client import EventPostOutcome, SubmissionEnvelope, SubscriberClient
from sync.fitconnect.crypto import EVENT_BASE, CryptoError, sign_set, unverified_set_claims
from sync.fitconnect.errors import PayloadTooLarge
from sync.fitconnect.problems import Problem, ProblemKind, SubmissionInvalid
from sync.submission_check import OpenedSubmission, open_submission

log = logging.getLogger(__name__)

ACCEPT_EVENT = EVENT_BASE + "accept-submission"
REJECT_EVENT = EVENT_BASE + "reject-submission"
DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


class IntakeResult(enum.StrEnum):
    NEW_CASE = "new_case"
    REJECTED = "rejected"
    ALREADY_KNOWN = "already_known"  # booked in an earlier pass (its event is re-sent if still unconfirmed)


@dataclass(frozen=True)
class PreparedSubmission:
    """A submission fetched and checked, not yet booked: exactly one of known, opened and invalid is set."""

    submission_id: str
    known: IntakeRecord | None = None
    key: SubmissionKey | None = None
    envelope: SubmissionEnvelope | None = None
    opened: OpenedSubmission | None = None
    invalid: SubmissionInvalid | None = None


@dataclass(frozen=True)
class IntakeReport:
    submission_id: str
    result: IntakeResult
    record: IntakeRecord


class Intake:
    def __init__(
        self,
        db: Database,
        client: SubscriberClient,
        credentials: Credentials,
        destination_id: str,
        *,
        actor: Actor | None = None,
        max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    ) -> None:
        self.db = db
        self.client = client
        self.credentials = credentials
        self.destination_id = destination_id
        self.actor = actor or system_actor("sync")
        self.max_attachment_bytes = max_attachment_bytes
        self._service_keys: dict[tuple[str | None, str | None], str] = {}  # catalogue lookups, per pass

    def process(self, submission_id: str) -> IntakeReport:
        """Take in one submission completely: prepare, book, send our event."""
        report = self.book(self.prepare(submission_id))
        if report.record.event_confirmed_at is None:
            self.send_event(report.record)
        return report

    def prepare(self, submission_id: str, *, known_checked: bool = False) -> PreparedSubmission:
        """Fetch, decrypt and check a submission; writes nothing, so several may run in parallel.

        ``known_checked``: the caller has just looked the submission up in the intake book (a whole listing at
        once) and found nothing; booking would still keep an entry that appeared meanwhile.
        """
        known = None if known_checked else find_intake(self.db, submission_id)
        if known is not None:
            return PreparedSubmission(submission_id, known=known)
        envelope = self.client.submission(submission_id)
        key = SubmissionKey(
            submission_id=envelope.submission_id,
            fitconnect_case_id=envelope.case_id,
            destination_id=envelope.destination_id,
            service_identifier=envelope.service_identifier,
            service_name=envelope.service_name,
        )
        try:
            return PreparedSubmission(submission_id, key=key, envelope=envelope, opened=self._open(envelope))
        except SubmissionInvalid as invalid:
            log.warning("rejecting submission %s: %s", submission_id, invalid)
            return PreparedSubmission(submission_id, key=key, envelope=envelope, invalid=invalid)

    def book(self, prepared: PreparedSubmission) -> IntakeReport:
        """Commit the outcome (a case, or a rejection) in the intake book; the event is sent afterwards."""
        return self.book_many([prepared])[0]

    def book_many(self, batch: Sequence[PreparedSubmission]) -> list[IntakeReport]:
        """Book several prepared submissions in one transaction (what the pipeline has ready)."""
        decisions: list[Acceptance | Rejection] = []
        results: list[IntakeResult] = []
        reports: dict[int, IntakeReport] = {}
        for index, prepared in enumerate(batch):
            if prepared.known is not None:
                reports[index] = IntakeReport(prepared.submission_id, IntakeResult.ALREADY_KNOWN, prepared.known)
                continue
            assert prepared.key is not None
            assert prepared.envelope is not None
            if prepared.invalid is not None:
                decisions.append(Rejection(prepared.key, [prepared.invalid.problem.as_json()]))
                results.append(IntakeResult.REJECTED)
            else:
                assert prepared.opened is not None
                decisions.append(
                    Acceptance(
                        prepared.key,
                        self._new_case(prepared.envelope, prepared.opened),
                        prepared.opened.authentication_tags,
                        _payment(prepared.opened.metadata),
                    )
                )
                results.append(IntakeResult.NEW_CASE)
        records = iter(book_submissions(self.db, self.actor, decisions) if decisions else [])
        outcomes = iter(results)
        for index, prepared in enumerate(batch):
            if index not in reports:
                reports[index] = IntakeReport(prepared.submission_id, next(outcomes), next(records))
        return [reports[index] for index in range(len(batch))]

    def _open(self, envelope: SubmissionEnvelope) -> OpenedSubmission:
        def fetch(attachment_id: str) -> str:
            try:
                return self.client.attachment(
                    envelope.submission_id, attachment_id, max_bytes=self.max_attachment_bytes
                )
            except PayloadTooLarge as error:
                detail = f"larger than {self.max_attachment_bytes} bytes (encrypted)"
                problem = Problem(ProblemKind.ATTACHMENT_TOO_LARGE, detail, f"attachment:{attachment_id}")
                raise SubmissionInvalid(problem) from error

        return open_submission(
            envelope.encrypted_metadata,
            envelope.encrypted_data,
            tuple(envelope.attachment_ids),
            fetch,
            self.credentials.decryption_keys,
        )

    def _service_key(self, identifier: str | None, schema_uri: str | None) -> str:
        cache_key = (identifier, schema_uri)
        if cache_key not in self._service_keys:
            self._service_keys[cache_key] = service_key_for(self.db, identifier, schema_uri)
        return self._service_keys[cache_key]

    def _new_case(self, envelope: SubmissionEnvelope, opened: OpenedSubmission) -> NewCase:
        service_key = self._service_key(envelope.service_identifier, opened.schema_uri)
        return NewCase(
            service_key=service_key,
            applicant=applicant_from(opened.form_data, opened.metadata),
            form_data=opened.form_data,
            channel=Channel.ONLINE,
            submission_id=envelope.submission_id,
            portal_service=envelope.service_name,
            attachments=tuple(
                AttachmentInput(a.filename, a.mime_type, a.content, description=a.purpose) for a in opened.attachments
            ),
        )

    def send_event(self, record: IntakeRecord) -> None:
        """Send our accept/reject event and book its confirmation (204, or 409 with ours already in the log)."""
        self.post_event(record)
        confirm_event(self.db, record.submission_id)

    def post_event(self, record: IntakeRecord) -> str:
        """Send our accept/reject event; returns the submission id once the delivery service holds the decision.

        The caller books the confirmation (the sync pass books many in one transaction). Should that booking be
        lost, the next pass sends the event again, meets 409 and finds ours in the event log.
        """
        payload: dict[str, Any]
        if record.outcome == IntakeOutcome.ACCEPTED:
            event, payload = ACCEPT_EVENT, {"authenticationTags": record.authentication_tags}
        else:
            event, payload = REJECT_EVENT, {"problems": list(record.problems)}
        token = sign_set(
            self.credentials.signing_key,
            issuer=self.destination_id,
            submission_id=record.submission_id,
            case_id=record.fitconnect_case_id,
            event=event,
            event_payload=payload,
        )
        outcome = self.client.post_event(record.fitconnect_case_id, token)
        if outcome == EventPostOutcome.CONFLICT:
            ours = self._decision_in_log(record)
            if ours is None:
                log.warning(
                    "delivery service refused our %s for submission %s and holds no decision of ours",
                    event.rsplit("/", 1)[-1],
                    record.submission_id,
                )
            elif ours != event:
                log.error(
                    "submission %s: the delivery service holds %s, we booked %s", record.submission_id, ours, event
                )
        return record.submission_id

    def _decision_in_log(self, record: IntakeRecord) -> str | None:
        """Our accept or reject event for this submission in the case's event log, if there."""
        for token in self.client.event_log(record.fitconnect_case_id):
            try:
                claims = unverified_set_claims(token)
            except CryptoError:
                continue
            if claims.get("iss") != self.destination_id or claims.get("sub") != f"submission:{record.submission_id}":
                continue
            for event in claims.get("events", {}):
                if event in (ACCEPT_EVENT, REJECT_EVENT):
                    return str(event)
        return None


def _payment(metadata: dict[str, Any]) -> PortalPaymentInput | None:
    info = metadata.get("paymentInformation")
    if not isinstance(info, dict) or not info.get("transactionId"):
        return None
    amount = info.get("grossAmount")
    return PortalPaymentInput(
        transaction_id=str(info["transactionId"]),
        transaction_reference=info.get("transactionReference"),
        payment_method=str(info.get("paymentMethod", "OTHER")),
        status=str(info.get("status", "INITIAL")),
        gross_amount=float(amount) if isinstance(amount, int | float) else None,
    )
