"""Intake: each FIT-Connect submission becomes exactly one case, or is rejected with the matching problem.

Order matters for "never lost, never duplicated": the case and its intake-book entry commit in one transaction;
only then is the accept event sent; the book records when the delivery service confirmed it. A crash anywhere
leaves either nothing (the submission is fetched again next pass), or a committed case whose event is sent again
(the delivery service answers 409 to a second accept, and its event log shows ours already arrived).

No single submission can stop the intake. Whatever a sender puts on the wire ends as a case or as a rejection
with a fitting problem; an error nobody foresaw while preparing or booking one submission (which may be a fault of
ours) keeps that one aside — the others are booked without it — and it is tried again in the next passes, then
rejected with ``technical-error`` after :data:`MAX_FAULTY_PASSES` (the admin sees it meanwhile). Only failures of
the whole pass end it: the delivery service unreachable, our credentials refused, the database gone.
"""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.actors import Actor, system_actor
from models.cases import Attachment, Channel
from models.db import Database
from models.errors import DatabaseUnavailable, InvalidCharacter, InvalidInput, TooLong
from models.intake import IntakeOutcome
from models.operations.case_creation import AttachmentInput, NewCase, checked_applicant
from models.operations.catalogue import service_key_for
from models.operations.intake_book import (
    Acceptance,
    IntakeRecord,
    PortalPaymentInput,
    Rejection,
    SubmissionKey,
    book_submissions,
    check_storable,
    confirm_event,
    find_intake,
    record_fault,
)
from models.storable_text import file_name
from sync.applicant import ApplicantSource, applicant_from
from sync.credentials import Credentials
from sync.fitconnect.client import EventPostOutcome, SubmissionEnvelope, SubscriberClient
from sync.fitconnect.crypto import EVENT_BASE, CryptoError, sign_set, unverified_set_claims
from sync.fitconnect.envelopes import SubmissionRef
from sync.fitconnect.errors import (
    CredentialsRejected,
    DeliveryServiceRefused,
    DeliveryServiceUnreachable,
    PayloadTooLarge,
)
from sync.fitconnect.problems import Problem, ProblemKind, SubmissionInvalid
from sync.submission_check import OpenedSubmission, open_submission

log = logging.getLogger(__name__)

ACCEPT_EVENT = EVENT_BASE + "accept-submission"
REJECT_EVENT = EVENT_BASE + "reject-submission"
DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
#: Passes in which an unforeseen error may hit the same submission before it is rejected (``technical-error``).
MAX_FAULTY_PASSES = 3
#: Failures of the whole pass, not of one submission: they end the pass and nothing is kept aside for them.
PASS_FAILURES: tuple[type[Exception], ...] = (DeliveryServiceUnreachable, CredentialsRejected, DatabaseUnavailable)

_PASS_FAILURE_OR_REFUSAL: tuple[type[Exception], ...] = (*PASS_FAILURES, DeliveryServiceRefused)


class IntakeResult(enum.StrEnum):
    NEW_CASE = "new_case"
    REJECTED = "rejected"
    ALREADY_KNOWN = "already_known"  # booked in an earlier pass (its event is re-sent if still unconfirmed)
    HELD = "held"  # kept aside after an unforeseen error; tried again next pass


@dataclass(frozen=True)
class PreparedSubmission:
    """A submission fetched and checked, not yet booked: exactly one of known, decision and fault is set."""

    submission_id: str
    known: IntakeRecord | None = None
    decision: Acceptance | Rejection | None = None
    fault: str | None = None  # what went wrong, unforeseen (type, message, where)
    key: SubmissionKey | None = None  # set with ``decision`` and ``fault``


@dataclass(frozen=True)
class IntakeReport:
    submission_id: str
    result: IntakeResult
    record: IntakeRecord | None  # None only for HELD

    @property
    def event_due(self) -> bool:
        """Our accept/reject event still has to reach the delivery service."""
        return self.record is not None and self.record.event_confirmed_at is None


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
        (report,) = self.book_many([self.prepare(submission_id)])
        if report.record is not None and report.event_due:
            self.send_event(report.record)
        return report

    def prepare(
        self, submission_id: str, *, listed: SubmissionRef | None = None, known_checked: bool = False
    ) -> PreparedSubmission:
        """Fetch, decrypt and check a submission; writes nothing, so several may run in parallel.

        ``listed`` is the entry of the pickup list (it names the FIT-Connect case even when the submission itself
        cannot be read). ``known_checked``: the caller has just looked the submission up in the intake book (a
        whole listing at once) and found nothing; booking would still keep an entry that appeared meanwhile.
        Raises only for failures of the whole pass and :class:`DeliveryServiceRefused` (skip it this pass).
        """
        known = None if known_checked else find_intake(self.db, submission_id)
        if known is not None:
            return PreparedSubmission(submission_id, known=known)
        key = _listed_key(listed)
        try:
            envelope = self.client.submission(submission_id)
            key = SubmissionKey(
                submission_id=envelope.submission_id,
                fitconnect_case_id=envelope.case_id,
                destination_id=envelope.destination_id,
                service_identifier=envelope.service_identifier,
                service_name=envelope.service_name,
            )
            return PreparedSubmission(submission_id, key=key, decision=self._decide(key, envelope))
        except _PASS_FAILURE_OR_REFUSAL:
            raise
        except Exception as error:
            if key is None:  # nothing to keep it aside under (``process`` of a single id)
                raise
            log.exception("unforeseen error while preparing submission %s; kept aside", submission_id)
            return PreparedSubmission(submission_id, key=key, fault=_describe(error))

    def _decide(self, key: SubmissionKey, envelope: SubmissionEnvelope) -> Acceptance | Rejection:
        try:
            opened = self._open(envelope)
            acceptance = Acceptance(
                key, self._new_case(envelope, opened), opened.authentication_tags, _payment(opened.metadata)
            )
            _check_storable(acceptance)
            return acceptance
        except SubmissionInvalid as invalid:
            # kind and place only: the detail may quote the citizen's values (a schema error names the value)
            problem = invalid.problem
            log.warning("rejecting submission %s: %s (%s)", key.submission_id, problem.kind.value, problem.instance)
            return Rejection(key, [invalid.problem.as_json()])

    def book_many(self, batch: Sequence[PreparedSubmission]) -> list[IntakeReport]:
        """Book several prepared submissions in one transaction (what the pipeline has ready).

        Should the booking fail for a reason other than the database being gone, each submission is booked on
        its own, so that one that cannot be booked is kept aside (or finally rejected) and the rest go in.
        """
        try:
            return self._book(batch)
        except PASS_FAILURES:
            raise
        except Exception as error:
            if len(batch) == 1:
                log.exception("unforeseen error while booking submission %s; kept aside", batch[0].submission_id)
                return [self._faulty(batch[0], _describe(error))]
            log.warning("booking %d submissions together failed (%s); booking them one by one", len(batch), error)
            return [report for prepared in batch for report in self.book_many([prepared])]

    def _book(self, batch: Sequence[PreparedSubmission]) -> list[IntakeReport]:
        reports: dict[int, IntakeReport] = {}
        decisions: list[tuple[int, Acceptance | Rejection]] = []
        for index, prepared in enumerate(batch):
            if prepared.known is not None:
                reports[index] = IntakeReport(prepared.submission_id, IntakeResult.ALREADY_KNOWN, prepared.known)
            elif prepared.fault is not None:
                reports[index] = self._faulty(prepared, prepared.fault)
            else:
                assert prepared.decision is not None
                decisions.append((index, prepared.decision))
        records = book_submissions(self.db, self.actor, [d for _, d in decisions]) if decisions else []
        for (index, decision), booked in zip(decisions, records, strict=True):
            result = IntakeResult.NEW_CASE if isinstance(decision, Acceptance) else IntakeResult.REJECTED
            if booked.outcome != (
                IntakeOutcome.ACCEPTED if result is IntakeResult.NEW_CASE else IntakeOutcome.REJECTED
            ):
                result = IntakeResult.ALREADY_KNOWN  # another workstation booked it first, the other way
            reports[index] = IntakeReport(batch[index].submission_id, result, booked)
        return [reports[index] for index in range(len(batch))]

    def _faulty(self, prepared: PreparedSubmission, fault: str) -> IntakeReport:
        """Keep the submission aside; after ``MAX_FAULTY_PASSES`` reject it so that the citizen learns of it."""
        assert prepared.key is not None
        try:
            passes = record_fault(self.db, prepared.key, fault)
        except PASS_FAILURES:
            raise
        except Exception:  # not even the note can be written (ids the book cannot hold): tried again next pass
            log.exception("could not record the fault of submission %s", prepared.submission_id)
            return IntakeReport(prepared.submission_id, IntakeResult.HELD, None)
        if passes < MAX_FAULTY_PASSES:
            return IntakeReport(prepared.submission_id, IntakeResult.HELD, None)
        detail = f"the submission could not be processed in {passes} attempts; the town hall's IT has been told"
        problem = Problem(ProblemKind.TECHNICAL_ERROR, detail, "submission")
        try:
            (booked,) = book_submissions(self.db, self.actor, [Rejection(prepared.key, [problem.as_json()])])
        except PASS_FAILURES:
            raise
        except Exception:
            log.exception("could not even book the rejection of submission %s; it stays aside", prepared.submission_id)
            return IntakeReport(prepared.submission_id, IntakeResult.HELD, None)
        # the fault's text (it may quote submitted values) is in the list of kept-aside submissions, not the log
        log.error("rejected submission %s after %d faulty passes", prepared.submission_id, passes)
        return IntakeReport(prepared.submission_id, IntakeResult.REJECTED, booked)

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
            max_attachment_bytes=self.max_attachment_bytes,
        )

    def _service_key(self, identifier: str | None, schema_uri: str | None) -> str:
        cache_key = (identifier, schema_uri)
        if cache_key not in self._service_keys:
            self._service_keys[cache_key] = service_key_for(self.db, identifier, schema_uri)
        return self._service_keys[cache_key]

    def _new_case(self, envelope: SubmissionEnvelope, opened: OpenedSubmission) -> NewCase:
        service_key = self._service_key(envelope.service_identifier, opened.schema_uri)
        source = applicant_from(opened.form_data, opened.metadata)
        try:
            applicant = checked_applicant(source.applicant)
        except InvalidInput as refused:
            raise SubmissionInvalid(_applicant_problem(source, refused)) from refused
        return NewCase(
            service_key=service_key,
            applicant=applicant,
            form_data=opened.form_data,
            channel=Channel.ONLINE,
            submission_id=envelope.submission_id,
            portal_service=envelope.service_name,
            attachments=tuple(
                AttachmentInput(
                    file_name(a.filename, Attachment.filename, f"{a.attachment_id}.bin"),
                    a.mime_type,
                    a.content,
                    description=a.purpose,
                )
                for a in opened.attachments
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
            events = claims.get("events")
            for event in events if isinstance(events, dict) else ():
                if event in (ACCEPT_EVENT, REJECT_EVENT):
                    return str(event)
        return None


def _check_storable(acceptance: Acceptance) -> None:
    try:
        check_storable(acceptance)
    except InvalidInput as refused:
        limit = f"longer than {refused.limit} characters" if isinstance(refused, TooLong) else refused.problem
        problem = Problem(ProblemKind.METADATA_SCHEMA_VIOLATION, f"{refused.field}: {limit}", "metadata")
        raise SubmissionInvalid(problem) from refused


def _listed_key(listed: SubmissionRef | None) -> SubmissionKey | None:
    if listed is None:
        return None
    return SubmissionKey(
        submission_id=listed.submission_id,
        fitconnect_case_id=listed.case_id,
        destination_id=listed.destination_id,
        service_identifier=None,
        service_name=None,
    )


def _describe(error: BaseException) -> str:
    """The error for the admin's list and the log: type, message and the innermost frame of ours."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/site-packages/" not in f.filename]
    where = f" (at {frames[-1].filename.rsplit('/', 2)[-1]}:{frames[-1].lineno})" if frames else ""
    return f"{type(error).__name__}: {error}"[:1500] + where


def _applicant_problem(source: ApplicantSource, refused: InvalidInput) -> Problem:
    """A data-schema-style problem that names the field of the submission the refused value came from."""
    where = source.path(refused.field)
    if isinstance(refused, InvalidCharacter):
        code = ord(refused.character)
        kind = "an address (DIN 91379 data type B)" if refused.in_address else "a name (DIN 91379 data type A)"
        detail = f"{where}: character U+{code:04X} is not permitted in {kind}"
    elif isinstance(refused, TooLong):
        detail = f"{where}: longer than {refused.limit} characters"
    else:
        detail = f"{where}: {refused.problem}"
    problem_kind = (
        ProblemKind.DATA_SCHEMA_VIOLATION if source.instance == "data" else ProblemKind.METADATA_SCHEMA_VIOLATION
    )
    return Problem(problem_kind, detail, source.instance)


def _payment(metadata: dict[str, Any]) -> PortalPaymentInput | None:
    info = metadata.get("paymentInformation")
    if not isinstance(info, dict) or not info.get("transactionId"):
        return None
    amount = info.get("grossAmount")
    reference = info.get("transactionReference")
    return PortalPaymentInput(
        transaction_id=str(info["transactionId"]),
        transaction_reference=reference if isinstance(reference, str) else None,
        payment_method=str(info.get("paymentMethod", "OTHER")),
        status=str(info.get("status", "INITIAL")),
        gross_amount=float(amount) if isinstance(amount, int | float) and not isinstance(amount, bool) else None,
    )
