"""Matching a certificate order (the portal's four forms, or the counter's) to entries of a civil-status register.

From the order's form (:func:`order_search`): the persons named (the birth order's ``personConcerned``, a marriage
order's two ``spouses``, a partnership order's two ``partners``, the death order's ``deceased``) with family name,
birth name and given names in the DIN 91379 search form, the date of the event, its place, and the register number
if given. The rules of :func:`match_entries`:

1. A register number of the order's register that exists and whose names match: that entry alone
   ("Registernummer").
2. Otherwise the entries of the event's exact date (as recorded) where a sought person's names match; the place, if
   given, raises the score ("Name, Geburtsdatum und Geburtsort" before "Name und Geburtsdatum"). Best first, at
   most :data:`MAX_CANDIDATES`.

Names match when the family name or birth name of the order (with its name prefix, or without) equals, in search
form, the family name or birth name of a person the entry is about — as recorded or as it stands after its
annotations — and each of the order's given names is one of that person's given names. No date, no match: the
service then asks the citizen for details.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.registers.civil_status.entries import (
    Annotation,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    entry_as_it_stands,
    register_number,
)
from models.search_form import search_form, search_terms

MAX_CANDIDATES = 20
#: How many entries of one day are compared at most (a day of a large register has a few dozen).
MAX_ENTRIES_OF_A_DAY = 2000

#: The service of each certificate order and the register it orders from.
ORDER_SERVICES = {
    "birth_certificate": RegisterKind.BIRTH,
    "marriage_certificate": RegisterKind.MARRIAGE,
    "partnership_certificate": RegisterKind.PARTNERSHIP,
    "death_certificate": RegisterKind.DEATH,
}
#: The persons an entry of each register is about.
PRINCIPAL_ROLE = {
    RegisterKind.BIRTH: PersonRole.CHILD,
    RegisterKind.MARRIAGE: PersonRole.SPOUSE,
    RegisterKind.PARTNERSHIP: PersonRole.PARTNER,
    RegisterKind.DEATH: PersonRole.DECEASED,
}
#: Per register: the form's persons (a key of one object or of a list), its date and its place.
_FORM_KEYS = {
    RegisterKind.BIRTH: ("personConcerned", None, "placeOfBirth"),
    RegisterKind.MARRIAGE: ("spouses", "dateOfMarriage", "placeOfMarriage"),
    RegisterKind.PARTNERSHIP: ("partners", "dateOfPartnership", "placeOfPartnership"),
    RegisterKind.DEATH: ("deceased", "dateOfDeath", "placeOfDeath"),
}
#: German words of the rule, per register: the date and the place.
_DATE_WORDS = {
    RegisterKind.BIRTH: ("Geburtsdatum", "Geburtsort"),
    RegisterKind.MARRIAGE: ("Tag der Eheschließung", "Ort der Eheschließung"),
    RegisterKind.PARTNERSHIP: ("Tag der Begründung", "Ort der Begründung"),
    RegisterKind.DEATH: ("Sterbedatum", "Sterbeort"),
}
RULE_REGISTER_NUMBER = "Registernummer"
_REGISTER_NUMBER = re.compile(r"^\s*([A-Z]{1,2}) ?([0-9]{1,5})/([0-9]{4})\s*$")

#: Score: a register number outweighs everything; then persons whose names match, the date, the place.
_SCORE_NUMBER, _SCORE_PERSON, _SCORE_DATE, _SCORE_PLACE = 100, 10, 5, 2


@dataclass(frozen=True)
class SoughtPerson:
    """A person the order names, in search form: family name variants (also the birth name) and given names."""

    family_names: frozenset[str]
    given_names: tuple[str, ...]


@dataclass(frozen=True)
class OrderSearch:
    kind: RegisterKind
    persons: tuple[SoughtPerson, ...]
    event_date: dt.date | None
    event_place: str  # search form, "" if not given
    register_number: tuple[int, int] | None  # (year, number) of the order's register, if given


@dataclass(frozen=True)
class Candidate:
    entry_id: int
    register_number: str
    event_date: dt.date
    event_place: str
    names: tuple[str, ...]  # "given names family name" of the persons the entry is about, as it stands
    score: int
    rule: str  # German: what matched
    restricted: bool  # § 63 block


@dataclass(frozen=True)
class MatchResult:
    candidates: tuple[Candidate, ...]
    rule_used: str  # German: the rule that found them (or was tried)
    #: What the order says of the applicant, to start the § 62 decision from: the relation the form names (None
    #: when it names none or an unknown one) and the age from the date of birth (None without one).
    form_relation: str | None = None
    applicant_age: int | None = None


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _sought(person: Mapping[str, Any]) -> SoughtPerson | None:
    prefix = _text(person.get("namePrefix"))
    names = set()
    for name in (_text(person.get("familyName")), _text(person.get("birthName"))):
        if name:
            names.add(search_form(name))
            if prefix:
                names.add(search_form(f"{prefix} {name}"))
    given = search_terms(_text(person.get("givenNames")))
    names.discard("")
    return SoughtPerson(frozenset(names), given) if names and given else None


def _register_number(value: Any, kind: RegisterKind) -> tuple[int, int] | None:
    match = _REGISTER_NUMBER.match(value) if isinstance(value, str) else None
    if match is None or match[1] != kind.letter:
        return None
    return int(match[3]), int(match[2])


def order_search(form: Mapping[str, Any], kind: RegisterKind) -> OrderSearch:
    """What to look for in the register ``kind`` from the order's form data (missing or malformed parts are
    left out)."""
    persons_key, date_key, place_key = _FORM_KEYS[kind]
    raw = form.get(persons_key)
    people = [raw] if isinstance(raw, Mapping) else list(raw) if isinstance(raw, list) else []
    persons = tuple(p for p in (_sought(person) for person in people if isinstance(person, Mapping)) if p)
    if date_key is None:  # the birth: the person's date of birth
        event_date = _date(raw.get("dateOfBirth")) if isinstance(raw, Mapping) else None
        place = _text(raw.get(place_key)) if isinstance(raw, Mapping) else ""
    else:
        event_date, place = _date(form.get(date_key)), _text(form.get(place_key))
    return OrderSearch(
        kind, persons, event_date, search_form(place), _register_number(form.get("registerNumber"), kind)
    )


@dataclass(frozen=True)
class _Person:
    family_names: frozenset[str]
    given_names: frozenset[str]
    display: str


def _entry_persons(
    entry: CivilEntry, persons: Iterable[EntryPerson], annotations: Iterable[Annotation]
) -> tuple[str, list[_Person]]:
    """The entry's place as it stands (search form) and its principal persons, their names as recorded and as they
    stand together."""
    principal = PRINCIPAL_ROLE[entry.kind]
    persons = list(persons)
    standing = entry_as_it_stands(entry, persons, annotations)
    recorded = entry_as_it_stands(entry, persons, ()).persons
    found = []
    for now, then in zip(standing.persons, recorded, strict=True):
        if now.role is not principal:
            continue
        family = {search_form(n) for p in (now, then) for n in (p.family_name, p.birth_name) if n}
        given = {word for p in (now, then) for word in search_terms(p.given_names)}
        found.append(
            _Person(frozenset(family - {""}), frozenset(given), f"{now.given_names} {now.family_name}".strip())
        )
    return search_form(standing.event_place), found


def _matched_persons(search: OrderSearch, persons: list[_Person]) -> int:
    """How many of the sought persons match a person of the entry (each entry person matched once)."""
    free = list(persons)
    count = 0
    for sought in search.persons:
        for person in free:
            if sought.family_names & person.family_names and set(sought.given_names) <= person.given_names:
                free.remove(person)
                count += 1
                break
    return count


def _names_part(search: OrderSearch, matched: int) -> str:
    if len(search.persons) < 2:
        return "Name"
    both = matched == len(search.persons)
    if search.kind is RegisterKind.MARRIAGE:
        return "Namen beider Ehegatten" if both else "Name eines Ehegatten"
    return "Namen beider Lebenspartner" if both else "Name eines Lebenspartners"


def _loaded(session: Session, entries: list[CivilEntry]) -> dict[int, tuple[list[EntryPerson], list[Annotation]]]:
    ids = [entry.id for entry in entries]
    persons: dict[int, list[EntryPerson]] = defaultdict(list)
    annotations: dict[int, list[Annotation]] = defaultdict(list)
    if ids:
        for person in session.scalars(select(EntryPerson).where(EntryPerson.entry_id.in_(ids))):
            persons[person.entry_id].append(person)
        for annotation in session.scalars(select(Annotation).where(Annotation.entry_id.in_(ids))):
            annotations[annotation.entry_id].append(annotation)
    return {i: (persons[i], annotations[i]) for i in ids}


def _candidate(entry: CivilEntry, names: list[_Person], score: int, rule: str) -> Candidate:
    return Candidate(
        entry.id,
        register_number(entry),
        entry.event_date,
        entry.event_place,
        tuple(person.display for person in names),
        score,
        rule,
        entry.restricted,
    )


def _by_register_number(session: Session, search: OrderSearch) -> Candidate | None:
    if search.register_number is None:
        return None
    year, number = search.register_number
    query = select(CivilEntry).where(
        CivilEntry.kind == search.kind, CivilEntry.year == year, CivilEntry.number == number
    )
    entry = session.scalar(query)
    if entry is None:
        return None
    persons, annotations = _loaded(session, [entry])[entry.id]
    _place, names = _entry_persons(entry, persons, annotations)
    matched = _matched_persons(search, names)
    if not matched:
        return None
    return _candidate(entry, names, _SCORE_NUMBER + matched * _SCORE_PERSON, RULE_REGISTER_NUMBER)


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " und " + parts[-1]


def names_rule(kind: RegisterKind) -> str:
    """The rule of the search by names: what :attr:`MatchResult.rule_used` says when no register number decided."""
    date_word, place_word = _DATE_WORDS[kind]
    return f"Name (Suchform nach DIN 91379) und {date_word}, {place_word} falls angegeben"


def match_entries(session: Session, order_form: Mapping[str, Any], kind: RegisterKind) -> MatchResult:
    """The entries of register ``kind`` the order matches, by the rules of the module's docstring."""
    search = order_search(order_form, kind)
    by_number = _by_register_number(session, search)
    if by_number is not None:
        return MatchResult((by_number,), RULE_REGISTER_NUMBER)
    rule_used = names_rule(kind)
    if search.event_date is None or not search.persons:
        return MatchResult((), rule_used)
    query = (
        select(CivilEntry)
        .where(CivilEntry.kind == kind, CivilEntry.event_date == search.event_date)
        .order_by(CivilEntry.id)
        .limit(MAX_ENTRIES_OF_A_DAY)
    )
    entries = list(session.scalars(query))
    loaded = _loaded(session, entries)
    date_word, place_word = _DATE_WORDS[kind]
    found = []
    for entry in entries:
        place, names = _entry_persons(entry, *loaded[entry.id])
        matched = _matched_persons(search, names)
        if not matched:
            continue
        parts = [_names_part(search, matched), date_word]
        score = matched * _SCORE_PERSON + _SCORE_DATE
        if search.event_place and search.event_place == place:
            parts.append(place_word)
            score += _SCORE_PLACE
        found.append(_candidate(entry, names, score, _joined(parts)))
    found.sort(key=lambda candidate: (-candidate.score, candidate.entry_id))
    return MatchResult(tuple(found[:MAX_CANDIDATES]), rule_used)
