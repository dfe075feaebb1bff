"""A letter names the department responsible for its case's service (catalogue): in the letterhead, the return
address, "Unser Zeichen" and the ``dienststelle`` placeholder — a Standesamt case does not say "Bürgerbüro"."""

from __future__ import annotations

import io

import pdfplumber

from models.db import Database
from models.operations.catalogue import catalogue_entry, update_service
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.documents import document_pdf
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _fee_notice_text(db: Database, staff: Staff, service_key: str, clerk_key: str) -> str:
    clerk = getattr(staff, clerk_key)
    case = claim_case(db, clerk, new_case(db, staff.system, service_key).id)
    document = issue_fee_notice(db, clerk, case.id, render_letter)
    with pdfplumber.open(io.BytesIO(document_pdf(db, clerk, document.id).pdf)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_registry_letter_comes_from_the_standesamt(db: Database, staff: Staff) -> None:
    text = _fee_notice_text(db, staff, "marriage_notice", "registry")
    assert "Unser Zeichen Standesamt / clara" in text
    assert text.splitlines()[2].startswith("Standesamt")  # the letterhead's department line, beside the phone
    assert "Bürgerbüro" not in text.replace("buergerbuero@", "")  # (the town's e-mail address is the town's)


def test_the_department_an_admin_sets_is_the_one_on_the_next_letter(db: Database, staff: Staff) -> None:
    assert "Unser Zeichen Ordnungsamt / anna" in _fee_notice_text(db, staff, "trade_registration", "clerk")
    entry = catalogue_entry(db, "trade_registration")
    update_service(db, staff.admin, "trade_registration", expected_version=entry.version, department="Gewerbeamt")
    text = _fee_notice_text(db, staff, "trade_registration", "clerk")
    assert "Gewerbeamt / anna" in text
    assert "Ordnungsamt" not in text
    assert "Steueramt / anna" in _fee_notice_text(db, staff, GENERIC_FEE_SERVICE, "clerk")  # another stays its own
