"""The demo town's resident register: ≈ 150 streets of Lindenbrück and a given number of residents in households.

Deterministic: the same seed and reference day give the same town. Households of one to six people share an
address (a couple with children, a single parent, people living alone); some moved within the town, some moved
away, some died; a few have an information block (§51 BMG), a conditional block (§52) or transmission blocks.

Each resident's history is made first (registered, moved in, …) and the current state is its replay through
:func:`models.registers.residents.history.apply_change`, exactly as the operations keep it, so the demo's
history and state agree by construction. Everything is written with bulk inserts (20,000 residents in a few
seconds on SQLite).
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text

from models.db import Database
from models.demo.town_names import (
    BIRTH_PLACES,
    BLOCK_REASONS,
    DEMO_SEED,
    FOREIGN_BIRTH_PLACES,
    ORIGINS,
    TOWN,
    Origin,
    street_directory,
)
from models.german_format import today
from models.registers.residents.history import ChangeKind, ResidentChange, apply_change
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex, TransmissionBlock
from models.registers.residents.streets import Street

#: Residents of the demo town (``make run``, ``amtsstube demo``); ``AMTSSTUBE_DEMO_RESIDENTS`` sets another number
#: (the tests keep it small).
DEMO_RESIDENTS = 20_000
DEMO_CLERK = "system:demo"
_HOUSEHOLD_SIZES = (1, 2, 3, 4, 5, 6)
_HOUSEHOLD_WEIGHTS = (41, 34, 12, 9, 3, 1)  # German households by size, per cent
_BATCH = 5_000


def demo_resident_count() -> int:
    """How many residents the demo seed makes: ``AMTSSTUBE_DEMO_RESIDENTS`` or :data:`DEMO_RESIDENTS`."""
    value = os.environ.get("AMTSSTUBE_DEMO_RESIDENTS", "")
    return int(value) if value.isdigit() else DEMO_RESIDENTS


@dataclass(frozen=True)
class TownSummary:
    streets: int
    residents: int
    households: int


@dataclass
class _Person:
    """One generated resident: the history entries (kind, data, reason, day) that make them."""

    changes: list[tuple[ChangeKind, dict[str, Any], str, dt.date]] = field(default_factory=list)


class _Town:
    """The random choices of one generated town."""

    def __init__(self, rng: random.Random, as_of: dt.date, street_ids: list[int]) -> None:
        self.rng = rng
        self.as_of = as_of
        self.street_ids = street_ids
        self.street_sizes = [rng.choice((12, 24, 40, 60, 90, 140)) for _ in street_ids]  # house numbers per street
        self.origin_weights = [origin.weight for origin in ORIGINS]

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = max(0, (last - first).days)
        return first + dt.timedelta(days=self.rng.randint(0, span))

    def born_at_age(self, low: int, high: int) -> dt.date:
        age_days = self.rng.randint(low * 365, high * 365 + 364)
        return self.as_of - dt.timedelta(days=age_days)

    def address(self) -> tuple[int, str]:
        index = self.rng.choices(range(len(self.street_ids)), weights=self.street_sizes)[0]
        number = str(self.rng.randint(1, self.street_sizes[index]))
        if self.rng.random() < 0.08:
            number += self.rng.choice("abc")
        return self.street_ids[index], number

    def sex(self, female: bool) -> Sex:
        roll = self.rng.random()
        if roll < 0.003:
            return Sex.DIVERSE
        if roll < 0.005:
            return Sex.UNSPECIFIED
        return Sex.FEMALE if female else Sex.MALE

    def nationalities(self, origin: Origin) -> list[str]:
        if origin.country == "DE":
            return ["DE"]
        roll = self.rng.random()
        if roll < origin.also_german * 0.5:
            return ["DE"]
        if roll < origin.also_german:
            return ["DE", origin.country]
        return [origin.country]

    def birth_place(self, origin: Origin, born: dt.date) -> str:
        if origin.country != "DE" and born.year < 1995 and self.rng.random() < 0.7:
            return self.rng.choice(FOREIGN_BIRTH_PLACES[origin.country])
        return self.rng.choice(BIRTH_PLACES)

    def person(
        self, origin: Origin, family_name: str, born: dt.date, *, female: bool, birth_name: str | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        given = rng.choice(origin.female if female else origin.male)
        if rng.random() < 0.15:  # a second given name
            second = rng.choice(origin.female if female else origin.male)
            given = given if second == given else f"{given} {second}"
        adult = (self.as_of - born).days > 30 * 365
        return {
            "family_name": family_name,
            "given_names": given,
            "birth_name": birth_name,
            "doctoral_degree": "Dr." if adult and rng.random() < 0.015 else None,
            "born": born.isoformat(),
            "birth_place": self.birth_place(origin, born),
            "sex": self.sex(female).value,
            "nationalities": self.nationalities(origin),
        }

    def household(self) -> list[dict[str, Any]]:
        """The registered data of the members of one household (adults first)."""
        rng = self.rng
        size = rng.choices(_HOUSEHOLD_SIZES, weights=_HOUSEHOLD_WEIGHTS)[0]
        origin = rng.choices(ORIGINS, weights=self.origin_weights)[0]
        family = rng.choice(origin.family_names)
        if size == 1:
            first = self.born_at_age(18, 96)
            return [self.person(origin, family, first, female=rng.random() < 0.55)]
        couple = (size == 2 and rng.random() < 0.85) or (size > 2 and rng.random() < 0.82)
        first = self.born_at_age(22, 88 if size == 2 else 52)
        members = [self.person(origin, family, first, female=False)]
        if couple:
            partner_born = first + dt.timedelta(days=rng.randint(-6 * 365, 4 * 365))
            partner_born = min(partner_born, self.as_of - dt.timedelta(days=18 * 365))
            shares = rng.random() < 0.75
            maiden = rng.choice(origin.family_names)
            members.append(
                self.person(
                    origin,
                    family if shares else maiden,
                    partner_born,
                    female=True,
                    birth_name=maiden if shares and maiden != family else None,
                )
            )
        else:
            members[0] = self.person(origin, family, first, female=rng.random() < 0.8)  # most single parents
        youngest_parent = max(dt.date.fromisoformat(m["born"]) for m in members)
        for _ in range(size - len(members)):
            earliest = max(youngest_parent + dt.timedelta(days=18 * 365), self.as_of - dt.timedelta(days=26 * 365))
            child_born = self.day_between(earliest, self.as_of - dt.timedelta(days=30))
            members.append(self.person(origin, family, child_born, female=rng.random() < 0.49))
        return members


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 9, 0, tzinfo=dt.UTC)


def _households(town: _Town, residents: int) -> Iterator[list[_Person]]:
    """Households of generated people with their histories, until there are ``residents`` of them."""
    rng, as_of = town.rng, town.as_of
    made = 0
    while made < residents:
        members = town.household()[: residents - made]
        made += len(members)
        street_id, number = town.address()
        adults_born = min(dt.date.fromisoformat(m["born"]) for m in members)
        moved_in = town.day_between(max(adults_born + dt.timedelta(days=18 * 365), dt.date(1975, 1, 1)), as_of)
        earlier = rng.random() < 0.12 and (moved_in - adults_born).days > 21 * 365
        previous = town.address() if earlier else None
        away = rng.random() < 0.03
        people = []
        for data in members:
            person = _Person()
            born = dt.date.fromisoformat(data["born"])
            first_day = max(born, moved_in - dt.timedelta(days=rng.randint(365, 3650)) if previous else born)
            person.changes.append((ChangeKind.REGISTERED, data, "Datenübernahme aus dem Altverfahren", first_day))
            if previous is not None and first_day < moved_in:
                person.changes.append(_moved_in(previous, first_day, "Anmeldung"))
            person.changes.append(_moved_in((street_id, number), max(born, moved_in), "Anmeldung"))
            _life_events(town, person, born, max(born, moved_in), away=away)
            people.append(person)
        yield people


def _moved_in(address: tuple[int, str], day: dt.date, reason: str) -> tuple[ChangeKind, dict[str, Any], str, dt.date]:
    street_id, number = address
    data = {"street_id": street_id, "house_number": number, "kind": AddressKind.MAIN.value, "moved_in": day.isoformat()}
    return ChangeKind.MOVED_IN, data, reason, day


def _life_events(town: _Town, person: _Person, born: dt.date, moved_in: dt.date, *, away: bool) -> None:
    """Moving away, dying, blocks: the rarer entries of a history."""
    rng, as_of = town.rng, town.as_of
    last = moved_in
    if rng.random() < 0.06:
        blocks = rng.sample(list(TransmissionBlock), rng.randint(1, 3))
        day = town.day_between(last, as_of)
        person.changes.append(
            (ChangeKind.TRANSMISSION_BLOCKS_SET, {"blocks": sorted(b.value for b in blocks)}, "Widerspruch", day)
        )
        last = day
    if rng.random() < 0.002:
        day = town.day_between(max(last, as_of - dt.timedelta(days=400)), as_of)
        until = day + dt.timedelta(days=rng.randint(365, 730))
        if until > as_of:
            reason = rng.choice(BLOCK_REASONS)
            person.changes.append((ChangeKind.INFORMATION_BLOCK_SET, {"until": until.isoformat(), "reason": reason},
                                   reason, day))  # fmt: skip
            last = day
    if rng.random() < 0.001:
        reason = "Aufenthalt in einer Schutzeinrichtung (§ 52 Abs. 1 Nr. 2 BMG)"
        day = town.day_between(last, as_of)
        person.changes.append((ChangeKind.CONDITIONAL_BLOCK_SET, {"reason": reason}, reason, day))
        last = day
    age = (as_of - born).days / 365.25
    if away:
        day = town.day_between(max(last, as_of - dt.timedelta(days=5 * 365)), as_of)
        person.changes.append(
            (ChangeKind.MOVED_OUT, {"kind": AddressKind.MAIN.value, "moved_out": day.isoformat()}, "Abmeldung", day)
        )
    elif age > 70 and rng.random() < 0.03 * (age - 68) / 10:
        day = town.day_between(max(last, as_of - dt.timedelta(days=5 * 365)), as_of)
        person.changes.append((ChangeKind.DIED, {"died_on": day.isoformat()}, "Sterbefallanzeige des Standesamts", day))


def _insert_streets(db: Database, rng: random.Random) -> list[int]:
    rows = [
        {"name": street.name, "postcode": street.postcode, "town": TOWN, "district": street.district}
        for street in street_directory(rng)
    ]
    with db.write() as session:
        return list(session.scalars(insert(Street).returning(Street.id, sort_by_parameter_order=True), rows))


_STATE_COLUMNS = [column.key for column in Resident.__table__.columns if column.key != "id"]


def _write(db: Database, people: list[_Person]) -> None:
    """One batch of generated people: the replayed state, its addresses and the history, in bulk."""
    states = []
    for person in people:
        state = Resident(addresses=[])
        for kind, data, _reason, _day in person.changes:
            apply_change(state, kind, data)
        states.append(state)
    with db.write() as session:
        # ids of our own (a RETURNING of thousands of rows costs more than all the rest), the sequence set after
        first = (session.scalar(select(func.max(Resident.id))) or 0) + 1
        ids = list(range(first, first + len(states)))
        session.execute(
            insert(Resident),
            [
                {"id": resident_id, **{column: getattr(state, column) for column in _STATE_COLUMNS}}
                for resident_id, state in zip(ids, states, strict=True)
            ],
        )
        address_rows = [
            {
                "resident_id": resident_id,
                "street_id": a.street_id,
                "house_number": a.house_number,
                "kind": a.kind,
                "moved_in": a.moved_in,
                "moved_out": a.moved_out,
            }
            for resident_id, state in zip(ids, states, strict=True)
            for a in state.addresses
        ]
        change_rows = [
            {
                "resident_id": resident_id,
                "number": number,
                "kind": kind,
                "data": data,
                "reason": reason,
                "changed_by": DEMO_CLERK,
                "changed_at": _at(day),
            }
            for resident_id, person in zip(ids, people, strict=True)
            for number, (kind, data, reason, day) in enumerate(person.changes, start=1)
        ]
        session.execute(insert(ResidentAddress), address_rows)
        session.execute(insert(ResidentChange), change_rows)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT setval(pg_get_serial_sequence('residents', 'id'), :last)"), {"last": ids[-1]})


def seed_town(db: Database, residents: int, *, seed: int = DEMO_SEED, as_of: dt.date | None = None) -> TownSummary:
    """Streets and ``residents`` residents of the demo town, into a register without any."""
    rng = random.Random(seed)
    street_ids = _insert_streets(db, rng)
    town = _Town(rng, as_of or today(), street_ids)
    batch: list[_Person] = []
    households = made = 0
    for household in _households(town, residents):
        households += 1
        made += len(household)
        batch.extend(household)
        if len(batch) >= _BATCH:
            _write(db, batch)
            batch = []
    if batch:
        _write(db, batch)
    return TownSummary(streets=len(street_ids), residents=made, households=households)
