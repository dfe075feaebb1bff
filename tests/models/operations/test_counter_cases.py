"""Walk-in cases at the counter: the date of birth as typed, and "Sofort erledigen" (open, take over, pay, approve)."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from sqlalchemy import func, select

from models.case_status import CaseStatus
from models.cases import Case, Channel, EventKind
from models.cash import Receipt
from models.db import Database
from models.documents import DocumentKind
from models.errors import InvalidInput, PermissionDenied
from models.german_format import format_date, today
from models.operations.case_creation import NewCase
from models.operations.case_detail import case_detail
from models.operations.counter_cases import complete_at_counter, counter_birth_date
from models.operations.documents import document_pdf
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.payment_methods import PaymentMethod
from models.registers.residents.resident import Sex
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, add_streets, applicant

DAY = dt.timedelta(days=1)


def test_the_birth_date_is_read_as_typed() -> None:
    assert counter_birth_date("24.12.1980") == dt.date(1980, 12, 24)
    assert counter_birth_date("  ") is None
    for text, problem in (("31.02.1980", "not_a_date"), ("1980-12-24", "not_a_date"), ("01.01.2999", "implausible")):
        with pytest.raises(InvalidInput) as refused:
            counter_birth_date(text)
        assert (refused.value.field, refused.value.problem) == ("date_of_birth", problem)


def test_completing_at_the_counter_opens_pays_and_approves(db: Database, staff: Staff) -> None:
    new = NewCase(
        GENERIC_FEE_SERVICE, applicant(family_name="Weiß"), {"anliegen": "Für den Arbeitgeber"}, Channel.COUNTER
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
    new = NewCase(GENERIC_FEE_SERVICE, nameless_town, {"anliegen": "Für den Arbeitgeber"}, Channel.COUNTER)
    with pytest.raises(InvalidInput) as refused:
        complete_at_counter(db, staff.clerk, new, PaymentMethod.CASH, workstation="S", render_letter=render_letter)
    assert (refused.value.field, refused.value.problem) == ("postcode", "needed_for_confirmation")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_a_residence_certificate_at_the_counter_is_printed_from_the_register(db: Database, staff: Staff) -> None:
    add_streets(db)
    born = dt.date(1975, 3, 9)
    register_resident(
        db, staff.clerk, NewResident("Weiß", "Jürgen", Sex.MALE, born, birth_place="Soest"),
        MoveIn("Lindenweg", "4a", today() - 300 * DAY), reason="Zuzug",
    )  # fmt: skip
    walk_in = applicant(family_name="Weiss", given_names="Jürgen", title=None, date_of_birth=born, postcode="59821")
    new = NewCase("residence_certificate", walk_in, {"purpose": "Arbeitgeber", "copies": 1}, Channel.COUNTER)
    done = complete_at_counter(db, staff.clerk, new, PaymentMethod.CASH, workstation="S", render_letter=render_letter)
    assert done.case.status is CaseStatus.APPROVED
    assert done.receipt is not None
    assert done.receipt.total_cents == 500
    assert done.letter is not None
    with pdfplumber.open(io.BytesIO(document_pdf(db, staff.clerk, done.letter.id).pdf)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Meldebescheinigung (§ 18 BMG)" in text
    assert "Geburtsort: Soest" in text
    assert f"Hauptwohnung: Lindenweg 4a, 59821 Lindenbrück (seit {format_date(today() - 300 * DAY)})" in text


def test_a_residence_certificate_for_someone_not_in_the_register_stores_nothing(db: Database, staff: Staff) -> None:
    add_streets(db)
    stranger = applicant(family_name="Weiß", given_names="Jürgen", date_of_birth=dt.date(1975, 3, 9))
    new = NewCase("residence_certificate", stranger, {"purpose": "Arbeitgeber"}, Channel.COUNTER)
    with pytest.raises(InvalidInput) as refused:
        complete_at_counter(db, staff.clerk, new, PaymentMethod.CASH, workstation="S", render_letter=render_letter)
    assert (refused.value.field, refused.value.problem) == ("applicant", "not_in_register")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
        assert session.scalar(select(func.count()).select_from(Receipt)) == 0
