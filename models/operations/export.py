"""Exports for scripts and admins (``amtsstube cases --json``). Every export is logged."""

from __future__ import annotations

from models.actors import Actor
from models.cases import Case
from models.db import Database
from models.operations.audit_trail import record
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.visibility import visible_cases
from models.permissions import Action


@operation
def all_cases(db: Database, actor: Actor) -> tuple[CaseRow, ...]:
    """Every case the actor sees (supervisors: all), by reference."""
    actor.require(Action.EXPORT_CASES)
    with db.write() as session:
        rows = tuple(case_row(c) for c in session.scalars(visible_cases(actor).order_by(Case.reference)).unique())
        record(session, actor, "cases.exported", "case", "*", count=len(rows))
        return rows
