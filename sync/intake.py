"""Intake: each FIT-Connect submission becomes exactly one case, or is rejected with the matching problem.

Order matters for "never lost, never duplicated": the case and its intake-book entry commit in one transaction;
only then is the accept event sent; the book records when the delivery service confirmed it. A crash anywhere
leaves either nothing (the submission is fetched again next pass), or a committed case whose event is sent again
(the delivery service answers 409 to a second accept, and its event log shows ours already arrived).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

from models.cases import Channel
from models.db import Database
from models.intake import IntakeOutcome
from models.operations.actors import Actor, system_actor
from models.operations.case_creation import AttachmentInput, NewCase
from models.operations.catalogue import service_key_for
from models.operations.intake_book import (
    IntakeRecord,
    PortalPaymentInput,
    SubmissionKey,
    accept_submission,
    confirm_event,
    find_intake,
    reject_submission,
)
from sync.applicant import applicant_from
from sync.credentials import Credentials
from sync.fitconnect.client import EventPostOutcome, SubmissionEnvelope, SubscriberClient
from sync.fitconnect.crypto import EVENT_BASE, CryptoError, sign_set, unverified_set_claims
from sync.fitconnect.problems import SubmissionInvalid
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

    def process(self, submission_id: str) -> IntakeReport:
        known = find_intake(self.db, submission_id)
        if known is not None:
            if known.event_confirmed_at is None:
                self.send_event(known)
            return IntakeReport(submission_id, IntakeResult.ALREADY_KNOWN, known)
        envelope = self.client.submission(submission_id)
        key = SubmissionKey(
            submission_id=envelope.submission_id,
            fitconnect_case_id=envelope.case_id,
            destination_id=envelope.destination_id,
            service_identifier=envelope.service_identifier,
            service_name=envelope.service_name,
        )
        try:
            opened = self._open(envelope)
        except SubmissionInvalid as invalid:
            log.warning("rejecting submission %s: %s", submission_id, invalid)
            record = reject_submission(self.db, self.actor, key, [invalid.problem.as_json()])
            self.send_event(record)
            return IntakeReport(submission_id, IntakeResult.REJECTED, record)
        record = accept_submission(
            self.db, self.actor, key, self._new_case(envelope, opened), opened.authentication_tags,
            _payment(opened.metadata),
        )
        self.send_event(record)
        return IntakeReport(submission_id, IntakeResult.NEW_CASE, record)

    def _open(self, envelope: SubmissionEnvelope) -> OpenedSubmission:
        def fetch(attachment_id: str) -> str:
            return self.client.attachment(
                envelope.submission_id, attachment_id, max_bytes=self.max_attachment_bytes
            )

        return open_submission(
            envelope.encrypted_metadata,
            envelope.encrypted_data,
            tuple(envelope.attachment_ids),
            fetch,
            self.credentials.decryption_keys,
        )

    def _new_case(self, envelope: SubmissionEnvelope, opened: OpenedSubmission) -> NewCase:
        service_key = service_key_for(self.db, envelope.service_identifier, opened.schema_uri)
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
                    event.rsplit("/", 1)[-1], record.submission_id,
                )
            elif ours != event:
                log.error(
                    "submission %s: the delivery service holds %s, we booked %s", record.submission_id, ours, event
                )
        confirm_event(self.db, record.submission_id)

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
