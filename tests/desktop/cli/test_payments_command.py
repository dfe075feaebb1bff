"""``amtsstube payments``: a day's cash report as text, JSON, CSV or PDF, and closing the day."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf

from models.cases import PaymentMethod
from models.db import Database
from models.operations.counter_payments import PaymentLine, cancel_receipt, take_payment
from tests.conftest import Staff
from tests.desktop.cli.test_cli import run_as
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

DESK = "Schalter 3"


def _bookings(db: Database, staff: Staff) -> list[str]:
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Nguyễn", given_names="Thị")
    second = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    paid = take_payment(db, staff.clerk, [PaymentLine(first.id, 500)], PaymentMethod.CASH, workstation=DESK)
    card = take_payment(db, staff.clerk, [PaymentLine(second.id, 500)], PaymentMethod.CARD, workstation=DESK)
    storno = cancel_receipt(db, staff.clerk, card.number, "Karte abgelehnt.", workstation=DESK)
    return [paid.number, card.number, storno.number]


def test_the_day_as_json_is_the_stable_interface(db: Database, staff: Staff) -> None:
    numbers = _bookings(db, staff)
    shown = run_as("anna", "--database", db.url, "payments", "day", "--workstation", DESK, "--json")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert [receipt["number"] for receipt in report["receipts"]] == numbers
    assert report["workstation"] == DESK
    assert report["totals_cents"] == {"cash": 500, "card": 0}
    assert report["total_cents"] == 500
    assert report["cancellations"] == 1
    assert report["receipts"][2]["cancels"] == numbers[1]
    assert report["receipts"][1]["cancelled_by"] == numbers[2]
    assert report["receipts"][0]["payer_name"] == "Dr. Thị Nguyễn"  # the factory's applicant has a doctorate
    assert report["receipts"][0]["lines"][0]["amount_cents"] == 500
    assert report["closed"] is None
    other = run_as("anna", "--database", db.url, "payments", "day", "--workstation", "Schalter 9", "--json")
    assert json.loads(other.stdout)["receipts"] == []
    everywhere = run_as("dieter", "--database", db.url, "payments", "day", "--all", "--json")
    assert everywhere.returncode == 0, everywhere.stderr
    assert json.loads(everywhere.stdout)["workstation"] is None


def test_csv_and_pdf_are_written_and_text_adds_up(db: Database, staff: Staff, tmp_path: Path) -> None:
    numbers = _bookings(db, staff)
    csv_file, pdf_file = tmp_path / "tag.csv", tmp_path / "tag.pdf"
    saved = run_as("anna", "--database", db.url, "payments", "day", "--workstation", DESK, "--csv", str(csv_file))
    assert saved.returncode == 0, saved.stderr
    lines = csv_file.read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) == 4
    assert csv_file.stat().st_mode & 0o077 == 0  # names of citizens: readable by the user only
    printed = run_as("anna", "--database", db.url, "payments", "day", "--workstation", DESK, "--pdf", str(pdf_file))
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf_file.read_bytes())).pages)
    assert all(number in text for number in numbers)
    plain = run_as("anna", "--database", db.url, "payments", "day", "--workstation", DESK)
    assert "Gesamt: 5,00 €" in plain.stdout
    assert "Nicht abgeschlossen." in plain.stdout


def test_closing_the_day_once_then_refusing_with_a_german_message(db: Database, staff: Staff) -> None:
    _bookings(db, staff)
    refused = run_as("dieter", "--database", db.url, "payments", "close", "--workstation", DESK)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    closed = run_as("anna", "--database", db.url, "payments", "close", "--workstation", DESK)
    assert closed.returncode == 0, closed.stderr
    assert "abgeschlossen" in closed.stdout
    again = run_as("anna", "--database", db.url, "payments", "close", "--workstation", DESK)
    assert again.returncode == 1
    assert "ist abgeschlossen" in again.stderr
    shown = run_as("anna", "--database", db.url, "payments", "day", "--workstation", DESK, "--json")
    assert json.loads(shown.stdout)["closed"]["by"] == "anna"
    bad = run_as("anna", "--database", db.url, "payments", "day", "--date", "31.02.2026")
    assert bad.returncode == 2
    assert "kein Datum" in bad.stderr
    huge = run_as("anna", "--database", db.url, "payments", "day", "--date", "1" * 5000)
    assert huge.returncode == 2
    assert "1" * 41 not in huge.stderr  # the refused value is shown shortened
    unnamed = run_as("anna", "--database", db.url, "payments", "close", "--workstation", " ")
    assert unnamed.returncode == 1  # an empty name is refused, never taken for this computer
    assert "keinen Namen für das Kassenbuch" in unnamed.stderr
