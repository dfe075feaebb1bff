"""The town's master data: checked before it is stored, changed by admins only, used by the next letter."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.documents import document_pdf
from models.operations.town_settings import town_profile, update_town_profile
from models.town_validation import normalised_creditor_id
from tests.conftest import Staff
from tests.printing.letter_samples import PT_PER_MM
from tests.support.factories import RecordingRenderer, new_case


def pdfplumber_words(pdf: bytes) -> list[dict[str, float | str]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return list(document.pages[0].extract_words())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("iban", "DE02 3705 0299 0000 6847 13"),  # one digit off: mod-97 fails
        ("iban", "DE02"),
        ("bic", "COKS"),
        ("creditor_id", "DE97ZZZ09999999999"),
        ("postcode", "5999"),
        ("reply_days", "zwei"),
        ("letter_form", "C"),
        ("payment_days", "0"),
        ("logo_path", "/nirgends/wappen.png"),
        ("colour", "blau"),
        ("name", "   "),
    ],
)
def test_wrong_values_are_refused_and_nothing_changes(db: Database, staff: Staff, field: str, value: str) -> None:
    before = town_profile(db)
    with pytest.raises(InvalidInput) as caught:
        update_town_profile(db, staff.admin, {"phone": "02999 999-0", field: value})
    assert caught.value.field == field
    assert town_profile(db) == before


def test_an_admin_changes_bank_details_and_the_next_fee_notice_uses_them(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    logo = tmp_path / "wappen.png"
    Image.new("RGB", (60, 80), (0, 90, 160)).save(logo)
    with pytest.raises(PermissionDenied):
        update_town_profile(db, staff.clerk, {"iban": "DE89 3704 0044 0532 0130 00"})
    updated = update_town_profile(
        db,
        staff.admin,
        {
            "iban": "de89 3704 0044 0532 0130 00",
            "bic": "cobadeffxxx",
            "office_hours": "Mo–Fr 8–12 Uhr; Do 14–18 Uhr",
            "logo_path": str(logo),
            "court_name": "Verwaltungsgericht Gelsenkirchen",
            "letter_form": "a",
        },
    )
    assert updated.iban == "DE89370400440532013000"
    assert updated.bic == "COBADEFFXXX"
    assert updated.office_hours == ("Mo–Fr 8–12 Uhr", "Do 14–18 Uhr")
    assert updated.logo_path == str(logo.resolve())
    assert updated.letter_form == "A"
    assert town_profile(db) == updated

    renderer = RecordingRenderer()
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information").id)
    document = issue_fee_notice(db, staff.clerk, case.id, renderer)
    notice = renderer.letters[-1]
    assert notice.payment is not None
    assert notice.payment.iban == "DE89370400440532013000"
    assert "Verwaltungsgericht Gelsenkirchen" in notice.paragraphs[-1]
    with db.read() as session:
        logged = session.scalars(select(AuditRecord).where(AuditRecord.action == "town.updated")).one()
    assert logged.details["changes"]["iban"] == ["DE02370502990000684712", "DE89370400440532013000"]
    pdf = pypdf.PdfReader(io.BytesIO(document_pdf(db, staff.clerk, document.id).pdf))
    assert len(pdf.pages[0].images) == 1  # the town's logo in the letterhead
    address = next(
        w for w in pdfplumber_words(document_pdf(db, staff.clerk, document.id).pdf) if w["text"] == "Öztürk-Nguyễn"
    )
    # Form A: the address zone starts at 27 + 17.7 mm, its first line (the name) ends well above Form B's 62.7 mm
    assert 27 + 17.7 <= address["top"] / PT_PER_MM < 27 + 17.7 + 27.3 / 6


def test_creditor_identifier_check_digits() -> None:
    assert normalised_creditor_id("de98 zzz0 9999 9999 99") == "DE98ZZZ09999999999"
    with pytest.raises(InvalidInput):
        normalised_creditor_id("DE98ZZZ0999999999X")
