"""Residents of the demo town's register as the demo portal's citizens (a deregistration, a certificate, a dog's
keeper, the person a register information asks about): given for one batch with :func:`registered_households`,
drawn with :func:`registered_household`.

Without a register (tests of the portal alone, a sandbox) there is none to draw, and the builders make up a person
as before: the same seed gives the same batch.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from models.demo.portal_residents import RegisteredPerson
from models.registers.residents.resident import Sex as RegisterSex
from sync.portal_demo.people import Address, Person, Sex, email_address, phone_number

_HOUSEHOLDS: ContextVar[tuple[tuple[RegisteredPerson, ...], ...]] = ContextVar("demo_households", default=())
_SEX = {RegisterSex.FEMALE: Sex.FEMALE, RegisterSex.MALE: Sex.MALE}


@contextmanager
def town_register(households: Sequence[tuple[RegisteredPerson, ...]]) -> Iterator[None]:
    """Within the block, builders draw their citizens from ``households`` (the register's residents)."""
    token = _HOUSEHOLDS.set(tuple(households))
    try:
        yield
    finally:
        _HOUSEHOLDS.reset(token)


def as_citizen(rng: random.Random, resident: RegisteredPerson) -> Person:
    """The resident as the portal's citizen: the register's names, date of birth and address."""
    address = Address(resident.street, resident.house_number, resident.postcode, resident.town,
                      district=resident.district)  # fmt: skip
    person = Person(
        given_names=resident.given_names,
        family_name=resident.family_name,
        family_stem=resident.family_name,
        sex=_SEX.get(resident.sex, Sex.DIVERSE),
        date_of_birth=resident.born,
        birthplace="Lindenbrück",
        nationalities=("deutsch",),
        origin="german",
        address=address,
        birth_name=resident.birth_name,
    )
    return replace(person, email=email_address(rng, person), phone=phone_number(rng, address))


def registered_household(rng: random.Random, share: float = 1.0) -> tuple[Person, ...]:
    """A household of the register (oldest first) for ``share`` of the calls; none without a register (and then
    ``rng`` is not drawn from: a batch without a register stays what it was)."""
    households = _HOUSEHOLDS.get()
    if not households or rng.random() >= share:
        return ()
    return tuple(as_citizen(rng, resident) for resident in rng.choice(households))
