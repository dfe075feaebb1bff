"""The dog register for clerks: the list of dogs and one dog's record (Hunderegister).

All need the right to view the resident register (:attr:`Action.VIEW_RESIDENTS`): a dog's record names its keeper
and their account. Each listing, search and record viewed is an audit record (``dogs.listed``, ``dogs.searched``,
``dog.viewed``).
The annual tax of a dog is its share of its household's assessment of the year, in cents: the household is the
keeper and everyone registered at the same main residence (:func:`models.registers.dogs.keeping.household_dogs`),
so a second dog kept by another resident of the flat pays the second dog's rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select

from models.actors import Actor
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.german_format import today as german_today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, starts_a_word
from models.permissions import Action
from models.registers.dogs.dog_tax import TaxLine, tax_for_year
from models.registers.dogs.keeping import household_dogs, tag_of, tax_id, taxed_dog
from models.registers.dogs.register import Dog, DogSex, DogTaxMandate, TagIssue
from models.registers.dogs.tax_statute import Relief, town_tax_statute
from models.registers.residents.resident import Resident, address_line
from models.search_form import search_terms
from models.sepa_identifiers import masked_iban

MAX_DOGS = 10_000


@dataclass(frozen=True)
class DogRow:
    id: int
    name: str
    breed: str
    chip: str | None
    keeper_id: int
    tag_number: int | None  # the tag the dog holds now (None once deregistered)
    category: str  # DogCategory value
    annual_tax_cents: int  # the dog's share of the household's tax in the year asked for
    deregistered_on: dt.date | None
    relief: str | None = None  # code of the statute's exemption or reduction

    @property
    def registered(self) -> bool:
        return self.deregistered_on is None


@dataclass(frozen=True)
class DogRecord:
    """One dog with everything the register holds on it, and its keeper's name."""

    row: DogRow
    keeper_name: str
    cross: bool
    sex: DogSex
    colour: str
    born: dt.date
    acquired_on: dt.date
    previous_keeper: str | None
    insurer: str
    policy_number: str
    permit_reference: str | None
    permit_date: dt.date | None
    deregistration_reason: str | None
    mandate_reference: str | None
    mandate_iban: str | None  # masked (sepa_identifiers.masked_iban): the record is for the screen
    tags: tuple[tuple[int, dt.date, dt.date | None], ...]  # every tag it held: number, issued, returned
    keeper_address: str | None  # the keeper's current main residence, one line
    relief_label: str | None  # the statute's label of the relief claimed (the code, if the statute lost it)
    relief_reason: str | None  # the paragraph, as on the notice
    relief_evidence: str | None
    tax_year: int
    tax_lines: tuple[TaxLine, ...]  # the dog's lines of its household's assessment of ``tax_year``
    household_dogs: int  # dogs of the household taxed in that year (exempt ones not counted), this one included


def _annual_taxes(households: dict[int, list[Dog]], year: int) -> dict[int, tuple[TaxLine, ...]]:
    """Each dog's lines of its household's assessment of ``year`` (see :func:`household_dogs`)."""
    statute = town_tax_statute()
    lines: dict[int, tuple[TaxLine, ...]] = {}
    done: set[tuple[int, ...]] = set()
    for household in households.values():
        ids = tuple(dog.id for dog in household)
        if ids in done:  # two keepers of one household
            continue
        done.add(ids)
        assessment = tax_for_year([taxed_dog(dog) for dog in household], year, statute)
        for dog in household:
            lines[dog.id] = tuple(line for line in assessment.lines if line.dog_id == tax_id(dog.id))
    return lines


def _rows(
    session_dogs: Sequence[Dog], households: dict[int, list[Dog]], tags: dict[int, int], year: int
) -> tuple[DogRow, ...]:
    taxes = _annual_taxes(households, year)
    return tuple(
        DogRow(
            id=dog.id,
            name=dog.name,
            breed=dog.breed,
            chip=dog.chip,
            keeper_id=dog.keeper_id,
            tag_number=tags.get(dog.id),
            category=dog.category,
            annual_tax_cents=sum(line.amount_cents for line in taxes.get(dog.id, ())),
            deregistered_on=dog.deregistered_on,
            relief=dog.relief,
        )
        for dog in session_dogs
    )


def _statute_relief(code: str | None) -> Relief | None:
    if code is None:
        return None
    try:
        return town_tax_statute().relief(code)
    except InvalidInput:  # the council dropped it from the statute: the record still shows the code
        return None


def _address(keeper: Resident) -> str | None:
    main = keeper.main_address()
    if main is None:
        return None
    return address_line(main.street.name, main.house_number, main.street.postcode, main.street.town)


@operation
def list_dogs(
    db: Database,
    actor: Actor,
    *,
    keeper_id: int | None = None,
    include_deregistered: bool = False,
    year: int | None = None,
) -> tuple[DogRow, ...]:
    """The dogs of the register (of one keeper), registered ones only unless ``include_deregistered``, by id,
    with the tax of ``year`` (default: the current one)."""
    actor.require(Action.VIEW_RESIDENTS)
    tax_year = year or german_today().year
    query = select(Dog).order_by(Dog.id).limit(MAX_DOGS)
    if keeper_id is not None:
        query = query.where(Dog.keeper_id == keeper_id)
    if not include_deregistered:
        query = query.where(Dog.deregistered_on.is_(None))
    with db.read() as session:
        dogs = session.scalars(query).all()
        households = household_dogs(session, {dog.keeper_id for dog in dogs}, tax_year)
        out = select(TagIssue.dog_id, TagIssue.tag_number).where(TagIssue.returned_on.is_(None))
        tags = {dog_id: number for dog_id, number in session.execute(out)}
        rows = _rows(dogs, households, tags, tax_year)
    record_read(db, actor, "dogs.listed", "dogs", "-", keeper_id=keeper_id, hits=len(rows))
    return rows


@operation
def dog_record(db: Database, actor: Actor, dog_id: int, *, year: int | None = None) -> DogRecord:
    """One dog's record with its keeper's name and mandate; the view is logged (``dog.viewed``)."""
    actor.require(Action.VIEW_RESIDENTS)
    tax_year = year or german_today().year
    with db.write() as session:
        dog = session.get(Dog, dog_id)
        if dog is None:
            raise NotFound("dog", dog_id)
        keeper = session.get(Resident, dog.keeper_id)
        assert keeper is not None  # the foreign key
        households = household_dogs(session, [dog.keeper_id], tax_year)
        tag = tag_of(session, dog.id)
        row = _rows([dog], households, {dog.id: tag} if tag is not None else {}, tax_year)[0]
        taxes = _annual_taxes(households, tax_year)
        lines = taxes.get(dog.id, ())
        taxed = sum(  # an exempt dog does not count (its lines have no position)
            1 for other in households[dog.keeper_id] if any(line.position is not None for line in taxes[other.id])
        )
        mandate = session.get(DogTaxMandate, dog.mandate_id) if dog.mandate_id is not None else None
        issues = session.scalars(select(TagIssue).where(TagIssue.dog_id == dog.id).order_by(TagIssue.id)).all()
        relief = _statute_relief(dog.relief)
        record(session, actor, "dog.viewed", "dog", dog.id, keeper_id=dog.keeper_id)
        return DogRecord(
            row=row,
            keeper_name=f"{keeper.given_names} {keeper.family_name}",
            cross=dog.cross,
            sex=dog.sex,
            colour=dog.colour,
            born=dog.born,
            acquired_on=dog.acquired_on,
            previous_keeper=dog.previous_keeper,
            insurer=dog.insurer,
            policy_number=dog.policy_number,
            permit_reference=dog.permit_reference,
            permit_date=dog.permit_date,
            deregistration_reason=dog.deregistration_reason,
            mandate_reference=mandate.reference if mandate else None,
            mandate_iban=masked_iban(mandate.iban) if mandate else None,
            tags=tuple((issue.tag_number, issue.issued_on, issue.returned_on) for issue in issues),
            keeper_address=_address(keeper),
            relief_label=relief.label if relief else dog.relief,
            relief_reason=relief.reason if relief else None,
            relief_evidence=dog.relief_evidence,
            tax_year=tax_year,
            tax_lines=lines,
            household_dogs=taxed,
        )


MAX_MATCHES = 200
TAG_DIGITS = 9  # a tax tag's number has at most this many digits; a longer number is a (part of a) chip number


@dataclass(frozen=True)
class DogMatch:
    """A dog found in the register, with its keeper's name (the list a clerk chooses from)."""

    id: int
    name: str
    breed: str
    chip: str | None
    tag_number: int | None  # held now
    keeper_id: int
    keeper_name: str
    deregistered_on: dt.date | None


def _search_condition(text: str) -> ColumnElement[bool] | None:
    """What ``text`` looks for: a tax tag's number (every dog that held it), the start of a chip number (ten digits
    or more, spaces ignored), else the keeper's name (every word starts a part of it, in the DIN 91379 search form)."""
    digits = "".join(text.split())
    if digits.isascii() and digits.isdigit():
        if len(digits) <= TAG_DIGITS:
            return Dog.id.in_(select(TagIssue.dog_id).where(TagIssue.tag_number == int(digits)))
        return Dog.chip.startswith(digits, autoescape=True)
    terms = tuple(dict.fromkeys(search_terms(text)))
    if not terms:
        return None
    return and_(*(starts_a_word(Resident.search_name, term) for term in terms))


@operation
def find_dogs(db: Database, actor: Actor, text: str, *, limit: int = 50) -> tuple[DogMatch, ...]:
    """The dogs (registered or not) whose tax tag number or chip number is ``text``, or whose keeper's name it
    matches; registered first, then by name and id, at most ``limit``. The search is logged (``dogs.searched``).

    Raises :class:`~models.operations.text_search.SearchTooLong` for a text beyond the search length."""
    actor.require(Action.VIEW_RESIDENTS)
    text = text.strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(len(text))
    condition = _search_condition(text)
    if condition is None:
        return ()
    query = (
        select(Dog, Resident.given_names, Resident.family_name, TagIssue.tag_number)
        .join(Resident, Resident.id == Dog.keeper_id)
        .outerjoin(TagIssue, and_(TagIssue.dog_id == Dog.id, TagIssue.returned_on.is_(None)))
        .where(condition)
        .order_by(Dog.deregistered_on.is_not(None), Dog.name, Dog.id)
        .limit(max(1, min(limit, MAX_MATCHES)))
    )
    with db.read() as session:
        matches = tuple(
            DogMatch(
                dog.id, dog.name, dog.breed, dog.chip, tag, dog.keeper_id, f"{given} {family}", dog.deregistered_on
            )
            for dog, given, family, tag in session.execute(query)
        )
    record_read(db, actor, "dogs.searched", "dogs", "-", term=text, hits=len(matches))
    return matches


@operation
def dog_of_case(db: Database, actor: Actor, case_id: int) -> int | None:
    """The id of the dog the registration case ``case_id`` entered into the register (None: none, or not yet).
    Reads no case data: only the dog register's note of the case that registered the dog."""
    actor.require(Action.VIEW_RESIDENTS)
    with db.read() as session:
        return session.scalar(select(Dog.id).where(Dog.registration_case_id == case_id))
