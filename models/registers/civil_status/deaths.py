"""When the last person an entry is about died, from the registers (for § 62 Abs. 3 PStG), kept simple:

- a death entry: its deceased died on the entry's date of death (as it stands);
- a birth, marriage or partnership entry: each person the entry is about (the child; the spouses or partners) died
  on the date of death of a death entry of the same person — the same resident of the resident register, or the
  same family name (as recorded or as it stands) and given names in search form and the same date of birth;
- where a death entry is not found, annotations of the kind "Tod" (:attr:`AnnotationKind.DEATH`) on the entry
  count: as many of them as persons without a death entry, each dated by its day of recording (the death was
  noted soon after it).

When a person is not known to have died, there is no last death (None): § 62 Abs. 3 does not apply.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.registers.civil_status.entries import (
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    StandingPerson,
    entry_as_it_stands,
)
from models.registers.civil_status.order_matching import PRINCIPAL_ROLE
from models.registers.civil_status.recording import entry_annotations, entry_persons
from models.search_form import search_form


def full_years(since: dt.date, today: dt.date) -> int:
    """Completed years from ``since`` to ``today``."""
    return today.year - since.year - ((today.month, today.day) < (since.month, since.day))


def _death_entry_date(session: Session, persons: tuple[StandingPerson, ...]) -> dt.date | None:
    """The date of death of a death entry of the person (``persons``: as it stands and as recorded)."""
    conditions = []
    for person in persons:
        if person.resident_id is not None:
            conditions.append(EntryPerson.resident_id == person.resident_id)
        if person.born is not None:
            conditions.append(
                (EntryPerson.search_family_name == search_form(person.family_name))
                & (EntryPerson.search_given_names == search_form(person.given_names))
                & (EntryPerson.born == person.born)
            )
    if not conditions:
        return None
    query = (
        select(CivilEntry.event_date)
        .join(EntryPerson, EntryPerson.entry_id == CivilEntry.id)
        .where(CivilEntry.kind == RegisterKind.DEATH, EntryPerson.role == PersonRole.DECEASED, or_(*conditions))
        .order_by(CivilEntry.event_date.desc())
        .limit(1)
    )
    return session.scalar(query)


def last_death(session: Session, entry: CivilEntry) -> dt.date | None:
    """The day the last person ``entry`` is about died, by the rules of the module's docstring."""
    persons = entry_persons(session, entry.id)
    annotations = entry_annotations(session, entry.id)
    standing = entry_as_it_stands(entry, persons, annotations)
    if entry.kind is RegisterKind.DEATH:
        return standing.event_date
    recorded = entry_as_it_stands(entry, persons, ()).persons
    role = PRINCIPAL_ROLE[entry.kind]
    pairs = [(now, then) for now, then in zip(standing.persons, recorded, strict=True) if now.role is role]
    known = [_death_entry_date(session, pair) for pair in pairs]
    dates = [day for day in known if day is not None]
    missing = len(known) - len(dates)
    if missing:
        noted = sorted(a.recorded_on for a in annotations if a.kind is AnnotationKind.DEATH)
        if len(noted) < missing:
            return None
        dates += noted[-missing:]
    return max(dates) if dates else None


def years_since_last_death(session: Session, entry: CivilEntry, today: dt.date) -> int | None:
    """Completed years since :func:`last_death`, None while a person the entry is about is not known dead."""
    died = last_death(session, entry)
    return None if died is None else full_years(died, today)
