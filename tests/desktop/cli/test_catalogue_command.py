"""``amtsstube catalogue list|show``: the catalogue as a stable JSON interface and as readable German text."""

from __future__ import annotations

import json

from models.db import Database
from models.fees import Fee, FeeRule
from models.operations.catalogue import catalogue_entry, shipped_catalogue, update_service
from tests.conftest import Staff
from tests.desktop.cli.test_cli import run

KEYS = {
    "key", "name", "leika_id", "identifier_confirmed", "department", "handling_role", "processing_days", "fee",
    "active", "keywords", "required_documents", "schema_uri",
}  # fmt: skip


def test_list_json_has_every_service_with_the_stable_keys(db: Database, staff: Staff) -> None:
    entry = catalogue_entry(db, "postal_vote")
    update_service(db, staff.admin, "postal_vote", expected_version=entry.version, active=False)

    listed = run("--database", db.url, "catalogue", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    services = json.loads(listed.stdout)
    assert len(services) == len(shipped_catalogue())
    assert all(set(s) == KEYS for s in services)
    by_key = {s["key"]: s for s in services}
    assert by_key["birth_certificate"] == {
        "key": "birth_certificate",
        "name": "Geburtsurkunde beantragen",
        "leika_id": "urn:de:fim:leika:leistung:99027002012000",
        "identifier_confirmed": True,
        "department": "Standesamt",
        "handling_role": "registry_officer",
        "processing_days": 5,
        "fee": {"rule": "per_copy", "first_copy_cents": 1000, "further_copy_cents": 500},
        "active": True,
        "keywords": ["Geburtsurkunde", "Urkunde", "Geburt", "Geburtsschein"],
        "required_documents": ["Personalausweis oder Reisepass"],
        "schema_uri": "https://schema.amtsstube.example/birth_certificate/1.0.schema.json",
    }
    assert by_key["postal_vote"]["active"] is False  # switched off services are listed too
    assert by_key["residence_registration"]["fee"] == {
        "rule": "free",
        "reason": "§ 24 Abs. 2 BMG: Meldebestätigung gebührenfrei",
    }
    assert by_key["special_use_permit"]["fee"]["rule"] == "tariff"
    assert by_key["special_use_permit"]["identifier_confirmed"] is False


def test_list_and_show_as_german_text(db: Database, staff: Staff) -> None:
    entry = catalogue_entry(db, "special_use_permit")
    fee = Fee(FeeRule.TARIFF, 3000, max_cents=60000, basis="Sondernutzungssatzung § 4")
    update_service(db, staff.admin, "special_use_permit", expected_version=entry.version, fee=fee)

    listed = run("--database", db.url, "catalogue", "list")
    assert listed.returncode == 0, listed.stderr
    lines = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert len(lines) == len(shipped_catalogue())
    assert "Geburtsurkunde beantragen" in lines["birth_certificate"]
    assert "10,00 €, jede weitere Ausfertigung 5,00 €" in lines["birth_certificate"]
    assert "30,00 € bis 600,00 € nach Tarif (Sondernutzungssatzung § 4)" in lines["special_use_permit"]

    shown = run("--database", db.url, "catalogue", "show", "dog_tax_reduction")
    assert shown.returncode == 0, shown.stderr
    assert "Leistung:           Hundesteuer: Ermäßigung oder Befreiung beantragen" in shown.stdout
    assert "Fachbereich:        Steueramt" in shown.stdout
    assert "Frist:              20 Arbeitstage" in shown.stdout
    assert "(lokaler Schlüssel, keine bestätigte LeiKa-Kennung)" in shown.stdout
    assert "Formular (Schema):  – (allgemeines Formular)" in shown.stdout


def test_show_json_is_one_object_and_an_unknown_key_fails_in_german(db: Database) -> None:
    shown = run("--database", db.url, "catalogue", "show", "residence_certificate", "--json")
    assert shown.returncode == 0, shown.stderr
    service = json.loads(shown.stdout)
    assert set(service) == KEYS
    assert (service["key"], service["fee"]) == ("residence_certificate", {"rule": "fixed", "cents": 500})
    assert service["leika_id"] == "urn:de:fim:leika:leistung:99115003012000"

    unknown = run("--database", db.url, "catalogue", "show", "no_such_service", "--json")
    assert unknown.returncode == 1
    assert unknown.stdout == ""
    assert "Die Leistung no_such_service ist nicht im Leistungskatalog." in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_a_huge_or_escaping_key_is_repeated_short_and_harmless(db: Database) -> None:
    huge = run("--database", db.url, "catalogue", "show", "x" * 5000)
    assert huge.returncode == 1
    assert f"Die Leistung {'x' * 40}… ist nicht im Leistungskatalog." in huge.stderr
    assert len(huge.stderr) < 400
    escaping = run("--database", db.url, "catalogue", "show", "a\x1b[31mb")
    assert escaping.returncode == 1
    assert "\x1b" not in escaping.stderr
    assert "a\\x1b[31mb" in escaping.stderr
