"""The catalogue Amtsstube ships: the town's ~110 services, with identifiers that are either confirmed LeiKa ids or
marked local keys, and every key and form schema of the earlier catalogue kept."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from models.operations.catalogue import shipped_catalogue
from models.roles import Role
from models.services.registry import SCHEMAS_BY_URI

LEIKA = re.compile(r"urn:de:fim:leika:leistung:\d{14}")
CONFIRMED = {  # DESIGN.md §5
    "dog_registration": "99102013104000",
    "dog_deregistration": "99102013070000",
    "residence_registration": "99115005104000",
    "residence_deregistration": "99115005070000",
    "residence_certificate": "99115003012000",
    "birth_certificate": "99027002012000",
}
DEPARTMENTS = {
    "Bürgerbüro", "Standesamt", "Ordnungsamt", "Steueramt", "Stadtkasse", "Umweltamt", "Bauamt", "Sozialamt",
    "Friedhofsverwaltung", "Wahlamt",
}  # fmt: skip


def shipped_before() -> list[tuple[str, str, int, int, str, str | None, str | None]]:
    """The catalogue as shipped before the migration that made it data (found by name: its number may change)."""
    versions = Path(importlib.import_module("models.migrations.versions").__file__ or "").parent
    (path,) = versions.glob("*_catalogue_departments_fee_rules_and_shipped_values.py")
    return list(importlib.import_module(f"models.migrations.versions.{path.stem}")._SHIPPED_BEFORE)


def test_about_110_services_each_described_completely() -> None:
    entries = shipped_catalogue()
    assert 100 <= len(entries) <= 130
    assert len({e["key"] for e in entries}) == len(entries)
    for entry in entries:
        assert entry["department"] in DEPARTMENTS, entry["key"]
        assert Role(entry["handling_role"]) in (Role.CLERK, Role.REGISTRY_OFFICER)
        assert 1 <= entry["processing_days"] <= 60
        assert entry["keywords"], entry["key"]
        assert all(isinstance(d, str) and d for d in entry["required_documents"])
        assert entry["schema_uri"] is None or entry["schema_uri"] in SCHEMAS_BY_URI, entry["key"]
    assert {e["department"] for e in entries} == DEPARTMENTS
    assert [e["key"] for e in entries if e["department"] == "Standesamt" and e["key"].endswith("_certificate")] == [
        "birth_certificate",
        "marriage_certificate",
        "partnership_certificate",
        "death_certificate",
    ]


def test_only_confirmed_leika_ids_are_leika_ids_the_others_are_marked_local_keys() -> None:
    for entry in shipped_catalogue():
        key, identifier = entry["key"], entry["leika_id"]
        if key in CONFIRMED:
            assert identifier == f"urn:de:fim:leika:leistung:{CONFIRMED[key]}"
            assert LEIKA.fullmatch(identifier)
            assert entry["identifier_confirmed"] is True
            assert entry["identifier_aliases"] == [f"urn:de:lindenbrueck:leistung:{key}"]  # what the portal sent
        elif key == "online_application_other":
            assert identifier is None
        else:
            assert identifier == f"urn:de:lindenbrueck:leistung:{key}", key
            assert entry["identifier_confirmed"] is False


def test_every_earlier_key_and_schema_is_kept() -> None:
    now = {e["key"]: e for e in shipped_catalogue()}
    before = shipped_before()
    assert len(before) == 38
    for key, name, _fee, _days, role, schema_uri, _leika in before:
        assert now[key]["schema_uri"] == schema_uri, key
        assert now[key]["name"] == name
        assert now[key]["handling_role"] == role
