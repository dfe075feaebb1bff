"""The specialised services Amtsstube knows, and the form schemas it ships."""

from __future__ import annotations

from typing import Any

from models.services import SpecialisedService, load_schema_file
from models.services.bulky_waste import BULKY_WASTE_PICKUP, E_WASTE_PICKUP
from models.services.civil_certificate import CERTIFICATE_SERVICES
from models.services.dog_deregistration import DOG_DEREGISTRATION
from models.services.dog_registration import DOG_REGISTRATION
from models.services.register_information import REGISTER_INFORMATION, REGISTER_INFORMATION_AUTOMATED
from models.services.residence import RESIDENCE_CHANGE, RESIDENCE_REGISTRATION, SECONDARY_RESIDENCE
from models.services.residence_certificate import RESIDENCE_CERTIFICATE
from models.services.residence_deregistration import RESIDENCE_DEREGISTRATION
from models.services.waste_bin_change import WASTE_BIN_CHANGE

SPECIALISED: dict[str, SpecialisedService] = {
    service.key: service
    for service in (
        BULKY_WASTE_PICKUP,
        E_WASTE_PICKUP,
        RESIDENCE_REGISTRATION,
        RESIDENCE_CHANGE,
        SECONDARY_RESIDENCE,
        RESIDENCE_DEREGISTRATION,
        RESIDENCE_CERTIFICATE,
        DOG_REGISTRATION,
        DOG_DEREGISTRATION,
        REGISTER_INFORMATION,
        REGISTER_INFORMATION_AUTOMATED,
        WASTE_BIN_CHANGE,
        *CERTIFICATE_SERVICES,
    )
}

#: Schemas of services handled generically, by the schema URI the portal sends.
SCHEMAS_BY_URI: dict[str, str] = {
    "https://schema.amtsstube.example/bulky_waste_pickup/1.0.schema.json": "bulky_waste_pickup.json",
    "https://schema.amtsstube.example/e_waste_pickup/1.0.schema.json": "e_waste_pickup.json",
    "https://schema.amtsstube.example/dog_registration/1.0.schema.json": "dog_registration.json",
    "https://schema.amtsstube.example/dog_deregistration/1.0.schema.json": "dog_deregistration.json",
    "https://schema.amtsstube.example/waste_bin_change/1.0.schema.json": "waste_bin_change.json",
    "https://schema.amtsstube.example/residence_registration/1.0.schema.json": "residence_registration.json",
    "https://schema.amtsstube.example/residence_deregistration/1.0.schema.json": "residence_deregistration.json",
    "https://schema.amtsstube.example/residence_certificate/1.0.schema.json": "residence_certificate.json",
    "https://schema.amtsstube.example/register_information/1.0.schema.json": "register_information.json",
    "https://schema.amtsstube.example/birth_certificate/1.0.schema.json": "birth_certificate.json",
    "https://schema.amtsstube.example/marriage_certificate/1.0.schema.json": "marriage_certificate.json",
    "https://schema.amtsstube.example/partnership_certificate/1.0.schema.json": "partnership_certificate.json",
    "https://schema.amtsstube.example/death_certificate/1.0.schema.json": "death_certificate.json",
    "https://schema.amtsstube.example/counter_generic/1.0.schema.json": "counter_generic.json",
}

#: The form for a service without a schema of its own: subject and free text (Anliegen am Schalter).
COUNTER_GENERIC_FILE = "counter_generic.json"


def specialised(key: str) -> SpecialisedService | None:
    return SPECIALISED.get(key)


def schema_for(service_key: str, schema_uri: str | None) -> dict[str, Any] | None:
    """The JSON schema of a service's form data, if Amtsstube knows it."""
    service = SPECIALISED.get(service_key)
    if service is not None:
        return service.schema()
    if schema_uri and schema_uri in SCHEMAS_BY_URI:
        return load_schema_file(SCHEMAS_BY_URI[schema_uri])
    return None


def schema_for_uri(schema_uri: str) -> dict[str, Any] | None:
    """The schema a submission's metadata names, if Amtsstube ships it (by URI, specialised or not)."""
    for service in SPECIALISED.values():
        schema = service.schema()
        if schema.get("$id") == schema_uri:
            return schema
    if schema_uri in SCHEMAS_BY_URI:
        return load_schema_file(SCHEMAS_BY_URI[schema_uri])
    return None


def form_schema_for(service_key: str, schema_uri: str | None) -> dict[str, Any]:
    """The schema a form for the service is built from: its own, else the generic counter form."""
    return schema_for(service_key, schema_uri) or load_schema_file(COUNTER_GENERIC_FILE)
