"""The waste-bin register for clerks: properties found by address or by owner and manager (DIN 91379 search form),
one property's record with its bins on a day, the residents counted there and every line of its history; each
search and view logged (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from models.audit import AuditRecord
from models.db import Database
from models.errors import NotFound, PermissionDenied
from models.german_format import today
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.operations.waste_bins import find_properties, property_record
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinLine, BinType, Interval
from tests.conftest import Staff

R, B = BinType.RESIDUAL, BinType.BIO
TW = Interval.BIWEEKLY
SINCE = dt.date(2024, 1, 1)
CHANGED = dt.date(2025, 7, 1)


@pytest.fixture
def register(db: Database, staff: Staff) -> dict[str, int]:
    """Two properties: Amselweg 7 of a couple, whose bin was exchanged in July 2025, and Amselweg 7a, managed."""
    with db.write() as session:
        session.execute(insert(Street), [{"name": "Amselweg", "postcode": "59821", "town": "Lindenbrück",
                                          "district": "Mitte"}])  # fmt: skip
        street = session.scalar(select(Street.id))
        assert street is not None
        first = WasteProperty(street_id=street, house_number="7", house_key="7", owner_name="Erika und Max Groß",
                              registered_on=SINCE)  # fmt: skip
        second = WasteProperty(street_id=street, house_number="7 a", house_key="7a",
                               owner_name="Wohnungseigentümergemeinschaft Amselweg 7a",
                               manager_name="Hausverwaltung Brandt GmbH", registered_on=SINCE)  # fmt: skip
        session.add_all([first, second])
        session.flush()
        session.add_all([
            WasteBin(property_id=first.id, bin_type=R, size_litres=120, count=1, interval=TW, valid_from=SINCE,
                     valid_to=CHANGED - dt.timedelta(days=1)),
            WasteBin(property_id=first.id, bin_type=R, size_litres=240, count=1, interval=TW, valid_from=CHANGED),
            WasteBin(property_id=first.id, bin_type=B, size_litres=120, count=1, interval=TW, valid_from=SINCE),
        ])  # fmt: skip
        ids = {"first": first.id, "second": second.id}
    for given in ("Anna", "Berta", "Clara"):
        person = NewResident(family_name="Groß", given_names=given, sex=Sex.FEMALE, born=dt.date(1980, 1, 1))
        register_resident(db, staff.clerk, person, MoveIn("Amselweg", "7", today() - dt.timedelta(days=10)),
                          reason="Zuzug")  # fmt: skip
    return ids


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Amselweg 7", ["first"]),
        ("amselw 7a", ["second"]),  # the start of the street, the house number without its space
        ("Amselweg 7 A", ["second"]),
        ("Gross", ["first"]),  # the DIN 91379 search form: ß is ss
        ("erika", ["first"]),
        ("Brandt", ["second"]),  # the manager
        ("Amselweg", ["first", "second"]),  # the whole street
        ("Amselweg 9", []),
        ("Meier", []),
    ],
)
def test_a_property_is_found_by_address_owner_or_manager(
    db: Database, staff: Staff, register: dict[str, int], text: str, found: list[str]
) -> None:
    matches = find_properties(db, staff.clerk, text)
    assert [match.id for match in matches] == [register[key] for key in found]
    with db.read() as session:
        logged = session.scalars(select(AuditRecord).where(AuditRecord.action == "properties.searched")).all()
    assert logged[-1].details["term"] == text
    assert logged[-1].details["hits"] == len(found)


def test_the_record_gives_the_bins_on_a_day_the_residents_and_the_whole_history(
    db: Database, staff: Staff, register: dict[str, int]
) -> None:
    record = property_record(db, staff.clerk, register["first"])
    assert record.match.address == "Amselweg 7, 59821 Lindenbrück"
    assert [entry.line for entry in record.bins] == [BinLine(R, 240, 1, TW), BinLine(B, 120, 1, TW)]
    assert record.annual_fee_cents == 26 * (840 + 240)  # 240 l residual and 120 l bio every two weeks
    assert (record.residents, record.minimum_litres_per_week, record.residual_litres_per_week) == (3, 45, 120)
    assert [(entry.line.size_litres, entry.valid_from, entry.valid_to) for entry in record.history] == [
        (240, CHANGED, None), (120, SINCE, CHANGED - dt.timedelta(days=1)), (120, SINCE, None)
    ]  # fmt: skip
    before = property_record(db, staff.clerk, register["first"], day=dt.date(2025, 6, 30))
    assert [entry.line for entry in before.bins] == [BinLine(R, 120, 1, TW), BinLine(B, 120, 1, TW)]
    assert before.residents == 0  # the three moved in ten days ago
    with db.read() as session:
        views = session.scalars(select(AuditRecord).where(AuditRecord.action == "property.viewed")).all()
    assert [view.object_id for view in views] == [str(register["first"])] * 2


def test_only_who_may_view_the_resident_register_sees_the_properties(
    db: Database, staff: Staff, register: dict[str, int]
) -> None:
    with pytest.raises(PermissionDenied):
        find_properties(db, staff.admin, "Amselweg 7")
    with pytest.raises(PermissionDenied):
        property_record(db, staff.admin, register["first"])
    with pytest.raises(NotFound):
        property_record(db, staff.clerk, 999_999)
