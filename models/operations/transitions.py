"""Moving a case through its states (bearbeiten, nachfordern, bewilligen, ablehnen, abschließen)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from models.case_status import CaseStatus, can_transition
from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import IllegalTransition, InvalidInput
from models.letters import LetterRenderer
from models.operations import correspondence
from models.operations.actors import Actor
from models.operations.case_access import add_event, case_for_update, require_holder
from models.operations.correspondence import document_request_values, has_postal_address
from models.operations.mapping import case_row, document_row
from models.operations.rows import CaseRow, DocumentRow
from models.services.registry import specialised
from models.town_config import TownProfile, load_section
from models.users import User
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
) -> TransitionResult:
    """Change a case's status. Rejections need a reason.

    With ``write_letter`` (and a ``render_letter``), the decision is written to the citizen in the same
    transaction and queued for printing: approval → confirmation, rejection → rejection notice with the reason
    and the legal-remedy notice, waiting for the citizen → request for the documents listed one per line in
    ``comment``, answered by ``reply_by`` (default: the town's reply period). A specialised service's approval
    effects (e.g. scheduling a bulky-waste pickup) happen with or without a letter.
    """
    comment = (comment or "").strip() or None
    if target == CaseStatus.REJECTED and not comment:
        raise InvalidInput("reason", "required")
    if comment and len(comment) > MAX_COMMENT_LENGTH:
        raise InvalidInput("comment", "too_long")
    today = today or dt.date.today()
    with db.write() as session:
        case = case_for_update(session, case_id, expected_version)
        actor.require_case_work(case.service)
        require_holder(case, actor)
        current = case.status
        if not can_transition(current, target):
            raise IllegalTransition(case.reference, current.value, target.value)
        if case.assignee_id is None and actor.user_id is not None:
            case.assignee = session.get(User, actor.user_id)
            add_event(session, case, actor, EventKind.CLAIM)
        _pause_or_resume_deadline(case, target, today)
        case.status = target
        add_event(session, case, actor, EventKind.TRANSITION, from_status=current, to_status=target, comment=comment)
        extra: dict[str, Any] = {}
        service = specialised(case.service.key)
        if target == CaseStatus.APPROVED and service is not None and service.on_approved is not None:
            extra = service.on_approved(session, case, actor, today)
        document = None
        kind = LETTER_OF_TRANSITION.get(target)
        if write_letter and render_letter is not None and kind is not None and has_postal_address(case.applicant):
            if target == CaseStatus.REJECTED:
                extra = {"gruende": comment}
            elif target == CaseStatus.WAITING_FOR_CITIZEN:
                town = load_section(session, TownProfile)
                extra = document_request_values(comment or "", town, today, reply_by)
            document = correspondence.write_letter(session, case, actor, kind, render_letter, today, extra=extra)
        session.flush()
        return TransitionResult(
            case=case_row(case), document=document_row(document, case.reference) if document else None
        )


def _pause_or_resume_deadline(case: Case, target: CaseStatus, today: dt.date) -> None:
    """The processing deadline does not run while the case waits for the citizen."""
    if target == CaseStatus.WAITING_FOR_CITIZEN:
        case.waiting_since = today
    elif case.status == CaseStatus.WAITING_FOR_CITIZEN and case.waiting_since is not None:
        paused = working_days_between(case.waiting_since, today)
        case.due_date = add_working_days(case.due_date, paused)
        case.waiting_since = None
