"""Finding a service as the clerk types: the whole shipped catalogue, in memory."""

from __future__ import annotations

import pytest

from models.actors import system_actor
from models.db import Database
from models.operations.catalogue import update_service
from models.operations.service_choices import service_choices
from models.roles import Role
from models.service_search import ServiceChoice, ServiceIndex
from tests.conftest import Staff


@pytest.fixture
def index(db: Database, staff: Staff) -> ServiceIndex:
    return ServiceIndex(service_choices(db, staff.system))


def _keys(index: ServiceIndex, text: str, limit: int = 20) -> list[str]:
    return [s.key for s in index.find(text, limit)]


def test_part_of_the_name_finds_the_service_first(index: ServiceIndex) -> None:
    assert _keys(index, "sperr")[0] == "bulky_waste_pickup"
    assert _keys(index, "SPERRMULL") == []  # ü is UE in the search form
    assert _keys(index, "Sperrmüll")[0] == "bulky_waste_pickup"
    assert _keys(index, "sperrmuell")[0] == "bulky_waste_pickup"
    assert "bulky_waste_pickup" in _keys(index, "müllabh")  # a part inside the name


def test_a_keyword_finds_its_service(index: ServiceIndex) -> None:
    assert _keys(index, "matratze") == ["bulky_waste_pickup"]
    assert _keys(index, "gez") == ["radio_fee_exemption_certificate"]
    # the citizen's verb: "Sperrmüll abholen" finds the pickup, not the found item one has to fetch
    assert _keys(index, "sperrmüll abholen") == ["bulky_waste_pickup"]
    assert {"bulky_waste_pickup", "e_waste_pickup"} <= set(_keys(index, "abholen"))


def test_every_word_must_match_and_the_name_ranks_first(index: ServiceIndex) -> None:
    assert _keys(index, "hund anm")[0] == "dog_registration"
    assert _keys(index, "anm hund")[0] == "dog_registration"
    found = _keys(index, "hund")
    assert found[:2] == ["dog_deregistration", "dog_registration"]  # name prefix, then by name
    assert found.index("dangerous_dog_permit") > found.index("dog_tax_reduction")  # word of the name after prefix


def test_no_match_is_empty_and_no_words_lists_by_name(index: ServiceIndex) -> None:
    assert index.find("xylophon") == ()
    assert index.find("hund xylophon") == ()
    assert index.find("%_'\x00") == ()
    everything = index.find("", limit=500)
    assert len(everything) == len(index) > 100
    assert [s.name for s in index.find("  ", limit=3)] == [s.name for s in everything[:3]]
    assert len(index.find("e", limit=5)) == 5


def test_the_choices_are_the_active_services_the_actor_works_on(db: Database, staff: Staff) -> None:
    clerk = {s.key for s in service_choices(db, staff.clerk)}
    registry = {s.key for s in service_choices(db, staff.registry)}
    assert "bulky_waste_pickup" in clerk
    assert "birth_certificate" in registry
    assert not clerk & registry
    assert service_choices(db, staff.supervisor) == ()
    everything = service_choices(db, system_actor("tests"))
    assert len(everything) == len(clerk) + len(registry)
    bulky = next(s for s in everything if s.key == "bulky_waste_pickup")
    assert bulky == ServiceChoice(
        key="bulky_waste_pickup",
        name="Sperrmüllabholung anmelden",
        department="Umweltamt",
        keywords=("Sperrmüll", "Möbel", "Abholung", "abholen", "Entrümpelung", "Sofa", "Schrank", "Matratze"),
        fee_cents=0,
        schema_uri="https://schema.amtsstube.example/bulky_waste_pickup/1.0.schema.json",
        handling_role=Role.CLERK,
    )
    entry = update_service(db, staff.admin, "bulky_waste_pickup", expected_version=1, active=False)
    assert not entry.active
    assert "bulky_waste_pickup" not in {s.key for s in service_choices(db, staff.clerk)}
