"""The town's master data: checked before it is stored, changed by admins only, used by the next letter; a new
bank account only after a second person confirms it (four eyes)."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from models.actors import Actor, system_actor
from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, InvalidTownData, PermissionDenied, SecondPersonRequired
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.documents import document_pdf
from models.operations.town_settings import (
    confirm_bank_change,
    discard_bank_change,
    pending_bank_change,
    town_profile,
    update_town_profile,
)
from models.operations.users import authenticate, create_user
from models.roles import Role
from models.town_validation import normalised_creditor_id
from printing.letter import render_letter
from tests.conftest import PASSWORD, Staff
from tests.printing.letter_samples import PT_PER_MM
from tests.printing.test_fee_notice import only_code
from tests.support.factories import RecordingRenderer, new_case

OLD_IBAN, OLD_BIC = "DE02370502990000684712", "COKSDE33XXX"  # the defaults of TownProfile
NEW_IBAN, NEW_BIC = "DE89370400440532013000", "COBADEFFXXX"


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
    update = update_town_profile(
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
    assert update.proposed
    assert set(update.changed) == {"office_hours", "logo_path", "court_name", "letter_form"}
    assert update.profile.iban == "DE02370502990000684712"  # proposed only: the old account stays in force
    updated = confirm_bank_change(db, staff.supervisor, "DE89 3704 0044 0532 0130 00")
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
    assert "iban" not in logged.details["changes"]  # the account is not among the changes that took effect
    with db.read() as session:
        confirmed = session.scalars(select(AuditRecord).where(AuditRecord.action == "town.bank_change_confirmed")).one()
    assert (confirmed.actor, confirmed.details["proposed_by"]) == ("dieter", "eva")
    assert (confirmed.details["old"]["iban"], confirmed.details["new"]["iban"]) == (OLD_IBAN, NEW_IBAN)
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


def _fee_notice_pdf(db: Database, staff: Staff) -> bytes:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information").id)
    document = issue_fee_notice(db, staff.clerk, case.id, render_letter)
    return document_pdf(db, staff.clerk, document.id).pdf


def _page_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _audit(db: Database, action: str) -> list[AuditRecord]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.action == action)))


def test_a_new_account_reaches_fee_notices_only_after_a_second_person_confirms_it(db: Database, staff: Staff) -> None:
    update = update_town_profile(db, staff.admin, {"iban": "DE89 3704 0044 0532 0130 00", "bic": "cobadeffxxx"})
    assert update.proposed
    assert update.changed == ()
    pending = pending_bank_change(db)
    assert pending is not None
    assert pending == update.pending
    assert (pending.old.iban, pending.new.iban, pending.new.bic) == (OLD_IBAN, NEW_IBAN, NEW_BIC)
    assert (pending.proposed_by, pending.proposed_by_name, pending.changed_fields) == (
        "eva",
        "Eva Klein",
        ("iban", "bic"),
    )
    proposed = _audit(db, "town.bank_change_proposed")
    assert [(r.actor, r.details["old"]["iban"], r.details["new"]["iban"]) for r in proposed] == [
        ("eva", OLD_IBAN, NEW_IBAN)
    ]

    before = _fee_notice_pdf(db, staff)
    text = _page_text(before)
    assert "DE02 3705 0299 0000 6847 12" in text
    assert "DE89 3704 0044 0532 0130 00" not in text
    assert "COBADEFFXXX" not in text
    assert only_code(before).lines[4:7] == [OLD_BIC, "Stadt Lindenbrück", OLD_IBAN]  # the GiroCode: old account

    with pytest.raises(SecondPersonRequired) as refused:  # the proposer cannot confirm their own change
        confirm_bank_change(db, staff.admin, NEW_IBAN)
    assert refused.value.proposer == "Eva Klein"
    for actor in (staff.clerk, staff.registry):
        with pytest.raises(PermissionDenied):
            confirm_bank_change(db, actor, NEW_IBAN)
    with pytest.raises(InvalidTownData) as wrong:  # only the proposal with exactly this IBAN is confirmed
        confirm_bank_change(db, staff.supervisor, "DE02 3705 0299 0000 6847 12")
    assert (wrong.value.field, wrong.value.problem) == ("iban", "not_proposed")
    assert town_profile(db).iban == OLD_IBAN
    assert _audit(db, "town.bank_change_confirmed") == []

    confirmed = confirm_bank_change(db, staff.supervisor, "de89 3704 0044 0532 0130 00")
    assert (confirmed.iban, confirmed.bic) == (NEW_IBAN, NEW_BIC)
    assert pending_bank_change(db) is None
    after = _fee_notice_pdf(db, staff)
    text = _page_text(after)
    assert "DE89 3704 0044 0532 0130 00" in text
    assert "DE02 3705 0299 0000 6847 12" not in text
    assert only_code(after).lines[4:7] == [NEW_BIC, "Stadt Lindenbrück", NEW_IBAN]
    [record] = _audit(db, "town.bank_change_confirmed")
    assert (record.actor, record.details["proposed_by"], record.details["new"]["bic"]) == ("dieter", "eva", NEW_BIC)


def test_a_second_admin_confirms_and_one_proposal_waits_at_a_time(db: Database, staff: Staff) -> None:
    second_admin = _second_admin(db, staff)
    update_town_profile(db, staff.admin, {"iban": NEW_IBAN})
    with pytest.raises(InvalidTownData) as busy:  # a different proposal while one waits
        update_town_profile(db, second_admin, {"iban": "DE75 5121 0800 1245 1261 99", "phone": "02999 999-0"})
    assert (busy.value.field, busy.value.problem) == ("bank_change", "already_pending")
    assert town_profile(db).phone == "02999 123-0"  # all or nothing
    again = update_town_profile(db, staff.admin, {"iban": NEW_IBAN})  # the same proposal again: nothing new
    assert not again.proposed
    assert again.pending is not None
    assert len(_audit(db, "town.bank_change_proposed")) == 1

    assert confirm_bank_change(db, second_admin, NEW_IBAN).iban == NEW_IBAN
    assert town_profile(db).bic == OLD_BIC  # only what was proposed changes


def test_a_proposal_can_be_discarded_and_the_old_account_stays(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidTownData):
        discard_bank_change(db, staff.admin)
    update_town_profile(db, staff.admin, {"bank_name": "Commerzbank", "iban": NEW_IBAN, "bic": NEW_BIC})
    with pytest.raises(PermissionDenied):
        discard_bank_change(db, staff.clerk)
    discarded = discard_bank_change(db, staff.admin)
    assert discarded.new.bank_name == "Commerzbank"
    assert pending_bank_change(db) is None
    assert (town_profile(db).bank_name, town_profile(db).iban) == ("Sparkasse Lindenbrück", OLD_IBAN)
    assert [r.actor for r in _audit(db, "town.bank_change_discarded")] == ["eva"]
    with pytest.raises(InvalidTownData) as gone:
        confirm_bank_change(db, staff.supervisor, NEW_IBAN)
    assert gone.value.problem == "nothing_pending"


def test_headless_work_is_one_person_per_operating_system_account(db: Database, staff: Staff) -> None:
    update_town_profile(db, system_actor("town"), {"iban": NEW_IBAN})
    with pytest.raises(SecondPersonRequired):  # the same OS account, whatever command it runs
        confirm_bank_change(db, system_actor("cli"), NEW_IBAN)
    assert confirm_bank_change(db, staff.admin, NEW_IBAN).iban == NEW_IBAN


def _second_admin(db: Database, staff: Staff) -> Actor:
    create_user(db, staff.system, "frieda", "Frieda Groß", frozenset({Role.ADMIN}), password=PASSWORD)
    return authenticate(db, "frieda", PASSWORD)
