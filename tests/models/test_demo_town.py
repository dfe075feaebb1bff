"""The demo town's register: deterministic for a seed, plausible (households share addresses, the number asked
for, dates that make sense), its history replays to its state, and the search finds its names."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models.db import Database
from models.demo.town import seed_town
from models.german_format import today
from models.migrate import upgrade
from models.operations.resident_changes import MoveIn, NewResident, register_resident
from models.operations.residents import find_residents
from models.registers.residents.history import ChangeKind, ResidentChange, replayed
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex
from models.registers.residents.streets import Street
from tests.conftest import Staff

AS_OF = dt.date(2026, 12, 2)
RESIDENTS = 3000


def _first_residents(db: Database) -> list[tuple[object, ...]]:
    query = (
        select(
            Resident.family_name, Resident.given_names, Resident.born, Resident.sex,
            Resident.nationalities, ResidentAddress.house_number, Street.name,
        )
        .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
        .join(Street, Street.id == ResidentAddress.street_id)
        .order_by(Resident.id, ResidentAddress.id)
        .limit(40)
    )  # fmt: skip
    with db.read() as session:
        return [tuple(row) for row in session.execute(query)]


@pytest.fixture
def town(db: Database) -> Database:
    summary = seed_town(db, RESIDENTS, seed=7, as_of=AS_OF)
    assert summary.residents == RESIDENTS
    assert 140 <= summary.streets <= 160
    return db


def test_the_same_seed_gives_the_same_town_and_another_seed_another(town: Database, tmp_path: Path) -> None:
    again, other = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}"), Database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        for db, seed in ((again, 7), (other, 8)):
            upgrade(db)
            seed_town(db, RESIDENTS, seed=seed, as_of=AS_OF)
        assert _first_residents(again) == _first_residents(town)
        assert _first_residents(other) != _first_residents(town)
    finally:
        again.dispose()
        other.dispose()


def test_the_town_is_plausible(town: Database) -> None:
    with town.read() as session:
        assert session.scalar(select(func.count()).select_from(Resident)) == RESIDENTS
        main = select(ResidentAddress.street_id, ResidentAddress.house_number, ResidentAddress.moved_in).where(
            ResidentAddress.kind == AddressKind.MAIN
        )
        homes = Counter(tuple(row) for row in session.execute(main))
        shared = sum(count for count in homes.values() if count > 1)
        assert shared > RESIDENTS * 0.4  # most people live with someone (same home, moved in the same day)
        assert max(homes.values()) <= 6
        born = session.execute(select(func.min(Resident.born), func.max(Resident.born))).one()
        assert AS_OF - dt.timedelta(days=100 * 366) < born[0] < born[1] <= AS_OF
        kinds = Counter(session.scalars(select(ResidentChange.kind)))
        assert kinds[ChangeKind.REGISTERED] == RESIDENTS
        assert 0 < kinds[ChangeKind.DIED] < RESIDENTS * 0.03
        assert 0 < kinds[ChangeKind.MOVED_OUT] < RESIDENTS * 0.06
        assert kinds[ChangeKind.MOVED_IN] > RESIDENTS * 1.03  # some moved within the town
        assert kinds[ChangeKind.INFORMATION_BLOCK_SET] < RESIDENTS * 0.01
        assert session.scalar(select(func.count()).where(ResidentAddress.moved_in > AS_OF)) == 0
        assert session.scalar(select(func.count()).where(ResidentAddress.moved_out < ResidentAddress.moved_in)) == 0
        assert session.scalar(select(func.count()).where(Resident.died_on < Resident.born)) == 0
        nationalities = Counter(code for codes in session.scalars(select(Resident.nationalities)) for code in codes)
        assert nationalities["DE"] > RESIDENTS * 0.8
        assert len(nationalities) >= 8
        for resident in session.scalars(select(Resident).options(selectinload(Resident.addresses)).limit(300)):
            history = session.scalars(
                select(ResidentChange).where(ResidentChange.resident_id == resident.id).order_by(ResidentChange.number)
            ).all()
            replay = replayed(history)
            assert (replay.family_name, replay.born, replay.died_on, replay.changes) == (
                resident.family_name, resident.born, resident.died_on, resident.changes,
            )  # fmt: skip
            assert [(a.street_id, a.moved_in, a.moved_out) for a in replay.addresses] == [
                (a.street_id, a.moved_in, a.moved_out) for a in resident.addresses
            ]


def test_the_search_finds_the_towns_names_by_their_search_form(town: Database, staff: Staff) -> None:
    with town.read() as session:
        names = set(session.scalars(select(Resident.family_name)))
    assert {"Weiß", "Müller"} <= names
    found = find_residents(town, staff.clerk, "weiss", limit=200)
    with town.read() as session:
        named = (Resident.family_name == "Weiß") | (Resident.birth_name == "Weiß")
        weiss = set(session.scalars(select(Resident.id).where(named)))
    assert {m.id for m in found} == weiss
    assert all(m.address is None or m.address.endswith("Lindenbrück") for m in found)
    assert find_residents(town, staff.clerk, "nguyen") or "Nguyễn" not in names


def test_a_resident_registered_after_the_town_gets_a_new_id(town: Database, staff: Staff) -> None:
    with town.read() as session:
        street = session.scalars(select(Street.name).order_by(Street.id).limit(1)).one()
    person = NewResident(family_name="Neu", given_names="Nora", sex=Sex.FEMALE, born=dt.date(1999, 9, 9))
    row = register_resident(town, staff.clerk, person, MoveIn(street, "1", today()), reason="Zuzug")
    assert row.resident_id == RESIDENTS + 1
    assert [m.id for m in find_residents(town, staff.clerk, "neu nora")] == [row.resident_id]
