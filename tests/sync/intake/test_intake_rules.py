"""Intake rules: one case per submission whatever happens, unknown services handled generically, payments kept."""

from __future__ import annotations

from sqlalchemy import func, select

from models.cases import Case, FeePayment, PaymentMethod
from models.db import Database
from models.intake import PortalPayment
from models.operations.catalogue import FALLBACK_SERVICE_KEY
from sync.intake import IntakeResult
from sync.sandbox.submission_content import PaymentStatus
from tests.sync.intake.helpers import ACCEPT, PORTAL_ONLY_SERVICE, Destination


def _cases(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_a_redelivered_submission_never_makes_a_second_case(db: Database, destination: Destination) -> None:
    _, sent = destination.send_demo("residence_registration", seed=5)
    with destination.client() as client:
        intake = destination.intake(db, client)
        first = intake.process(sent.submission_id)
        second = intake.process(sent.submission_id)
        other_workstation = destination.intake(db, client).process(sent.submission_id)
    assert first.result == IntakeResult.NEW_CASE
    assert second.result == other_workstation.result == IntakeResult.ALREADY_KNOWN
    assert second.record.case_id == first.record.case_id
    assert _cases(db) == 1
    assert len(destination.decisions(ACCEPT)) == 1


def test_an_unknown_service_still_becomes_a_case(db: Database, destination: Destination) -> None:
    demo, _ = destination.send_demo("bulky_waste_pickup", seed=9)
    _, sent = destination.send_demo(
        "bulky_waste_pickup",
        seed=9,
        service_identifier=PORTAL_ONLY_SERVICE.identifier,
        service_name=PORTAL_ONLY_SERVICE.name,
        schema_uri=PORTAL_ONLY_SERVICE.schema_uri,
    )
    with destination.client() as client:
        report = destination.intake(db, client).process(sent.submission_id)
    assert report.result == IntakeResult.NEW_CASE
    with db.read() as session:
        case = session.get(Case, report.record.case_id)
        assert case is not None
        assert case.service.key == FALLBACK_SERVICE_KEY
        assert case.portal_service == "Baumschnitt-Abholung"
        assert case.form_data == demo.form_data


def test_payment_information_is_recorded_with_the_case(db: Database, destination: Destination) -> None:
    for seed in range(1, 40):
        demo, sent = destination.send_demo("register_information", seed=seed)
        if demo.payment is not None and demo.payment.status == PaymentStatus.BOOKED:
            break
    else:
        raise AssertionError("no demo submission with a booked payment in 40 seeds")
    assert demo.payment is not None
    with destination.client() as client:
        report = destination.intake(db, client).process(sent.submission_id)
    with db.read() as session:
        (portal,) = session.scalars(select(PortalPayment).where(PortalPayment.case_id == report.record.case_id))
        (fee,) = session.scalars(select(FeePayment).where(FeePayment.case_id == report.record.case_id))
    assert portal.transaction_id == demo.payment.transaction_id
    assert portal.status == "BOOKED"
    assert portal.payment_method == demo.payment.payment_method.value
    assert demo.payment.gross_amount is not None
    assert portal.gross_amount == float(demo.payment.gross_amount)
    assert fee.method == PaymentMethod.ONLINE
    assert fee.amount_cents == round(float(demo.payment.gross_amount) * 100)
    assert fee.reference == demo.payment.transaction_id
