from __future__ import annotations

import datetime as dt

import pytest

from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.forms import labelled_fields
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from models.services.registry import schema_for
from models.working_days import add_working_days, is_working_day, working_days_between
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, bulky_waste_form, new_case


def test_payments_are_recorded_and_validated(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    with pytest.raises(InvalidInput) as caught:
        record_payment(db, staff.clerk, case.id, 0, PaymentMethod.CASH)
    assert caught.value.problem == "not_positive"
    with pytest.raises(InvalidInput):
        record_payment(db, staff.clerk, case.id, 5_000_000, PaymentMethod.CASH)
    with pytest.raises(PermissionDenied):
        record_payment(db, staff.supervisor, case.id, 500, PaymentMethod.CASH)
    record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CARD, reference="EC 0815")
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.fee_cents == 500
    assert detail.paid_cents == 500
    assert detail.payments[0].reference == "EC 0815"
    assert detail.case.version == case.version + 1
    assert "5,00 €" in (detail.events[-1].comment or "")


def test_deadline_pauses_while_waiting_for_the_citizen(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    monday = dt.date(2026, 11, 30)
    waiting = transition_case(
        db, staff.clerk, case.id, CaseStatus.WAITING_FOR_CITIZEN, expected_version=case.version, today=monday
    )
    back = transition_case(
        db,
        staff.clerk,
        case.id,
        CaseStatus.IN_PROGRESS,
        expected_version=waiting.case.version,
        today=dt.date(2026, 12, 7),  # one week later: five working days
    )
    assert back.case.due_date == add_working_days(case.due_date, 5)


def test_form_data_is_labelled_from_the_schema() -> None:
    schema = schema_for("bulky_waste_pickup", None)
    fields = labelled_fields(schema, bulky_waste_form(preferredDate="2026-12-14", extra_key=True))
    pairs = [(f.label, f.value, f.depth) for f in fields]
    assert ("Abholadresse", "", 0) in pairs
    assert ("Postleitzahl", "59999", 1) in pairs
    assert ("Gegenstand 2", "", 0) in pairs
    assert ("Geschätztes Volumen (m³)", "1,50", 1) in pairs
    assert ("Wunschtermin", "14.12.2026", 0) in pairs
    assert ("extra_key", "ja", 0) in pairs  # unknown keys still show, as the form names them
    assert labelled_fields(None, {"ownerName": "X"})[0].label == "ownerName"
    sizes = {"properties": {"size": {"title": "Größe", "oneOf": [{"const": 120, "title": "120 Liter"}]}}}
    assert labelled_fields(sizes, {"size": 120})[0].value == "120 Liter"
    counts = {"properties": {"count": {"oneOf": [{"const": 1, "title": "ein Behälter"}]}}}
    assert labelled_fields(counts, {"count": 1})[0].value == "ein Behälter"
    assert labelled_fields(counts, {"count": True})[0].value == "ja"  # True == 1 in Python, but it is no count
    assert labelled_fields(None, {"pickup_address": "x"})[0].label == "pickup_address"  # no invented English


def test_working_days_skip_weekends_and_nrw_holidays() -> None:
    assert not is_working_day(dt.date(2026, 12, 25))  # Christmas
    assert not is_working_day(dt.date(2026, 6, 4))  # Corpus Christi: a holiday in NRW
    assert not is_working_day(dt.date(2026, 11, 28))  # Saturday
    assert add_working_days(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 28)
    assert working_days_between(dt.date(2026, 12, 23), dt.date(2026, 12, 28)) == 2
