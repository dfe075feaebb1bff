"""Absences of staff (Abwesenheiten), kept by the supervisor: a clerk absent from one day to another (inclusive) is
refused as the target of an assignment, is not preferred for a citizen's new case ("keep one clerk"), and shows as
absent on the dashboard. An absence is recorded and removed (never edited), each with an audit record
(``absence.recorded``, ``absence.removed``); listing needs :attr:`Action.ASSIGN_CASES` as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.absences import Absence
from models.actors import Actor
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.german_format import today as german_today
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import CASE_HANDLING_ROLES, Action
from models.storable_text import fitted
from models.users import User

MAX_DAYS = 366  # one absence at most a year long


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    username: str
    display_name: str
    starts_on: dt.date
    ends_on: dt.date
    note: str | None

    def covers(self, day: dt.date) -> bool:
        return self.starts_on <= day <= self.ends_on


def absent_user_ids(session: Session, day: dt.date) -> frozenset[int]:
    """The users an absence covers on ``day``."""
    query = select(Absence.user_id).where(Absence.starts_on <= day, Absence.ends_on >= day)
    return frozenset(session.scalars(query))


def is_absent(session: Session, user_id: int, day: dt.date) -> bool:
    return user_id in absent_user_ids(session, day)


def _row(absence: Absence, user: User) -> AbsenceRow:
    return AbsenceRow(absence.id, user.username, user.display_name, absence.starts_on, absence.ends_on, absence.note)


@operation
def record_absence(
    db: Database,
    actor: Actor,
    username: str,
    starts_on: dt.date,
    ends_on: dt.date,
    note: str | None = None,
) -> AbsenceRow:
    """Mark ``username`` absent from ``starts_on`` to ``ends_on`` (inclusive). Refused for days out of order
    (``absence_days``: ``out_of_order``), an absence longer than :data:`MAX_DAYS` (``too_long``), one that ended
    before today (``in_the_past``), and a user who is inactive or handles no cases (``absence_user``:
    ``not_a_clerk``)."""
    actor.require(Action.ASSIGN_CASES)
    if not isinstance(starts_on, dt.date) or not isinstance(ends_on, dt.date) or starts_on > ends_on:
        raise InvalidInput("absence_days", "out_of_order")
    if (ends_on - starts_on).days + 1 > MAX_DAYS:
        raise InvalidInput("absence_days", "too_long")
    if ends_on < german_today():
        raise InvalidInput("absence_days", "in_the_past")
    text = fitted(Absence.note, note.strip(), "absence_note") or None if isinstance(note, str) else None
    with db.write() as session:
        user = session.scalars(select(User).where(User.username == username)).one_or_none()
        if user is None:
            raise NotFound("user", username)
        if not user.active or not user.roles & CASE_HANDLING_ROLES:
            raise InvalidInput("absence_user", "not_a_clerk")
        absence = Absence(user_id=user.id, starts_on=starts_on, ends_on=ends_on, note=text,
                          recorded_by=actor.username)  # fmt: skip
        session.add(absence)
        session.flush()
        record(session, actor, "absence.recorded", "user", user.username, starts_on=starts_on.isoformat(),
               ends_on=ends_on.isoformat())  # fmt: skip
        return _row(absence, user)


@operation
def remove_absence(db: Database, actor: Actor, absence_id: int) -> None:
    """Take back an absence (the clerk came back early, or it was entered by mistake)."""
    actor.require(Action.ASSIGN_CASES)
    with db.write() as session:
        absence = session.get(Absence, absence_id)
        if absence is None:
            raise NotFound("absence", absence_id)
        user = session.get(User, absence.user_id)
        username = user.username if user is not None else str(absence.user_id)
        record(session, actor, "absence.removed", "user", username, starts_on=absence.starts_on.isoformat(),
               ends_on=absence.ends_on.isoformat())  # fmt: skip
        session.delete(absence)


@operation
def list_absences(db: Database, actor: Actor, *, today: dt.date | None = None) -> tuple[AbsenceRow, ...]:
    """The absences that have not ended yet (current and planned), by start."""
    actor.require(Action.ASSIGN_CASES)
    day = today or german_today()
    query = (
        select(Absence, User)
        .join(User, User.id == Absence.user_id)
        .where(Absence.ends_on >= day)
        .order_by(Absence.starts_on, User.display_name, Absence.id)
    )
    with db.read() as session:
        return tuple(_row(absence, user) for absence, user in session.execute(query))
