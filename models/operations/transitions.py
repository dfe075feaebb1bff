"""Moving a case through its states (bearbeiten, nachfordern, bewilligen, ablehnen, abschließen)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.case_status import OPEN_STATES, CaseStatus, can_transition
from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import IllegalTransition, InvalidInput
from models.german_format import format_euro
from models.german_format import today as german_today
from models.letters import LetterRenderer
from models.operations.case_access import add_event, case_as_read, case_for_work, holder_may_work
from models.operations.case_fees import tariff_fee_missing
from models.operations.correspondence import (
    LetterDraft,
    PreparedLetter,
    book_with_letter,
    document_request_values,
    draft_letter,
    has_postal_address,
    keep_letter,
)
from models.operations.duplicates import DECISION_WORDS, decide_duplicates_of
from models.operations.mapping import case_row, document_row
from models.operations.rights import operation
from models.operations.rows import CaseRow, DocumentRow
from models.services import PAYMENT_VALUE
from models.services.registry import specialised
from models.town_config import TownProfile, load_section
from models.working_days import add_working_days, working_days_between

MAX_COMMENT_LENGTH = 4000

#: The letter a transition writes to the citizen.
LETTER_OF_TRANSITION = {
    CaseStatus.APPROVED: DocumentKind.CONFIRMATION_LETTER,
    CaseStatus.REJECTED: DocumentKind.REJECTION_LETTER,
    CaseStatus.WAITING_FOR_CITIZEN: DocumentKind.DOCUMENT_REQUEST,
}


@dataclass(frozen=True)
class TransitionResult:
    case: CaseRow
    document: DocumentRow | None  # the letter the transition produced, if any


class UnpaidFee(enum.StrEnum):
    """What the clerk chose when approving a case whose fee is still open (recorded in the approval's history)."""

    APPROVE_ANYWAY = "approve_anyway"  # trotzdem genehmigen
    FEE_NOTICE = "fee_notice"  # a fee notice was written first


UNPAID_FEE_NOTES = {
    UnpaidFee.APPROVE_ANYWAY: "Gebühr offen ({amount}): trotzdem genehmigt.",
    UnpaidFee.FEE_NOTICE: "Gebühr offen ({amount}): Gebührenbescheid erstellt.",
}


def _approval_comment(case: Case, comment: str | None, unpaid_fee: UnpaidFee | None) -> str | None:
    open_cents = case.open_fee_cents
    if unpaid_fee is None or open_cents <= 0:
        return comment
    note = UNPAID_FEE_NOTES[unpaid_fee].format(amount=format_euro(open_cents))
    return f"{comment} {note}" if comment else note


@operation
def transition_case(
    db: Database,
    actor: Actor,
    case_id: int,
    target: CaseStatus,
    *,
    expected_version: int | None,
    comment: str | None = None,
    render_letter: LetterRenderer | None = None,
    write_letter: bool = True,
    reply_by: dt.date | None = None,
    today: dt.date | None = None,
    unpaid_fee: UnpaidFee | None = None,
) -> TransitionResult:
    """Change a case's status. Rejections need a reason; an approval with the fee still open records the clerk's
    choice (``unpaid_fee``) in its history; a case of a tariff service is approved only once its fee was set
    (:func:`~models.operations.case_fees.set_tariff_fee`, else ``InvalidInput("fee", "tariff_amount_missing")``).

    With ``write_letter`` (and a ``render_letter``), the decision is written to the citizen and booked in the
    same transaction, queued for printing: approval → confirmation, rejection → rejection notice with the reason
    and the legal-remedy notice, waiting for the citizen → request for the documents listed one per line in
    ``comment``, answered by ``reply_by`` (default: the town's reply period). The letter is rendered before that
    transaction starts (:func:`~models.operations.correspondence.book_with_letter`); a template that cannot be
    filled in raises :class:`~models.errors.LetterTextUnusable` and nothing is booked. A specialised service's
    approval effects (e.g. scheduling a bulky-waste pickup) happen with or without a letter; a service may hold
    an approval back with a note in the history (the case keeps its status, no letter), and may act on a
    rejection (e.g. log the refusal of a register information).
    """
    comment = (comment or "").strip() or None
    if target == CaseStatus.REJECTED and not comment:
        raise InvalidInput("reason", "required")
    if comment and len(comment) > MAX_COMMENT_LENGTH:
        raise InvalidInput("comment", "too_long")
    day = today or german_today()
    kind = LETTER_OF_TRANSITION.get(target) if write_letter else None

    def letter(session: Session, case: Case, extra: dict[str, Any]) -> LetterDraft | None:
        if kind is None or not has_postal_address(case.applicant):
            return None
        if target == CaseStatus.REJECTED:
            service = specialised(case.service.key)
            own = service.rejection_values(case) if service is not None and service.rejection_values else {}
            extra = {**own, "gruende": comment}
        elif target == CaseStatus.WAITING_FOR_CITIZEN:
            town = load_section(session, TownProfile)
            extra = document_request_values(comment or "", town, day, reply_by)
        values = {name: value for name, value in extra.items() if name != PAYMENT_VALUE}
        payment = extra.get(PAYMENT_VALUE)
        return draft_letter(session, case, actor, kind, day, extra=values, payment=payment)

    def draft(session: Session) -> LetterDraft | None:
        case = case_as_read(session, actor, case_id, expected_version)
        _check_transition(case, actor, target)
        service = specialised(case.service.key)
        planned: dict[str, Any] = {}
        if _hold(session, case, actor, target, day) is not None:
            return None
        if target == CaseStatus.APPROVED and service is not None and service.planned_on_approval is not None:
            planned = service.planned_on_approval(session, case, day)
        return letter(session, case, planned)

    def book(session: Session, prepared: PreparedLetter | None) -> TransitionResult:
        case = case_for_work(session, actor, case_id, expected_version, step="transition", states=None, take_over=True)
        current = case.status
        if not can_transition(current, target):
            raise IllegalTransition(case.reference, current.value, target.value)
        _require_fee_for_approval(case, target)
        hold = _hold(session, case, actor, target, day)
        if hold is not None:
            add_event(session, case, actor, EventKind.COMMENT, comment=hold)
            session.flush()
            return TransitionResult(case=case_row(case), document=None)
        _pause_or_resume_deadline(case, target, day)
        case.status = target
        if target not in OPEN_STATES and case.decided_at is None:
            case.decided_at = utcnow()  # the backlog's outflow and the deadline KPI count from here
        service = specialised(case.service.key)
        noted = comment
        if target == CaseStatus.APPROVED:
            notes = service.approval_notes(session, case, day) if service and service.approval_notes else ()
            noted = " ".join(filter(None, (_approval_comment(case, comment, unpaid_fee), *notes))) or None
        add_event(session, case, actor, EventKind.TRANSITION, from_status=current, to_status=target, comment=noted)
        extra: dict[str, Any] = {}
        if target == CaseStatus.APPROVED and service is not None and service.on_approved is not None:
            extra = service.on_approved(session, case, actor, day)
        if target == CaseStatus.REJECTED and service is not None and service.on_rejected is not None:
            service.on_rejected(session, case, actor, day)
        document = None
        if render_letter is not None:
            document = keep_letter(session, case, actor, prepared, letter(session, case, extra))
        session.flush()
        return TransitionResult(
            case=case_row(case), document=document_row(document, case.reference) if document else None
        )

    if render_letter is None or kind is None:
        with db.write() as session:
            result = book(session, None)
    else:
        result = book_with_letter(db, render_letter, draft, book)
    if result.case.status in DECISION_WORDS:  # confirmed duplicates are decided with it, each with its letter
        decide_duplicates_of(db, actor, case_id, result.case.status, render_letter if write_letter else None, today=day)
    return result


def _hold(session: Session, case: Case, actor: Actor, target: CaseStatus, today: dt.date) -> str | None:
    """The note of a specialised service that holds this approval back (the case stays as it is), if any."""
    service = specialised(case.service.key)
    if target != CaseStatus.APPROVED or service is None or service.held_on_approval is None:
        return None
    return service.held_on_approval(session, case, actor, today)


def _check_transition(case: Case, actor: Actor, target: CaseStatus) -> None:
    holder_may_work(case, actor, take_over=True)
    if not can_transition(case.status, target):
        raise IllegalTransition(case.reference, case.status.value, target.value)
    _require_fee_for_approval(case, target)


def _require_fee_for_approval(case: Case, target: CaseStatus) -> None:
    """A case of a tariff service is approved only with its fee set by the clerk (not the tariff's lowest amount
    it started with)."""
    if target == CaseStatus.APPROVED and tariff_fee_missing(case):
        raise InvalidInput("fee", "tariff_amount_missing")


def _pause_or_resume_deadline(case: Case, target: CaseStatus, today: dt.date) -> None:
    """The processing deadline does not run while the case waits for the citizen."""
    if target == CaseStatus.WAITING_FOR_CITIZEN:
        case.waiting_since = today
    elif case.status == CaseStatus.WAITING_FOR_CITIZEN and case.waiting_since is not None:
        paused = working_days_between(case.waiting_since, today)
        case.due_date = add_working_days(case.due_date, paused)
        case.waiting_since = None
