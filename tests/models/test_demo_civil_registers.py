"""The demo town's civil-status registers: ≈ 5,000 entries over a hundred years, numbered from 1 without gaps per
register and year, the same for a seed on either database, linked to the residents born in the town with the names
they have now (after the annotations), every entry buildable as it stands, and a resident's birth entry found by the
registry officer's search."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from models.db import Database
from models.demo.civil_registers import PARTNERSHIPS_FROM, PARTNERSHIPS_UNTIL, seed_civil_registers
from models.demo.town import seed_town
from models.migrate import upgrade
from models.operations.civil_status import find_civil_entries
from models.registers.civil_status.entries import (
    Annotation,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    StandingEntry,
    entry_as_it_stands,
)
from models.registers.civil_status.recording import checked_name
from models.registers.residents.resident import Resident
from tests.conftest import Staff

AS_OF = dt.date(2026, 12, 2)
RESIDENTS = 2000
SEED = 7


def _seed(db: Database, seed: int = SEED) -> None:
    seed_town(db, RESIDENTS, seed=seed, as_of=AS_OF)
    seed_civil_registers(db, seed=seed, as_of=AS_OF)


@pytest.fixture
def registers(db: Database) -> Database:
    _seed(db)
    return db


def _digest(db: Database) -> str:
    """A digest of every entry's kind, year, number and the names of its persons (in the order recorded)."""
    with db.read() as session:
        names: dict[int, list[str]] = defaultdict(list)
        for entry_id, family, given in session.execute(
            select(EntryPerson.entry_id, EntryPerson.family_name, EntryPerson.given_names).order_by(EntryPerson.id)
        ):
            names[entry_id].append(f"{given}/{family}")
        rows = session.execute(select(CivilEntry.id, CivilEntry.kind, CivilEntry.year, CivilEntry.number)).all()
    lines = sorted(f"{kind.value} {year} {number}: {'; '.join(names[i])}" for i, kind, year, number in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _standing(db: Database) -> list[StandingEntry]:
    with db.read() as session:
        persons: dict[int, list[EntryPerson]] = defaultdict(list)
        for person in session.scalars(select(EntryPerson)):
            persons[person.entry_id].append(person)
        annotations: dict[int, list[Annotation]] = defaultdict(list)
        for annotation in session.scalars(select(Annotation)):
            annotations[annotation.entry_id].append(annotation)
        entries = session.scalars(select(CivilEntry).order_by(CivilEntry.id)).all()
        return [entry_as_it_stands(e, persons[e.id], annotations[e.id]) for e in entries]


def test_about_5000_entries_over_a_hundred_years_numbered_without_gaps(registers: Database) -> None:
    with registers.read() as session:
        entries = session.scalars(select(CivilEntry)).all()
    assert 4_500 <= len(entries) <= 5_500
    years = [entry.year for entry in entries]
    assert min(years) <= 1926
    assert max(years) >= 2026
    assert set(Counter(entry.kind for entry in entries)) == set(RegisterKind)
    numbers: dict[tuple[RegisterKind, int], list[int]] = defaultdict(list)
    for entry in entries:
        numbers[(entry.kind, entry.year)].append(entry.number)
        assert entry.year == entry.recorded_on.year
        assert entry.event_date <= entry.recorded_on <= AS_OF
        delay = (entry.recorded_on - entry.event_date).days
        assert delay <= {RegisterKind.BIRTH: 7, RegisterKind.DEATH: 4}.get(entry.kind, 0)
    for key, found in numbers.items():
        assert sorted(found) == list(range(1, len(found) + 1)), key
    partnerships = [entry for entry in entries if entry.kind is RegisterKind.PARTNERSHIP]
    assert partnerships
    assert all(PARTNERSHIPS_FROM <= entry.event_date <= PARTNERSHIPS_UNTIL for entry in partnerships)
    restricted = [entry for entry in entries if entry.restricted]
    assert restricted
    assert all(entry.kind is RegisterKind.BIRTH for entry in restricted)


def test_the_same_seed_gives_the_same_registers_on_either_database(registers: Database, tmp_path: Path) -> None:
    again, other = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}"), Database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        for db, seed in ((again, SEED), (other, SEED + 1)):
            upgrade(db)
            _seed(db, seed)
        assert _digest(again) == _digest(registers)  # on PostgreSQL: the same as on SQLite
        assert _digest(other) != _digest(registers)
    finally:
        again.dispose()
        other.dispose()


def test_every_entry_stands_and_the_linked_residents_agree_with_their_birth_entries(registers: Database) -> None:
    standing = _standing(registers)
    assert len(standing) >= 4_500
    with registers.read() as session:
        residents = {r.id: r for r in session.scalars(select(Resident))}
        kinds = Counter(session.scalars(select(Annotation.kind)))
    assert {
        AnnotationKind.MARRIAGE,
        AnnotationKind.DEATH,
        AnnotationKind.CORRECTION,
        AnnotationKind.NAME_CHANGE,
    } <= set(kinds)
    linked_children = 0
    renamed_by_marriage = 0
    for entry in standing:
        for person in entry.persons:  # DIN 91379 names, as a registrar would have to enter them
            assert checked_name(person.family_name, "family_name", required=True) == person.family_name
            assert checked_name(person.given_names, "given_names", required=True) == person.given_names
        if entry.restricted:
            assert entry.annotations, entry.register_number  # the adoption is noted
        if entry.kind is not RegisterKind.BIRTH:
            continue
        (child,) = entry.persons_in(PersonRole.CHILD)
        assert child.born == entry.event_date
        if child.resident_id is None:
            continue
        resident = residents[child.resident_id]
        linked_children += 1
        assert (child.family_name, child.given_names, child.born) == (
            resident.family_name,
            resident.given_names,
            resident.born,
        ), entry.register_number
        renamed_by_marriage += any(a.kind is AnnotationKind.MARRIAGE and "nunmehr" in a.text for a in entry.annotations)
        for parent in entry.persons_in(PersonRole.MOTHER) + entry.persons_in(PersonRole.FATHER):
            if parent.resident_id is not None:
                assert parent.born == residents[parent.resident_id].born
                assert parent.born is not None
                assert parent.born < child.born - dt.timedelta(days=16 * 365)
    assert linked_children >= 100
    assert renamed_by_marriage >= 10


def test_the_registry_officer_finds_a_residents_birth_entry(registers: Database, staff: Staff) -> None:
    with registers.read() as session:
        annotated = select(Annotation.entry_id)
        entry_id, family, given, born = session.execute(
            select(EntryPerson.entry_id, EntryPerson.family_name, EntryPerson.given_names, EntryPerson.born)
            .join(CivilEntry, CivilEntry.id == EntryPerson.entry_id)
            .where(
                CivilEntry.kind == RegisterKind.BIRTH,
                EntryPerson.role == PersonRole.CHILD,
                EntryPerson.resident_id.is_not(None),
                EntryPerson.entry_id.not_in(annotated),
            )
            .order_by(EntryPerson.id)
        ).first() or pytest.fail("no linked birth entry")
    by_date = find_civil_entries(registers, staff.registry, family, given_names=given, event_date=born)
    assert entry_id in [match.id for match in by_date]
    assert all(match.event_date == born for match in by_date)
    by_name = find_civil_entries(registers, staff.registry, family, given_names=given, limit=200)
    assert entry_id in [match.id for match in by_name]
    assert len(by_name) >= len(by_date)


def test_the_demo_certificate_orders_find_their_entries(registers: Database, staff: Staff) -> None:
    (birth,) = find_civil_entries(
        registers, staff.registry, "Nowak", given_names="Lena", event_date=dt.date(1991, 8, 23), kind=RegisterKind.BIRTH
    )
    assert birth.names == ("Lena Nowak",)
    (death,) = find_civil_entries(
        registers, staff.registry, "Hartmann", given_names="Erich", event_date=dt.date(2026, 10, 30)
    )
    assert death.kind is RegisterKind.DEATH
    assert death.register_number.startswith("S ")
