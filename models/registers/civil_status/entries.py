"""The tables of the civil-status registers, the register number, the entry as it stands, and retention.

An annotation's ``changes`` say what it changes, as a list of JSON objects applied in order:

- ``{"role": "child", "position": 1, "field": "family_name", "value": "Schmidt"}``: a field of a person of the
  entry. ``role`` is a :class:`PersonRole` value, ``position`` (optional, default 1) the n-th person of that role
  in the order they were recorded (the second spouse of a marriage entry: ``2``), ``field`` one of
  :data:`PERSON_FIELDS`;
- ``{"field": "event_place", "value": "Lindenbrück"}``: a field of the entry itself (:data:`ENTRY_FIELDS`).

Values are text (names, places, NFC DIN 91379), ISO dates (``born``, ``event_date``), a :class:`Sex` value
(``sex``), or None to clear an optional field (``birth_name``, ``born``, ``birth_place``, ``sex``). An annotation
without changes (e.g. a death noted on the birth entry) only adds its text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow
from models.registers.residents.resident import Sex
from models.search_form import search_form


class RegisterKind(enum.StrEnum):
    """The four registers (§3 PStG) and their letter in the register number."""

    BIRTH = "birth"  # Geburtenregister, G
    MARRIAGE = "marriage"  # Eheregister, E
    PARTNERSHIP = "partnership"  # Lebenspartnerschaftsregister, L
    DEATH = "death"  # Sterberegister, S

    @property
    def letter(self) -> str:
        return _LETTERS[self]


_LETTERS = {
    RegisterKind.BIRTH: "G",
    RegisterKind.MARRIAGE: "E",
    RegisterKind.PARTNERSHIP: "L",
    RegisterKind.DEATH: "S",
}


class PersonRole(enum.StrEnum):
    """What a person is in an entry."""

    CHILD = "child"  # Kind (birth)
    MOTHER = "mother"  # Mutter (birth)
    FATHER = "father"  # Vater (birth)
    PARENT = "parent"  # Elternteil (birth: a parent recorded neither as mother nor as father)
    SPOUSE = "spouse"  # Ehegatte (marriage)
    PARTNER = "partner"  # Lebenspartner (partnership)
    DECEASED = "deceased"  # Verstorbene, Verstorbener (death)
    INFORMANT = "informant"  # Anzeigende, Anzeigender (death)


class AnnotationKind(enum.StrEnum):
    """The kinds of Folgebeurkundung."""

    NAME_CHANGE = "name_change"  # Namensänderung, Namenserklärung
    MARRIAGE = "marriage"  # Eheschließung, noted on the birth entry
    DEATH = "death"  # Tod, noted on the birth or marriage entry
    CORRECTION = "correction"  # Berichtigung (§§47, 48 PStG)
    OTHER = "other"


#: The fields of a person an annotation may change, and those of the entry itself.
PERSON_FIELDS = ("family_name", "given_names", "birth_name", "sex", "born", "birth_place")
ENTRY_FIELDS = ("event_date", "event_place")
#: Fields that may be cleared (None).
OPTIONAL_FIELDS = frozenset({"birth_name", "sex", "born", "birth_place"})
#: Fields that hold an ISO date.
DATE_FIELDS = frozenset({"born", "event_date"})

#: How long each register is kept (§7 PStG), in years from the recording; then it is offered to the archive.
RETENTION_YEARS = {
    RegisterKind.BIRTH: 110,
    RegisterKind.MARRIAGE: 80,
    RegisterKind.PARTNERSHIP: 80,
    RegisterKind.DEATH: 30,
}


class CivilEntry(Base):
    """One entry (Beurkundung) of a register: number ``number`` of ``kind`` in ``year``. Its recorded content is
    never changed (database triggers); later changes are :class:`Annotation` rows."""

    __tablename__ = "civil_entries"
    __table_args__ = (
        UniqueConstraint("kind", "year", "number", name="uq_civil_entries_kind_year_number"),
        Index("ix_civil_entries_kind_recorded_on", "kind", "recorded_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RegisterKind] = mapped_column(str_enum(RegisterKind, 12))
    year: Mapped[int] = mapped_column(Integer)  # of the recording
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per kind and year
    recorded_on: Mapped[dt.date] = mapped_column(Date)  # Tag der Beurkundung
    event_date: Mapped[dt.date] = mapped_column(Date, index=True)  # birth, marriage, partnership or death
    event_place: Mapped[str] = mapped_column(String(120))
    officer_name: Mapped[str] = mapped_column(String(120))  # the certifying registrar (Standesbeamtin, -beamter)
    #: §63 PStG block (adoption, change of the sex entry): certificates to the person concerned only
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(120))  # the user name that recorded it
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EntryPerson(Base):
    """A person of an entry in a role, as recorded (an annotation changes what the entry says, not this row)."""

    __tablename__ = "civil_entry_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("civil_entries.id"), index=True)
    role: Mapped[PersonRole] = mapped_column(str_enum(PersonRole, 12))
    family_name: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(120))
    birth_name: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex, 1))
    born: Mapped[dt.date | None] = mapped_column(Date)
    birth_place: Mapped[str | None] = mapped_column(String(120))
    #: DIN 91379 search forms of the names as recorded (a search finds an entry by the names it was recorded with)
    search_family_name: Mapped[str] = mapped_column(String(240), index=True)
    search_given_names: Mapped[str] = mapped_column(String(240), index=True)
    #: The same person in the resident register, where known
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), index=True)


def person_search_columns(family_name: str, given_names: str) -> dict[str, Any]:
    """The search columns of a person's names (also for bulk inserts, which bypass the mapping)."""
    return {"search_family_name": search_form(family_name), "search_given_names": search_form(given_names)}


class Annotation(Base):
    """A Folgebeurkundung: number ``number`` of its entry. Append-only (database triggers)."""

    __tablename__ = "civil_annotations"
    __table_args__ = (UniqueConstraint("entry_id", "number", name="uq_civil_annotations_entry_id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("civil_entries.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per entry; a concurrent annotation collides here
    kind: Mapped[AnnotationKind] = mapped_column(str_enum(AnnotationKind, 12))
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    officer_name: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)  # what the annotation says (German, as on a certified printout)
    changes: Mapped[list[dict[str, Any]]]  # see the module's docstring
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def register_number(entry: CivilEntry) -> str:
    """``G 123/2026``: the register's letter, the entry's number and the year of recording."""
    return f"{entry.kind.letter} {entry.number}/{entry.year}"


def retention_end(kind: RegisterKind, recorded_on: dt.date) -> dt.date:
    """The day the register of ``kind`` keeps an entry recorded on ``recorded_on`` until (29 February: 28th)."""
    year = recorded_on.year + RETENTION_YEARS[kind]
    try:
        return recorded_on.replace(year=year)
    except ValueError:  # 29 February, in a year without one
        return recorded_on.replace(year=year, day=28)


def retention_ends(entry: CivilEntry) -> dt.date:
    """The end of the entry's retention (§7 PStG): after it, the entry is offered to the archive."""
    return retention_end(entry.kind, entry.recorded_on)


@dataclass(frozen=True)
class StandingPerson:
    role: PersonRole
    family_name: str
    given_names: str
    birth_name: str | None
    sex: Sex | None
    born: dt.date | None
    birth_place: str | None
    resident_id: int | None


@dataclass(frozen=True)
class StandingAnnotation:
    number: int
    kind: AnnotationKind
    recorded_on: dt.date
    officer_name: str
    text: str


@dataclass(frozen=True)
class StandingEntry:
    """An entry as it stands: the recorded entry with every annotation applied in order."""

    id: int
    kind: RegisterKind
    register_number: str
    recorded_on: dt.date
    event_date: dt.date
    event_place: str
    officer_name: str
    restricted: bool
    persons: tuple[StandingPerson, ...]
    annotations: tuple[StandingAnnotation, ...]
    retention_ends: dt.date

    @property
    def annotation_texts(self) -> tuple[str, ...]:
        return tuple(annotation.text for annotation in self.annotations)

    def persons_in(self, role: PersonRole) -> tuple[StandingPerson, ...]:
        return tuple(person for person in self.persons if person.role is role)


def _value(field: str, value: Any) -> Any:
    if value is None:
        return None
    if field in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if field == "sex":
        return Sex(value)
    return value


def _person_index(persons: list[StandingPerson], role: PersonRole, position: int) -> int:
    indexes = [index for index, person in enumerate(persons) if person.role is role]
    return indexes[position - 1]


def entry_as_it_stands(
    entry: CivilEntry, persons: Iterable[EntryPerson], annotations: Iterable[Annotation]
) -> StandingEntry:
    """``entry`` with ``persons`` (its rows, in any order) and every one of ``annotations`` applied by number."""
    standing = [
        StandingPerson(p.role, p.family_name, p.given_names, p.birth_name, p.sex, p.born, p.birth_place, p.resident_id)
        for p in sorted(persons, key=lambda p: p.id)
    ]
    fields: dict[str, Any] = {"event_date": entry.event_date, "event_place": entry.event_place}
    notes = []
    for annotation in sorted(annotations, key=lambda a: a.number):
        for change in annotation.changes:
            field = change["field"]
            value = _value(field, change.get("value"))
            if "role" in change:
                index = _person_index(standing, PersonRole(change["role"]), int(change.get("position", 1)))
                standing[index] = dataclasses.replace(standing[index], **{field: value})
            else:
                fields[field] = value
        notes.append(
            StandingAnnotation(
                annotation.number, annotation.kind, annotation.recorded_on, annotation.officer_name, annotation.text
            )
        )
    return StandingEntry(
        id=entry.id,
        kind=entry.kind,
        register_number=register_number(entry),
        recorded_on=entry.recorded_on,
        event_date=fields["event_date"],
        event_place=fields["event_place"],
        officer_name=entry.officer_name,
        restricted=entry.restricted,
        persons=tuple(standing),
        annotations=tuple(notes),
        retention_ends=retention_ends(entry),
    )
