"""A certificate order from the portal to the cover letter: the § 62 decision, the certificates printed from the
entry it names (as many as ordered, one case event listing them), the fee per copy or none for pension purposes,
the cover letter under the Standesamt's letterhead naming each certificate, and the rejection naming § 62 PStG."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import select

from desktop.messages.error_messages import describe_error
from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.cases import CaseEvent, Channel, EventKind
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.case_creation import NewCase, create_case
from models.operations.case_detail import case_detail
from models.operations.certificate_orders import certificate_print_plan, issue_order_certificates, record_eligibility
from models.operations.certificates import IssuedKind, issued_certificates
from models.operations.civil_status import NewEntry, record_civil_entry
from models.operations.counter_cases import complete_at_counter
from models.operations.documents import document_pdf
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.operations.transitions import UnpaidFee, transition_case
from models.payment_methods import PaymentMethod
from models.registers.civil_status.eligibility import Relation
from models.registers.civil_status.entries import PersonRole, RegisterKind
from models.registers.civil_status.recording import NewPerson
from models.registers.residents.resident import Sex
from printing.certificate_sheet import render_on_sheet
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import applicant, new_case
from tests.support.german_messages import german_messages  # noqa: F401 (a fixture)

DESK = "Standesamt 1"
BORN = dt.date(1988, 4, 2)


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _birth_entry(db: Database, staff: Staff) -> int:
    child = NewPerson(PersonRole.CHILD, "Kühn", "Greta", sex=Sex.FEMALE, born=BORN, birth_place="Lindenbrück")
    mother = NewPerson(PersonRole.MOTHER, "Kühn", "Ilse", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, BORN + dt.timedelta(days=2), BORN, "Lindenbrück", "Vera Standes",
                     (child, mother))  # fmt: skip
    return record_civil_entry(db, staff.registry, entry).id


def _order(db: Database, staff: Staff, *, copies: int = 3, purpose: str = "passport") -> int:
    form: dict[str, Any] = {
        "personConcerned": {"familyName": "Kühn", "givenNames": "Greta", "dateOfBirth": BORN.isoformat(),
                            "placeOfBirth": "Lindenbrück"},
        "certificateKind": "national",
        "relationship": "self",
        "copies": copies,
        "purpose": purpose,
        "delivery": "post",
    }  # fmt: skip
    case_id = new_case(db, staff.system, "birth_certificate", form=form).id
    transition_case(db, staff.registry, case_id, CaseStatus.IN_PROGRESS, expected_version=None)
    return case_id


def _events(db: Database, case_id: int, kind: EventKind) -> list[CaseEvent]:
    with db.read() as session:
        query = select(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.kind == kind).order_by(CaseEvent.id)
        return list(session.scalars(query))


def _approve(db: Database, staff: Staff, case_id: int) -> Any:
    return transition_case(db, staff.registry, case_id, CaseStatus.APPROVED, expected_version=None,
                           render_letter=render_letter, unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip


def test_three_copies_are_one_case_one_fee_and_one_cover_letter_naming_each(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff, copies=3)
    assert case_detail(db, staff.registry, case_id).fee_cents == 2000  # 10 € + 2 × 5 €
    load_paper(db, staff.registry, DESK, 300, 319)

    with pytest.raises(InvalidInput) as early:  # nothing printed yet: no approval
        _approve(db, staff, case_id)
    assert (early.value.field, early.value.problem) == ("certificates", "not_issued")
    with pytest.raises(InvalidInput) as undecided:  # no § 62 decision: nothing printed
        issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    assert (undecided.value.field, undecided.value.problem) == ("eligibility", "not_recorded")
    assert paper_stock(db, staff.registry).ranges[0].printed == 0

    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    rows = issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    assert [(row.sheet_serial, row.copy_number) for row in rows] == [(300, 1), (301, 2), (302, 3)]
    assert {row.case_reference for row in rows} == {case_detail(db, staff.registry, case_id).case.reference}
    (event,) = _events(db, case_id, EventKind.CERTIFICATES_ISSUED)
    assert event.comment is not None
    assert all(row.verification_code in event.comment for row in rows)
    with pytest.raises(InvalidInput) as twice:
        issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    assert (twice.value.field, twice.value.problem) == ("certificates", "already_issued")

    approved = _approve(db, staff, case_id)
    assert approved.case.status is CaseStatus.APPROVED
    assert approved.document is not None
    letter = _text(document_pdf(db, staff.registry, approved.document.id).pdf)
    assert "Ihre Urkunden aus dem Standesamt Lindenbrück" in letter
    assert "Standesamt" in letter.split("Ihre Urkunden")[0]  # the letterhead names the department
    assert "Geburtsurkunde, Registernummer G 1/" in letter
    assert "3 Exemplare" in letter
    assert all(row.verification_code in letter for row in rows)
    assert "20,00 € (Geburtsurkunde: 10,00 € für die erste, 2 × 5,00 € für jede weitere" in letter


def test_register_printouts_join_the_order_in_one_case_one_fee_and_one_letter(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff, copies=2)
    assert case_detail(db, staff.registry, case_id).fee_cents == 1500
    load_paper(db, staff.registry, DESK, 1, 10)
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    with pytest.raises(InvalidInput) as too_many:
        issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet, printouts=11)
    assert (too_many.value.field, too_many.value.problem) == ("printouts", "out_of_range")

    rows = issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet, printouts=2)
    assert [row.kind for row in rows] == [IssuedKind.BIRTH] * 2 + [IssuedKind.REGISTER_PRINTOUT] * 2
    assert [row.sheet_serial for row in rows] == [1, 2, 3, 4]
    assert case_detail(db, staff.registry, case_id).fee_cents == 3000  # 15 € for each kind
    (event,) = _events(db, case_id, EventKind.CERTIFICATES_ISSUED)
    assert event.comment is not None
    assert "Gebühr mit den Registerausdrucken: 15,00 € → 30,00 €" in event.comment

    approved = _approve(db, staff, case_id)
    assert approved.document is not None
    letter = _text(document_pdf(db, staff.registry, approved.document.id).pdf)
    assert "Geburtsurkunde, Registernummer G 1/" in letter
    assert "Beglaubigter Registerausdruck, Registernummer G 1/" in letter
    assert "30,00 € (Geburtsurkunde: 10,00 € für die erste, 1 × 5,00 €" in letter
    assert "Beglaubigter Registerausdruck: 10,00 € für die erste, 1 × 5,00 €" in letter


def test_register_printouts_of_an_order_free_of_charge_stay_free(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff, copies=1, purpose="pension")
    load_paper(db, staff.registry, DESK, 1, 10)
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet, printouts=1)
    assert case_detail(db, staff.registry, case_id).fee_cents == 0


def test_an_order_for_pension_purposes_is_free_with_the_reason_in_its_history(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff, copies=2, purpose="pension")
    assert case_detail(db, staff.registry, case_id).fee_cents == 0
    reasons = [e.comment for e in _events(db, case_id, EventKind.COMMENT)]
    assert "Gebührenfrei: Urkunde für Zwecke der Renten- oder Sozialversicherung." in reasons
    load_paper(db, staff.registry, DESK, 1, 5)
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    approved = _approve(db, staff, case_id)
    assert approved.document is not None
    letter = _text(document_pdf(db, staff.registry, approved.document.id).pdf)
    assert "Gebühr: Gebührenfrei: Urkunde für Zwecke der Renten- oder Sozialversicherung." in letter


@pytest.mark.usefixtures("german_messages")
def test_a_refused_entitlement_prints_nothing_and_the_rejection_names_section_62(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff)
    load_paper(db, staff.registry, DESK, 1, 5)
    decision = record_eligibility(db, staff.registry, case_id, entry, Relation.ANCESTOR, 14, "", "Kinderausweis")
    assert not decision.entitled
    with pytest.raises(InvalidInput) as refused:
        issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    assert (refused.value.field, refused.value.problem) == ("eligibility", "refused")
    message = describe_error(refused.value)
    assert message is not None
    assert "§ 62 PStG" in message.text
    assert issued_certificates(db, staff.registry) == ()

    rejected = transition_case(db, staff.registry, case_id, CaseStatus.REJECTED, expected_version=None,
                               comment="Die antragstellende Person ist jünger als 16 Jahre.",
                               render_letter=render_letter)  # fmt: skip
    assert rejected.document is not None
    letter = _text(document_pdf(db, staff.registry, rejected.document.id).pdf)
    assert "§ 62 Personenstandsgesetz (PStG)" in letter
    assert "Maßgebliche Vorschrift: § 62 Abs. 1 Satz 3 PStG" in letter
    assert "jünger als 16 Jahre" in letter


def test_a_clerk_of_the_buergerbuero_cannot_print_the_orders_certificates(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff)
    load_paper(db, staff.registry, DESK, 1, 5)
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    for actor in (staff.clerk, staff.supervisor):
        with pytest.raises(PermissionDenied):
            issue_order_certificates(db, actor, case_id, DESK, render_on_sheet)
    assert paper_stock(db, staff.registry).ranges[0].printed == 0


def test_at_the_counter_the_certificates_are_handed_over_at_once(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    form = {"personConcerned": {"familyName": "Kühn", "givenNames": "Greta", "dateOfBirth": BORN.isoformat()},
            "certificateKind": "national", "relationship": "self", "copies": 1, "purpose": "passport",
            "delivery": "pickup"}  # fmt: skip
    new = NewCase("birth_certificate", applicant(), form, Channel.COUNTER)
    with pytest.raises(InvalidInput) as at_once:  # "Sofort erledigen": the entitlement comes first
        complete_at_counter(db, staff.registry, new, PaymentMethod.CASH, workstation=DESK, render_letter=render_letter)
    assert (at_once.value.field, at_once.value.problem) == ("certificates", "entitlement_first")
    assert issued_certificates(db, staff.registry) == ()

    case_id = create_case(db, staff.registry, new).id
    transition_case(db, staff.registry, case_id, CaseStatus.IN_PROGRESS, expected_version=None)
    load_paper(db, staff.registry, DESK, 1, 3)
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    issue_order_certificates(db, staff.registry, case_id, DESK, render_on_sheet)
    (event,) = _events(db, case_id, EventKind.CERTIFICATES_ISSUED)
    assert (event.comment or "").endswith("Am Schalter ausgehändigt.")
    with db.read() as session:
        (handed,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificates.handed_over"))
    assert handed.object_id == str(case_id)
    approved = _approve(db, staff, case_id)
    assert approved.document is not None
    assert "Die Urkunden wurden Ihnen im Standesamt ausgehändigt." in _text(
        document_pdf(db, staff.registry, approved.document.id).pdf
    )


def test_the_print_plan_names_kind_entry_copies_and_the_next_sheet(db: Database, staff: Staff) -> None:
    entry = _birth_entry(db, staff)
    case_id = _order(db, staff, copies=3)
    with pytest.raises(InvalidInput) as undecided:
        certificate_print_plan(db, staff.registry, case_id, DESK)
    assert (undecided.value.field, undecided.value.problem) == ("eligibility", "not_recorded")
    record_eligibility(db, staff.registry, case_id, entry, Relation.PERSON_CONCERNED, 38, "", "Personalausweis")
    empty = certificate_print_plan(db, staff.registry, case_id, DESK)
    assert (empty.next_serial, empty.sheets_left) == (None, 0)  # no paper loaded at this desk
    load_paper(db, staff.registry, DESK, 70, 79)
    spoil_sheet(db, staff.registry, DESK, 70, "Fehldruck")
    plan = certificate_print_plan(db, staff.registry, case_id, DESK)
    assert (plan.kind, plan.register_number, plan.copies, plan.ordered_form) == (
        IssuedKind.BIRTH,
        "G 1/1988",
        3,
        "national",
    )
    assert (plan.next_serial, plan.sheets_left) == (71, 9)
    assert paper_stock(db, staff.registry).ranges[0].printed == 0  # a plan uses nothing
