"""Exemptions and reductions of the dog tax claimed on the registration: stored with their evidence, shown on the
Hundesteuerbescheid, applied to the annual tax; refused for a dangerous dog unless the statute allows it, and
without evidence (SQLite and PostgreSQL). The household's other keepers count for the position."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from desktop.messages.error_messages import describe_error
from models.db import Database
from models.german_format import today as german_today
from models.operations.dogs import dog_record, list_dogs
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.registers.dogs.register import Dog, DogTaxMandate, TagIssue
from models.registers.residents.resident import Sex
from tests.conftest import Staff
from tests.models.services.test_dog_services import (
    STATUTE,
    YEAR,
    approve,
    count,
    euro,
    keeper,  # noqa: F401 - a fixture
    refused,
    registration_form,
)
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("german_messages", "keeper")  # the keeper Łukasz at Lindenweg 4a

ASSISTANCE = {"code": "assistance_dog", "evidence": "Schwerbehindertenausweis Merkzeichen Bl"}
SOCIAL = {"code": "social_benefits", "evidence": "Bewilligungsbescheid Jobcenter vom 02.01.2026"}
PERMIT = {"category": "section3", "permitReference": "32.1-17/2026", "permitAuthority": "Ordnungsamt",
          "permitDate": "2026-02-20"}  # fmt: skip


def flat(text: str) -> str:
    return " ".join(text.split())


def test_an_assistance_dog_is_exempt_and_the_notice_says_why(db: Database, staff: Staff) -> None:
    _result, text = approve(db, staff, "dog_registration", registration_form(taxRelief=ASSISTANCE))
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    assert (dog.annual_tax_cents, dog.relief) == (0, "assistance_dog")
    record = dog_record(db, staff.clerk, dog.id, year=YEAR)
    assert record.relief_evidence == "Schwerbehindertenausweis Merkzeichen Bl"
    assert record.relief_label == STATUTE.relief("assistance_dog").label
    words = flat(text)
    assert "Steuerbefreiung nach § 3 Abs. 1 Buchst. a der Hundesteuersatzung" in words
    assert "Nachweis: Schwerbehindertenausweis Merkzeichen Bl" in words
    assert "Jahresbetrag 2026: 0,00 €" in words
    assert "Für das Jahr 2026 ist keine Hundesteuer zu zahlen." in words
    assert "fällig am" not in words  # no instalments, no GiroCode
    assert "GiroCode" not in words


def test_a_reduction_halves_the_tax_on_the_notice_and_in_the_list(db: Database, staff: Staff) -> None:
    _result, text = approve(db, staff, "dog_registration", registration_form(taxRelief=SOCIAL))
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    half = (STATUTE.first_cents * 9 * 50 + 600) // 1200  # April–December, 50 %: 3600
    assert dog.annual_tax_cents == half == 3600
    assert f"Jahresbetrag 2026: {euro(half)}" in flat(text)
    assert "Steuerermäßigung um 50 % nach § 4 Abs. 1" in flat(text)


def test_no_relief_chosen_is_no_relief(db: Database, staff: Staff) -> None:
    approve(db, staff, "dog_registration", registration_form(taxRelief={"code": "none"}))
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    assert (dog.relief, dog.annual_tax_cents) == (None, STATUTE.first_cents * 9 // 12)


@pytest.mark.parametrize(
    ("form", "code", "words"),
    [
        (registration_form(dog={"breed": "American Staffordshire Terrier", "breedKind": "purebred"},
                            listedBreed=PERMIT, taxRelief=SOCIAL),
         ("relief", "not_for_dangerous_dog"), "gefährliche Hunde"),
        (registration_form(dog={"breed": "American Staffordshire Terrier", "breedKind": "purebred"},
                            listedBreed=PERMIT, taxRelief={"code": "shelter_dog", "evidence": "Vertrag"}),
         ("relief", "not_for_dangerous_dog"), "gefährliche Hunde"),
        (registration_form(taxRelief={"code": "assistance_dog"}), ("relief_evidence", "required"), "Nachweis"),
        (registration_form(taxRelief={"code": "assistance_dog", "evidence": "   "}), ("relief_evidence", "required"),
         "Nachweis"),
        (registration_form(taxRelief={"code": "lottery", "evidence": "Los"}), ("relief", "unknown"),
         "Hundesteuersatzung"),
        (registration_form(taxRelief={"code": 7, "evidence": "Los"}), ("relief", "unknown"), "Hundesteuersatzung"),
        (registration_form(taxRelief={"code": "social_benefits", "evidence": "x" * 201}),
         ("relief_evidence", "too_long"), "200"),
    ],
)  # fmt: skip
def test_a_relief_that_cannot_be_granted_is_refused_and_nothing_is_stored(
    db: Database, staff: Staff, form: dict, code: tuple[str, str], words: str
) -> None:
    error = refused(db, staff, "dog_registration", form)
    assert (error.field, error.problem) == code
    message = describe_error(error)
    assert message is not None
    assert words in message.text
    assert (count(db, Dog), count(db, TagIssue), count(db, DogTaxMandate)) == (0, 0, 0)


def test_a_dangerous_assistance_dog_is_exempt_as_the_statute_allows(db: Database, staff: Staff) -> None:
    form = registration_form(dog={"breed": "American Staffordshire Terrier", "breedKind": "purebred"},
                             listedBreed=PERMIT, taxRelief=ASSISTANCE)  # fmt: skip
    approve(db, staff, "dog_registration", form)
    (dog,) = list_dogs(db, staff.clerk, year=YEAR)
    assert (dog.category, dog.annual_tax_cents) == ("section_3", 0)


def test_the_forms_choices_are_the_statutes_reliefs() -> None:
    schema = json.loads(
        resources.files("models.services.schemas").joinpath("dog_registration.json").read_text(encoding="utf-8")
    )
    choices = schema["properties"]["taxRelief"]["properties"]["code"]["oneOf"]
    assert {choice["const"] for choice in choices} - {"none"} == {relief.code for relief in STATUTE.reliefs}


def test_the_second_dog_of_another_keeper_in_the_household_pays_the_second_rate(db: Database, staff: Staff) -> None:
    approve(db, staff, "dog_registration", registration_form())  # Bello, Łukasz's, from April
    partner = NewResident(family_name="Schmidt", given_names="Jana", sex=Sex.FEMALE, born=dt.date(1982, 7, 9))
    moved_in = MoveIn("Lindenweg", "4a", german_today() - dt.timedelta(days=20))
    register_resident(db, staff.clerk, partner, moved_in, reason="Zuzug")
    form = registration_form(
        applicant={"givenNames": "Jana", "familyName": "Schmidt", "dateOfBirth": "1982-07-09"},
        dog={"name": "Luna", "chipNumber": "276098100654321", "keptSince": "2026-03-05"},
    )
    _result, text = approve(db, staff, "dog_registration", form)
    by_name = {dog.name: dog for dog in list_dogs(db, staff.clerk, year=YEAR)}
    assert by_name["Luna"].keeper_id != by_name["Bello"].keeper_id
    # Bello acquired 2 March, Luna 5 March: both from April, Bello first (9 × 800), Luna second (9 × 1000)
    assert (by_name["Bello"].annual_tax_cents, by_name["Luna"].annual_tax_cents) == (7200, 9000)
    words = flat(text)
    assert f"2. Hund, Jahressteuer {euro(STATUTE.second_cents)}" in words
    assert f"Jahresbetrag 2026: {euro(7200 + 9000)}" in words
