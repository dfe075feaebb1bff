"""The civil-status registers' data layer: numbering per register and year, annotations applied to the entry as it
stands while the recorded entry stays as it was (the database refuses to change it), retention per register, and
the checks of a new entry and annotation (roles, dates, DIN 91379 names) with their German messages."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import delete, exc, select, update

from desktop.core.catalogue import translate
from desktop.messages.civil_status import CIVIL_STATUS_INVALID_INPUT
from desktop.messages.error_messages import describe_error
from models.db import Database
from models.errors import InvalidCharacter, InvalidInput
from models.operations.civil_status import NewEntry, record_civil_entry
from models.registers.civil_status import recording
from models.registers.civil_status.entries import (
    Annotation,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    entry_as_it_stands,
    register_number,
    retention_ends,
)
from models.registers.civil_status.recording import NewPerson, annotate, entry_annotations, entry_persons
from models.registers.residents.resident import Sex
from tests.conftest import Staff
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

OFFICER = "Vera Standes"
CHILD = NewPerson(PersonRole.CHILD, "Schmidt", "Anna", sex=Sex.FEMALE, born=dt.date(2026, 1, 5))
MOTHER = NewPerson(PersonRole.MOTHER, "Schmidt", "Petra", birth_name="Öztürk", sex=Sex.FEMALE)
DECEASED = NewPerson(PersonRole.DECEASED, "Weiß", "Jürgen", sex=Sex.MALE, born=dt.date(1940, 3, 1))


def _record(
    db: Database, staff: Staff, kind: RegisterKind, persons: tuple[NewPerson, ...], on: dt.date, **extra: Any
) -> CivilEntry:
    with db.write() as session:
        entry = recording.record_entry(session, staff.registry, kind, on, on, "Lindenbrück", OFFICER, persons, **extra)
        session.expunge(entry)
        return entry


def _annotate(
    db: Database, staff: Staff, entry_id: int, kind: AnnotationKind, on: dt.date, text: str, changes: list[Any]
) -> int:
    """Annotate the entry in a transaction of its own; the annotation's number."""
    with db.write() as session:
        return annotate(
            session, staff.registry, recording.locked_entry(session, entry_id), kind, on, text, changes
        ).number


def test_numbers_count_per_register_and_year_of_recording(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recording, "today", lambda: dt.date(2027, 3, 1))
    numbers = [
        register_number(_record(db, staff, kind, persons, on))
        for kind, persons, on in [
            (RegisterKind.BIRTH, (CHILD, MOTHER), dt.date(2026, 2, 1)),
            (RegisterKind.BIRTH, (CHILD, MOTHER), dt.date(2026, 12, 31)),
            (RegisterKind.DEATH, (DECEASED,), dt.date(2026, 5, 1)),
            (RegisterKind.BIRTH, (CHILD, MOTHER), dt.date(2027, 1, 2)),
            (RegisterKind.MARRIAGE, (NewPerson(PersonRole.SPOUSE, "A"), NewPerson(PersonRole.SPOUSE, "B")),
             dt.date(2027, 1, 3)),
            (RegisterKind.PARTNERSHIP, (NewPerson(PersonRole.PARTNER, "A"), NewPerson(PersonRole.PARTNER, "B")),
             dt.date(2027, 1, 3)),
        ]
    ]  # fmt: skip
    assert numbers == ["G 1/2026", "G 2/2026", "S 1/2026", "G 1/2027", "E 1/2027", "L 1/2027"]
    assert RegisterKind.PARTNERSHIP.letter == "L"


def test_two_workstations_recording_at_once_never_get_the_same_number(
    postgres_db: Database, postgres_staff: Staff
) -> None:
    """The (register, year) is locked before the number is counted: the second counts the first's entry."""
    officers = [postgres_staff.registry] * 4
    start = threading.Barrier(len(officers))
    failures: list[BaseException] = []
    recorded: list[str] = []
    new = NewEntry(RegisterKind.DEATH, dt.date(2026, 6, 1), dt.date(2026, 5, 30), "Lindenbrück", OFFICER, (DECEASED,))

    def record_one() -> None:
        start.wait()
        try:
            recorded.append(record_civil_entry(postgres_db, postgres_staff.registry, new).register_number)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=record_one) for _ in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert sorted(recorded) == ["S 1/2026", "S 2/2026", "S 3/2026", "S 4/2026"]


def test_annotations_apply_in_order_while_the_recorded_entry_stays(db: Database, staff: Staff) -> None:
    entry = _record(db, staff, RegisterKind.BIRTH, (CHILD, MOTHER), dt.date(2026, 1, 7))
    annotations = [
        (AnnotationKind.NAME_CHANGE, "Das Kind führt den Familiennamen Becker.",
         [{"role": "child", "field": "family_name", "value": "Becker"}]),
        (AnnotationKind.CORRECTION, "Berichtigt: Vornamen des Kindes Anna Maria, Geburtsort Lindenbrück-Nord.",
         [{"role": "child", "field": "given_names", "value": "Anna Maria"},
          {"field": "event_place", "value": "Lindenbrück-Nord"}]),
        (AnnotationKind.NAME_CHANGE, "Das Kind führt den Familiennamen Becker-Ott.",
         [{"role": "child", "field": "family_name", "value": "Becker-Ott"},
          {"role": "mother", "field": "birth_name", "value": None}]),
        (AnnotationKind.DEATH, "Das Kind ist verstorben.", []),
    ]  # fmt: skip
    for number, (kind, text, changes) in enumerate(annotations, start=1):
        with db.write() as session:
            locked = recording.locked_entry(session, entry.id)
            assert (
                annotate(session, staff.registry, locked, kind, dt.date(2026, 3, number), text, changes).number
                == number
            )
    with db.read() as session:
        stored = session.get_one(CivilEntry, entry.id)
        persons = entry_persons(session, entry.id)
        standing = entry_as_it_stands(stored, persons, reversed(entry_annotations(session, entry.id)))
    child, mother = standing.persons
    assert (child.given_names, child.family_name, mother.birth_name) == ("Anna Maria", "Becker-Ott", None)
    assert standing.event_place == "Lindenbrück-Nord"
    assert standing.annotation_texts == tuple(text for _, text, _ in annotations)
    assert standing.register_number == "G 1/2026"
    # the recorded entry is as it was
    assert [(p.role, p.given_names, p.family_name, p.birth_name) for p in persons] == [
        (PersonRole.CHILD, "Anna", "Schmidt", None),
        (PersonRole.MOTHER, "Petra", "Schmidt", "Öztürk"),
    ]
    assert stored.event_place == "Lindenbrück"


def test_the_database_refuses_to_change_annotations_and_recorded_content(db: Database, staff: Staff) -> None:
    entry = _record(db, staff, RegisterKind.DEATH, (DECEASED,), dt.date(2026, 2, 2))
    _annotate(db, staff, entry.id, AnnotationKind.OTHER, dt.date(2026, 2, 3), "Vermerk", [])
    for statement in (update(Annotation).values(text="anders"), delete(Annotation)):
        with pytest.raises(exc.DatabaseError, match="append-only"), db.write() as session:
            session.execute(statement)
    for statement in (
        update(CivilEntry).values(event_place="Anderswo"),
        update(CivilEntry).values(number=7),
        update(EntryPerson).values(family_name="Schwarz"),
        update(EntryPerson).values(search_family_name="SCHWARZ"),
    ):
        with pytest.raises(exc.DatabaseError, match="never changed"), db.write() as session:
            session.execute(statement)
    with db.write() as session:  # the link to the resident register may be set later
        session.execute(update(EntryPerson).values(resident_id=None))
    with db.read() as session:
        assert session.scalars(select(Annotation.text)).all() == ["Vermerk"]
        assert session.scalars(select(EntryPerson.family_name)).all() == ["Weiß"]


@pytest.mark.parametrize(
    ("kind", "recorded_on", "ends"),
    [
        (RegisterKind.BIRTH, dt.date(2026, 1, 7), dt.date(2136, 1, 7)),
        (RegisterKind.BIRTH, dt.date(2024, 2, 29), dt.date(2134, 2, 28)),
        (RegisterKind.MARRIAGE, dt.date(2024, 2, 29), dt.date(2104, 2, 29)),  # 2104 is a leap year
        (RegisterKind.PARTNERSHIP, dt.date(2010, 7, 1), dt.date(2090, 7, 1)),
        (RegisterKind.DEATH, dt.date(2024, 2, 29), dt.date(2054, 2, 28)),
    ],
)
def test_retention_ends_per_register(kind: RegisterKind, recorded_on: dt.date, ends: dt.date) -> None:
    assert retention_ends(CivilEntry(kind=kind, recorded_on=recorded_on)) == ends


def test_names_are_din_91379_and_stored_with_their_search_form(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidCharacter) as refused, db.write() as session:
        recording.record_entry(session, staff.registry, RegisterKind.DEATH, dt.date(2026, 2, 2), dt.date(2026, 2, 1),
                               "Lindenbrück", OFFICER, [NewPerson(PersonRole.DECEASED, "Mü☃ller")])  # fmt: skip
    assert refused.value.field == "family_name"
    entry = _record(db, staff, RegisterKind.DEATH, (NewPerson(PersonRole.DECEASED, " Müller ", "Jürgen  Ludwig"),),
                    dt.date(2026, 2, 2))  # fmt: skip
    with db.read() as session:
        (person,) = entry_persons(session, entry.id)
    assert (person.family_name, person.given_names) == ("Müller", "Jürgen Ludwig")
    assert (person.search_family_name, person.search_given_names) == ("MUELLER", "JUERGEN LUDWIG")


SPOUSE, PARTNER = NewPerson(PersonRole.SPOUSE, "Fink"), NewPerson(PersonRole.PARTNER, "Fink")
FATHER = NewPerson(PersonRole.FATHER, "Schmidt", "Karl")
PARENT = NewPerson(PersonRole.PARENT, "Schmidt", "Kim")


@pytest.mark.usefixtures("german_messages")
@pytest.mark.parametrize(
    ("kind", "persons", "problem", "german"),
    [
        (RegisterKind.BIRTH, (CHILD, MOTHER, DECEASED), "role_not_allowed", "Dieses Register beurkundet keine Person"),
        (RegisterKind.BIRTH, (MOTHER, FATHER), "role_missing", "Es fehlt eine Person"),
        (RegisterKind.BIRTH, (CHILD,), "parent_missing", "Ein Geburtseintrag nennt mindestens einen Elternteil"),
        (RegisterKind.BIRTH, (CHILD, MOTHER, FATHER, PARENT), "too_many_parents", "Ein Geburtseintrag nennt höchstens"),
        (RegisterKind.BIRTH, (CHILD, CHILD, MOTHER), "role_repeated", "Der Eintrag nennt mehr Personen"),
        (RegisterKind.MARRIAGE, (SPOUSE,), "role_missing", "Es fehlt eine Person"),
        (RegisterKind.MARRIAGE, (SPOUSE, PARTNER), "role_not_allowed", "Dieses Register beurkundet keine Person"),
        (RegisterKind.PARTNERSHIP, (PARTNER, PARTNER, PARTNER), "role_repeated", "Der Eintrag nennt mehr Personen"),
        (RegisterKind.DEATH, (DECEASED, DECEASED), "role_repeated", "Der Eintrag nennt mehr Personen"),
        (RegisterKind.DEATH, (NewPerson(PersonRole.INFORMANT, "Weiß"),), "role_missing", "Es fehlt eine Person"),
    ],
)
def test_the_roles_a_register_records_are_checked_in_german(
    db: Database, staff: Staff, kind: RegisterKind, persons: tuple[NewPerson, ...], problem: str, german: str
) -> None:
    with pytest.raises(InvalidInput) as refused, db.write() as session:
        recording.record_entry(session, staff.registry, kind, dt.date(2026, 2, 2), dt.date(2026, 2, 1), "Lindenbrück",
                               OFFICER, persons)  # fmt: skip
    assert (refused.value.field, refused.value.problem) == ("civil_persons", problem)
    message = describe_error(refused.value)
    assert message is not None
    assert message.text.startswith(german)
    with db.read() as session:
        assert session.scalars(select(CivilEntry)).all() == []


@pytest.mark.parametrize(
    ("recorded_on", "event_date", "persons", "field", "problem"),
    [
        (dt.date(2999, 1, 1), dt.date(2026, 1, 1), (DECEASED,), "recorded_on", "in_future"),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 2), (DECEASED,), "event_date", "after_recording"),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1), (NewPerson(PersonRole.DECEASED, "Weiß", born=dt.date(2026, 2, 1)),),
         "born", "after_recording"),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1), (NewPerson(PersonRole.DECEASED, " "),), "family_name", "required"),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1), (NewPerson(PersonRole.DECEASED, "Weiß", resident_id=999_999),),
         "resident_id", "unknown"),
    ],
)  # fmt: skip
def test_dates_names_and_links_of_a_new_entry_are_checked(
    db: Database,
    staff: Staff,
    recorded_on: dt.date,
    event_date: dt.date,
    persons: tuple[NewPerson, ...],
    field: str,
    problem: str,
) -> None:
    with pytest.raises(InvalidInput) as refused, db.write() as session:
        recording.record_entry(session, staff.registry, RegisterKind.DEATH, recorded_on, event_date, "Lindenbrück",
                               OFFICER, persons)  # fmt: skip
    assert (refused.value.field, refused.value.problem) == (field, problem)


@pytest.mark.parametrize(
    ("recorded_on", "text", "changes", "field", "problem"),
    [
        (dt.date(2026, 3, 1), "  ", [], "annotation_text", "required"),
        (dt.date(2026, 1, 1), "Vermerk", [], "annotation_recorded_on", "before_entry"),
        (dt.date(2999, 1, 1), "Vermerk", [], "annotation_recorded_on", "in_future"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "spouse", "field": "family_name", "value": "X"}],
         "annotation_changes", "unknown_role"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "hamster", "field": "family_name", "value": "X"}],
         "annotation_changes", "unknown_role"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "position": 2, "field": "family_name", "value": "X"}],
         "annotation_changes", "unknown_role"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "field": "id", "value": 1}],
         "annotation_changes", "unknown_field"),
        (dt.date(2026, 3, 1), "Vermerk", [{"field": "officer_name", "value": "X"}], "annotation_changes",
         "unknown_field"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "field": "family_name", "value": ""}],
         "annotation_changes", "value_required"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "field": "born", "value": "1. März"}],
         "annotation_changes", "invalid_value"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "field": "sex", "value": "q"}],
         "annotation_changes", "invalid_value"),
        (dt.date(2026, 3, 1), "Vermerk", ["family_name"], "annotation_changes", "invalid_value"),
        (dt.date(2026, 3, 1), "Vermerk", [{"role": "deceased", "field": "family_name", "value": "Mü☃ller"}],
         "family_name", "invalid_character"),
    ],
)  # fmt: skip
def test_an_annotation_is_checked_and_refused_whole(
    db: Database,
    staff: Staff,
    recorded_on: dt.date,
    text: str,
    changes: list[Any],
    field: str,
    problem: str,
) -> None:
    entry = _record(db, staff, RegisterKind.DEATH, (DECEASED,), dt.date(2026, 2, 2))
    with pytest.raises(InvalidInput) as refused:
        _annotate(db, staff, entry.id, AnnotationKind.CORRECTION, recorded_on, text, changes)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    with db.read() as session:
        assert session.scalars(select(Annotation)).all() == []


@pytest.mark.usefixtures("german_messages")
def test_every_civil_status_message_is_translated() -> None:
    for (field, problem), english in CIVIL_STATUS_INVALID_INPUT.items():
        message = describe_error(InvalidInput(field, problem))
        assert message is not None
        assert message.text == translate("ErrorMessages", english)
        assert message.text != english
