"""Form data checked as the intake checks it, each problem at its field in German; German dates both ways."""

from __future__ import annotations

import random

import pytest

from models.form_problems import MESSAGES, FieldProblem, NotADate, form_problems, german_from_iso, iso_from_german
from models.form_validation import form_validator
from models.services.registry import form_schema_for, load_schema_file
from sync import submission_check
from sync.portal_demo.submissions import SPECIALISED_DEMO_SERVICES, demo_submission


def _codes(problems: list[FieldProblem]) -> dict[tuple[str | int, ...], set[str]]:
    found: dict[tuple[str | int, ...], set[str]] = {}
    for field_problem in problems:
        found.setdefault(field_problem.path, set()).add(field_problem.code)
    return found


@pytest.mark.parametrize("service_key", SPECIALISED_DEMO_SERVICES)
def test_a_demo_submission_has_no_problem_and_passes_the_intake_validator(service_key: str) -> None:
    demo = demo_submission(random.Random(3), service_key)
    schema = form_schema_for(service_key, demo.schema_uri)  # the service's own (two services may share one)

    assert form_problems(schema, demo.form_data) == []
    validator = form_validator(schema["$id"])
    assert validator is not None
    assert validator.is_valid(demo.form_data)


def test_each_problem_is_placed_at_its_field_with_its_german_message() -> None:
    schema = load_schema_file("birth_certificate.json")
    data = {
        "applicant": {"givenNames": "Anna", "familyName": "x" * 121, "dateOfBirth": "2026-02-31", "email": "anna"},
        "certificateKind": "paper",
        "copies": 11,
        "relationship": "sibling",
        "registerNumber": "123",
    }

    problems = form_problems(schema, data)
    codes = _codes(problems)

    assert codes[("applicant", "address")] == {"required"}
    assert codes[("purpose",)] == {"required"}
    assert codes[("interestReason",)] == {"required"}  # by the allOf/if/then of a sibling's order
    assert codes[("applicant", "familyName")] == {"max_length"}
    assert codes[("applicant", "dateOfBirth")] == {"date"}
    assert codes[("applicant", "email")] == {"email"}
    assert codes[("certificateKind",)] == {"choice"}
    assert codes[("copies",)] == {"maximum"}
    assert codes[("registerNumber",)] == {"pattern"}
    messages = {p.path: p.message_de for p in problems}
    assert messages[("purpose",)] == "Pflichtangabe"
    assert messages[("applicant", "familyName")] == "höchstens 120 Zeichen"
    assert messages[("applicant", "dateOfBirth")] == "Datum im Format TT.MM.JJJJ"
    assert messages[("applicant", "email")] == "E-Mail-Adresse wie name@example.de"
    assert messages[("copies",)] == "höchstens 10"
    assert messages[("registerNumber",)] == "Bitte im vorgesehenen Format angeben: wie G 123/2026"
    assert messages[("certificateKind",)] == "bitte einen der Werte wählen"


def test_limits_of_arrays_and_numbers_and_a_pattern_described_by_its_schema() -> None:
    schema = load_schema_file("e_waste_pickup.json")
    device = {"category": "small", "description": "Toaster", "quantity": 1, "weightKg": 0.5}
    data = {"devices": [device] * 21 + [{**device, "quantity": 0, "weightKg": 150.5}]}
    messages = {p.path: p.message_de for p in form_problems(schema, data)}

    assert messages[("devices",)] == "höchstens 20 Stück"
    assert messages[("devices", 21, "quantity")] == "mindestens 1"
    assert messages[("devices", 21, "weightKg")] == "höchstens 150"
    dog = load_schema_file("dog_deregistration.json")
    chip = {p.path: p.message_de for p in form_problems(dog, {"dog": {"name": "Bello", "chipNumber": "999"}})}
    assert chip[("dog", "chipNumber")].startswith("Bitte im vorgesehenen Format angeben: ISO 11784/11785: 15 Ziffern")


def test_one_of_several_properties_and_a_confirmation_and_a_name_outside_din_91379() -> None:
    register = load_schema_file("register_information.json")
    person = {"givenNames": "Jan", "familyName": "Nowak\u2603"}
    problems = {p.path: p for p in form_problems(register, {"requestedPerson": person})}

    assert problems[("requestedPerson", "dateOfBirth")].message_de == (
        "bitte mindestens eine dieser Angaben: Geburtsdatum, Letzte bekannte Anschrift"
    )
    assert problems[("requestedPerson", "familyName")].code == "name_character"
    assert "„\u2603“" in problems[("requestedPerson", "familyName")].message_de
    dogs = load_schema_file("dog_registration.json")
    mandate = {"paymentMethod": "sepa", "sepaMandate": {"consent": False}}
    codes = _codes(form_problems(dogs, mandate))
    assert codes[("sepaMandate", "consent")] == {"confirm"}
    assert codes[("sepaMandate", "iban")] == {"required"}
    assert _codes(form_problems(dogs, {"dogsInHousehold": "zwei"}))[("dogsInHousehold",)] == {"integer"}


def test_every_message_is_german_and_every_code_is_raised() -> None:
    raised = {
        p.code
        for schema_file, data in (
            ("birth_certificate.json", {"copies": 0, "certificateKind": 3, "applicant": {"givenNames": ""}}),
            ("e_waste_pickup.json", {"devices": [], "preferredDate": "1.1.2026", "applicant": {"email": "x"}}),
            ("register_information.json", {"requestedPerson": {"familyName": "\u2603"}, "commercialUse": 1.5}),
            ("dog_registration.json", {"sepaMandate": {"consent": False}, "dogsInHousehold": "x", "dog": []}),
            ("bulky_waste_pickup.json", {"items": [{"volumeM3": "x", "quantity": 99}], "contactPhone": "1" * 41}),
            ("residence_registration.json", {"persons": [{}] * 13, "previousAddress": {"postcode": "a"}}),
        )
        for p in form_problems(load_schema_file(schema_file), data)
    }
    for code in ("date", "date_impossible"):
        with pytest.raises(NotADate) as refused:
            iso_from_german("1.13.20" if code == "date" else "31.02.2026")
        raised.add(refused.value.code)
    assert raised == set(MESSAGES)


def test_german_dates_both_ways_and_impossible_days_refused() -> None:
    assert iso_from_german("24.12.2026") == "2026-12-24"
    assert iso_from_german(" 1.2.2026 ") == "2026-02-01"
    assert iso_from_german("29.02.2028") == "2028-02-29"
    assert german_from_iso("2026-12-24") == "24.12.2026"
    assert german_from_iso("Weihnachten") == "Weihnachten"
    for text, code in (("31.02.2026", "date_impossible"), ("29.02.2026", "date_impossible"), ("2026-12-24", "date")):
        with pytest.raises(NotADate) as refused:
            iso_from_german(text)
        assert refused.value.code == code


def test_the_intake_and_the_forms_use_the_one_validator() -> None:
    uri = load_schema_file("dog_registration.json")["$id"]
    assert submission_check.form_validator is form_validator
    assert submission_check.form_validator(uri) is form_validator(uri)  # built once, for both
    assert form_validator("https://schema.example/unknown.json") is None
