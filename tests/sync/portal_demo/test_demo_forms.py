"""Demo submissions: valid against the shipped schemas, plausible in every detail a clerk would look at."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import Any

import jsonschema
import pytest
from pypdf import PdfReader

from models.fees import fee_from_json
from models.services.registry import SCHEMAS_BY_URI, schema_for_uri, specialised
from sync.portal_demo.banking import format_iban, iban_check_digits, iban_is_valid, make_iban
from sync.portal_demo.files import PDF, demo_pdf
from sync.portal_demo.forms_dogs import chip_number
from sync.portal_demo.names import ORIGINS, TOWN_STREETS
from sync.portal_demo.submissions import (
    SPECIALISED_DEMO_SERVICES,
    DemoSubmission,
    catalogue,
    demo_plan,
    demo_submission,
)
from sync.sandbox.provisioning import FALLBACK_SCHEMA_URI
from tests.support.din91379_oracle import din91379_file

TODAY = dt.date(2026, 3, 2)
SEEDS = range(50)
FORMAT_CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER
CERTIFICATES = ("birth_certificate", "marriage_certificate", "partnership_certificate", "death_certificate")


def _demo(service_key: str, seed: int, **kwargs: Any) -> DemoSubmission:
    return demo_submission(random.Random(seed), service_key, today=TODAY, **kwargs)


def _portal_schema_uri(service_key: str) -> str:
    """The schema URI the portal sends: the catalogue's, else the one named after the key (a service whose
    catalogue entry predates its schema, e.g. residence_deregistration: the catalogue's URIs never change)."""
    return str(catalogue()[service_key]["schema_uri"] or FALLBACK_SCHEMA_URI.format(key=service_key))


def _schema(service_key: str) -> dict[str, Any]:
    uri = _portal_schema_uri(service_key)
    schema = schema_for_uri(uri)
    assert schema is not None, f"no schema shipped for {uri}"
    return schema


@cache
def _batch() -> tuple[DemoSubmission, ...]:
    return tuple(_demo(key, seed) for key in SPECIALISED_DEMO_SERVICES for seed in SEEDS)


@pytest.mark.parametrize("service_key", SPECIALISED_DEMO_SERVICES)
def test_every_demo_submission_is_valid_against_its_schema(service_key: str) -> None:
    schema = _schema(service_key)
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    for seed in SEEDS:
        demo = _demo(service_key, seed)
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(demo.form_data)]
        assert not errors, f"seed {seed}: {errors}"
        assert demo.schema_uri == schema["$id"]


@pytest.mark.parametrize("service_key", SPECIALISED_DEMO_SERVICES)
def test_schemas_refuse_an_array_and_every_missing_core_field(service_key: str) -> None:
    schema = _schema(service_key)
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMAT_CHECKER)
    form = _demo(service_key, 1).form_data

    assert not validator.is_valid([form])
    assert len(schema["required"]) >= 2
    for field in schema["required"]:
        assert not validator.is_valid({k: v for k, v in form.items() if k != field}), field


def test_every_catalogue_schema_uri_is_shipped_and_every_shipped_schema_is_sound() -> None:
    uris = {entry["schema_uri"] for entry in catalogue().values() if entry.get("schema_uri")}
    assert uris <= set(SCHEMAS_BY_URI)
    for uri in SCHEMAS_BY_URI:
        schema = schema_for_uri(uri)
        assert schema is not None
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$id"] == uri
    for key in SPECIALISED_DEMO_SERVICES:
        service = specialised(key)
        form = service.schema_file.removesuffix(".json") if service else key  # two services may share a form
        assert _portal_schema_uri(key) == f"https://schema.amtsstube.example/{form}/1.0.schema.json"
        assert _portal_schema_uri(key) in SCHEMAS_BY_URI


def _untitled(schema: dict[str, Any], path: str) -> list[str]:
    """Properties without a German title (the GUI labels form fields from them), and options without one."""
    missing = []
    for name, prop in schema.get("properties", {}).items():
        where = f"{path}/{name}"
        if not prop.get("title"):
            missing.append(where)
        missing += [f"{where}={option.get('const')}" for option in prop.get("oneOf", []) if not option.get("title")]
        missing += _untitled(prop, where)
        missing += _untitled(prop.get("items", {}), where + "[]")
    return missing


@pytest.mark.parametrize("service_key", [k for k in SPECIALISED_DEMO_SERVICES if k != "bulky_waste_pickup"])
def test_every_property_of_our_schemas_has_a_title(service_key: str) -> None:
    assert _untitled(_schema(service_key), "") == []


@cache
def _din_91379_type_a() -> tuple[str, ...]:
    """Data type A (names of natural persons): normative letters and sequences plus non-letters N1."""
    allowed = []
    for line in din91379_file("latin_list_1.3.txt").read_text(encoding="utf-8").splitlines():
        group, _, codes, *_ = (part.strip() for part in line.split(";"))
        if group in ("bll", "bnlreq"):
            allowed.append("".join(chr(int(code, 16)) for code in codes.split()))
    return tuple(sorted(allowed, key=len, reverse=True))  # longest first: sequences before their base letter


def _outside_din_91379(name: str) -> list[str]:
    outside, index = [], 0
    while index < len(name):
        match = next((seq for seq in _din_91379_type_a() if name.startswith(seq, index)), None)
        if match is None:
            outside.append(name[index])
            index += 1
        else:
            index += len(match)
    return outside


def _names(value: Any) -> list[str]:
    """Every name part in form data (and nested people)."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("givenNames", "familyName", "birthName", "namePrefix") and isinstance(item, str):
                found.append(item)
            else:
                found += _names(item)
    elif isinstance(value, list):
        for item in value:
            found += _names(item)
    return found


def test_name_pools_are_nfc_and_din_91379() -> None:
    for origin in ORIGINS:
        for entry in origin.family_names + origin.female + origin.male:
            for name in entry.split("|"):
                assert unicodedata.normalize("NFC", name) == name
                assert _outside_din_91379(name) == [], name


def test_names_across_a_batch_carry_din_91379_letters_beyond_latin_1() -> None:
    names = [name for demo in _batch() for name in _names(demo.form_data)]
    names += [demo.identification.report["familyName"] for demo in _batch() if demo.identification]
    assert all(unicodedata.normalize("NFC", name) == name for name in names)
    assert [name for name in names if _outside_din_91379(name)] == []
    beyond_latin_1 = {char for name in names for char in name if ord(char) > 0xFF}
    assert len(beyond_latin_1) >= 25
    assert {"Ł", "ő", "ğ", "ı"} & beyond_latin_1
    assert any(unicodedata.combining(char) for name in names for char in name), "no base + combining sequence"
    assert sum(bool(set(n) & beyond_latin_1) for n in names) >= len(names) // 10


def test_demo_ibans_have_correct_check_digits() -> None:
    assert iban_check_digits("DE", "370400440532013000") == "89"
    assert iban_is_valid("DE89370400440532013000")
    assert format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"
    assert not iban_is_valid("DE89370400440532013001")
    assert make_iban("AT", "1904300234573201") == "AT611904300234573201"
    ibans = [
        iban
        for demo in _batch()
        for iban in (
            demo.form_data.get("sepaMandate", {}).get("iban"),
            demo.form_data.get("refundIban"),
        )
        if iban
    ]
    assert len(ibans) > 20
    for iban in ibans:
        assert iban_is_valid(iban), iban
        broken = iban[:-1] + str((int(iban[-1]) + 1) % 10)
        assert not iban_is_valid(broken)


def test_chip_numbers_are_iso_11784_transponder_codes() -> None:
    rng = random.Random(7)
    chips = [chip_number(rng) for _ in range(300)]
    chips += [demo.form_data["dog"]["chipNumber"] for demo in _batch() if "chipNumber" in demo.form_data.get("dog", {})]
    for chip in chips:
        assert re.fullmatch(r"[0-9]{15}", chip), chip
        prefix = int(chip[:3])
        assert prefix == 276 or 900 <= prefix <= 998 or prefix == 642, chip
    assert {chip[:3] for chip in chips} >= {"276", "941"}


@pytest.mark.parametrize("service_key", [*SPECIALISED_DEMO_SERVICES, "residents_parking_permit", "postal_vote"])
def test_benchmark_mode_sends_one_attachment_of_exactly_the_requested_size(service_key: str) -> None:
    for seed in range(3):
        demo = _demo(service_key, seed, attachment_size=100_000)
        assert [len(a.content) for a in demo.attachments] == [100_000]
        attachment = demo.attachments[0]
        if attachment.mime_type == PDF:
            assert PdfReader(io.BytesIO(attachment.content)).pages[0].extract_text()


def test_pdfs_are_readable_at_any_requested_size() -> None:
    rng = random.Random(3)
    for size in (None, 1_500, 4_096, 100_000, 250_001):
        lines = ["Hund: Krümel (Terrier-Mischling)"]
        content = demo_pdf("Versicherungsnachweis für Łukasz Þórsson", lines, rng, size=size)
        if size is not None:
            assert len(content) == size
        text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
        assert "Versicherungsnachweis für Lukasz Þórsson" in text
        assert "Krümel" in text


def test_fees_follow_the_catalogue_and_further_copies_cost_five_euros() -> None:
    for demo in _batch():
        fee = fee_from_json(catalogue()[demo.service_key]["fee"]).cents
        if demo.service_key in CERTIFICATES:
            expected = Decimal(10 + 5 * (demo.form_data["copies"] - 1))
        else:
            expected = Decimal(fee).scaleb(-2)
        if expected == 0:
            assert demo.payment is None
            continue
        assert demo.payment is not None
        assert demo.payment.gross_amount == expected
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,36}", demo.payment.transaction_id)
        assert len(demo.payment.transaction_reference) <= 27
    statuses = {demo.payment.status.value for demo in _batch() if demo.payment}
    assert statuses == {"BOOKED", "INITIAL"}


def test_identification_reports_carry_a_trust_level_and_the_applicants_name() -> None:
    reports = [demo for demo in _batch() if demo.identification]
    assert len(reports) > len(_batch()) * 0.8
    levels = {demo.identification.report["levelOfAssurance"] for demo in reports if demo.identification}
    assert levels == {"low", "substantial", "high"}
    for demo in reports:
        assert demo.identification is not None
        assert demo.identification.report["familyName"] == demo.applicant.family_name
    bulky = [demo for demo in _batch() if demo.service_key == "bulky_waste_pickup"]
    # The bulky-waste form has no applicant: the login report is where intake finds name and address.
    assert all(demo.identification and demo.identification.report["address"]["postcode"] for demo in bulky)


def test_every_dog_registration_carries_the_insurance_certificate() -> None:
    for demo in _batch():
        if demo.service_key == "dog_registration":
            assert "Versicherungsnachweis.pdf" in [a.filename for a in demo.attachments]


def test_dates_are_plausible() -> None:
    for demo in _batch():
        form = demo.form_data
        birth = form.get("applicant", {}).get("dateOfBirth")
        if birth and demo.service_key in CERTIFICATES:
            assert (TODAY - dt.date.fromisoformat(birth)).days >= 16 * 365, "§ 62 PStG: applicants are 16 or older"
        if demo.service_key == "dog_registration":
            dog = form["dog"]
            assert dt.date.fromisoformat(dog["dateOfBirth"]) < dt.date.fromisoformat(dog["keptSince"]) <= TODAY
        if demo.service_key == "residence_registration":
            assert dt.date.fromisoformat(form["moveInDate"]) <= TODAY
        if demo.service_key == "partnership_certificate":
            assert dt.date(2001, 8, 1) <= dt.date.fromisoformat(form["dateOfPartnership"]) <= dt.date(2017, 9, 30)
        if "preferredDate" in form:
            assert TODAY < dt.date.fromisoformat(form["preferredDate"]) <= TODAY + dt.timedelta(days=40)
        for key in ("dateOfMarriage", "dateOfDeath", "endDate"):
            if key in form:
                assert dt.date.fromisoformat(form[key]) <= TODAY


def test_addresses_are_in_town_elsewhere_in_germany_and_abroad() -> None:
    addresses = [demo.form_data["applicant"]["address"] for demo in _batch() if "applicant" in demo.form_data]
    towns = {(a["postcode"], a["city"]) for a in addresses}
    in_town = {street.postcode for street in TOWN_STREETS.values()}
    assert {postcode for postcode, city in towns if city == "Lindenbrück"} == in_town
    assert len({a.get("country", "DE") for a in addresses}) >= 4
    pickups = [demo.form_data["pickupAddress"] for demo in _batch() if "pickupAddress" in demo.form_data]
    assert {a["city"] for a in pickups} == {"Lindenbrück"}
    for pickup in pickups:  # a street of the demo town's directory, with its postcode and district
        street = TOWN_STREETS[pickup["street"]]
        assert (pickup["postcode"], pickup.get("district", street.district)) == (street.postcode, street.district)


def test_the_same_seed_makes_the_same_submission() -> None:
    first, second = _demo("dog_registration", 11), _demo("dog_registration", 11)
    assert first.form_data == second.form_data
    assert [a.content for a in first.attachments] == [a.content for a in second.attachments]
    assert _demo("dog_registration", 12).form_data != first.form_data


def test_the_plan_covers_every_service_before_mixing() -> None:
    plan = demo_plan(random.Random(0), SPECIALISED_DEMO_SERVICES, 40)
    assert len(plan) == 40
    assert set(plan[: len(SPECIALISED_DEMO_SERVICES)]) == set(SPECIALISED_DEMO_SERVICES)
    assert demo_plan(random.Random(0), SPECIALISED_DEMO_SERVICES, 3) == plan[:3]


def test_unknown_services_and_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown service"):
        demo_submission(random.Random(0), "moon_landing")
    with pytest.raises(ValueError, match="positive"):
        demo_submission(random.Random(0), "dog_registration", attachment_size=0)
