"""Residence registration: approving an Anmeldung, Ummeldung or Nebenwohnung changes the resident register for
everyone in the case, in the approval's transaction, and writes one Meldebestätigung section per person; a
landlord confirmation for another flat, an unknown street or an impossible date is refused and stores nothing; a
late registration is processed and flagged in the history (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import datetime as dt
import io
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.cases import Case, CaseEvent, Channel, EventKind
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import InvalidInput
from models.german_format import format_date, local_midnight, today
from models.operations.claims import claim_case
from models.operations.documents import document_pdf
from models.operations.resident_changes import MoveIn, NewResident, move_resident, register_resident
from models.operations.transitions import transition_case
from models.registers.residents.history import ChangeKind, ResidentChange
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import add_streets, new_case

DAY = dt.timedelta(days=1)


@pytest.fixture
def streets(db: Database) -> None:
    add_streets(db)


def _person(given: str, family: str, born: dt.date, sex: str, relationship: str) -> dict[str, Any]:
    return {
        "givenNames": given,
        "familyName": family,
        "dateOfBirth": born.isoformat(),
        "placeOfBirth": "Dortmund",
        "sex": sex,
        "nationalities": ["deutsch"],
        "relationship": relationship,
    }


FAMILY = (
    ("Jürgen", "Weiß", dt.date(1980, 5, 1), "male", "self"),
    ("Ayşe", "Weiß", dt.date(1983, 9, 12), "female", "spouse"),
    ("Zoë", "Weiß", dt.date(2015, 2, 3), "female", "child"),
)


def registration_form(moved_in: dt.date, *, street: str = "Mühlenbach", number: str = "22") -> dict[str, Any]:
    """A family of three moving in from Dortmund, with the landlord's confirmation for the same flat and day."""
    flat = {"street": street, "houseNumber": number, "postcode": "59821"}
    return {
        "applicant": {
            "givenNames": "Jürgen",
            "familyName": "Weiß",
            "dateOfBirth": "1980-05-01",
            "address": {"street": "Hansastraße", "houseNumber": "7", "postcode": "44137", "city": "Dortmund"},
        },
        "moveInDate": moved_in.isoformat(),
        "newAddress": {**flat, "city": "Lindenbrück"},
        "dwellingStatus": "sole",
        "previousAddress": {"street": "Hansastraße", "houseNumber": "7", "postcode": "44137", "city": "Dortmund"},
        "persons": [_person(*member) for member in FAMILY],
        "landlordConfirmation": {
            "present": True,
            "landlordName": "Wohnungsgenossenschaft Lindenbrück eG",
            "landlordAddress": {"street": "Am Markt", "houseNumber": "3", "postcode": "59821", "city": "Lindenbrück"},
            "moveInDate": moved_in.isoformat(),
            "flatAddress": flat,
        },
    }


def _approve(db: Database, staff: Staff, case_id: int) -> Any:
    claim_case(db, staff.clerk, case_id)
    return transition_case(
        db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
    )


def _new(db: Database, staff: Staff, form: dict[str, Any], service: str = "residence_registration",
         received: dt.date | None = None, channel: Channel = Channel.ONLINE) -> int:  # fmt: skip
    received_at = local_midnight(received) + dt.timedelta(hours=10) if received else None
    return new_case(
        db, staff.system, service, form=form, received_at=received_at, channel=channel, family_name="Weiß"
    ).id


def _pdf_text(db: Database, staff: Staff, document_id: int) -> str:
    with pdfplumber.open(io.BytesIO(document_pdf(db, staff.clerk, document_id).pdf)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _residents(db: Database) -> list[Resident]:
    with db.read() as session:
        query = select(Resident).options(selectinload(Resident.addresses).selectinload(ResidentAddress.street))
        return list(session.scalars(query.order_by(Resident.born)))


def _stored(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Resident)) or 0,
            session.scalar(select(func.count()).select_from(ResidentChange)) or 0,
            session.scalar(select(func.count()).select_from(OutgoingDocument)) or 0,
        )


@pytest.mark.usefixtures("streets")
def test_a_family_moving_in_from_another_town_is_registered_with_one_confirmation_each(
    db: Database, staff: Staff
) -> None:
    moved_in = today() - 5 * DAY
    case_id = _new(db, staff, registration_form(moved_in))
    result = _approve(db, staff, case_id)

    residents = _residents(db)
    assert [(r.given_names, r.family_name, r.born) for r in residents] == [(g, f, b) for g, f, b, *_ in FAMILY]
    for resident in residents:
        [address] = resident.addresses
        assert (address.street.name, address.house_number, address.kind) == ("Mühlenbach", "22", AddressKind.MAIN)
        assert (address.moved_in, address.moved_out) == (moved_in, None)
        assert resident.nationalities == ["DE"]
        assert resident.birth_place == "Dortmund"
    assert residents[1].sex is Sex.FEMALE
    with db.read() as session:
        history = session.execute(
            select(ResidentChange.resident_id, ResidentChange.kind, ResidentChange.reason, ResidentChange.changed_by)
        ).all()
    case_reference = result.case.reference
    assert sorted((row.resident_id, row.kind) for row in history) == sorted(
        (r.id, kind) for r in residents for kind in (ChangeKind.REGISTERED, ChangeKind.MOVED_IN)
    )
    assert {row.changed_by for row in history} == {"anna"}
    assert all(case_reference in row.reason for row in history)

    assert result.document is not None
    assert result.document.kind is DocumentKind.CONFIRMATION_LETTER
    text = _pdf_text(db, staff, result.document.id)
    assert "Meldebestätigung" in text
    assert text.count("Meldebestätigung für") == 3
    for given, family, born, *_ in FAMILY:
        assert f"Meldebestätigung für {given} {family}" in text
        assert f"Geburtsdatum: {format_date(born)}" in text
    assert text.count("Anschrift: Mühlenbach 22, 59821 Lindenbrück") == 3
    assert text.count(f"Tag des Einzugs: {format_date(moved_in)}") == 3
    assert text.count("Art der Wohnung: alleinige Wohnung") == 3
    assert "Stadt Lindenbrück" in text  # the town's letterhead


@pytest.mark.usefixtures("streets")
def test_a_late_registration_is_processed_and_flagged_in_the_history(db: Database, staff: Staff) -> None:
    moved_in = today() - 30 * DAY
    on_time = _new(db, staff, registration_form(today() - 20 * DAY), received=today() - 7 * DAY)
    late = _new(db, staff, registration_form(moved_in, number="5"), received=today() - 10 * DAY)
    assert _approve(db, staff, late).case.status is CaseStatus.APPROVED
    _approve(db, staff, on_time)  # the same family, ten days later to another flat: moves, in time

    with db.read() as session:
        comments = {
            case_id: session.scalar(
                select(CaseEvent.comment).where(
                    CaseEvent.case_id == case_id,
                    CaseEvent.kind == EventKind.TRANSITION,
                    CaseEvent.to_status == CaseStatus.APPROVED,
                )
            )
            for case_id in (on_time, late)
        }
    assert comments[on_time] is None
    assert comments[late] is not None
    assert "Verspätete Anmeldung" in comments[late]
    assert f"Einzug am {format_date(moved_in)}" in comments[late]
    assert f"Frist nach § 17 BMG bis {format_date(moved_in + 14 * DAY)}" in comments[late]
    assert "(6 Tage zu spät)" in comments[late]


def _refused(db: Database, staff: Staff, form: dict[str, Any], service: str = "residence_registration") -> InvalidInput:
    case_id = _new(db, staff, form, service)
    claim_case(db, staff.clerk, case_id)
    before = _stored(db)
    with pytest.raises(InvalidInput) as refused:
        transition_case(
            db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
        )
    assert _stored(db) == before
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert case.status is not CaseStatus.APPROVED
    return refused.value


@pytest.mark.usefixtures("streets")
def test_a_landlord_confirmation_for_another_flat_or_day_is_refused(db: Database, staff: Staff) -> None:
    moved_in = today() - 3 * DAY
    other_house = registration_form(moved_in)
    other_house["landlordConfirmation"]["flatAddress"]["houseNumber"] = "24"
    other_street = registration_form(moved_in)
    other_street["landlordConfirmation"]["flatAddress"]["street"] = "Lindenweg"
    other_day = registration_form(moved_in)
    other_day["landlordConfirmation"]["moveInDate"] = (moved_in - DAY).isoformat()
    missing = registration_form(moved_in)
    missing["landlordConfirmation"] = {"present": False}
    incomplete = registration_form(moved_in)
    del incomplete["landlordConfirmation"]["landlordAddress"]
    for form, problem in (
        (other_house, "other_address"), (other_street, "other_address"), (other_day, "other_move_in_date"),
        (missing, "missing"), (incomplete, "incomplete"),
    ):  # fmt: skip
        error = _refused(db, staff, form)
        assert (error.field, error.problem) == ("landlord_confirmation", problem)
    same_in_other_spelling = registration_form(moved_in)
    same_in_other_spelling["landlordConfirmation"]["flatAddress"].update(street="MÜHLENBACH", houseNumber="22 ")
    assert _approve(db, staff, _new(db, staff, same_in_other_spelling)).case.status is CaseStatus.APPROVED


@pytest.mark.usefixtures("streets")
def test_an_unknown_street_or_an_impossible_move_in_date_stores_nothing(db: Database, staff: Staff) -> None:
    unknown = registration_form(today() - 3 * DAY, street="Gibtsnichtweg")
    error = _refused(db, staff, unknown)
    assert (error.field, error.problem) == ("street", "unknown")
    for moved_in, problem in ((today() + DAY, "in_future"), (today() - 400 * DAY, "too_long_ago")):
        error = _refused(db, staff, registration_form(moved_in))
        assert (error.field, error.problem) == ("move_in_date", problem)
    assert _stored(db)[:2] == (0, 0)


@pytest.mark.usefixtures("streets")
def test_a_move_within_the_town_ends_the_old_address_the_day_before_and_keeps_the_history(
    db: Database, staff: Staff
) -> None:
    old = register_resident(
        db, staff.clerk, NewResident("Weiß", "Jürgen", Sex.MALE, dt.date(1980, 5, 1)),
        MoveIn("Lindenweg", "4a", today() - 200 * DAY), reason="Zuzug",
    ).resident_id  # fmt: skip
    moved_in = today() - 4 * DAY
    form = registration_form(moved_in, street="Hauptstraße", number="9")
    form["newAddress"]["postcode"] = form["landlordConfirmation"]["flatAddress"]["postcode"] = "59823"
    form["persons"] = [_person(*FAMILY[0])]
    form["persons"][0]["givenNames"] = "JÜRGEN"  # the search form finds him however the form spells it
    _approve(db, staff, _new(db, staff, form, "residence_change", channel=Channel.COUNTER))  # at the counter

    [resident] = _residents(db)
    assert resident.id == old
    assert [(a.street.name, a.moved_in, a.moved_out) for a in resident.addresses] == [
        ("Lindenweg", today() - 200 * DAY, moved_in - DAY),
        ("Hauptstraße", moved_in, None),
    ]
    with db.read() as session:
        kinds = session.scalars(
            select(ResidentChange.kind).where(ResidentChange.resident_id == old).order_by(ResidentChange.number)
        ).all()
    assert kinds == [ChangeKind.REGISTERED, ChangeKind.MOVED_IN, ChangeKind.MOVED_OUT, ChangeKind.MOVED_IN]


@pytest.mark.usefixtures("streets")
def test_a_secondary_residence_keeps_the_main_one(db: Database, staff: Staff) -> None:
    register_resident(
        db, staff.clerk, NewResident("Weiß", "Jürgen", Sex.MALE, dt.date(1980, 5, 1)),
        MoveIn("Lindenweg", "4a", today() - 200 * DAY), reason="Zuzug",
    )  # fmt: skip
    form = copy.deepcopy(registration_form(today() - 2 * DAY))
    form["dwellingStatus"] = "secondary"
    form["persons"] = [_person(*FAMILY[0])]
    result = _approve(db, staff, _new(db, staff, form, "secondary_residence"))
    [resident] = _residents(db)
    assert [(a.street.name, a.kind, a.moved_out) for a in resident.addresses] == [
        ("Lindenweg", AddressKind.MAIN, None),
        ("Mühlenbach", AddressKind.SECONDARY, None),
    ]
    assert result.document is not None
    assert "Art der Wohnung: Nebenwohnung" in _pdf_text(db, staff, result.document.id)


def deregistration_form(moved_out: dt.date, *persons: tuple[str, str, dt.date]) -> dict[str, Any]:
    return {
        "applicant": {
            "givenNames": persons[0][0],
            "familyName": persons[0][1],
            "dateOfBirth": persons[0][2].isoformat(),
            "address": {"street": "Lindenweg", "houseNumber": "4a", "postcode": "59821", "city": "Lindenbrück"},
        },
        "moveOutDate": moved_out.isoformat(),
        "dwelling": "main",
        "destination": {
            "kind": "abroad",
            "street": "Ringstraße",
            "houseNumber": "1",
            "postcode": "1010",
            "city": "Wien",
            "country": "AT",
        },
        "persons": [{"givenNames": g, "familyName": f, "dateOfBirth": b.isoformat()} for g, f, b in persons],
    }


@pytest.mark.usefixtures("streets")
def test_a_deregistration_ends_the_address_of_everyone_named_and_confirms_each(db: Database, staff: Staff) -> None:
    for given, born in (("Jürgen", dt.date(1980, 5, 1)), ("Ayşe", dt.date(1983, 9, 12))):
        register_resident(
            db, staff.clerk, NewResident("Weiß", given, Sex.MALE, born),
            MoveIn("Lindenweg", "4a", today() - 200 * DAY), reason="Zuzug",
        )  # fmt: skip
    moved_out = today() - 3 * DAY
    form = deregistration_form(
        moved_out, ("Jürgen", "Weiß", dt.date(1980, 5, 1)), ("Ayse", "WEISS", dt.date(1983, 9, 12))
    )
    result = _approve(db, staff, _new(db, staff, form, "residence_deregistration"))

    residents = _residents(db)
    assert [[(a.street.name, a.moved_out) for a in r.addresses] for r in residents] == [[("Lindenweg", moved_out)]] * 2
    with db.read() as session:
        last = session.scalars(select(ResidentChange).where(ResidentChange.kind == ChangeKind.MOVED_OUT)).all()
    assert sorted(change.resident_id for change in last) == sorted(r.id for r in residents)
    assert result.document is not None
    text = _pdf_text(db, staff, result.document.id)
    assert text.count("Bisherige Anschrift: Lindenweg 4a, 59821 Lindenbrück") == 2
    assert "Abmeldebestätigung für Jürgen Weiß" in text
    assert "Abmeldebestätigung für Ayşe Weiß" in text  # the register's spelling, not the form's
    assert text.count(f"Tag des Auszugs: {format_date(moved_out)}") == 2
    assert "Künftige Wohnung: ins Ausland (Wien, AT)" in text


@pytest.mark.usefixtures("streets")
def test_a_deregistration_of_someone_not_in_the_register_or_in_the_future_stores_nothing(
    db: Database, staff: Staff
) -> None:
    register_resident(
        db, staff.clerk, NewResident("Weiß", "Jürgen", Sex.MALE, dt.date(1980, 5, 1)),
        MoveIn("Lindenweg", "4a", today() - 200 * DAY), reason="Zuzug",
    )  # fmt: skip
    known = ("Jürgen", "Weiß", dt.date(1980, 5, 1))
    for form, field, problem in (
        (deregistration_form(today() - DAY, known, ("Zoë", "Weiß", dt.date(2015, 2, 3))), "person", "not_in_register"),
        (deregistration_form(today() + DAY, known), "move_out_date", "in_future"),
        (deregistration_form(today() - 201 * DAY, known), "moved_out", "before_moved_in"),
    ):
        error = _refused(db, staff, form, "residence_deregistration")
        assert (error.field, error.problem) == (field, problem)
    [resident] = _residents(db)
    assert resident.addresses[0].moved_out is None


@pytest.mark.usefixtures("streets")
def test_a_residence_certificate_prints_the_registers_current_data_and_the_fee(db: Database, staff: Staff) -> None:
    born = dt.date(1980, 5, 1)
    rid = register_resident(
        db, staff.clerk,
        NewResident("Weiß", "Jürgen Karl", Sex.MALE, born, birth_name="Öztürk", doctoral_degree="Dr.",
                    birth_place="Dortmund"),
        MoveIn("Lindenweg", "4a", today() - 200 * DAY), reason="Zuzug",
    ).resident_id  # fmt: skip
    move_resident(
        db, staff.clerk, rid, MoveIn("Hauptstraße", "9", today() - 30 * DAY, "59823", AddressKind.SECONDARY),
        reason="Nebenwohnung",
    )  # fmt: skip
    case = new_case(db, staff.system, "residence_certificate", family_name="WEISS", given_names="Jürgen Karl",
                    date_of_birth=born, title=None)  # fmt: skip
    result = _approve(db, staff, case.id)

    assert result.document is not None
    text = _pdf_text(db, staff, result.document.id)
    assert "Meldebescheinigung (§ 18 BMG)" in text
    for line in (
        "Familienname: Weiß", "Geburtsname: Öztürk", "Vornamen: Jürgen Karl", "Doktorgrad: Dr.",
        f"Geburtsdatum: {format_date(born)}", "Geburtsort: Dortmund",
        f"Hauptwohnung: Lindenweg 4a, 59821 Lindenbrück (seit {format_date(today() - 200 * DAY)})",
        f"– Hauptstraße 9, 59823 Lindenbrück (seit {format_date(today() - 30 * DAY)})",
        "Gebühr: 5,00 €",
    ):  # fmt: skip
        assert line in text, line
    with db.read() as session:
        viewed = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "resident.viewed", AuditRecord.object_id == str(rid))
        ).all()
    assert [record.details["case"] for record in viewed] == [result.case.reference]


@pytest.mark.usefixtures("streets")
def test_a_residence_certificate_for_someone_not_in_the_register_is_refused(db: Database, staff: Staff) -> None:
    born = dt.date(1980, 5, 1)
    register_resident(
        db, staff.clerk, NewResident("Weiß", "Jürgen", Sex.MALE, born), MoveIn("Lindenweg", "4a", today() - 9 * DAY),
        reason="Zuzug",
    )  # fmt: skip
    for overrides, problem in (
        ({"date_of_birth": born + DAY}, "not_in_register"),
        ({"date_of_birth": None}, "not_in_register"),
        ({"date_of_birth": born, "given_names": "Jürgen Karl"}, "not_in_register"),
    ):
        case = new_case(
            db, staff.system, "residence_certificate", family_name="Weiß", **{"given_names": "Jürgen", **overrides}
        )
        claim_case(db, staff.clerk, case.id)
        before = _stored(db)
        with pytest.raises(InvalidInput) as refused:
            transition_case(
                db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
            )
        assert (refused.value.field, refused.value.problem) == ("applicant", problem)
        assert _stored(db) == before
    register_resident(
        db, staff.clerk, NewResident("Weiss", "Jürgen", Sex.MALE, born), MoveIn("Mühlenbach", "1", today() - 9 * DAY),
        reason="Zuzug",
    )  # fmt: skip
    twice = new_case(
        db, staff.system, "residence_certificate", family_name="Weiß", given_names="Jürgen", date_of_birth=born
    )
    claim_case(db, staff.clerk, twice.id)
    with pytest.raises(InvalidInput) as refused:
        transition_case(
            db, staff.clerk, twice.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
        )
    assert (refused.value.field, refused.value.problem) == ("applicant", "ambiguous")
