"""Registering and deregistering dogs through the approval of their cases: the register row, the tax tag, the tax
notice and the reassessment as PDF text; refusals with nothing stored (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.messages.error_messages import describe_error
from models.case_status import CaseStatus
from models.db import Database
from models.errors import InvalidInput
from models.german_format import today as german_today
from models.operations.case_fees import set_tariff_fee
from models.operations.claims import claim_case
from models.operations.documents import document_pdf
from models.operations.dogs import dog_record, list_dogs
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.operations.transitions import TransitionResult, UnpaidFee, transition_case
from models.registers.dogs.keeping import issue_tag
from models.registers.dogs.register import Dog, DogTaxMandate, TagIssue, TagStatus, TaxTag
from models.registers.dogs.tax_statute import town_tax_statute
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from tests.conftest import Staff
from tests.support.factories import RecordingRenderer, new_case
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("german_messages")  # the messages are checked in German

YEAR = 2026
TODAY = dt.date(YEAR, 3, 10)  # before the first instalment of 15 May falls due after the payment period
BORN = dt.date(1980, 4, 2)
STATUTE = town_tax_statute()


@pytest.fixture
def keeper(db: Database, staff: Staff) -> int:
    with db.write() as session:
        session.execute(insert(Street), [{"name": "Lindenweg", "postcode": "59999", "town": "Lindenbrück",
                                          "district": "Mitte"}])  # fmt: skip
    person = NewResident(family_name="Öztürk-Nguyễn", given_names="Łukasz", sex=Sex.MALE, born=BORN)
    moved_in = MoveIn("Lindenweg", "4a", german_today() - dt.timedelta(days=30))
    return register_resident(db, staff.clerk, person, moved_in, reason="Zuzug").resident_id


def registration_form(**changes: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "applicant": {
            "givenNames": "Lukasz",  # the search form: Ł and ễ need not be typed
            "familyName": "Oeztuerk-Nguyen",
            "dateOfBirth": BORN.isoformat(),
            "address": {"street": "Lindenweg", "houseNumber": "4a", "postcode": "59999", "city": "Lindenbrück"},
        },
        "dog": {
            "name": "Bello",
            "breedKind": "cross",
            "breed": "Labrador-Mischling",
            "sex": "male",
            "colour": "schwarz",
            "dateOfBirth": "2025-06-01",
            "keptSince": "2026-03-02",
            "chipNumber": "276098100123456",
        },
        "liabilityInsurance": {"insurer": "Muster Versicherung AG", "policyNumber": "HH-123"},
        "dogsInHousehold": 1,
        "paymentMethod": "transfer",
    }
    for key, value in changes.items():
        if key in form and isinstance(form[key], dict) and isinstance(value, dict):
            form[key] = {**form[key], **value}
        else:
            form[key] = value
    return form


def approve(db: Database, staff: Staff, service: str, form: dict[str, Any]) -> tuple[TransitionResult, str]:
    case = new_case(db, staff.system, service, form=form)
    claimed = claim_case(db, staff.clerk, case.id)
    result = transition_case(
        db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=claimed.version,
        render_letter=RecordingRenderer(), today=TODAY,
    )  # fmt: skip
    assert result.document is not None
    pdf = document_pdf(db, staff.clerk, result.document.id).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    return result, text


def refused(db: Database, staff: Staff, service: str, form: dict[str, Any]) -> InvalidInput:
    case = new_case(db, staff.system, service, form=form)
    claimed = claim_case(db, staff.clerk, case.id)
    with pytest.raises(InvalidInput) as caught:
        transition_case(
            db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=claimed.version,
            render_letter=RecordingRenderer(), today=TODAY,
        )  # fmt: skip
    return caught.value


def count(db: Database, model: type[Dog] | type[TagIssue] | type[DogTaxMandate]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def euro(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d} €"


def test_registration_stores_the_dog_issues_a_tag_and_writes_the_tax_notice(
    db: Database, staff: Staff, keeper: int
) -> None:
    _result, text = approve(db, staff, "dog_registration", registration_form())
    dogs = list_dogs(db, staff.clerk, year=YEAR)
    assert len(dogs) == 1
    dog = dogs[0]
    assert (dog.name, dog.keeper_id, dog.chip, dog.tag_number) == ("Bello", keeper, "276098100123456", 1)
    nine_months = STATUTE.first_cents * 9 // 12  # acquired in March: taxed April to December
    assert dog.annual_tax_cents == nine_months
    record = dog_record(db, staff.clerk, dog.id)
    assert record.tags[0][0] == 1
    assert record.tags[0][2] is None
    assert record.insurer == "Muster Versicherung AG"
    flat = " ".join(text.split())
    assert "Hundesteuerbescheid 2026" in flat
    assert "Steuermarke Nr. 1" in flat
    assert f"Jahresbetrag 2026: {euro(nine_months)}" in flat
    assert "April bis Dezember 2026 (9 Monate)" in flat
    for due, share in (("15.05.2026", nine_months // 4), ("15.08.2026", nine_months // 4)):
        assert f"fällig am {due}: {euro(share)}" in flat
    assert "Rechtsbehelfsbelehrung" in flat
    assert "Verwaltungsgericht Arnsberg" in flat
    assert "DE02 3705 0299 0000 6847 12" in flat  # the payment block of the GiroCode, to the town's account
    assert "SEPA-Lastschriftmandat" not in flat


def test_a_second_dog_pays_the_second_rate_and_a_mandate_replaces_the_girocode(
    db: Database, staff: Staff, keeper: int
) -> None:
    approve(db, staff, "dog_registration", registration_form())
    second = registration_form(
        dog={"name": "Luna", "sex": "female", "chipNumber": "276098100654321", "keptSince": "2025-12-15"},
        paymentMethod="sepa",
        sepaMandate={"accountHolder": "Łukasz Öztürk-Nguyễn", "iban": "DE89370400440532013000", "mandateType":
                     "recurring", "place": "Lindenbrück", "signedOn": "2026-03-01", "consent": True},
    )  # fmt: skip
    _result, text = approve(db, staff, "dog_registration", second)
    by_name = {dog.name: dog for dog in list_dogs(db, staff.clerk, year=YEAR)}
    assert by_name["Luna"].tag_number == 2
    # Luna was acquired first, so she is the first dog all year; Bello the second from April
    assert by_name["Luna"].annual_tax_cents == STATUTE.first_cents
    assert by_name["Bello"].annual_tax_cents == STATUTE.second_cents * 9 // 12
    flat = " ".join(text.split())
    assert f"2. Hund, Jahressteuer {euro(STATUTE.second_cents)}" in flat
    assert f"Jahresbetrag 2026: {euro(STATUTE.first_cents + STATUTE.second_cents * 9 // 12)}" in flat
    assert "SEPA-Lastschriftmandat für wiederkehrende Zahlungen" in flat
    assert "Mandatsreferenz: HUNDESTEUER-" in flat
    assert "DE89 3704 0044 0532 0130 00" in flat
    assert "GiroCode" not in flat
    assert count(db, DogTaxMandate) == 1


def test_a_dangerous_dog_needs_its_permit(db: Database, staff: Staff, keeper: int) -> None:
    dangerous = registration_form(dog={"breed": "American Staffordshire Terrier", "breedKind": "purebred"})
    error = refused(db, staff, "dog_registration", dangerous)
    assert (error.field, error.problem) == ("permit", "required_dangerous")
    message = describe_error(error)
    assert message is not None
    assert "§ 4 LHundG NRW" in message.text
    assert count(db, Dog) == 0
    assert count(db, TagIssue) == 0

    permit = {"category": "section3", "permitReference": "32.1-17/2026", "permitAuthority": "Ordnungsamt",
              "permitDate": "2026-02-20"}  # fmt: skip
    permitted = {**dangerous, "listedBreed": permit}
    _result, text = approve(db, staff, "dog_registration", permitted)
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    assert dog.category == "section_3"
    assert dog.annual_tax_cents == STATUTE.dangerous_cents * 9 // 12
    flat = " ".join(text.split())
    assert f"gefährlicher Hund, Jahressteuer {euro(STATUTE.dangerous_cents)}" in flat
    assert dog_record(db, staff.clerk, dog.id).permit_reference == "32.1-17/2026"


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"dog": {"chipNumber": "27609810012345"}}, ("chip", "length"), "genau 15 Ziffern"),
        ({"dog": {"chipNumber": "999098100123456"}}, ("chip", "prefix"), "Testchips"),
        ({"paymentMethod": "sepa", "sepaMandate": {"accountHolder": "Łukasz Öztürk-Nguyễn", "iban":
          "DE89370400440532013001", "place": "Lindenbrück", "signedOn": "2026-03-01"}},
         ("iban", "iban_checksum"), "Prüfziffern"),
        ({"applicant": {"dateOfBirth": "1980-04-03"}}, ("keeper", "not_found"), "Melderegister"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_german_and_nothing_is_stored(
    db: Database, staff: Staff, keeper: int, changes: dict[str, Any], code: tuple[str, str], words: str
) -> None:
    error = refused(db, staff, "dog_registration", registration_form(**changes))
    assert (error.field, error.problem) == code
    message = describe_error(error)
    assert message is not None
    assert words in message.text
    assert count(db, Dog) == 0
    assert count(db, TagIssue) == 0
    assert count(db, DogTaxMandate) == 0


def test_deregistration_returns_the_tag_and_refunds(db: Database, staff: Staff, keeper: int) -> None:
    approve(db, staff, "dog_registration", registration_form())
    form = {
        "applicant": registration_form()["applicant"],
        "dog": {"name": "Bello", "taxTagNumber": "1"},
        "reason": "death",
        "endDate": "2026-06-20",
        "taxTagReturn": "counter",
    }
    _result, text = approve(db, staff, "dog_deregistration", form)
    assert list_dogs(db, staff.clerk, year=YEAR) == ()
    (dog,) = list_dogs(db, staff.clerk, include_deregistered=True, year=YEAR)
    assert dog.deregistered_on == dt.date(2026, 6, 20)
    assert dog.tag_number is None
    before, after = STATUTE.first_cents * 9 // 12, STATUTE.first_cents * 3 // 12  # April–June taxed
    assert dog.annual_tax_cents == after
    with db.read() as session:
        tag = session.get(TaxTag, 1)
        assert tag is not None
        assert tag.status is TagStatus.RETURNED
    flat = " ".join(text.split())
    assert f"Bisher festgesetzt: {euro(before)}" in flat
    assert f"Neu festgesetzt: {euro(after)}" in flat
    assert f"Ihnen werden {euro(before - after)} erstattet." in flat
    # the returned tag is not issued again: the next dog gets a new number
    approve(db, staff, "dog_registration", registration_form(dog={"name": "Rex"}))
    assert [d.tag_number for d in list_dogs(db, staff.clerk, year=YEAR)] == [2]


def test_a_tag_cannot_be_issued_twice(db: Database, staff: Staff, keeper: int) -> None:
    approve(db, staff, "dog_registration", registration_form())
    with db.write() as session:
        other = Dog(keeper_id=keeper, name="Rex", breed="Dackel", cross=False, sex="male", colour="braun",
                    born=dt.date(2020, 1, 1), acquired_on=dt.date(2021, 1, 1), insurer="X", policy_number="1",
                    category="none")  # fmt: skip
        session.add(other)
        session.flush()
        with pytest.raises(InvalidInput) as caught:
            issue_tag(session, other, 1, TODAY)
    assert (caught.value.field, caught.value.problem) == ("tax_tag", "already_issued")
    message = describe_error(caught.value)
    assert message is not None
    assert "bereits ausgegeben" in message.text
    with db.read() as session:
        rex = session.scalar(select(Dog.id).where(Dog.name == "Rex"))
    with pytest.raises(IntegrityError), db.write() as session:  # the database refuses it as well
        session.add(TagIssue(tag_number=1, dog_id=rex, issued_on=TODAY))


def test_the_order_offices_approved_permit_counts_for_a_dog_of_a_certain_breed(
    db: Database, staff: Staff, keeper: int
) -> None:
    rottweiler = registration_form(dog={"breed": "Rottweiler", "breedKind": "purebred"})
    error = refused(db, staff, "dog_registration", rottweiler)
    assert (error.field, error.problem) == ("permit", "required_certain_breed")
    someone_else = new_case(db, staff.system, "dangerous_dog_permit", form={"anliegen": "Erlaubnis"},
                            date_of_birth=dt.date(1990, 1, 1))  # fmt: skip
    permit = new_case(db, staff.system, "dangerous_dog_permit", form={"anliegen": "Erlaubnis"}, date_of_birth=BORN)
    for case in (permit, someone_else):  # the newest approval is not the keeper's
        claim_case(db, staff.clerk, case.id)
        priced = set_tariff_fee(db, staff.clerk, case.id, 10000, expected_version=None)
        transition_case(
            db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=priced.version,
            unpaid_fee=UnpaidFee.APPROVE_ANYWAY,
        )  # fmt: skip
    _result, text = approve(db, staff, "dog_registration", rottweiler)
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    assert dog.category == "section_10"
    assert dog.annual_tax_cents == STATUTE.dangerous_cents * 9 // 12
    assert dog_record(db, staff.clerk, dog.id).permit_reference == permit.reference
    assert "§ 10 Abs. 1 LHundG NRW" in " ".join(text.split())
