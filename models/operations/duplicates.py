"""Likely duplicates, handled once (Doppelanträge): the intake links a case to the first open case of the same
service from the same citizen (:mod:`models.operations.same_citizen`); the clerk confirms the link or unlinks it,
each a line in the history. When the first case is decided (approved or rejected), every confirmed duplicate that is
still open is decided with it — the same decision, no fee, none of the service's own effects (a dog is registered
once) — and its applicant gets a letter saying so (``duplicate_notice``), booked with the duplicate's decision in
one transaction per duplicate.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.case_status import OPEN_STATES, CaseStatus
from models.cases import Case, DuplicateState, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import CaseNotWorkable, InvalidInput
from models.german_format import today as german_today
from models.operations.case_access import add_event, case_as_read, case_for_update, case_for_work
from models.operations.correspondence import (
    LetterDraft,
    LetterRenderer,
    PreparedLetter,
    book_with_letter,
    draft_letter,
    has_postal_address,
    keep_letter,
)
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.visibility import visible_case

#: The decisions a duplicate follows, and how its letter names them.
DECISION_WORDS = {CaseStatus.APPROVED: "ihm entsprochen", CaseStatus.REJECTED: "ihn abgelehnt"}


def _linked(session: Session, actor: Actor, case_id: int, expected_version: int | None) -> Case:
    case = case_for_work(session, actor, case_id, expected_version, step="duplicate", states=OPEN_STATES,
                         take_over=True)  # fmt: skip
    if case.duplicate_of_id is None or case.duplicate_state is None:
        raise InvalidInput("duplicate", "not_linked")
    return case


def _first_reference(session: Session, case: Case) -> str:
    # visible: the case a visible one is linked to
    linked = select(Case.reference).where(Case.id == case.duplicate_of_id)  # visible: see above
    return session.scalar(linked) or "?"


@operation
def confirm_duplicate(db: Database, actor: Actor, case_id: int, *, expected_version: int | None = None) -> CaseRow:
    """The clerk confirms that case ``case_id`` duplicates the case it is linked to: the first one's decision
    will decide it too."""
    with db.write() as session:
        case = _linked(session, actor, case_id, expected_version)
        if case.duplicate_state is not DuplicateState.CONFIRMED:
            case.duplicate_state = DuplicateState.CONFIRMED
            first = _first_reference(session, case)
            add_event(session, case, actor, EventKind.COMMENT,
                      comment=f"Als Doppelung von Vorgang {first} bestätigt: wird mit ihm entschieden.")  # fmt: skip
        session.flush()
        return case_row(case)


@operation
def unlink_duplicate(db: Database, actor: Actor, case_id: int, *, expected_version: int | None = None) -> CaseRow:
    """The clerk finds case ``case_id`` is no duplicate: the link is removed and it is worked on its own."""
    with db.write() as session:
        case = _linked(session, actor, case_id, expected_version)
        first = _first_reference(session, case)
        case.duplicate_of_id = None
        case.duplicate_state = None
        add_event(session, case, actor, EventKind.COMMENT,
                  comment=f"Verknüpfung mit Vorgang {first} gelöst: kein Doppelantrag.")  # fmt: skip
        session.flush()
        return case_row(case)


def confirmed_open_duplicates(session: Session, first_id: int) -> list[int]:
    query = select(Case.id).where(  # visible: duplicates of a case the actor decided, of its service
        Case.duplicate_of_id == first_id,
        Case.duplicate_state == DuplicateState.CONFIRMED,
        Case.status.in_(OPEN_STATES),
    )
    return list(session.scalars(query.order_by(Case.id)))


@operation
def decide_duplicates_of(
    db: Database,
    actor: Actor,
    first_id: int,
    decision: CaseStatus,
    render_letter: LetterRenderer | None,
    *,
    today: dt.date | None = None,
) -> tuple[CaseRow, ...]:
    """Decide the confirmed open duplicates of case ``first_id`` as it was decided (``decision``), each with its
    letter (when ``render_letter`` is given and the applicant has a postal address). Called by the first case's
    transition after its own booking; a duplicate that cannot be booked stays open and confirmed, for a later
    decision to close. Nothing is decided unless the first case, one the actor sees, stands decided so: the
    duplicates are decided without their holder, fee and service effects only because the first case was."""
    if decision not in DECISION_WORDS:
        return ()
    day = today or german_today()
    with db.read() as session:
        first = visible_case(session, actor, first_id)
        if first.status is not decision:
            return ()
        duplicates = confirmed_open_duplicates(session, first_id)
        first_reference = first.reference
    decided = []
    for duplicate_id in duplicates:
        decided.append(_decide_one(db, actor, duplicate_id, first_reference, decision, render_letter, day))
    return tuple(decided)


def _decide_one(
    db: Database,
    actor: Actor,
    case_id: int,
    first_reference: str,
    decision: CaseStatus,
    render_letter: LetterRenderer | None,
    day: dt.date,
) -> CaseRow:
    extra = {"erster_vorgang": first_reference, "entscheidung": DECISION_WORDS[decision]}

    def letter(session: Session, case: Case) -> LetterDraft | None:
        if render_letter is None or not has_postal_address(case.applicant):
            return None
        return draft_letter(session, case, actor, DocumentKind.DUPLICATE_NOTICE, day, extra=extra)

    def draft(session: Session) -> LetterDraft | None:
        return letter(session, case_as_read(session, actor, case_id, None))

    def book(session: Session, prepared: PreparedLetter | None) -> CaseRow:
        case = case_for_update(session, actor, case_id, None)  # decided with the first: whoever holds it
        actor.require_case_work(case.service)
        current = case.status
        if current not in OPEN_STATES or case.duplicate_state is not DuplicateState.CONFIRMED:
            raise CaseNotWorkable(case.reference, current.value, "duplicate")
        case.status = decision
        case.decided_at = utcnow()
        case.fee_cents = 0
        add_event(session, case, actor, EventKind.TRANSITION, from_status=current, to_status=decision,
                  comment=f"Mit Vorgang {first_reference} entschieden (Doppelantrag); keine Gebühr.")  # fmt: skip
        keep_letter(session, case, actor, prepared, letter(session, case))
        session.flush()
        return case_row(case)

    if render_letter is None:
        with db.write() as session:
            return book(session, None)
    return book_with_letter(db, render_letter, draft, book)
