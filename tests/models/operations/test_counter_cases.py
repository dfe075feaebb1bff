"""Walk-in cases at the counter: the date of birth as typed, and "Sofort erledigen" (open, take over, pay, approve)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.case_status import CaseStatus
from models.cases import Case, Channel, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import InvalidInput, PermissionDenied
from models.operations.case_creation import NewCase
from models.operations.case_detail import case_detail
from models.operations.counter_cases import complete_at_counter, counter_birth_date
from models.payment_methods import PaymentMethod
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import applicant


def test_the_birth_date_is_read_as_typed() -> None:
    assert counter_birth_date("24.12.1980") == dt.date(1980, 12, 24)
    assert counter_birth_date("  ") is None
    for text, problem in (("31.02.1980", "not_a_date"), ("1980-12-24", "not_a_date"), ("01.01.2999", "implausible")):
        with pytest.raises(InvalidInput) as refused:
            counter_birth_date(text)
        assert (refused.value.field, refused.value.problem) == ("date_of_birth", problem)


def test_completing_at_the_counter_opens_pays_and_approves(db: Database, staff: Staff) -> None:
    new = NewCase(
        "residence_certificate", applicant(family_name="Weiß"), {"anliegen": "Für den Arbeitgeber"}, Channel.COUNTER
    )
    done = complete_at_counter(
        db, staff.clerk, new, PaymentMethod.CARD, workstation="Schalter 1", render_letter=render_letter
    )
    assert done.case.status is CaseStatus.APPROVED
    assert done.receipt is not None
    assert done.receipt.method is PaymentMethod.CARD
    assert done.letter is not None
    assert done.letter.kind is DocumentKind.CONFIRMATION_LETTER
    detail = case_detail(db, staff.clerk, done.case.id)
    assert detail.case.channel is Channel.COUNTER
    assert detail.paid_cents == detail.fee_cents == done.receipt.total_cents > 0
    assert detail.case.assignee_username == "anna"
    kinds = [event.kind for event in detail.events]
    assert kinds[0] is EventKind.CREATED
    assert EventKind.PAYMENT in kinds
    with pytest.raises(PermissionDenied):
        complete_at_counter(db, staff.supervisor, new, PaymentMethod.CASH, workstation="S", render_letter=render_letter)


def test_completing_without_an_address_is_refused_before_anything_is_stored(db: Database, staff: Staff) -> None:
    nameless_town = applicant(family_name="Weiß", street=None, house_number=None, postcode=" ", city=None)
    new = NewCase("residence_certificate", nameless_town, {"anliegen": "Für den Arbeitgeber"}, Channel.COUNTER)
    with pytest.raises(InvalidInput) as refused:
        complete_at_counter(db, staff.clerk, new, PaymentMethod.CASH, workstation="S", render_letter=render_letter)
    assert (refused.value.field, refused.value.problem) == ("postcode", "needed_for_confirmation")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
