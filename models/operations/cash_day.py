"""A workstation's day at the cash desk (Tagesabschluss): its receipts, the totals per method, and closing it.

The report is computed from the receipts themselves (a cancellation counts with its negative amount on the day it
was booked), so its totals are the sum of its bookings by construction. Closing stores the totals with who closed
and when; from then on the day takes no more bookings at that workstation (:mod:`models.operations.counter_payments`)
and its report stays what it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cash import COUNTER_METHODS, CashDayClosing, Receipt, ReceiptKind
from models.db import Database
from models.errors import CashDayClosed, InvalidInput
from models.german_format import today
from models.operations.cash_rows import ReceiptRow, receipt_row_for
from models.operations.counter_payments import checked_workstation
from models.operations.rights import operation
from models.payment_methods import PaymentMethod
from models.permissions import Action


@dataclass(frozen=True)
class DayClosing:
    closed_at: dt.datetime
    closed_by: str


@dataclass(frozen=True)
class CashDayReport:
    workstation: str | None  # None: every workstation of the town hall
    day: dt.date
    receipts: tuple[ReceiptRow, ...]
    totals: dict[PaymentMethod, int]  # cents per method, cancellations subtracted
    cancellations: int
    cancelled_cents: int  # the sum of the cancellations (negative or 0)
    clerks: tuple[str, ...]  # who booked, by name
    closing: DayClosing | None

    @property
    def total_cents(self) -> int:
        return sum(self.totals.values())


def _report(session: Session, actor: Actor, workstation: str | None, day: dt.date) -> CashDayReport:
    query = select(Receipt).where(Receipt.business_day == day).order_by(Receipt.number)
    if workstation is not None:
        query = query.where(Receipt.workstation == workstation)
    receipts = tuple(receipt_row_for(session, actor, receipt) for receipt in session.scalars(query))
    totals = {method: 0 for method in COUNTER_METHODS}
    for receipt in receipts:
        totals[receipt.method] = totals.get(receipt.method, 0) + receipt.total_cents
    cancellations = [receipt for receipt in receipts if receipt.kind is ReceiptKind.CANCELLATION]
    closing = None
    if workstation is not None:
        closed = session.scalar(
            select(CashDayClosing).where(CashDayClosing.workstation == workstation, CashDayClosing.business_day == day)
        )
        closing = DayClosing(closed.closed_at, closed.closed_by) if closed is not None else None
    return CashDayReport(
        workstation=workstation,
        day=day,
        receipts=receipts,
        totals=totals,
        cancellations=len(cancellations),
        cancelled_cents=sum(receipt.total_cents for receipt in cancellations),
        clerks=tuple(sorted({receipt.clerk_name for receipt in receipts})),
        closing=closing,
    )


@operation
def cash_day_report(db: Database, actor: Actor, workstation: str | None, day: dt.date | None = None) -> CashDayReport:
    """The day's report of one workstation (``None``: of all of them); today if no ``day`` is given.

    Every booking of the day counts in the totals; the payer and the cases are shown only of bookings in services
    the reader sees (a clerk does not read the registry office's customers).
    """
    actor.require(Action.VIEW_CASH_BOOK)
    station = checked_workstation(workstation) if workstation is not None else None
    with db.read() as session:
        return _report(session, actor, station, day or today())


@operation
def close_cash_day(db: Database, actor: Actor, workstation: str, day: dt.date | None = None) -> CashDayReport:
    """Close the workstation's day: its totals are stored and it takes no more bookings."""
    actor.require(Action.TAKE_PAYMENTS)
    station = checked_workstation(workstation)
    day = day or today()
    if day > today():
        raise InvalidInput("day", "in_future")
    try:
        with db.write() as session:
            report = _report(session, actor, station, day)
            if report.closing is not None:
                raise CashDayClosed(station, day.isoformat())
            session.add(
                CashDayClosing(
                    workstation=station,
                    business_day=day,
                    closed_by=actor.username,
                    receipts=len(report.receipts),
                    cash_cents=report.totals[PaymentMethod.CASH],
                    card_cents=report.totals[PaymentMethod.CARD],
                )
            )
    except exc.IntegrityError as error:  # another workstation closed the same day at the same moment
        raise CashDayClosed(station, day.isoformat()) from error
    with db.read() as session:
        return _report(session, actor, station, day)
