"""Setting a case's fee by tariff (Gebühr nach Tarif festsetzen): the clerk's amount within the service's range.

A service whose fee rule is ``tariff`` (e.g. a tree-felling permit, 20–150 € by the Baumschutzsatzung) starts its
cases at the tariff's lowest amount; the clerk sets the real one. The history keeps old → new with the tariff
reference, and a case of such a service is approved only once its fee was set
(:func:`models.operations.transitions.transition_case`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.actors import Actor
from models.case_status import OPEN_STATES
from models.cases import Case, EventKind
from models.db import Database
from models.errors import InvalidInput
from models.fees import Fee, FeeRule, fee_cents
from models.german_format import format_euro
from models.operations.case_access import add_event, case_for_work
from models.operations.catalogue import fee_of
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow

MAX_NOTE_LENGTH = 500


def checked_tariff_amount(fee: Fee, amount_cents: int | None) -> int:
    """``amount_cents`` if ``fee`` is a tariff and the amount lies within its range; else ``InvalidInput("fee",
    not_tariff | tariff_amount_missing | tariff_amount_out_of_range)``."""
    if fee.rule is not FeeRule.TARIFF:
        raise InvalidInput("fee", "not_tariff")
    return fee_cents(fee, tariff_cents=amount_cents)


def tariff_fee_set(case: Case) -> bool:
    """Whether the case's fee was ever set by tariff (a ``fee_set`` event in its history)."""
    return any(event.kind == EventKind.FEE_SET for event in case.events)


def tariff_fee_missing(case: Case) -> bool:
    """Whether the case is of a tariff service and its fee was never set (it must be, before an approval)."""
    return case.service.fee_rule is FeeRule.TARIFF and not tariff_fee_set(case)


@operation
def set_tariff_fee(
    db: Database,
    actor: Actor,
    case_id: int,
    amount_cents: int,
    *,
    note: str | None = None,
    expected_version: int | None,
) -> CaseRow:
    """Set the fee of an open case of a tariff service to ``amount_cents``; the history says old → new.

    Refuses a service not charged by tariff, an amount outside the tariff's range or below what was already paid,
    the amount the fee was already set to, and a note longer than :data:`MAX_NOTE_LENGTH`.
    """
    cleaned = " ".join((note or "").split()) or None
    if cleaned is not None and len(cleaned) > MAX_NOTE_LENGTH:
        raise InvalidInput("fee_note", "too_long")
    with db.write() as session:
        case = case_for_work(
            session, actor, case_id, expected_version, step="set_tariff_fee", states=OPEN_STATES, take_over=True
        )
        fix_tariff_fee(session, actor, case, amount_cents, cleaned)
        session.flush()
        return case_row(case)


def fix_tariff_fee(session: Session, actor: Actor, case: Case, amount_cents: int, note: str | None) -> None:
    """The body of :func:`set_tariff_fee` on a case the caller holds for work, in the caller's transaction."""
    fee = fee_of(case.service)
    amount = checked_tariff_amount(fee, amount_cents)
    if amount < sum(payment.amount_cents for payment in case.payments):
        raise InvalidInput("fee", "below_paid")
    if amount == case.fee_cents and tariff_fee_set(case):
        raise InvalidInput("fee", "unchanged")
    line = f"Gebühr nach Tarif ({fee.basis}) festgesetzt: {format_euro(case.fee_cents)} → {format_euro(amount)}"
    case.fee_cents = amount
    add_event(session, case, actor, EventKind.FEE_SET, comment=f"{line}\n{note}" if note else line)
