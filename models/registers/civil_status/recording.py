"""Recording in the civil-status registers inside the caller's transaction: a new entry with the next number of its
register and year, and the next annotation of an entry. Neither commits.

Every refusal is :class:`~models.errors.InvalidInput` (names outside DIN 91379:
:class:`~models.errors.InvalidCharacter`), raised before anything is written. Numbers are counted per register
and year of recording: on PostgreSQL the (register, year) is locked first with a transaction-level advisory lock,
so two workstations recording at once take turns and the second counts the first's entry; SQLite's write
transactions are exclusive already. The unique (kind, year, number) is the last line.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.actors import Actor
from models.din91379 import DataType, normalised
from models.errors import InvalidInput, NotFound
from models.german_format import today
from models.registers.civil_status.entries import (
    DATE_FIELDS,
    ENTRY_FIELDS,
    OPTIONAL_FIELDS,
    PERSON_FIELDS,
    Annotation,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    person_search_columns,
)
from models.registers.residents.resident import Resident, Sex
from models.storable_text import fitted

_LOCK_NAMESPACE = 5_019  # PostgreSQL advisory locks (namespace, key): one per register and year

#: The roles each register records, with how many persons of each it has (at least, at most).
ROLE_COUNTS: dict[RegisterKind, dict[PersonRole, tuple[int, int]]] = {
    RegisterKind.BIRTH: {PersonRole.CHILD: (1, 1), PersonRole.MOTHER: (0, 1), PersonRole.FATHER: (0, 1),
                         PersonRole.PARENT: (0, 2)},
    RegisterKind.MARRIAGE: {PersonRole.SPOUSE: (2, 2)},
    RegisterKind.PARTNERSHIP: {PersonRole.PARTNER: (2, 2)},
    RegisterKind.DEATH: {PersonRole.DECEASED: (1, 1), PersonRole.INFORMANT: (0, 1)},
}  # fmt: skip
#: A birth entry names one or two parents (mother, father or parent).
PARENT_ROLES = frozenset({PersonRole.MOTHER, PersonRole.FATHER, PersonRole.PARENT})
MAX_PARENTS = 2


@dataclass(frozen=True)
class NewPerson:
    """A person of a new entry, with the names as the documents write them."""

    role: PersonRole
    family_name: str
    given_names: str = ""
    birth_name: str | None = None
    sex: Sex | None = None
    born: dt.date | None = None
    birth_place: str | None = None
    resident_id: int | None = None  # the same person in the resident register, where known


@dataclass(frozen=True)
class NewEntry:
    """What a new entry records (the register number is allocated when it is recorded)."""

    kind: RegisterKind
    recorded_on: dt.date
    event_date: dt.date
    event_place: str
    officer_name: str
    persons: tuple[NewPerson, ...]
    restricted: bool = False


def _text(value: str | None, field: str, column: Any, *, required: bool, data_type: DataType) -> str | None:
    checked = normalised(value, field, data_type) if value else ""
    checked = " ".join(checked.split())
    if not checked:
        if required:
            raise InvalidInput(field, "required")
        return None
    return fitted(column, checked, field)


def checked_name(value: str | None, field: str, *, required: bool = False) -> str | None:
    """A name of a person (DIN 91379 data type A), NFC, white space collapsed; None for an empty optional one."""
    return _text(value, field, getattr(EntryPerson, field), required=required, data_type=DataType.NAME)


def checked_place(value: str | None, field: str, *, required: bool = False) -> str | None:
    """A place (DIN 91379 data type B: places are names of legal persons and addresses too)."""
    column = EntryPerson.birth_place if field == "birth_place" else CivilEntry.event_place
    return _text(value, field, column, required=required, data_type=DataType.ADDRESS)


def _check_roles(kind: RegisterKind, roles: Iterable[PersonRole]) -> None:
    counts = Counter(PersonRole(role) for role in roles)
    allowed = ROLE_COUNTS[kind]
    if any(role not in allowed for role in counts):
        raise InvalidInput("civil_persons", "role_not_allowed")
    for role, (least, most) in allowed.items():
        if counts[role] < least:
            raise InvalidInput("civil_persons", "role_missing")
        if counts[role] > most:
            raise InvalidInput("civil_persons", "role_repeated")
    if kind is RegisterKind.BIRTH:
        parents = sum(counts[role] for role in PARENT_ROLES)
        if parents == 0:
            raise InvalidInput("civil_persons", "parent_missing")
        if parents > MAX_PARENTS:
            raise InvalidInput("civil_persons", "too_many_parents")


def _check_dates(recorded_on: dt.date, event_date: dt.date) -> None:
    if recorded_on > today():
        raise InvalidInput("recorded_on", "in_future")
    if event_date > recorded_on:
        raise InvalidInput("event_date", "after_recording")


def _person(session: Session, person: NewPerson, recorded_on: dt.date) -> dict[str, Any]:
    family_name = checked_name(person.family_name, "family_name", required=True)
    assert family_name is not None
    given_names = checked_name(person.given_names, "given_names") or ""
    if person.born is not None and person.born > recorded_on:
        raise InvalidInput("born", "after_recording")
    if person.resident_id is not None and session.get(Resident, person.resident_id) is None:
        raise InvalidInput("resident_id", "unknown")
    return {
        "role": PersonRole(person.role),
        "family_name": family_name,
        "given_names": given_names,
        "birth_name": checked_name(person.birth_name, "birth_name"),
        "sex": Sex(person.sex) if person.sex is not None else None,
        "born": person.born,
        "birth_place": checked_place(person.birth_place, "birth_place"),
        "resident_id": person.resident_id,
        **person_search_columns(family_name, given_names),
    }


def _lock_register_year(session: Session, kind: RegisterKind, year: int) -> None:
    if session.get_bind().dialect.name == "postgresql":
        key = year * 10 + list(RegisterKind).index(kind)
        session.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :key)"), {"namespace": _LOCK_NAMESPACE, "key": key}
        )


def record_entry(
    session: Session,
    actor: Actor,
    kind: RegisterKind,
    recorded_on: dt.date,
    event_date: dt.date,
    event_place: str,
    officer_name: str,
    persons: Sequence[NewPerson],
    restricted: bool = False,
) -> CivilEntry:
    """A new entry of register ``kind`` with the next number of the year of ``recorded_on``, and its persons."""
    kind = RegisterKind(kind)
    _check_roles(kind, (person.role for person in persons))
    _check_dates(recorded_on, event_date)
    place = checked_place(event_place, "event_place", required=True)
    officer = _text(officer_name, "officer_name", CivilEntry.officer_name, required=True, data_type=DataType.NAME)
    rows = [_person(session, person, recorded_on) for person in persons]
    _lock_register_year(session, kind, recorded_on.year)
    last = session.scalar(
        select(func.max(CivilEntry.number)).where(CivilEntry.kind == kind, CivilEntry.year == recorded_on.year)
    )
    entry = CivilEntry(
        kind=kind,
        year=recorded_on.year,
        number=(last or 0) + 1,
        recorded_on=recorded_on,
        event_date=event_date,
        event_place=place,
        officer_name=officer,
        restricted=bool(restricted),
        created_by=actor.username,
    )
    session.add(entry)
    session.flush()
    session.add_all(EntryPerson(entry_id=entry.id, **row) for row in rows)
    session.flush()
    return entry


def entry_persons(session: Session, entry_id: int) -> list[EntryPerson]:
    """The persons of an entry in the order they were recorded."""
    return list(session.scalars(select(EntryPerson).where(EntryPerson.entry_id == entry_id).order_by(EntryPerson.id)))


def entry_annotations(session: Session, entry_id: int) -> list[Annotation]:
    """The annotations of an entry in order."""
    query = select(Annotation).where(Annotation.entry_id == entry_id).order_by(Annotation.number)
    return list(session.scalars(query))


def locked_entry(session: Session, entry_id: int) -> CivilEntry:
    """The entry, locked for an annotation (PostgreSQL; a lock, not a change: the entry is never updated)."""
    entry = session.scalar(select(CivilEntry).where(CivilEntry.id == entry_id).with_for_update())
    if entry is None:
        raise NotFound("civil_entry", entry_id)
    return entry


def _checked_value(field: str, value: Any) -> Any:
    """A change's value as the annotation stores it (JSON), checked like the entry's own field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if field not in OPTIONAL_FIELDS:
            raise InvalidInput("annotation_changes", "value_required")
        return None
    if field in DATE_FIELDS:
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(value).isoformat()
        except (TypeError, ValueError):
            raise InvalidInput("annotation_changes", "invalid_value") from None
    if field == "sex":
        try:
            return Sex(value).value
        except ValueError:
            raise InvalidInput("annotation_changes", "invalid_value") from None
    if not isinstance(value, str):
        raise InvalidInput("annotation_changes", "invalid_value")
    if field in ("birth_place", "event_place"):
        return checked_place(value, field, required=True)
    return checked_name(value, field, required=True)


def _checked_change(change: Any, persons: Sequence[EntryPerson]) -> dict[str, Any]:
    if not isinstance(change, dict) or not isinstance(change.get("field"), str):
        raise InvalidInput("annotation_changes", "invalid_value")
    if set(change) - {"role", "position", "field", "value"}:
        raise InvalidInput("annotation_changes", "unknown_field")
    field = change["field"]
    if "role" not in change:
        if field not in ENTRY_FIELDS:
            raise InvalidInput("annotation_changes", "unknown_field")
        return {"field": field, "value": _checked_value(field, change.get("value"))}
    try:
        role = PersonRole(change["role"])
    except ValueError:
        raise InvalidInput("annotation_changes", "unknown_role") from None
    position = change.get("position", 1)
    if not isinstance(position, int) or isinstance(position, bool):
        raise InvalidInput("annotation_changes", "invalid_value")
    if not 1 <= position <= sum(1 for person in persons if person.role is role):
        raise InvalidInput("annotation_changes", "unknown_role")
    if field not in PERSON_FIELDS:
        raise InvalidInput("annotation_changes", "unknown_field")
    checked = {"role": role.value, "field": field, "value": _checked_value(field, change.get("value"))}
    if position != 1:
        checked["position"] = position
    return checked


def annotate(
    session: Session,
    actor: Actor,
    entry: CivilEntry,
    kind: AnnotationKind,
    recorded_on: dt.date,
    text: str,
    changes: Sequence[dict[str, Any]] = (),
    *,
    officer_name: str | None = None,
) -> Annotation:
    """The next annotation of ``entry`` (from :func:`locked_entry`): ``changes`` in the shape of
    :mod:`~.entries`' docstring; recorded by ``officer_name`` (a DIN 91379 name; default: the actor's display
    name)."""
    kind = AnnotationKind(kind)
    # free German text ("gemäß § 47 PStG berichtigt: „Anne“"), so no DIN 91379 check: NFC, storable, lines kept
    lines = (" ".join(line.split()) for line in unicodedata.normalize("NFC", text or "").splitlines())
    wording = "\n".join(line for line in lines if line)
    if not wording:
        raise InvalidInput("annotation_text", "required")
    wording = fitted(Annotation.text, wording, "annotation_text")
    if recorded_on < entry.recorded_on:
        raise InvalidInput("annotation_recorded_on", "before_entry")
    if recorded_on > today():
        raise InvalidInput("annotation_recorded_on", "in_future")
    persons = entry_persons(session, entry.id)
    checked = [_checked_change(change, persons) for change in changes]
    if officer_name is not None:
        officer = _text(officer_name, "officer_name", Annotation.officer_name, required=True, data_type=DataType.NAME)
    else:  # the account's display name, as the application shows it everywhere
        officer = fitted(
            Annotation.officer_name, " ".join(actor.display_name.split()) or actor.username, "officer_name"
        )
    last = session.scalar(select(func.max(Annotation.number)).where(Annotation.entry_id == entry.id))
    annotation = Annotation(
        entry_id=entry.id,
        number=(last or 0) + 1,
        kind=kind,
        recorded_on=recorded_on,
        officer_name=officer,
        text=wording,
        changes=checked,
        created_by=actor.username,
    )
    session.add(annotation)
    session.flush()
    return annotation
