"""A walk-in citizen's case entered at the counter, and "Sofort erledigen": approved, paid and confirmed at once.

:func:`complete_at_counter` runs the steps a clerk would run one by one — open the case (channel "counter", the
clerk as the one who entered it), take it over, set a tariff service's fee, take the fee (one receipt), approve it
with its confirmation letter — each in its own transaction, so a step that fails leaves what was done before stored
and visible in the case's history. A tariff amount that is missing or out of range is refused before the first
step, so nothing is stored for it; so is what the approval would refuse (a Meldebescheinigung for someone not in
the register, an Anmeldung to an unknown street: :func:`~models.operations.case_creation.check_approvable`).
:func:`counter_birth_date` reads the date of birth as the clerk types it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.actors import Actor
from models.case_status import CaseStatus
from models.cash_records import ReceiptRow
from models.db import Database
from models.errors import InvalidInput
from models.fees import FeeRule
from models.german_format import today
from models.letters import LetterRenderer
from models.operations.case_creation import NewCase, check_approvable, create_case
from models.operations.case_fees import checked_tariff_amount, set_tariff_fee
from models.operations.catalogue import catalogue_entry
from models.operations.claims import claim_case
from models.operations.counter_payments import PaymentLine, fees_of_the_visit, take_payment
from models.operations.rights import operation
from models.operations.rows import CaseRow, DocumentRow
from models.operations.transitions import transition_case
from models.payment_methods import PaymentMethod

MAX_AGE_YEARS = 130


@dataclass(frozen=True)
class CompletedAtCounter:
    case: CaseRow
    receipt: ReceiptRow | None  # None: the service has no fee
    letter: DocumentRow | None  # the confirmation, waiting in the print queue (None: the service writes none)


def counter_birth_date(text: str) -> dt.date | None:
    """``TT.MM.JJJJ`` (or empty) as a date of birth; ``InvalidInput("date_of_birth", …)`` for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        day = dt.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        raise InvalidInput("date_of_birth", "not_a_date") from None
    if day > today() or day.year < today().year - MAX_AGE_YEARS:
        raise InvalidInput("date_of_birth", "implausible")
    return day


@operation
def complete_at_counter(
    db: Database,
    actor: Actor,
    new: NewCase,
    method: PaymentMethod,
    *,
    workstation: str,
    render_letter: LetterRenderer,
    payer_name: str | None = None,
    tariff_cents: int | None = None,
) -> CompletedAtCounter:
    """Open, take over, set the fee of a tariff service to ``tariff_cents``, take the whole fee and approve the
    walk-in case; the confirmation waits for printing.

    The confirmation is a letter the citizen takes home, so it needs the address (at least postcode or town):
    without one, ``InvalidInput("postcode", "needed_for_confirmation")`` before anything is stored; so is a
    missing or wrong tariff amount.
    """
    if not ((new.applicant.postcode or "").strip() or (new.applicant.city or "").strip()):
        raise InvalidInput("postcode", "needed_for_confirmation")
    rule = catalogue_entry(db, new.service_key).fee
    by_tariff = rule.rule is FeeRule.TARIFF or tariff_cents is not None  # an amount for another rule is refused
    tariff = checked_tariff_amount(rule, tariff_cents) if by_tariff else None
    with db.read() as session:
        check_approvable(session, new, today())
    created = create_case(db, actor, new)
    claimed = claim_case(db, actor, created.id, expected_version=created.version)
    if tariff is not None:
        claimed = set_tariff_fee(db, actor, claimed.id, tariff, expected_version=claimed.version)
    fee = fees_of_the_visit(db, actor, claimed.id)[0]
    receipt = None
    if fee.open_cents > 0:
        line = PaymentLine(claimed.id, fee.open_cents, fee.version)
        receipt = take_payment(db, actor, [line], method, workstation=workstation, payer_name=payer_name)
    approved = transition_case(
        db, actor, claimed.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
    )
    return CompletedAtCounter(approved.case, receipt, approved.document)
