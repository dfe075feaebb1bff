"""The dog tax of a *household* as the register computes it (``list_dogs``, ``dog_record``): the dogs of every
resident with the same main residence are numbered together, whoever keeps them. Amounts by hand (96 €, 120 €,
144 €, dangerous 600 € a year; per month 800, 1000, 1200, 5000 cents). SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from models.db import Database
from models.german_format import today as german_today
from models.operations.dogs import dog_record, list_dogs
from models.operations.resident_changes import MoveIn, NewResident, move_out_resident, register_resident
from models.registers.dogs.register import Dog
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from tests.conftest import Staff

YEAR = 2026
#: Anna and Bernd live at Lindenweg 4a, Cem at Lindenweg 6: another household.
KEEPERS = {"Anna": ("Lindenweg", "4a"), "Bernd": ("Lindenweg", "4a"), "Cem": ("Lindenweg", "6")}

# (dogs: keeper, name, acquired, deregistered, LHundG class, relief), expected annual tax per dog in cents
TABLE = [
    pytest.param([("Anna", "Bello", dt.date(2019, 5, 1), None, "none", None)], {"Bello": 9600}, id="one dog"),
    pytest.param(
        [
            ("Anna", "Bello", dt.date(2018, 1, 5), None, "none", None),
            ("Bernd", "Luna", dt.date(2019, 1, 5), None, "none", None),
            ("Anna", "Rex", dt.date(2020, 1, 5), None, "none", None),
            ("Cem", "Max", dt.date(2017, 1, 5), None, "none", None),
        ],
        # one household, two keepers: Bello first 96 €, Bernd's Luna second 120 €, Rex third 144 €;
        # Cem's Max (next door, acquired before all of them) is the first dog of his own household
        {"Bello": 9600, "Luna": 12000, "Rex": 14400, "Max": 9600},
        id="three dogs of one household with two keepers",
    ),
    pytest.param(
        [
            ("Anna", "Bello", dt.date(2018, 1, 5), None, "none", None),
            ("Bernd", "Tyson", dt.date(2019, 1, 5), None, "section_3", None),
            ("Anna", "Rex", dt.date(2020, 1, 5), None, "none", None),
        ],
        # the dangerous dog pays 600 € and counts: Rex is the third dog
        {"Bello": 9600, "Tyson": 60000, "Rex": 14400},
        id="a dangerous dog of the other keeper",
    ),
    pytest.param(
        [
            ("Anna", "Bello", dt.date(2018, 1, 5), None, "none", None),
            ("Bernd", "Luna", dt.date(2026, 3, 10), None, "none", None),
        ],
        {"Bello": 9600, "Luna": 9000},  # Luna: April–December as the second dog, 9 × 1000
        id="the second dog acquired mid-year",
    ),
    pytest.param(
        [
            ("Anna", "Bello", dt.date(2018, 1, 5), dt.date(2026, 6, 20), "none", None),
            ("Bernd", "Luna", dt.date(2019, 1, 5), None, "none", None),
        ],
        # Bello: January–June 6 × 800 = 4800; Luna: second January–June 6 × 1000, first July–December 6 × 800
        {"Bello": 4800, "Luna": 10800},
        id="the first dog deregistered in June",
    ),
    pytest.param(
        [
            ("Anna", "Ajax", dt.date(2018, 1, 5), None, "none", "assistance_dog"),
            ("Bernd", "Luna", dt.date(2019, 1, 5), None, "none", None),
        ],
        {"Ajax": 0, "Luna": 9600},  # the exempt assistance dog does not count: Luna is the first dog
        id="an exempt assistance dog",
    ),
]


@pytest.fixture
def keepers(db: Database, staff: Staff) -> dict[str, int]:
    with db.write() as session:
        session.execute(insert(Street), [{"name": "Lindenweg", "postcode": "59999", "town": "Lindenbrück",
                                          "district": "Mitte"}])  # fmt: skip
    moved_in = german_today() - dt.timedelta(days=30)
    ids = {}
    for name, (street, house) in KEEPERS.items():
        person = NewResident(family_name="Muster", given_names=name, sex=Sex.FEMALE, born=dt.date(1980, 1, 1))
        ids[name] = register_resident(
            db, staff.clerk, person, MoveIn(street, house, moved_in), reason="Zuzug"
        ).resident_id
    return ids


def store(
    db: Database, keepers: dict[str, int], dogs: list[tuple[str, str, dt.date, dt.date | None, str, str | None]]
) -> None:
    with db.write() as session:
        for keeper, name, acquired, gone, category, relief in dogs:
            session.add(
                Dog(keeper_id=keepers[keeper], name=name, breed="Mischling", cross=True, sex="male", colour="braun",
                    born=dt.date(2015, 1, 1), acquired_on=acquired, insurer="X", policy_number="1",
                    category=category, deregistered_on=gone, relief=relief,
                    relief_evidence="Ausweis" if relief else None)
            )  # fmt: skip


@pytest.mark.parametrize(("dogs", "expected"), TABLE)
def test_the_household_tax_equals_the_hand_computed_table(
    db: Database, staff: Staff, keepers: dict[str, int], dogs: list, expected: dict[str, int]
) -> None:
    store(db, keepers, dogs)
    rows = list_dogs(db, staff.clerk, include_deregistered=True, year=YEAR)
    assert {row.name: row.annual_tax_cents for row in rows} == expected
    for keeper_id in {row.keeper_id for row in rows}:  # one keeper's listing computes the same household
        mine = list_dogs(db, staff.clerk, keeper_id=keeper_id, include_deregistered=True, year=YEAR)
        assert {row.name: row.annual_tax_cents for row in mine} == {
            row.name: expected[row.name] for row in rows if row.keeper_id == keeper_id
        }
    for row in rows:  # and the record of each dog
        assert (
            sum(line.amount_cents for line in dog_record(db, staff.clerk, row.id, year=YEAR).tax_lines)
            == (expected[row.name])
        )


def test_a_resident_who_moved_out_no_longer_belongs_to_the_household(
    db: Database, staff: Staff, keepers: dict[str, int]
) -> None:
    store(db, keepers, [("Anna", "Bello", dt.date(2018, 1, 5), None, "none", None),
                        ("Bernd", "Luna", dt.date(2019, 1, 5), None, "none", None)])  # fmt: skip
    assert {row.name: row.annual_tax_cents for row in list_dogs(db, staff.clerk, year=YEAR)}["Luna"] == 12000
    move_out_resident(db, staff.clerk, keepers["Bernd"], german_today(), reason="Wegzug")
    by_name = {row.name: row for row in list_dogs(db, staff.clerk, year=YEAR)}
    assert by_name["Luna"].annual_tax_cents == 9600  # a household of her own keeper now
    record = dog_record(db, staff.clerk, by_name["Bello"].id, year=YEAR)
    assert record.household_dogs == 1
    assert record.keeper_address == "Lindenweg 4a, 59999 Lindenbrück"


def test_an_exempt_dog_is_not_counted_among_the_households_taxed_dogs(
    db: Database, staff: Staff, keepers: dict[str, int]
) -> None:
    store(db, keepers, [("Anna", "Ajax", dt.date(2018, 1, 5), None, "none", "assistance_dog"),
                        ("Bernd", "Luna", dt.date(2019, 1, 5), None, "none", None),
                        ("Bernd", "Rex", dt.date(2020, 1, 5), None, "none", None)])  # fmt: skip
    by_name = {row.name: row.id for row in list_dogs(db, staff.clerk, year=YEAR)}
    assert [dog_record(db, staff.clerk, by_name[name], year=YEAR).household_dogs for name in by_name] == [2, 2, 2]
