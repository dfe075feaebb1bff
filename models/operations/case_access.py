"""Loading a case for change inside an operation (visible, locked, held by the actor), and recording what happened."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.actors import Actor
from models.case_status import ALLOWED_TRANSITIONS, OPEN_STATES, CaseStatus
from models.cases import Case, CaseEvent, EventKind
from models.errors import AlreadyClaimed, CaseNotWorkable, ConcurrentChange, NotClaimed
from models.operations.audit_trail import record
from models.operations.visibility import visible_case
from models.users import User

#: Fees are collected, and fee notices written, while a case is open or approved — not once it is rejected,
#: closed or withdrawn.
FEE_STATES = OPEN_STATES | {CaseStatus.APPROVED}


def case_for_update(session: Session, actor: Actor, case_id: int, expected_version: int | None) -> Case:
    """Load and lock a case row the actor may see (``FOR UPDATE`` on PostgreSQL; SQLite write transactions are
    exclusive).

    ``expected_version`` is the version the user saw; a different one means someone else changed the case
    since, and the change is refused rather than silently overwriting theirs.
    """
    case = visible_case(session, actor, case_id, for_update=True)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(case.reference)
    return case


def case_as_read(session: Session, actor: Actor, case_id: int, expected_version: int | None) -> Case:
    """The case, visible to the actor and without a lock, for the read transaction that prepares a change (e.g.
    renders its letter before the write transaction books it)."""
    case = visible_case(session, actor, case_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(case.reference)
    return case


def case_for_work(
    session: Session,
    actor: Actor,
    case_id: int,
    expected_version: int | None,
    *,
    step: str,
    states: frozenset[CaseStatus] | None,
    take_over: bool = False,
) -> Case:
    """The case a clerk changes as the one working on it — the rule every step of case work shares.

    Locked and visible (:func:`case_for_update`); the actor has the role that handles its service; it is in one of
    ``states`` (None: the caller's state machine decides), else :class:`CaseNotWorkable` names ``step``; and the
    actor holds it: someone else's case is :class:`AlreadyClaimed`, an unclaimed one is taken over when
    ``take_over`` (a decision takes the case, as "Übernehmen" would) and otherwise :class:`NotClaimed`.
    Headless system work (intake, demo seeding) is not bound to a holder.
    """
    case = case_for_update(session, actor, case_id, expected_version)
    actor.require_case_work(case.service)
    if states is not None and case.status not in states:
        raise CaseNotWorkable(case.reference, case.status.value, step)
    holder_may_work(case, actor, take_over=take_over)
    if case.assignee_id is None and not actor.is_system and actor.user_id is not None:
        case.assignee = session.get(User, actor.user_id)
        add_event(session, case, actor, EventKind.CLAIM)
    return case


def holder_may_work(case: Case, actor: Actor, *, take_over: bool) -> None:
    """The holder part of :func:`case_for_work`, for a case read without a lock (a letter is drafted before the
    write transaction): the actor's role handles the service, and the case is theirs, or unclaimed and taken over."""
    actor.require_case_work(case.service)
    if actor.is_system or case.assignee_id == actor.user_id:
        return
    if case.assignee is not None:
        raise AlreadyClaimed(case.reference, case.assignee.display_name)
    if not take_over or actor.user_id is None:
        raise NotClaimed(case.reference)


def add_event(
    session: Session,
    case: Case,
    actor: Actor,
    kind: EventKind,
    *,
    from_status: CaseStatus | None = None,
    to_status: CaseStatus | None = None,
    comment: str | None = None,
) -> None:
    """A case event and the matching audit record, in the same transaction."""
    session.add(
        CaseEvent(
            case=case,
            kind=kind,
            actor=actor.username,
            actor_display=actor.display_name,
            from_status=from_status,
            to_status=to_status,
            comment=comment,
        )
    )
    details: dict[str, str] = {"reference": case.reference}
    if from_status is not None:
        details["from"] = from_status.value
    if to_status is not None:
        details["to"] = to_status.value
    if comment:
        details["comment"] = comment
    record(session, actor, f"case.{kind.value}", "case", case.id, **details)


def is_final(status: CaseStatus) -> bool:
    """Closed and withdrawn cases are over: nothing leads out of them."""
    return not ALLOWED_TRANSITIONS[status]
