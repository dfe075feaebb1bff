"""The resident register: changes append to the history and the state follows from it; the search matches by the
DIN 91379 search form; every view is logged; roles without the right are refused (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, exc, func, insert, select, update
from sqlalchemy.orm import selectinload

from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.german_format import today
from models.operations.resident_changes import (
    MoveIn,
    NewResident,
    change_resident_name,
    lift_information_block,
    move_out_resident,
    move_resident,
    record_death,
    register_resident,
    set_conditional_block,
    set_information_block,
    set_transmission_blocks,
)
from models.operations.residents import find_residents, resident_record
from models.registers.residents.history import ChangeKind, ResidentChange, replayed
from models.registers.residents.resident import AddressKind, Resident, Sex, TransmissionBlock
from tests.conftest import Staff
from tests.support.register_streets import streets  # noqa: F401 (a fixture)

DAY = dt.timedelta(days=1)


def _register(db: Database, staff: Staff, family: str, given: str, born: dt.date | None, street: str = "Lindenweg",
              number: str = "4a") -> int:  # fmt: skip
    person = NewResident(family_name=family, given_names=given, sex=Sex.MALE, born=born)
    row = register_resident(db, staff.clerk, person, MoveIn(street, number, today() - 10 * DAY), reason="Zuzug")
    return row.resident_id


@pytest.mark.usefixtures("streets")
def test_the_state_follows_from_an_append_only_history(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Weiß", "Jürgen", dt.date(1970, 5, 1))
    move_resident(db, staff.clerk, rid, MoveIn("Mühlenbach", "22", today() - 5 * DAY), reason="Umzug in der Stadt")
    move_resident(
        db, staff.clerk, rid, MoveIn("Hauptstraße", "1", today() - 4 * DAY, "59823", AddressKind.SECONDARY),
        reason="Nebenwohnung",
    )  # fmt: skip
    change_resident_name(db, staff.clerk, rid, {"family_name": "Weiß-Öztürk", "doctoral_degree": "Dr."},
                         reason="Eheschließung")  # fmt: skip
    set_information_block(db, staff.clerk, rid, today() + 300 * DAY, reason="Gefahr für Leib und Leben")
    set_transmission_blocks(db, staff.clerk, rid, [TransmissionBlock.JUBILEES], reason="Widerspruch")
    lift_information_block(db, staff.clerk, rid, reason="Gefahr besteht nicht mehr")
    set_conditional_block(db, staff.clerk, rid, reason="Frauenhaus")
    move_out_resident(db, staff.clerk, rid, today() - 2 * DAY, reason="Wegzug", kind=AddressKind.SECONDARY)
    with db.read() as session:
        first_rows = session.execute(select(ResidentChange.__table__).where(ResidentChange.number <= 2)).all()
    record_death(db, staff.clerk, rid, today() - DAY, reason="Sterbefallanzeige des Standesamts")

    record = resident_record(db, staff.supervisor, rid)
    assert [c.kind for c in record.history] == [
        ChangeKind.REGISTERED, ChangeKind.MOVED_IN, ChangeKind.MOVED_IN, ChangeKind.MOVED_IN, ChangeKind.NAME_CHANGED,
        ChangeKind.INFORMATION_BLOCK_SET, ChangeKind.TRANSMISSION_BLOCKS_SET, ChangeKind.INFORMATION_BLOCK_LIFTED,
        ChangeKind.CONDITIONAL_BLOCK_SET, ChangeKind.MOVED_OUT, ChangeKind.DIED,
    ]  # fmt: skip
    assert [c.number for c in record.history] == list(range(1, 12))
    assert {c.changed_by for c in record.history} == {"anna"}
    assert record.history[4].reason == "Eheschließung"
    assert (record.family_name, record.doctoral_degree, record.given_names) == ("Weiß-Öztürk", "Dr.", "Jürgen")
    assert record.information_block_until is None
    assert record.conditional_block_reason == "Frauenhaus"
    assert record.transmission_blocks == ("jubilees",)
    assert record.died_on == today() - DAY
    assert [(a.street, a.kind, a.moved_out) for a in record.addresses] == [
        ("Lindenweg", AddressKind.MAIN, today() - 5 * DAY),
        ("Mühlenbach", AddressKind.MAIN, None),
        ("Hauptstraße", AddressKind.SECONDARY, today() - 2 * DAY),
    ]
    assert [a.line for a in record.current_addresses] == ["Mühlenbach 22, 59821 Lindenbrück"]
    with db.read() as session:  # the old rows are as they were written
        assert session.execute(select(ResidentChange.__table__).where(ResidentChange.number <= 2)).all() == first_rows
        stored = session.scalar(select(Resident).options(selectinload(Resident.addresses)))
        assert stored is not None
        history = session.scalars(select(ResidentChange).order_by(ResidentChange.number)).all()
        replay = replayed(history)  # the stored state is the replay of the history
        for column in Resident.__table__.columns:
            if column.key != "id":
                assert getattr(replay, column.key) == getattr(stored, column.key), column.key
        assert [(a.street_id, a.house_number, a.kind, a.moved_in, a.moved_out) for a in replay.addresses] == [
            (a.street_id, a.house_number, a.kind, a.moved_in, a.moved_out) for a in stored.addresses
        ]
    for statement in (update(ResidentChange).values(reason="anders"), delete(ResidentChange)):
        with pytest.raises(exc.DatabaseError, match="append-only"), db.write() as session:
            session.execute(statement)


@pytest.mark.usefixtures("streets")
def test_search_by_the_din_91379_search_form(db: Database, staff: Staff) -> None:
    weiss = _register(db, staff, "Weiß", "Jürgen", dt.date(1970, 5, 1))
    young_weiss = _register(db, staff, "Weiss", "Jürgen", dt.date(2001, 3, 9), "Mühlenbach", "3")
    nguyen = _register(db, staff, "Nguyễn", "Ngọc Anh", None)
    _register(db, staff, "Müller-Lüdenscheidt", "Zoë", dt.date(1985, 1, 2))

    found = find_residents(db, staff.clerk, "weiss juergen")
    assert [m.id for m in found] == sorted([weiss, young_weiss], key=lambda i: i)
    assert found[0].address == "Lindenweg 4a, 59821 Lindenbrück"
    assert [m.id for m in find_residents(db, staff.clerk, "WEISS", born=dt.date(2001, 3, 9))] == [young_weiss]
    assert [m.id for m in find_residents(db, staff.clerk, "nguyen")] == [nguyen]
    assert [m.id for m in find_residents(db, staff.clerk, "ngoc nguy")] == [nguyen]
    assert [m.family_name for m in find_residents(db, staff.clerk, "lued")] == ["Müller-Lüdenscheidt"]
    assert find_residents(db, staff.clerk, "eiss") == ()  # inside a word is no word start
    assert find_residents(db, staff.clerk, "weiss", born=dt.date(1999, 1, 1)) == ()
    assert len(find_residents(db, staff.clerk, "j", limit=1)) == 1
    assert find_residents(db, staff.clerk, "%") == ()  # a LIKE wildcard is a letter like any other


@pytest.mark.usefixtures("streets")
def test_every_view_and_search_is_an_audit_record(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Çelik", "Fatma", dt.date(1990, 7, 7))
    resident_record(db, staff.clerk, rid)
    resident_record(db, staff.supervisor, rid)
    find_residents(db, staff.clerk, "celik")
    with db.read() as session:
        views = session.execute(
            select(AuditRecord.actor, AuditRecord.object_id).where(AuditRecord.action == "resident.viewed")
        ).all()
        searches = session.scalars(select(AuditRecord.details).where(AuditRecord.action == "residents.searched")).all()
    assert sorted(views) == [("anna", str(rid)), ("dieter", str(rid))]
    assert [(s["term"], s["hits"]) for s in searches] == [("celik", 1)]


@pytest.mark.usefixtures("streets")
def test_roles_without_the_right_are_refused(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Łukasz", "Kowalczyk", None)
    for actor in (staff.registry, staff.admin, staff.data_protection):
        with pytest.raises(PermissionDenied):
            find_residents(db, actor, "kowalczyk")
        with pytest.raises(PermissionDenied):
            resident_record(db, actor, rid)
    with pytest.raises(PermissionDenied):  # supervisors read, clerks write
        record_death(db, staff.supervisor, rid, today(), reason="Sterbefall")
    with db.read() as session:
        assert session.scalar(select(func.count()).where(AuditRecord.action == "resident.viewed")) == 0
        assert session.scalar(select(func.count()).select_from(ResidentChange)) == 2


@pytest.mark.usefixtures("streets")
@pytest.mark.parametrize(
    ("move", "problem"),
    [
        (MoveIn("Gibtsnichtweg", "1", today()), ("street", "unknown")),
        (MoveIn("Hauptstraße", "1", today()), ("postcode", "street_has_several")),
        (MoveIn("Lindenweg", "1", today(), "59823"), ("postcode", "not_of_street")),
        (MoveIn("Lindenweg", "1", today() + DAY), ("moved_in", "in_future")),
        (MoveIn("Lindenweg", "1", today() - 3 * 365 * DAY), ("moved_in", "too_long_ago")),
        (MoveIn("Lindenweg", "0", today()), ("house_number", "invalid")),
    ],
)
def test_bad_moves_are_refused_and_store_nothing(
    db: Database, staff: Staff, move: MoveIn, problem: tuple[str, str]
) -> None:
    person = NewResident(family_name="Þórsdóttir", given_names="Sigrún", sex=Sex.FEMALE, born=None)
    with pytest.raises(InvalidInput) as refused:
        register_resident(db, staff.clerk, person, move, reason="Zuzug")
    assert (refused.value.field, refused.value.problem) == problem
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Resident)) == 0
        assert session.scalar(select(func.count()).select_from(ResidentChange)) == 0


@pytest.mark.usefixtures("streets")
def test_bad_changes_are_refused(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Szőke", "Ágnes", dt.date(1960, 1, 1))
    refusals = [
        (lambda: lift_information_block(db, staff.clerk, rid, reason="x"), ("information_block", "not_set")),
        (lambda: set_information_block(db, staff.clerk, rid, today() + 800 * DAY, reason="x"),
         ("block_until", "beyond_two_years")),
        (lambda: move_out_resident(db, staff.clerk, rid, today(), reason="x", kind=AddressKind.SECONDARY),
         ("address", "none_current")),
        (lambda: record_death(db, staff.clerk, rid, today(), reason=" "), ("change_reason", "required")),
        (lambda: change_resident_name(db, staff.clerk, rid, {"family_name": ""}, reason="x"),
         ("family_name", "required")),
    ]  # fmt: skip
    for call, problem in refusals:
        with pytest.raises(InvalidInput) as refused:
            call()
        assert (refused.value.field, refused.value.problem) == problem
    record_death(db, staff.clerk, rid, today(), reason="Sterbefall")
    with pytest.raises(InvalidInput, match="already_recorded"):
        record_death(db, staff.clerk, rid, today(), reason="Sterbefall")
    assert len(resident_record(db, staff.clerk, rid).history) == 3


@pytest.mark.usefixtures("streets")
def test_a_name_change_moves_the_search_and_a_change_number_is_never_used_twice(db: Database, staff: Staff) -> None:
    rid = _register(db, staff, "Öztürk", "Ayşe", dt.date(1988, 4, 4))
    change_resident_name(db, staff.clerk, rid, {"family_name": "Groß", "birth_name": "Öztürk"}, reason="Heirat")
    assert [m.id for m in find_residents(db, staff.clerk, "gross ayse")] == [rid]
    assert [m.id for m in find_residents(db, staff.clerk, "oeztuerk")] == [rid]  # the birth name is searched too
    change_resident_name(db, staff.clerk, rid, {"birth_name": None}, reason="Berichtigung")
    assert find_residents(db, staff.clerk, "oeztuerk") == ()
    # two changes computed from the same state would both take number 4: the history refuses the second
    with pytest.raises(exc.IntegrityError), db.write() as session:
        session.execute(
            insert(ResidentChange),
            [{"resident_id": rid, "number": 4, "kind": ChangeKind.DIED, "data": {}, "reason": "x", "changed_by": "x",
              "changed_at": dt.datetime.now(dt.UTC)}] * 2,
        )  # fmt: skip
    assert len(resident_record(db, staff.clerk, rid).history) == 4
