"""The demo town's civil-status registers: ≈ 5,000 entries recorded 1926–2026 by the Standesamt Lindenbrück
(deterministic: the same seed, reference day and resident register give the same registers on SQLite and
PostgreSQL).

- Births: every resident of the demo town born in the town gets a birth entry linked to them
  (``EntryPerson.resident_id``), with the parents who live in the same household linked too; more births of people
  who are not residents fill the register back to 1926.
- Marriages: some couples of residents who live together with the same family name, linked; others not.
- Life partnerships: a few, recorded only between 1 August 2001 and 30 September 2017 (the LPartG's time).
- Deaths: older people not in the resident register, each with an informant.
- The entries the demo's certificate orders ask for (Lena Nowak's birth, Erich Hartmann's death).

Annotations (Folgebeurkundungen): a marriage noted on the birth entry of married residents (with the family name
they took), a death noted on the birth entry of some deceased born in the town, a few corrections and name changes,
and adoptions, whose entries carry the §63 block (``restricted``). Register numbers count from 1 per register and
year of recording; births are recorded within a week, deaths within days, marriages and partnerships on the day.

Written straight into the registers with bulk inserts (as the take-over of an old register would be), like the rest
of the demo town; the names come from :mod:`models.demo.town_names` (DIN 91379, many beyond Latin-1).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from models.db import Database
from models.demo.town_names import BIRTH_PLACES, DEMO_SEED, FOREIGN_BIRTH_PLACES, ORIGINS, TOWN, Origin
from models.german_format import spelled_date
from models.german_format import today as german_today
from models.registers.civil_status.entries import (
    Annotation,
    AnnotationKind,
    CivilEntry,
    EntryPerson,
    PersonRole,
    RegisterKind,
    person_search_columns,
)
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex

#: Entries of the demo registers (``make run``, ``amtsstube demo``).
DEMO_CIVIL_ENTRIES = 5_000
FIRST_YEAR = 1926
DEMO_REGISTRAR = "system:demo"
#: The Lebenspartnerschaftsgesetz: partnerships were entered from 1 August 2001 until 30 September 2017.
PARTNERSHIPS_FROM = dt.date(2001, 8, 1)
PARTNERSHIPS_UNTIL = dt.date(2017, 9, 30)
#: The registrars (Standesbeamtinnen und -beamte) of Lindenbrück and the years they certified.
OFFICERS = (
    ("Wilhelm Brockhoff", 1926, 1947),
    ("Heinrich Tüllmann", 1940, 1968),
    ("Gertrud Schäfer", 1960, 1988),
    ("Hans-Jürgen Kötter", 1978, 2004),
    ("Renate Oßwald", 1990, 2013),
    ("Jens Hülsmann", 2005, 2026),
    ("Clara Nowak", 2012, 2100),
)
_LINKED_MARRIAGE_SHARE = 0.3  # of the couples of residents living together with one family name
_PARTNERSHIPS = 40
_RESTRICTED = 8  # adoptions
_CORRECTIONS = 25
_NAME_CHANGES = 20
_BATCH = 20_000


@dataclass(frozen=True)
class CivilRegisterSummary:
    entries: int
    linked_persons: int
    annotations: int


@dataclass
class _Entry:
    """One generated entry: persons as column dicts, annotations as (kind, recorded_on, text, changes)."""

    kind: RegisterKind
    event_date: dt.date
    recorded_on: dt.date
    persons: list[dict[str, Any]]
    restricted: bool = False
    annotations: list[tuple[AnnotationKind, dt.date, str, list[dict[str, Any]]]] = field(default_factory=list)


@dataclass(frozen=True)
class _Resident:
    id: int
    family_name: str
    given_names: str
    birth_name: str | None
    born: dt.date | None
    birth_place: str | None
    sex: Sex
    household: tuple[int, str]  # the (street, house number) of the last main address


def _person(
    role: PersonRole,
    family_name: str,
    given_names: str,
    *,
    sex: Sex | None = None,
    born: dt.date | None = None,
    birth_place: str | None = None,
    birth_name: str | None = None,
    resident_id: int | None = None,
) -> dict[str, Any]:
    return {
        "role": role,
        "family_name": family_name,
        "given_names": given_names,
        "birth_name": birth_name if birth_name != family_name else None,
        "sex": sex,
        "born": born,
        "birth_place": birth_place,
        "resident_id": resident_id,
        **person_search_columns(family_name, given_names),
    }


def _german(day: dt.date) -> str:
    """The date as an annotation's text writes it (``3. Mai 1961``)."""
    return spelled_date(day)


class _Registers:
    """The random choices of one generated set of registers."""

    def __init__(self, rng: random.Random, as_of: dt.date) -> None:
        self.rng = rng
        self.as_of = as_of
        self.first = dt.date(FIRST_YEAR, 1, 1)
        self.weights = [origin.weight for origin in ORIGINS]

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def later(self, day: dt.date, low: int, high: int) -> dt.date:
        return min(self.as_of, day + dt.timedelta(days=self.rng.randint(low, high)))

    def officer(self, day: dt.date) -> str:
        names = [name for name, first, last in OFFICERS if first <= day.year <= last]
        return self.rng.choice(names)

    def origin(self, year: int) -> Origin:
        if year < 1965:  # before the recruitment agreements' families settled, the town's names were German
            return ORIGINS[0]
        return self.rng.choices(ORIGINS, weights=self.weights)[0]

    def given(self, origin: Origin, female: bool) -> str:
        names = origin.female if female else origin.male
        given = self.rng.choice(names)
        if self.rng.random() < 0.2:
            second = self.rng.choice(names)
            given = given if second == given else f"{given} {second}"
        return given

    def birth_place(self, origin: Origin) -> str:
        if origin.country != "DE" and self.rng.random() < 0.6:
            return self.rng.choice(FOREIGN_BIRTH_PLACES[origin.country])
        return self.rng.choice(BIRTH_PLACES)

    def sex(self, female: bool) -> Sex:
        return Sex.FEMALE if female else Sex.MALE

    def years_before(self, day: dt.date, low: int, high: int) -> dt.date:
        return day - dt.timedelta(days=self.rng.randint(low * 365, high * 365 + 364))


def _read_residents(session: Session) -> list[_Resident]:
    last_address: dict[int, tuple[int, str]] = {}
    addresses = (
        select(ResidentAddress.resident_id, ResidentAddress.street_id, ResidentAddress.house_number)
        .where(ResidentAddress.kind == AddressKind.MAIN)
        .order_by(ResidentAddress.resident_id, ResidentAddress.moved_in, ResidentAddress.id)
    )
    for resident_id, street_id, number in session.execute(addresses):
        last_address[resident_id] = (street_id, number)
    query = select(
        Resident.id,
        Resident.family_name,
        Resident.given_names,
        Resident.birth_name,
        Resident.born,
        Resident.birth_place,
        Resident.sex,
    ).order_by(Resident.id)
    return [_Resident(*row, household=last_address.get(row[0], (0, ""))) for row in session.execute(query)]


def _households(residents: list[_Resident]) -> list[list[_Resident]]:
    """The town's households: consecutive residents with the same last address (the generator writes a household's
    members one after the other, adults first)."""
    groups: list[list[_Resident]] = []
    for resident in residents:
        if groups and groups[-1][0].household == resident.household and resident.household != (0, ""):
            groups[-1].append(resident)
        else:
            groups.append([resident])
    return groups


def _marriage_note(day: dt.date, spouse: str, name: str | None) -> str:
    wording = f"Ehe geschlossen am {_german(day)} mit {spouse}."
    if name:
        wording += f" Familienname nunmehr: „{name}“."
    return wording


def _resident_births(regs: _Registers, households: list[list[_Resident]]) -> tuple[list[_Entry], int]:
    """The birth entries of the residents born in the town (and the marriages of some couples), linked."""
    entries: list[_Entry] = []
    linked = 0
    for household in households:
        couple = None
        if len(household) >= 2 and household[0].born and household[1].born:
            first, second = household[0], household[1]
            gap = abs((household[0].born - household[1].born).days)
            if first.family_name == second.family_name and gap < 12 * 365:
                couple = (first, second)
        married_on: dt.date | None = None
        if couple is not None and regs.rng.random() < _LINKED_MARRIAGE_SHARE:
            first, second = couple
            assert first.born is not None
            assert second.born is not None
            earliest = max(first.born, second.born) + dt.timedelta(days=19 * 365)
            children = [m.born for m in household[2:] if m.born is not None]
            latest = min([regs.as_of - dt.timedelta(days=20), *(born - dt.timedelta(days=200) for born in children)])
            if regs.first <= earliest < latest:
                married_on = regs.day_between(earliest, latest)
                spouses = [
                    _person(
                        PersonRole.SPOUSE,
                        m.family_name,
                        m.given_names,
                        sex=m.sex,
                        born=m.born,
                        birth_place=m.birth_place,
                        birth_name=m.birth_name,
                        resident_id=m.id,
                    )
                    for m in couple
                ]
                entries.append(_Entry(RegisterKind.MARRIAGE, married_on, married_on, spouses))
                linked += 2
        for index, member in enumerate(household):
            if member.birth_place != TOWN or member.born is None or member.born < regs.first:
                continue
            born = member.born
            parents = [
                m
                for m in household[:2]
                if m is not member and index > 0 and m.born is not None and m.born <= born - dt.timedelta(days=16 * 365)
            ]
            family_at_birth = member.birth_name or member.family_name
            persons = [
                _person(
                    PersonRole.CHILD,
                    family_at_birth,
                    member.given_names,
                    sex=member.sex,
                    born=born,
                    birth_place=TOWN,
                    resident_id=member.id,
                )
            ]
            for parent in parents:
                role = {Sex.FEMALE: PersonRole.MOTHER, Sex.MALE: PersonRole.FATHER}.get(parent.sex, PersonRole.PARENT)
                persons.append(
                    _person(
                        role,
                        parent.family_name,
                        parent.given_names,
                        sex=parent.sex,
                        born=parent.born,
                        birth_place=parent.birth_place,
                        birth_name=parent.birth_name,
                        resident_id=parent.id,
                    )
                )
            linked += len(persons)
            if not parents:  # the parents live elsewhere: the mother as the child's birth family name says
                origin = regs.origin(born.year)
                persons.append(
                    _person(
                        PersonRole.MOTHER,
                        family_at_birth,
                        regs.given(origin, True),
                        sex=Sex.FEMALE,
                        born=regs.years_before(born, 20, 40),
                        birth_place=regs.birth_place(origin),
                    )
                )
            entry = _Entry(RegisterKind.BIRTH, born, regs.later(born, 1, 7), persons)
            took = member.family_name if member.birth_name and member.birth_name != member.family_name else None
            in_couple = couple is not None and member in couple and born < regs.as_of - dt.timedelta(days=20 * 365)
            if took or in_couple:  # the resident's marriage, noted on the birth entry (with the name taken)
                day = married_on or regs.day_between(born + dt.timedelta(days=18 * 365), regs.as_of)
                spouse = next((m for m in household[:2] if m is not member), None) if index < 2 else None
                spouse_name = f"{spouse.given_names} {spouse.family_name}" if spouse else "einem Ehegatten"
                changes = [{"role": "child", "field": "family_name", "value": took}] if took else []
                entry.annotations.append(
                    (AnnotationKind.MARRIAGE, regs.later(day, 1, 14), _marriage_note(day, spouse_name, took), changes)
                )
            entries.append(entry)
    return entries, linked


def _other_birth(regs: _Registers, born: dt.date, female: bool | None = None) -> _Entry:
    rng = regs.rng
    origin = regs.origin(born.year)
    female = rng.random() < 0.49 if female is None else female
    family = rng.choice(origin.family_names)
    persons = [
        _person(PersonRole.CHILD, family, regs.given(origin, female), sex=regs.sex(female), born=born, birth_place=TOWN)
    ]
    maiden = rng.choice(origin.family_names)
    married = rng.random() < (0.95 if born.year < 1975 else 0.7)
    persons.append(
        _person(
            PersonRole.MOTHER,
            family if married else maiden,
            regs.given(origin, True),
            sex=Sex.FEMALE,
            born=regs.years_before(born, 19, 41),
            birth_place=regs.birth_place(origin),
            birth_name=maiden,
        )
    )
    if married or rng.random() < 0.5:
        persons.append(
            _person(
                PersonRole.FATHER,
                family,
                regs.given(origin, False),
                sex=Sex.MALE,
                born=regs.years_before(born, 20, 48),
                birth_place=regs.birth_place(origin),
            )
        )
    if not married:  # the child of an unmarried mother took her name
        persons[0] = _person(
            PersonRole.CHILD, maiden, persons[0]["given_names"], sex=persons[0]["sex"], born=born, birth_place=TOWN
        )
    return _Entry(RegisterKind.BIRTH, born, regs.later(born, 1, 7), persons)


def _death(regs: _Registers, died: dt.date) -> tuple[_Entry, _Entry | None]:
    """A death entry, and the birth entry of the deceased if they were born in the town after 1926."""
    rng = regs.rng
    born = regs.years_before(died, 58, 97)
    origin = regs.origin(born.year + 25)
    female = rng.random() < 0.52
    family = rng.choice(origin.family_names)
    given = regs.given(origin, female)
    maiden = rng.choice(origin.family_names) if female and rng.random() < 0.8 else None
    place = TOWN if rng.random() < 0.35 else regs.birth_place(origin)
    deceased = _person(
        PersonRole.DECEASED, family, given, sex=regs.sex(female), born=born, birth_place=place, birth_name=maiden
    )
    related = rng.random() < 0.75
    informant = _person(
        PersonRole.INFORMANT,
        family if related else rng.choice(origin.family_names),
        regs.given(origin, rng.random() < 0.5),
        born=regs.years_before(died, 25, 60),
    )
    death = _Entry(RegisterKind.DEATH, died, regs.later(died, 1, 4), [deceased, informant])
    if place != TOWN or born < regs.first:
        return death, None
    birth = _Entry(
        RegisterKind.BIRTH,
        born,
        regs.later(born, 1, 7),
        [
            _person(PersonRole.CHILD, maiden or family, given, sex=regs.sex(female), born=born, birth_place=TOWN),
            _person(
                PersonRole.MOTHER,
                maiden or family,
                regs.given(origin, True),
                sex=Sex.FEMALE,
                born=regs.years_before(born, 19, 40),
            ),
        ],
    )
    if maiden and maiden != family:
        wed = regs.day_between(born + dt.timedelta(days=19 * 365), min(died, born + dt.timedelta(days=40 * 365)))
        changes = [{"role": "child", "field": "family_name", "value": family}]
        birth.annotations.append(
            (
                AnnotationKind.MARRIAGE,
                regs.later(wed, 1, 30),
                _marriage_note(wed, f"{regs.given(origin, False)} {family}", family),
                changes,
            )
        )
    birth.annotations.append(
        (
            AnnotationKind.DEATH,
            death.recorded_on,
            f"Verstorben am {_german(died)} in {TOWN} (Sterberegister des Standesamts {TOWN}).",
            [],
        )
    )
    return death, birth


def _marriage(regs: _Registers, day: dt.date) -> _Entry:
    rng = regs.rng
    origin = regs.origin(day.year - 25)
    his, hers = rng.choice(origin.family_names), rng.choice(origin.family_names)
    name = his if day.year < 1976 or rng.random() < 0.75 else hers
    spouses = [
        _person(
            PersonRole.SPOUSE,
            name,
            regs.given(origin, False),
            sex=Sex.MALE,
            born=regs.years_before(day, 20, 45),
            birth_place=regs.birth_place(origin),
            birth_name=his,
        ),
        _person(
            PersonRole.SPOUSE,
            name,
            regs.given(origin, True),
            sex=Sex.FEMALE,
            born=regs.years_before(day, 18, 42),
            birth_place=regs.birth_place(origin),
            birth_name=hers,
        ),
    ]
    return _Entry(RegisterKind.MARRIAGE, day, day, spouses)


def _partnership(regs: _Registers, day: dt.date) -> _Entry:
    rng = regs.rng
    origin = regs.origin(day.year - 30)
    female = rng.random() < 0.45
    partners = []
    for _ in range(2):
        family = rng.choice(origin.family_names)
        partners.append(
            _person(
                PersonRole.PARTNER,
                family,
                regs.given(origin, female),
                sex=regs.sex(female),
                born=regs.years_before(day, 22, 60),
                birth_place=regs.birth_place(origin),
            )
        )
    return _Entry(RegisterKind.PARTNERSHIP, day, day, partners)


def _annotate_some(regs: _Registers, births: list[_Entry]) -> None:
    """Corrections, name changes and adoptions (§63 block) on births of people who are not residents."""
    rng = regs.rng
    plain = [e for e in births if not e.annotations and e.persons[0]["resident_id"] is None]
    chosen = rng.sample(plain, min(len(plain), _CORRECTIONS + _NAME_CHANGES + _RESTRICTED))
    for number, entry in enumerate(chosen):
        child = entry.persons[0]
        day = regs.later(entry.recorded_on, 30, 3000)
        if number < _CORRECTIONS:  # the given names were recorded misspelt: the child's second given name is right
            right = f"{child['given_names']} Maria" if child["sex"] is Sex.FEMALE else f"{child['given_names']} Karl"
            changes = [{"role": "child", "field": "given_names", "value": right}]
            wording = f"Berichtigt gemäß § 47 PStG: Die Vornamen des Kindes lauten „{right}“."
            entry.annotations.append((AnnotationKind.CORRECTION, day, wording, changes))
        elif number < _CORRECTIONS + _NAME_CHANGES:  # Einbenennung after the mother's marriage
            origin = regs.origin(entry.event_date.year)
            name = rng.choice(origin.family_names)
            changes = [{"role": "child", "field": "family_name", "value": name}]
            wording = f"Das Kind führt durch Einbenennung (§ 1618 BGB) den Familiennamen „{name}“."
            entry.annotations.append((AnnotationKind.NAME_CHANGE, day, wording, changes))
        else:
            origin = regs.origin(entry.event_date.year)
            name = rng.choice(origin.family_names)
            changes = [{"role": "child", "field": "family_name", "value": name}]
            wording = f"Das Kind ist durch Beschluss des Familiengerichts als Kind angenommen (§ 1752 BGB) und führt den Familiennamen „{name}“."  # noqa: E501
            entry.annotations.append((AnnotationKind.OTHER, day, wording, changes))
            entry.restricted = True


def _asked_for_in_the_demo(regs: _Registers) -> list[_Entry]:
    """The entries the demo's certificate orders ask for (:data:`models.demo.seed._GENERIC_FORMS`): Lena Nowak's
    birth and Erich Hartmann's death, so that the orders find them."""
    lena, erich = dt.date(1991, 8, 23), dt.date(2026, 10, 30)
    entries = []
    if lena <= regs.as_of:
        persons = [
            _person(PersonRole.CHILD, "Nowak", "Lena", sex=Sex.FEMALE, born=lena, birth_place=TOWN),
            _person(PersonRole.MOTHER, "Nowak", "Małgorzata", sex=Sex.FEMALE, born=dt.date(1964, 5, 2),
                    birth_place="Kraków", birth_name="Wójcik"),
            _person(PersonRole.FATHER, "Nowak", "Piotr", sex=Sex.MALE, born=dt.date(1962, 11, 19), birth_place="Łódź"),
        ]  # fmt: skip
        entries.append(_Entry(RegisterKind.BIRTH, lena, lena + dt.timedelta(days=3), persons))
    if erich + dt.timedelta(days=2) <= regs.as_of:
        persons = [
            _person(PersonRole.DECEASED, "Hartmann", "Erich", sex=Sex.MALE, born=dt.date(1941, 3, 14),
                    birth_place="Hamm"),
            _person(PersonRole.INFORMANT, "Hartmann", "Thomas", sex=Sex.MALE, born=dt.date(1968, 7, 1)),
        ]  # fmt: skip
        entries.append(_Entry(RegisterKind.DEATH, erich, erich + dt.timedelta(days=2), persons))
    return entries


def _generated(residents: list[_Resident], entries: int, *, seed: int, as_of: dt.date) -> tuple[list[_Entry], int]:
    """The generated entries (about ``entries``) for the town of ``residents``, and how many persons are linked."""
    rng = random.Random(seed * 7 + 13)
    regs = _Registers(rng, as_of)
    made, linked = _resident_births(regs, _households(residents))
    made += _asked_for_in_the_demo(regs)
    rest = max(0, entries - len(made) - _PARTNERSHIPS)
    deaths_wanted, marriages_wanted = int(rest * 0.45), int(rest * 0.1)
    others: list[_Entry] = []
    span = (regs.first, as_of)
    for _ in range(deaths_wanted):
        death, birth = _death(regs, regs.day_between(*span))
        others.append(death)
        if birth is not None:
            others.append(birth)
    others.extend(_marriage(regs, regs.day_between(*span)) for _ in range(marriages_wanted))
    others.extend(
        _partnership(regs, regs.day_between(PARTNERSHIPS_FROM, min(PARTNERSHIPS_UNTIL, as_of)))
        for _ in range(_PARTNERSHIPS)
    )
    births_wanted = max(0, entries - len(made) - len(others))
    plain = [
        _other_birth(regs, regs.day_between(regs.first, as_of - dt.timedelta(days=1))) for _ in range(births_wanted)
    ]
    _annotate_some(regs, plain)
    return [*made, *others, *plain], linked


def _rows(
    regs_entries: list[_Entry], first_entry: int, first_person: int, officer_rng: random.Random
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    order = {kind: index for index, kind in enumerate(RegisterKind)}
    ranked = sorted(enumerate(regs_entries), key=lambda pair: (order[pair[1].kind], pair[1].recorded_on, pair[0]))
    counters: dict[tuple[RegisterKind, int], int] = {}
    entry_rows, person_rows, annotation_rows = [], [], []
    regs = _Registers(officer_rng, dt.date.max)
    person_id = first_person
    for offset, (_index, entry) in enumerate(ranked):
        entry_id = first_entry + offset
        key = (entry.kind, entry.recorded_on.year)
        counters[key] = counters.get(key, 0) + 1
        entry_rows.append(
            {
                "id": entry_id,
                "kind": entry.kind,
                "year": entry.recorded_on.year,
                "number": counters[key],
                "recorded_on": entry.recorded_on,
                "event_date": entry.event_date,
                "event_place": TOWN,
                "officer_name": regs.officer(entry.recorded_on),
                "restricted": entry.restricted,
                "created_by": DEMO_REGISTRAR,
            }
        )
        for person in entry.persons:
            person_rows.append({"id": person_id, "entry_id": entry_id, **person})
            person_id += 1
        for number, (kind, day, wording, changes) in enumerate(entry.annotations, start=1):
            annotation_rows.append(
                {
                    "entry_id": entry_id,
                    "number": number,
                    "kind": kind,
                    "recorded_on": max(day, entry.recorded_on),
                    "officer_name": regs.officer(day),
                    "text": wording,
                    "changes": changes,
                    "created_by": DEMO_REGISTRAR,
                }
            )
    return entry_rows, person_rows, annotation_rows


def seed_civil_registers(
    db: Database, entries: int = DEMO_CIVIL_ENTRIES, *, seed: int = DEMO_SEED, as_of: dt.date | None = None
) -> CivilRegisterSummary:
    """About ``entries`` entries of the four registers, linked to the demo town's residents (seeded before), into
    registers without any entry."""
    day = as_of or german_today()
    with db.read() as session:
        residents = _read_residents(session)
    generated, linked = _generated(residents, entries, seed=seed, as_of=day)
    with db.write() as session:
        first_entry = (session.scalar(select(func.max(CivilEntry.id))) or 0) + 1
        first_person = (session.scalar(select(func.max(EntryPerson.id))) or 0) + 1
        entry_rows, person_rows, annotation_rows = _rows(generated, first_entry, first_person, random.Random(seed))
        if not entry_rows:
            return CivilRegisterSummary(0, 0, 0)
        # Core inserts of the tables: the ORM's bulk insert splits the rows wherever another optional field is None
        for model, rows in ((CivilEntry, entry_rows), (EntryPerson, person_rows), (Annotation, annotation_rows)):
            for start in range(0, len(rows), _BATCH):
                session.execute(insert(cast(Table, model.__table__)), rows[start : start + _BATCH])
        if session.get_bind().dialect.name == "postgresql":
            for table, last in (
                ("civil_entries", entry_rows[-1]["id"]),
                ("civil_entry_persons", person_rows[-1]["id"]),
            ):
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :last)"), {"last": last})
    return CivilRegisterSummary(len(entry_rows), linked, len(annotation_rows))
