"""The civil-status registers for the registry office (Standesamt): recording entries and annotations, finding
entries, one entry as it stands, and the entries whose retention has ended.

Only registry officers may read (:attr:`Action.VIEW_CIVIL_STATUS`) or record (:attr:`Action.RECORD_CIVIL_STATUS`)
— not the Bürgerbüro's clerks, not supervisors —, checked here whatever the GUI shows. Every search, every entry
viewed and every retention list is an audit record (``civil_entries.searched``, ``civil_entry.viewed``,
``civil_entries.past_retention``); recording is one too (``civil_entry.recorded``, ``civil_entry.annotated``).

The search is by the DIN 91379 search form: the family name as recorded exactly ("mueller" finds Müller, not
Müller-Lüdenscheidt), each typed given name the start of a recorded given name, and the date of the event and the
register if given.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.actors import Actor
from models.db import Database
from models.errors import NotFound
from models.german_format import today as german_today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, starts_a_word
from models.permissions import Action
from models.registers.civil_status.entries import (
    RETENTION_YEARS,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    StandingEntry,
    StandingPerson,
    entry_as_it_stands,
    register_number,
    retention_end,
)
from models.registers.civil_status.recording import (
    NewEntry,
    NewPerson,
    annotate,
    entry_annotations,
    entry_persons,
    locked_entry,
    record_entry,
)
from models.search_form import search_form, search_terms

__all__ = ["NewEntry", "NewPerson"]

#: The most matches one search returns, and the most entries one retention list names.
MAX_MATCHES = 200
MAX_RETENTION_ROWS = 10_000
#: The persons an entry is about (named in a list of matches); parents and informants are not.
PRINCIPAL_ROLES = frozenset({PersonRole.CHILD, PersonRole.SPOUSE, PersonRole.PARTNER, PersonRole.DECEASED})


@dataclass(frozen=True)
class EntryRow:
    """An entry just recorded."""

    id: int
    kind: RegisterKind
    register_number: str
    recorded_on: dt.date


@dataclass(frozen=True)
class AnnotationRow:
    entry_id: int
    register_number: str
    number: int
    kind: AnnotationKind
    recorded_on: dt.date


@dataclass(frozen=True)
class CivilEntryMatch:
    """An entry found, with the names (as recorded) of the persons it is about."""

    id: int
    kind: RegisterKind
    register_number: str
    recorded_on: dt.date
    event_date: dt.date
    event_place: str
    names: tuple[str, ...]  # "given names family name" of the child, the spouses or partners, the deceased
    restricted: bool


@dataclass(frozen=True)
class CivilEntryRecord:
    """One entry as it stands (every annotation applied), with its persons as they were recorded."""

    entry: StandingEntry
    recorded_persons: tuple[StandingPerson, ...]
    created_by: str


@dataclass(frozen=True)
class RetentionRow:
    """An entry whose retention ended: to be offered to the archive."""

    id: int
    kind: RegisterKind
    register_number: str
    recorded_on: dt.date
    retention_ends: dt.date


@operation
def record_civil_entry(db: Database, actor: Actor, entry: NewEntry) -> EntryRow:
    """A new entry (Beurkundung) with the next number of its register and year of recording."""
    actor.require(Action.RECORD_CIVIL_STATUS)
    with db.write() as session:
        row = record_entry(
            session,
            actor,
            entry.kind,
            entry.recorded_on,
            entry.event_date,
            entry.event_place,
            entry.officer_name,
            entry.persons,
            restricted=entry.restricted,
        )
        number = register_number(row)
        record(session, actor, "civil_entry.recorded", "civil_entry", row.id, register_number=number)
        return EntryRow(row.id, row.kind, number, row.recorded_on)


@operation
def annotate_civil_entry(
    db: Database,
    actor: Actor,
    entry_id: int,
    kind: AnnotationKind,
    recorded_on: dt.date,
    text: str,
    changes: Sequence[dict[str, Any]] = (),
    *,
    officer_name: str | None = None,
) -> AnnotationRow:
    """The next annotation (Folgebeurkundung) of the entry, recorded by ``officer_name`` (default: the actor's
    display name); see :mod:`models.registers.civil_status.entries` for the shape of ``changes``."""
    actor.require(Action.RECORD_CIVIL_STATUS)
    with db.write() as session:
        entry = locked_entry(session, entry_id)
        annotation = annotate(session, actor, entry, kind, recorded_on, text, changes, officer_name=officer_name)
        number = register_number(entry)
        record(
            session,
            actor,
            "civil_entry.annotated",
            "civil_entry",
            entry.id,
            register_number=number,
            annotation=annotation.number,
            kind=annotation.kind.value,
        )
        return AnnotationRow(entry.id, number, annotation.number, annotation.kind, annotation.recorded_on)


@operation
def find_civil_entries(
    db: Database,
    actor: Actor,
    family_name: str,
    *,
    given_names: str | None = None,
    event_date: dt.date | None = None,
    kind: RegisterKind | None = None,
    limit: int = 50,
) -> tuple[CivilEntryMatch, ...]:
    """The entries with a person of family name ``family_name`` (search form, exactly) whose given names start
    with each word of ``given_names``, of the event on ``event_date`` and in the register ``kind`` if given; the
    latest first, at most ``limit``. Raises :class:`~models.operations.text_search.SearchTooLong` for a name
    beyond the search length."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    family_name, given = family_name.strip(), (given_names or "").strip()
    if max(len(family_name), len(given)) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(max(len(family_name), len(given)))
    wanted = search_form(family_name)
    if not wanted:
        return ()
    conditions = [EntryPerson.search_family_name == wanted]
    conditions += [starts_a_word(EntryPerson.search_given_names, term) for term in dict.fromkeys(search_terms(given))]
    found = select(EntryPerson.entry_id).where(*conditions)
    query = select(CivilEntry).where(CivilEntry.id.in_(found))
    if event_date is not None:
        query = query.where(CivilEntry.event_date == event_date)
    if kind is not None:
        query = query.where(CivilEntry.kind == RegisterKind(kind))
    query = query.order_by(CivilEntry.recorded_on.desc(), CivilEntry.kind, CivilEntry.number.desc())
    with db.read() as session:
        entries = session.scalars(query.limit(max(1, min(limit, MAX_MATCHES)))).all()
        names: dict[int, list[str]] = defaultdict(list)
        persons = select(EntryPerson).where(
            EntryPerson.entry_id.in_([entry.id for entry in entries]), EntryPerson.role.in_(PRINCIPAL_ROLES)
        )
        for person in session.scalars(persons.order_by(EntryPerson.id)):
            names[person.entry_id].append(f"{person.given_names} {person.family_name}".strip())
        matches = tuple(
            CivilEntryMatch(
                entry.id,
                entry.kind,
                register_number(entry),
                entry.recorded_on,
                entry.event_date,
                entry.event_place,
                tuple(names[entry.id]),
                entry.restricted,
            )
            for entry in entries
        )
    searched = {
        "term": family_name,
        "given_names": given or None,
        "event_date": event_date.isoformat() if event_date else None,
        "kind": RegisterKind(kind).value if kind is not None else None,
    }
    record_read(db, actor, "civil_entries.searched", "civil_entries", "-", **searched, hits=len(matches))
    return matches


@operation
def civil_entry_record(db: Database, actor: Actor, entry_id: int) -> CivilEntryRecord:
    """One entry as it stands, with its annotations and the persons as recorded; the read is logged
    (``civil_entry.viewed``)."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    with db.write() as session:
        entry = session.get(CivilEntry, entry_id)
        if entry is None:
            raise NotFound("civil_entry", entry_id)
        persons = entry_persons(session, entry.id)
        standing = entry_as_it_stands(entry, persons, entry_annotations(session, entry.id))
        as_recorded = entry_as_it_stands(entry, persons, ()).persons
        record(session, actor, "civil_entry.viewed", "civil_entry", entry.id, register_number=standing.register_number)
        return CivilEntryRecord(standing, as_recorded, entry.created_by)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@operation
def entries_past_retention(db: Database, actor: Actor, today: dt.date | None = None) -> tuple[RetentionRow, ...]:
    """The entries whose retention (§7 PStG: birth 110, marriage and partnership 80, death 30 years from the
    recording) ended before ``today`` (default: today), by register, year and number; the list is logged."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    day = today or german_today()
    rows: list[RetentionRow] = []
    with db.read() as session:
        for kind, years in RETENTION_YEARS.items():
            bound = _years_before(day, years) + dt.timedelta(days=1)  # every entry past it, and a day's more
            query = (
                select(CivilEntry)
                .where(CivilEntry.kind == kind, CivilEntry.recorded_on <= bound)
                .order_by(CivilEntry.year, CivilEntry.number)
                .limit(MAX_RETENTION_ROWS)
            )
            for entry in session.scalars(query):
                ends = retention_end(entry.kind, entry.recorded_on)
                if ends < day:
                    rows.append(RetentionRow(entry.id, entry.kind, register_number(entry), entry.recorded_on, ends))
    record_read(db, actor, "civil_entries.past_retention", "civil_entries", "-", on=day.isoformat(), hits=len(rows))
    return tuple(rows)
