"""The civil-status registers' operations: only the registry officer reads and records (not the Bürgerbüro's clerks,
not supervisors), every read is an audit record, the search is by the DIN 91379 search form, an entry is shown as
it stands, and the entries past their retention are listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from models.actors import Actor
from models.audit import AuditRecord
from models.db import Database
from models.errors import PermissionDenied
from models.operations.civil_status import (
    NewEntry,
    NewPerson,
    annotate_civil_entry,
    civil_entry_record,
    entries_past_retention,
    find_civil_entries,
    record_civil_entry,
)
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.residents.resident import Sex
from tests.conftest import Staff

OFFICER = "Vera Standes"


def _birth(child: str, given: str, on: dt.date, *, mother: str = "Schmidt") -> NewEntry:
    return NewEntry(
        RegisterKind.BIRTH,
        on,
        on - dt.timedelta(days=2),
        "Lindenbrück",
        OFFICER,
        (
            NewPerson(PersonRole.CHILD, child, given, sex=Sex.FEMALE, born=on - dt.timedelta(days=2)),
            NewPerson(PersonRole.MOTHER, mother, "Petra", sex=Sex.FEMALE),
        ),
    )


def _death(family_name: str, on: dt.date) -> NewEntry:
    return NewEntry(RegisterKind.DEATH, on, on, "Lindenbrück", OFFICER, (NewPerson(PersonRole.DECEASED, family_name),))


def _audited(db: Database, actor: Actor, action: str) -> int:
    with db.read() as session:
        query = select(func.count()).where(AuditRecord.action == action, AuditRecord.actor == actor.username)
        return session.scalar(query) or 0


def test_only_the_registry_officer_reads_and_records(db: Database, staff: Staff) -> None:
    entry = record_civil_entry(db, staff.registry, _birth("Müller", "Anna", dt.date(2026, 2, 1)))
    calls: list[Callable[[Actor], Any]] = [
        lambda a: record_civil_entry(db, a, _death("Weiß", dt.date(2026, 2, 2))),
        lambda a: annotate_civil_entry(db, a, entry.id, AnnotationKind.OTHER, dt.date(2026, 3, 1), "Vermerk"),
        lambda a: find_civil_entries(db, a, "Müller"),
        lambda a: civil_entry_record(db, a, entry.id),
        lambda a: entries_past_retention(db, a),
    ]
    for actor in (staff.clerk, staff.supervisor, staff.admin, staff.data_protection):
        for call in calls:
            with pytest.raises(PermissionDenied):
                call(actor)
    assert _audited(db, staff.clerk, "civil_entry.viewed") == 0
    for call in calls:
        call(staff.registry)
    for action in (
        "civil_entry.recorded",
        "civil_entry.annotated",
        "civil_entries.searched",
        "civil_entry.viewed",
        "civil_entries.past_retention",
    ):
        assert _audited(db, staff.registry, action) >= 1, action


def test_every_read_is_an_audit_record(db: Database, staff: Staff) -> None:
    entry = record_civil_entry(db, staff.registry, _birth("Müller", "Anna", dt.date(2026, 2, 1)))
    for _ in range(2):
        find_civil_entries(db, staff.registry, "mueller", given_names="an")
        civil_entry_record(db, staff.registry, entry.id)
    assert _audited(db, staff.registry, "civil_entries.searched") == 2
    assert _audited(db, staff.registry, "civil_entry.viewed") == 2
    with db.read() as session:
        viewed = session.scalars(select(AuditRecord).where(AuditRecord.action == "civil_entry.viewed")).first()
        searched = session.scalars(select(AuditRecord).where(AuditRecord.action == "civil_entries.searched")).first()
    assert viewed is not None
    assert viewed.object_id == str(entry.id)
    assert viewed.details["register_number"] == "G 1/2026"
    assert searched is not None
    assert (searched.details["term"], searched.details["hits"]) == ("mueller", 1)


def test_the_search_uses_the_din_91379_search_form(db: Database, staff: Staff) -> None:
    on = dt.date(2026, 2, 1)
    mueller = record_civil_entry(db, staff.registry, _birth("Müller", "Anna Lena", on)).id
    record_civil_entry(db, staff.registry, _birth("Müller-Lüdenscheidt", "Anna", on, mother="Groß"))
    weiss = record_civil_entry(db, staff.registry, _death("Weiß", on)).id
    record_civil_entry(db, staff.registry, _birth("Nguyễn", "Ngọc Anh", on, mother="Nguyễn"))

    def found(family_name: str, **narrowing: Any) -> list[int]:
        return [match.id for match in find_civil_entries(db, staff.registry, family_name, **narrowing)]

    assert found("mueller") == found("MÜLLER") == found("Müller") == [mueller]  # exactly, not a double name
    assert found("weiss") == [weiss]
    assert found("mueller", given_names="lena") == [mueller]  # each word starts a given name
    assert found("mueller", given_names="ena") == []
    assert found("mueller", given_names="anna lena") == [mueller]
    assert found("mueller", kind=RegisterKind.DEATH) == []
    assert found("mueller", event_date=on - dt.timedelta(days=2)) == [mueller]
    assert found("mueller", event_date=on) == []
    assert found("schmidt") == [mueller]  # the mother
    assert len(found("nguyen", given_names="ngoc")) == 1
    assert found("   ") == []
    (match,) = find_civil_entries(db, staff.registry, "Müller")
    assert (match.register_number, match.names) == ("G 1/2026", ("Anna Lena Müller",))


def test_an_entry_is_shown_as_it_stands_with_its_annotations(db: Database, staff: Staff) -> None:
    entry = record_civil_entry(db, staff.registry, _birth("Schmidt", "Anna", dt.date(2026, 1, 7)))
    first = annotate_civil_entry(db, staff.registry, entry.id, AnnotationKind.NAME_CHANGE, dt.date(2026, 2, 1),
                                 "Das Kind führt den Familiennamen Becker.",
                                 [{"role": "child", "field": "family_name", "value": "Becker"}])  # fmt: skip
    second = annotate_civil_entry(db, staff.registry, entry.id, AnnotationKind.CORRECTION, dt.date(2026, 2, 2),
                                  "Berichtigt gemäß § 47 PStG:\n  Vorname des Kindes „Anne“.",
                                  [{"role": "child", "field": "given_names", "value": "Anne"}],
                                  officer_name="Jörg Standes")  # fmt: skip
    assert (first.number, second.number, second.register_number) == (1, 2, "G 1/2026")
    record = civil_entry_record(db, staff.registry, entry.id)
    child = record.entry.persons_in(PersonRole.CHILD)[0]
    assert (child.given_names, child.family_name) == ("Anne", "Becker")
    assert record.recorded_persons[0].family_name == "Schmidt"
    assert record.entry.annotation_texts == ("Das Kind führt den Familiennamen Becker.",
                                             "Berichtigt gemäß § 47 PStG:\nVorname des Kindes „Anne“.")  # fmt: skip
    assert [a.officer_name for a in record.entry.annotations] == [staff.registry.display_name, "Jörg Standes"]
    assert record.entry.retention_ends == dt.date(2136, 1, 7)
    assert record.created_by == staff.registry.username


def test_entries_past_retention_are_listed(db: Database, staff: Staff) -> None:
    entries = {
        name: record_civil_entry(db, staff.registry, new)
        for name, new in [
            ("old death", _death("Alt", dt.date(1990, 5, 1))),  # ends 2020-05-01
            ("leap death", _death("Schalt", dt.date(1996, 2, 29))),  # ends 2026-02-28
            ("young death", _death("Jung", dt.date(2000, 1, 1))),  # ends 2030
            ("old birth", _birth("Alt", "Anna", dt.date(1990, 5, 1))),  # ends 2100
            ("old marriage", NewEntry(RegisterKind.MARRIAGE, dt.date(1940, 1, 1), dt.date(1940, 1, 1), "Lindenbrück",
                                      OFFICER, (NewPerson(PersonRole.SPOUSE, "A"), NewPerson(PersonRole.SPOUSE, "B")))),
        ]
    }  # fmt: skip

    def past(today: dt.date) -> list[str]:
        return [row.register_number for row in entries_past_retention(db, staff.registry, today=today)]

    number = {name: row.register_number for name, row in entries.items()}
    assert past(dt.date(2026, 2, 28)) == [number["old marriage"], number["old death"]]
    assert past(dt.date(2026, 3, 1)) == [number["old marriage"], number["old death"], number["leap death"]]
    rows = entries_past_retention(db, staff.registry, today=dt.date(2026, 3, 1))
    assert [row.retention_ends for row in rows] == [dt.date(2020, 1, 1), dt.date(2020, 5, 1), dt.date(2026, 2, 28)]
    assert entries_past_retention(db, staff.registry, today=dt.date(2019, 1, 1)) == ()
    assert _audited(db, staff.registry, "civil_entries.past_retention") == 4
