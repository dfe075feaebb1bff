"""A workstation's day at the cash desk (Tagesabschluss): its receipts, the totals per method, and closing it.

The report is computed from the receipts themselves (a cancellation counts with its negative amount on the day it
was booked), so its totals are the sum of its bookings by construction. Closing stores the totals with who closed
and when; from then on the day takes no more bookings at that workstation (:mod:`models.operations.counter_payments`)
and its report stays what it was.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cash import COUNTER_METHODS, CashDayClosing, Receipt, ReceiptKind
from models.cash_records import CashDayReport, DayClosing
from models.db import Database
from models.errors import CashDayClosed, InvalidInput
from models.german_format import format_date, format_moment, today
from models.operations.audit_trail import record
from models.operations.cash_rows import receipt_row_for
from models.operations.counter_payments import checked_workstation
from models.operations.rights import operation
from models.payment_methods import METHOD_NAMES, PaymentMethod
from models.permissions import Action
from models.spreadsheet_text import EuroAmount, literal_csv

CSV_HEADER = (
    "Tag",
    "Arbeitsplatz",
    "Quittung",
    "Art",
    "Zeit",
    "Eingezahlt von",
    "Aktenzeichen",
    "Leistung",
    "Betrag (EUR)",
    "Zahlungsweg",
    "Kassiert von",
    "Storniert Quittung",
    "Grund",
)
KIND_NAMES = {ReceiptKind.PAYMENT: "Quittung", ReceiptKind.CANCELLATION: "Storno"}


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


def cash_day_csv(report: CashDayReport) -> str:
    """One line per case of each booking (a receipt over two cases is two lines), semicolon-separated; the
    amounts add up to the report's total. Write it with ``utf-8-sig`` encoding."""
    return literal_csv(
        CSV_HEADER,
        (
            (
                format_date(report.day),
                receipt.workstation,
                receipt.number,
                KIND_NAMES[receipt.kind],
                format_moment(receipt.issued_at),
                receipt.payer_name,
                line.case_reference,
                line.service_name,
                EuroAmount(line.amount_cents),
                METHOD_NAMES[receipt.method],
                receipt.clerk_name,
                receipt.cancels_number or "",
                receipt.reason or "",
            )
            for receipt in report.receipts
            for line in receipt.lines
        ),
    )


@operation
def export_cash_day(db: Database, actor: Actor, workstation: str | None, day: dt.date | None = None) -> str:
    """The day's report as CSV; the export is logged like any export of personal data."""
    report = cash_day_report(db, actor, workstation, day)
    with db.write() as session:
        record(
            session,
            actor,
            "cash_day.exported",
            "cash_day",
            report.day.isoformat(),
            workstation=report.workstation or "*",
        )
    return cash_day_csv(report)
