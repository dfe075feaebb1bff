"""Exports for scripts and admins (``amtsstube cases --json``). Every export is logged."""

from __future__ import annotations

from sqlalchemy import select

from models.cases import Case
from models.db import Database
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.operations.mapping import case_row
from models.operations.rows import CaseRow
from models.permissions import Action


def all_cases(db: Database, actor: Actor) -> tuple[CaseRow, ...]:
    actor.require(Action.EXPORT_CASES)
    with db.write() as session:
        rows = tuple(case_row(c) for c in session.scalars(select(Case).order_by(Case.reference)).unique())
        record(session, actor, "cases.exported", "case", "*", count=len(rows))
        return rows
