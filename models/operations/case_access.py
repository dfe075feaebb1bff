"""Loading a case for change inside an operation, and recording what happened to it."""

from __future__ import annotations

from typing import TypeVarTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.case_status import CaseStatus
from models.cases import Case, CaseEvent, EventKind
from models.catalogue import PublicService
from models.errors import AlreadyClaimed, ConcurrentChange, NotFound
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.permissions import CASE_HANDLING_ROLES

Columns = TypeVarTuple("Columns")


def case_for_update(session: Session, case_id: int, expected_version: int | None) -> Case:
    """Load and lock a case row (``FOR UPDATE`` on PostgreSQL; SQLite write transactions are exclusive).

    ``expected_version`` is the version the user saw; a different one means someone else changed the case
    since, and the change is refused rather than silently overwriting theirs.
    """
    case = session.scalars(
        select(Case).where(Case.id == case_id).with_for_update(of=Case).execution_options(populate_existing=True)
    ).one_or_none()
    if case is None:
        raise NotFound("case", case_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(case.reference)
    return case


def case_as_read(session: Session, case_id: int, expected_version: int | None) -> Case:
    """The case without a lock, for the read transaction that prepares a change (e.g. renders its letter)."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("case", case_id)
    if expected_version is not None and case.version != expected_version:
        raise ConcurrentChange(case.reference)
    return case


def case_by_reference(session: Session, reference: str) -> Case:
    case = session.scalars(select(Case).where(Case.reference == reference)).one_or_none()
    if case is None:
        raise NotFound("case", reference)
    return case


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


def require_holder(case: Case, actor: Actor) -> None:
    """Only the clerk holding a case changes it; an unclaimed case is taken over by acting on it."""
    if actor.is_system or case.assignee_id is None or case.assignee_id == actor.user_id:
        return
    holder = case.assignee.display_name if case.assignee else "?"
    raise AlreadyClaimed(case.reference, holder)


def where_visible(query: Select[*Columns], actor: Actor) -> Select[*Columns]:
    """Only cases the actor may see (see :meth:`Actor.sees_cases_of`); ``query`` must join ``PublicService``."""
    if actor.sees_all_cases:
        return query
    return query.where(PublicService.handling_role.in_(actor.roles & CASE_HANDLING_ROLES))
