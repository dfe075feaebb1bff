"""The forms of the demo's cases for services with register effects, filled in as the portal would send them, so
that a clerk trying the demo can approve them: the applicant block from the applicant's own data, a dog of a
resident of the demo town, a register information about a resident the register has.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.services.registry import specialised

#: Services whose demo applicant is a resident of the demo town: the register must find them.
REGISTERED_APPLICANT_SERVICES = frozenset({"residence_certificate", "dog_registration"})


def applicant_block(person: dict[str, Any]) -> dict[str, Any]:
    """The form's ``applicant`` as the portal fills it from the citizen's account."""
    block: dict[str, Any] = {
        "givenNames": person["given_names"],
        "familyName": person["family_name"],
        "address": {
            "street": person["street"],
            "houseNumber": person["house_number"],
            "postcode": person.get("postcode", "59999"),
            "city": person.get("city", "Lindenbrück"),
        },
    }
    if person.get("name_prefix"):
        block["namePrefix"] = person["name_prefix"]
    if person.get("date_of_birth"):
        block["dateOfBirth"] = person["date_of_birth"].isoformat()
    return block


def with_applicant(service_key: str, form: dict[str, Any], person: dict[str, Any]) -> dict[str, Any]:
    """``form`` with the applicant block its service's schema has (and the form lacks)."""
    service = specialised(service_key)
    if service is None or "applicant" not in service.schema().get("properties", {}) or "applicant" in form:
        return form
    return {"applicant": applicant_block(person), **form}


def dog_registration_form(number: int, today: dt.date) -> dict[str, Any]:
    """A dog taken in two months ago, paid for by transfer (the applicant block comes from :func:`with_applicant`)."""
    return {
        "dog": {
            "name": ("Bruno", "Frieda")[number % 2],
            "breedKind": "cross",
            "breed": "Labrador-Mischling",
            "sex": ("male", "female")[number % 2],
            "colour": "schwarz",
            "dateOfBirth": (today - dt.timedelta(days=400)).isoformat(),
            "keptSince": (today - dt.timedelta(days=60)).isoformat(),
            "heightCm": 38,
            "chipNumber": f"276098{900_000_000 + number:09d}",
        },
        "liabilityInsurance": {"insurer": "Lindenbrücker Versicherung VVaG", "policyNumber": f"HH-DEMO-{number}"},
        "dogsInHousehold": 1,
        "paymentMethod": "transfer",
    }


def register_information_form(requested: dict[str, Any] | None) -> dict[str, Any]:
    """A debt collector asking for the address of ``requested`` (a resident), or of someone the register lacks."""
    person = (
        {
            "familyName": requested["family_name"],
            "givenNames": requested["given_names"],
            "dateOfBirth": requested["date_of_birth"].isoformat(),
        }
        if requested is not None
        else {"familyName": "Becker", "givenNames": "Tobias", "dateOfBirth": "1984-03-02"}
    )
    return {
        "requestedPerson": person,
        "purpose": "debt_collection",
        "commercialUse": True,
        "advertisingOrAddressTrading": False,
    }
