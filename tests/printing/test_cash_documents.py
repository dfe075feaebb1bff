"""The receipt and the day's report as PDFs: what the citizen takes home and what the cash desk files."""

from __future__ import annotations

import io

import pypdf

from models.cases import PaymentMethod
from models.db import Database
from models.operations.cash_day import cash_day_report, close_cash_day
from models.operations.counter_payments import PaymentLine, cancel_receipt, take_payment
from models.operations.town_settings import town_profile
from printing.cash_documents import render_cash_day, render_receipt
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

DESK = "Schalter 1"


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = [font.get_object() for page in reader.pages for font in page["/Resources"]["/Font"].values()]
    assert fonts
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts)  # every font embedded TrueType
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_receipt_names_number_cases_amounts_method_and_clerk(db: Database, staff: Staff) -> None:
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wiśniewska", given_names="Małgorzata")
    second = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Wiśniewska", given_names="Małgorzata")
    receipt = take_payment(
        db, staff.clerk, [PaymentLine(first.id, 500), PaymentLine(second.id, 500)], PaymentMethod.CASH, workstation=DESK
    )
    rendered = render_receipt(receipt, town_profile(db))
    text = _text(rendered.pdf)
    assert rendered.pages == 1
    for expected in (
        "Quittung",
        receipt.number,
        "Stadt Lindenbrück",
        first.reference,
        second.reference,
        "10,00 €",
        "bar",
        "Małgorzata Wiśniewska",
        "Anna Schmitz",
        DESK,
        "Betrag dankend erhalten.",
    ):
        assert expected in text, expected


def test_the_cancellation_names_the_receipt_and_the_reason(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    receipt = take_payment(db, staff.clerk, [PaymentLine(case.id, 500)], PaymentMethod.CARD, workstation=DESK)
    storno = cancel_receipt(db, staff.clerk, receipt.number, "Karte wurde abgelehnt.", workstation=DESK)
    text = _text(render_receipt(storno, town_profile(db)).pdf)
    assert "Stornobeleg" in text
    assert f"Quittung {receipt.number}" in text
    assert "Karte wurde abgelehnt." in text
    assert "-5,00 €" in text


def test_the_day_report_lists_every_booking_with_the_totals(db: Database, staff: Staff) -> None:
    receipts = []
    for index in range(40):  # more than one page
        case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
        method = PaymentMethod.CASH if index % 2 else PaymentMethod.CARD
        receipts.append(take_payment(db, staff.clerk, [PaymentLine(case.id, 500)], method, workstation=DESK))
    cancel_receipt(db, staff.clerk2, receipts[0].number, "Doppelt gebucht.", workstation=DESK)
    report = close_cash_day(db, staff.clerk, DESK)
    rendered = render_cash_day(report, town_profile(db))
    text = _text(rendered.pdf)
    assert rendered.pages >= 2
    assert "Seite 2 von" in text
    assert all(receipt.number in text for receipt in receipts)
    assert "abgeschlossen am" in text
    assert f"{report.totals[PaymentMethod.CASH] // 100},00 €" in text  # 20 × 5 € cash
    assert "95,00 €" in text  # 20 × 5 € card less the cancelled 5 €
    assert "Anna Schmitz, Ben Yılmaz" in text
    assert report == cash_day_report(db, staff.clerk, DESK)  # closed: the report stays as it was printed
