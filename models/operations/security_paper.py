"""The security paper of the registry office's certificate printers: loading serial ranges, logging a spoiled
sheet with its reason, and the stock report (used, spoiled and remaining per range).

For the registry officer only (:attr:`Action.ISSUE_CERTIFICATES`), checked here whatever the GUI shows. Loading
and spoiling are audit records (``certificate_paper.loaded``, ``certificate_sheet.spoiled``). The sheets printed
with a certificate are taken by the issuing of certificates (:func:`models.registers.civil_status.security_paper
.take_sheet`), never here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.actors import Actor
from models.db import Database
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import Action
from models.registers.civil_status.security_paper import StockRow, load_range, spoil, spoiled_sheets, stock

__all__ = ["StockRow"]


@dataclass(frozen=True)
class SpoiledSheetRow:
    serial: int
    workstation: str
    reason: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PaperStock:
    """The stock report: every range with its counts, and the log of spoiled sheets."""

    ranges: tuple[StockRow, ...]
    spoiled: tuple[SpoiledSheetRow, ...]

    @property
    def remaining(self) -> int:
        return sum(row.remaining for row in self.ranges)


@operation
def load_paper(db: Database, actor: Actor, workstation: str, first_serial: int, last_serial: int) -> StockRow:
    """Record sheets ``first_serial`` … ``last_serial`` as loaded into ``workstation``'s certificate printer."""
    actor.require(Action.ISSUE_CERTIFICATES)
    with db.write() as session:
        loaded = load_range(session, workstation, first_serial, last_serial, actor.username)
        record(
            session,
            actor,
            "certificate_paper.loaded",
            "certificate_paper_range",
            loaded.id,
            workstation=loaded.workstation,
            first=loaded.first_serial,
            last=loaded.last_serial,
        )
        return next(row for row in stock(session, loaded.workstation) if row.range_id == loaded.id)


@operation
def spoil_sheet(db: Database, actor: Actor, workstation: str, serial: int, reason: str) -> SpoiledSheetRow:
    """Log sheet ``serial`` of ``workstation``'s stock as spoiled (reason required); it is never used then."""
    actor.require(Action.ISSUE_CERTIFICATES)
    with db.write() as session:
        use = spoil(session, workstation, serial, reason, actor.username)
        record(
            session,
            actor,
            "certificate_sheet.spoiled",
            "certificate_sheet",
            use.serial,
            workstation=use.workstation,
            reason=use.reason,
        )
        assert use.reason is not None
        return SpoiledSheetRow(use.serial, use.workstation, use.reason, use.recorded_by, use.recorded_at)


@operation
def paper_stock(db: Database, actor: Actor, workstation: str | None = None) -> PaperStock:
    """The stock of ``workstation`` (or of every workstation): per range used, spoiled and remaining sheets."""
    actor.require(Action.ISSUE_CERTIFICATES)
    with db.read() as session:
        ranges = tuple(stock(session, workstation))
        spoiled = tuple(
            SpoiledSheetRow(use.serial, use.workstation, use.reason or "", use.recorded_by, use.recorded_at)
            for use in spoiled_sheets(session, workstation)
        )
    return PaperStock(ranges, spoiled)
