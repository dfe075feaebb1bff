"""Simple register information (§44 BMG): only the §44 fields, "nicht eindeutig" with the fee still due, the
standard answer for a blocked person that reveals nothing to a clerk, a refusal for advertising without consent,
the §52 hold, and the §40 log — one row per answer, read only by data protection, append-only (SQLite and
PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import delete, exc, select, update

from desktop.messages.error_messages import describe_error
from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.cases import CaseEvent, EventKind
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.german_format import today
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.disclosure_log import disclosure_log, export_disclosure_log
from models.operations.documents import document_pdf
from models.operations.held_information import decide_held_information
from models.operations.resident_changes import (
    MoveIn,
    NewResident,
    move_resident,
    record_death,
    register_resident,
    set_conditional_block,
    set_information_block,
)
from models.operations.transitions import UnpaidFee, transition_case
from models.registers.residents.disclosures import DisclosureLogEntry, DisclosureOutcome
from models.registers.residents.resident import Sex
from models.services.register_information import STANDARD_ANSWER, Section44Data
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import new_case
from tests.support.german_messages import german_messages  # noqa: F401 (a fixture)
from tests.support.register_streets import streets  # noqa: F401 (a fixture)

DAY = dt.timedelta(days=1)
#: The applicant: a collection agency far from the town (no word of its address is one of the residents').
APPLICANT = {"given_names": "Inge", "family_name": "Inkasso", "title": None, "street": "Marktplatz",
             "house_number": "1", "postcode": "44135", "city": "Dortmund"}  # fmt: skip
BORN = dt.date(1971, 3, 14)


def _register(db: Database, staff: Staff, given: str = "Jürgen", *, born: dt.date | None = BORN,
              street: str = "Lindenweg", number: str = "4a", degree: str | None = None) -> int:  # fmt: skip
    person = NewResident(family_name="Weiß", given_names=given, sex=Sex.MALE, born=born, doctoral_degree=degree,
                         nationalities=("DE", "PL"), birth_place="Olsztyn")  # fmt: skip
    row = register_resident(db, staff.clerk, person, MoveIn(street, number, today() - 300 * DAY), reason="Zuzug")
    return row.resident_id


def _form(**person: Any) -> dict[str, Any]:
    requested = {"familyName": "Weiss", "givenNames": "Juergen", **person}
    return {
        "applicant": {
            "givenNames": "Inge",
            "familyName": "Inkasso",
            "organisation": "Forderung & Partner GmbH",
            "address": {"street": "Marktplatz", "houseNumber": "1", "postcode": "44135", "city": "Dortmund"},
        },
        "requestedPerson": {k: v for k, v in requested.items() if v is not None},
        "purpose": "debt_collection",
        "purposeDetail": "Offene Rechnung Nr. 4711",
        "commercialUse": True,
        "advertisingOrAddressTrading": False,
    }


def _answer(db: Database, staff: Staff, form: dict[str, Any]) -> tuple[int, str]:
    """Approve (answer) a request; returns the case id and the letter's PDF text."""
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information", form=form, **APPLICANT).id)
    result = transition_case(
        db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter,
        unpaid_fee=UnpaidFee.APPROVE_ANYWAY,
    )  # fmt: skip
    assert result.document is not None
    return case.id, _pdf_text(document_pdf(db, staff.clerk, result.document.id).pdf)


def _pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _log(db: Database) -> list[DisclosureLogEntry]:
    with db.read() as session:
        return list(session.scalars(select(DisclosureLogEntry).order_by(DisclosureLogEntry.id)))


def _clerk_readable(db: Database, case_id: int) -> str:
    """Everything a clerk's case history and the audit log's text say about the case."""
    with db.read() as session:
        events = session.scalars(select(CaseEvent.comment).where(CaseEvent.case_id == case_id)).all()
        audit = session.scalars(select(AuditRecord)).all()
    return "\n".join([*(e or "" for e in events), *(json.dumps(a.details, ensure_ascii=False) for a in audit)])


def test_the_answer_gives_only_the_fields_of_section_44() -> None:
    assert [f.name for f in dataclasses.fields(Section44Data)] == [
        "family_name", "given_names", "doctoral_degree", "current_addresses", "died",
    ]  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        Section44Data("Weiß", "Jürgen", None, (), died=False).died = True  # type: ignore[misc]


@pytest.mark.usefixtures("streets")
def test_a_positive_answer_lists_exactly_the_section_44_fields(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Jürgen Karl", degree="Dr.")
    move_resident(db, staff.clerk, rid, MoveIn("Mühlenbach", "22", today() - 100 * DAY), reason="Umzug")

    case_id, text = _answer(db, staff, _form(dateOfBirth=BORN.isoformat()))
    assert "Familienname: Weiß" in text
    assert "Vornamen: Jürgen Karl" in text
    assert "Doktorgrad: Dr." in text
    assert "Mühlenbach 22, 59821 Lindenbrück" in text
    assert "Lindenweg" not in text  # the former address is not given
    for absent in ("14.03.1971", "1971-03-14", "Olsztyn", "PL", "männlich", "verstorben"):
        assert absent not in text
    assert "nicht eindeutig" not in text
    (entry,) = _log(db)
    assert entry.outcome is DisclosureOutcome.ANSWERED
    assert entry.data_given == {
        "Familienname": "Weiß", "Vornamen": "Jürgen Karl", "Doktorgrad": "Dr.",
        "Derzeitige Anschriften": ["Mühlenbach 22, 59821 Lindenbrück"],
    }  # fmt: skip
    assert (entry.resident_id, entry.clerk) == (rid, staff.clerk.username)
    assert "Forderung & Partner GmbH" in entry.recipient
    assert "Dortmund" in entry.recipient
    assert entry.purpose.startswith("Forderungsbeitreibung: Offene Rechnung Nr. 4711")
    assert entry.case_reference == case_detail(db, staff.clerk, case_id).case.reference


@pytest.mark.usefixtures("streets")
def test_a_former_address_identifies_and_the_fact_of_death_is_given(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, born=None)
    _register(db, staff, born=None, street="Mühlenbach", number="3")  # namesake elsewhere
    record_death(db, staff.clerk, rid, today() - 3 * DAY, reason="Sterbefallanzeige")
    address = {"street": "Lindenweg", "houseNumber": "4a", "postcode": "59821", "city": "Lindenbrück"}

    _case, text = _answer(db, staff, _form(lastKnownAddress=address))
    assert "Die Person ist verstorben." in text
    assert "Familienname: Weiß" in text
    assert _log(db)[0].data_given["Tatsache des Todes"] == "verstorben"


@pytest.mark.usefixtures("streets")
def test_two_namesakes_without_a_birth_date_are_not_unambiguous_and_the_fee_stays(db: Database, staff: Staff) -> None:
    _register(db, staff, born=None, number="1")
    _register(db, staff, born=None, number="2")
    address = {"street": "Lindenweg", "houseNumber": "1", "postcode": "59821", "city": "Lindenbrück"}
    _register(db, staff, born=dt.date(1980, 1, 1), number="1")  # same house, but the form names no birth date

    case_id, text = _answer(db, staff, _form(lastKnownAddress=address))
    assert "nicht eindeutig" in text
    assert STANDARD_ANSWER.split(".")[0] in " ".join(text.split())
    assert "Lindenweg 1" not in text
    assert "Familienname:" not in text
    assert case_detail(db, staff.clerk, case_id).fee_cents == 1100
    assert [e.outcome for e in _log(db)] == [DisclosureOutcome.NOT_UNAMBIGUOUS]
    assert _log(db)[0].data_given == {}


@pytest.mark.usefixtures("streets")
def test_a_blocked_person_gets_the_standard_answer_and_no_clerk_sees_the_block(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, number="17")
    set_information_block(db, staff.clerk, rid, today() + 300 * DAY, reason="Gefahr für Leib und Leben")
    _unknown_case, unknown_text = _answer(db, staff, _form(dateOfBirth="1950-01-01"))

    case_id, text = _answer(db, staff, _form(dateOfBirth=BORN.isoformat()))
    assert text.replace(_reference(db, staff, case_id), "") == unknown_text.replace(
        _reference(db, staff, _unknown_case), ""
    )  # the same letter as for nobody found, but for the reference
    assert "nicht eindeutig" in text
    readable = _clerk_readable(db, case_id)
    for secret in ("Lindenweg 17", "Lindenweg", "sperr", "Sperr", "block", "Gefahr"):
        assert secret not in text
        assert secret not in readable.replace("information_block_set", "")  # the register change itself
    assert [e.outcome for e in _log(db)] == [DisclosureOutcome.NO_MATCH, DisclosureOutcome.INFORMATION_BLOCK]
    assert _log(db)[1].data_given == {}


def _reference(db: Database, staff: Staff, case_id: int) -> str:
    return case_detail(db, staff.clerk, case_id).case.reference


def _held(db: Database, staff: Staff) -> int:
    """A request about a resident with a conditional block, held back for the supervisor; its case id."""
    rid = _register(db, staff)
    set_conditional_block(db, staff.clerk, rid, reason="Anschrift eines Frauenhauses")
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information",
                                                 form=_form(dateOfBirth=BORN.isoformat()), **APPLICANT).id)  # fmt: skip
    held = transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None,
                           render_letter=render_letter, unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert held.document is None
    return case.id


@pytest.mark.usefixtures("streets")
def test_a_conditional_block_holds_the_answer_for_the_supervisor(db: Database, staff: Staff) -> None:
    case = case_detail(db, staff.clerk, _held(db, staff)).case  # approved by the clerk: held, no letter
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.case.status is CaseStatus.IN_PROGRESS
    assert detail.documents == ()
    with db.read() as session:
        notes = session.scalars(select(CaseEvent.comment).where(CaseEvent.case_id == case.id)).all()
    assert any(note and "Amtsleitung" in note and "§ 52 BMG" in note for note in notes)
    assert _log(db) == []  # nothing was answered yet


@pytest.mark.usefixtures("streets")
def test_the_supervisor_allows_the_held_information_and_the_clerk_answers(db: Database, staff: Staff) -> None:
    case_id = _held(db, staff)
    with pytest.raises(PermissionDenied):  # a clerk does not decide it
        decide_held_information(db, staff.clerk, case_id, allow=True, reason="angehört", expected_version=None)
    with pytest.raises(InvalidInput) as empty:
        decide_held_information(db, staff.supervisor, case_id, allow=True, reason="  ", expected_version=None)
    assert (empty.value.field, empty.value.problem) == ("decision_reason", "required")
    decide_held_information(db, staff.supervisor, case_id, allow=True, expected_version=None,
                            reason="Betroffene angehört: keine Beeinträchtigung schutzwürdiger Interessen")  # fmt: skip
    with pytest.raises(InvalidInput) as twice:
        decide_held_information(db, staff.supervisor, case_id, allow=False, reason="doch nicht", expected_version=None)
    assert (twice.value.field, twice.value.problem) == ("held_information", "not_held")
    answered = transition_case(db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=None,
                               render_letter=render_letter, unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert answered.case.status is CaseStatus.APPROVED
    assert answered.document is not None
    text = _pdf_text(document_pdf(db, staff.clerk, answered.document.id).pdf)
    assert "Lindenweg 4a" in text  # answered as any request
    assert [entry.outcome for entry in _log(db)] == [DisclosureOutcome.ANSWERED]
    kinds = [event.kind for event in case_detail(db, staff.clerk, case_id).events]
    last_transition = len(kinds) - 1 - kinds[::-1].index(EventKind.TRANSITION)
    assert kinds.index(EventKind.INFORMATION_ALLOWED) < last_transition  # decided, then answered


@pytest.mark.usefixtures("streets", "german_messages")
def test_the_supervisor_refuses_the_held_information_and_it_is_only_rejected(db: Database, staff: Staff) -> None:
    case_id = _held(db, staff)
    decide_held_information(db, staff.supervisor, case_id, allow=False, expected_version=None,
                            reason="Betroffene angehört: Gefahr für Leib und Leben")  # fmt: skip
    with pytest.raises(InvalidInput) as refused:
        transition_case(db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=None,
                        render_letter=render_letter, unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert (refused.value.field, refused.value.problem) == ("held_information", "refused")
    message = describe_error(refused.value)
    assert message is not None
    assert "Amtsleitung" in message.text
    assert _log(db) == []
    rejected = transition_case(db, staff.clerk, case_id, CaseStatus.REJECTED, expected_version=None,
                               comment="Auskunft nach § 52 BMG nicht möglich", render_letter=render_letter)  # fmt: skip
    assert rejected.case.status is CaseStatus.REJECTED


@pytest.mark.usefixtures("streets")
def test_a_request_not_held_waits_for_no_decision(db: Database, staff: Staff) -> None:
    _register(db, staff)
    case = new_case(db, staff.system, "register_information", form=_form(dateOfBirth=BORN.isoformat()), **APPLICANT)
    with pytest.raises(InvalidInput) as not_held:
        decide_held_information(db, staff.supervisor, case.id, allow=True, reason="x", expected_version=None)
    assert (not_held.value.field, not_held.value.problem) == ("held_information", "not_held")


@pytest.mark.usefixtures("streets")
def test_advertising_without_consent_is_refused_with_section_44_3(db: Database, staff: Staff) -> None:
    _register(db, staff)
    form = {**_form(dateOfBirth=BORN.isoformat()), "advertisingOrAddressTrading": True}
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information", form=form, **APPLICANT).id)
    with pytest.raises(InvalidInput) as refused:
        transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None,
                        render_letter=render_letter, unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert (refused.value.field, refused.value.problem) == ("purpose", "advertising_without_consent")
    assert _log(db) == []

    rejected = transition_case(db, staff.clerk, case.id, CaseStatus.REJECTED, expected_version=None,
                               comment="Werbung ohne Einwilligung", render_letter=render_letter)  # fmt: skip
    assert rejected.document is not None
    text = _pdf_text(document_pdf(db, staff.clerk, rejected.document.id).pdf)
    assert "§ 44 Abs. 3" in text
    assert "Lindenweg" not in text
    (entry,) = _log(db)
    assert (entry.outcome, entry.data_given) == (DisclosureOutcome.REFUSED, {})
    assert "ohne Einwilligung" in entry.purpose

    consented = {**form, "consentOfPersonConcerned": True}
    _case, text = _answer(db, staff, consented)
    assert "Familienname: Weiß" in text
    assert [e.outcome for e in _log(db)] == [DisclosureOutcome.REFUSED, DisclosureOutcome.ANSWERED]


@pytest.mark.usefixtures("streets")
def test_only_data_protection_reads_and_exports_the_log(db: Database, staff: Staff) -> None:
    _register(db, staff)
    _answer(db, staff, _form(dateOfBirth=BORN.isoformat()))
    _answer(db, staff, _form(dateOfBirth="1990-12-31"))
    for actor in (staff.clerk, staff.supervisor, staff.admin, staff.registry):
        with pytest.raises(PermissionDenied):
            disclosure_log(db, actor)
        with pytest.raises(PermissionDenied):
            export_disclosure_log(db, actor)

    rows = disclosure_log(db, staff.data_protection)
    assert [r.outcome for r in rows] == [DisclosureOutcome.NO_MATCH, DisclosureOutcome.ANSWERED]  # newest first
    assert disclosure_log(db, staff.data_protection, date_to=today() - DAY) == ()
    with pytest.raises(InvalidInput):
        disclosure_log(db, staff.data_protection, date_from=today(), date_to=today() - DAY)
    csv_text = export_disclosure_log(db, staff.data_protection, date_from=today(), date_to=today())
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("Zeitpunkt;Aktenzeichen;Ergebnis")
    assert len(lines) == 3
    assert "Auskunft erteilt" in csv_text
    assert "Lindenweg 4a, 59821 Lindenbrück" in csv_text
    with db.read() as session:
        actions = session.scalars(
            select(AuditRecord.action).where(AuditRecord.actor == staff.data_protection.username)
        ).all()
    assert actions.count("disclosures.read") == 3
    assert actions.count("disclosures.exported") == 1


@pytest.mark.usefixtures("streets")
def test_the_log_cannot_be_changed_or_deleted_in_the_database(db: Database, staff: Staff) -> None:
    _register(db, staff)
    _answer(db, staff, _form(dateOfBirth=BORN.isoformat()))
    for statement in (update(DisclosureLogEntry).values(clerk="niemand"), delete(DisclosureLogEntry)):
        with pytest.raises(exc.DBAPIError), db.write() as session:
            session.execute(statement)
    (entry,) = _log(db)
    assert entry.clerk == staff.clerk.username


@pytest.mark.usefixtures("streets")
def test_another_refusal_is_logged_without_naming_section_44_3(db: Database, staff: Staff) -> None:
    form = _form(dateOfBirth=BORN.isoformat())
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information", form=form, **APPLICANT).id)
    rejected = transition_case(db, staff.clerk, case.id, CaseStatus.REJECTED, expected_version=None,
                               comment="Antrag zurückgenommen", render_letter=render_letter)  # fmt: skip
    assert rejected.document is not None
    text = _pdf_text(document_pdf(db, staff.clerk, rejected.document.id).pdf)
    assert "Antrag zurückgenommen" in text
    assert "§ 44 Abs. 3" not in text
    assert [e.outcome for e in _log(db)] == [DisclosureOutcome.REFUSED]
