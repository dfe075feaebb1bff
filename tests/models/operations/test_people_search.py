"""Finding earlier applicants at the counter: the DIN 91379 search form, one match per person, only the actor's
departments, an audit record per search, and hostile input refused clearly. Every test runs on SQLite and
PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.people_search import find_people
from models.operations.text_search import SearchTooLong
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

BORN = dt.date(1961, 3, 14)


def _applicant(db: Database, staff: Staff, given: str, family: str, **more: object) -> str:
    return new_case(
        db, staff.system, GENERIC_FEE_SERVICE, given_names=given, family_name=family, title=None, **more
    ).reference


def _names(db: Database, staff: Staff, text: str) -> set[str]:
    return {f"{m.given_names} {m.family_name}" for m in find_people(db, staff.clerk, text)}


@pytest.fixture
def town(db: Database, staff: Staff) -> Database:
    _applicant(db, staff, "Jürgen", "Weiß", date_of_birth=BORN)
    _applicant(db, staff, "Jürgen", "Weiß", date_of_birth=dt.date(1990, 1, 2), street="Ahornallee")
    _applicant(db, staff, "Marie", "Weißenborn")
    _applicant(db, staff, "Thị Ánh", "Nguyễn")
    _applicant(db, staff, "Siobhán", "O’Brien")
    _applicant(db, staff, "Karl", "Müller-Lüdenscheidt")
    _applicant(db, staff, "Hans", "Schweiss")  # contains WEISS, but no word starts with it
    return db


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("weiss", {"Jürgen Weiß", "Marie Weißenborn"}),
        ("Weiß", {"Jürgen Weiß", "Marie Weißenborn"}),
        ("WEISS JÜRGEN", {"Jürgen Weiß"}),
        ("jurgen", set()),  # ü is UE in the search form: "jurgen" is no start of JUERGEN
        ("juergen weiss", {"Jürgen Weiß"}),
        ("nguyen", {"Thị Ánh Nguyễn"}),
        ("nguy", {"Thị Ánh Nguyễn"}),
        ("THI anh", {"Thị Ánh Nguyễn"}),
        ("brien", {"Siobhán O’Brien"}),
        ("o'brien", {"Siobhán O’Brien"}),
        ("lüden", {"Karl Müller-Lüdenscheidt"}),
        ("schweiss", {"Hans Schweiss"}),
        ("eiss", set()),  # a part inside a word is no match
        ("weissenborn jürgen", set()),
    ],
)
def test_every_word_starts_a_word_of_the_name_in_search_form(
    town: Database, staff: Staff, text: str, expected: set[str]
) -> None:
    assert _names(town, staff, text) == expected


def test_the_birth_date_narrows(town: Database, staff: Staff) -> None:
    found = find_people(town, staff.clerk, "weiss 14.03.1961")
    assert [(m.family_name, m.date_of_birth) for m in found] == [("Weiß", BORN)]
    assert [m.date_of_birth for m in find_people(town, staff.clerk, "2.1.1990")] == [dt.date(1990, 1, 2)]
    assert find_people(town, staff.clerk, "nguyen 14.03.1961") == ()


def test_an_impossible_birth_date_is_refused_clearly(town: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as refused:
        find_people(town, staff.clerk, "weiss 31.02.1961")
    assert (refused.value.field, refused.value.problem) == ("search", "impossible_date")


def test_one_match_per_person_with_the_newest_case(db: Database, staff: Staff) -> None:
    first = _applicant(db, staff, "Ayşe", "Öztürk", date_of_birth=BORN, phone="0111")
    _applicant(db, staff, "Ayşe", "Öztürk", date_of_birth=BORN, phone="0222")
    newest = _applicant(db, staff, "Ayşe", "Öztürk", date_of_birth=BORN, phone="0333")
    moved = _applicant(db, staff, "Ayşe", "Öztürk", date_of_birth=BORN, street="Birkenweg")  # another address
    namesake = _applicant(db, staff, "Ayşe", "Öztürk", date_of_birth=dt.date(1999, 9, 9))
    found = find_people(db, staff.clerk, "oeztuerk ayse")
    by_reference = {m.latest_reference: m for m in found}
    assert set(by_reference) == {newest, moved, namesake}
    assert first not in by_reference
    assert (by_reference[newest].cases, by_reference[newest].phone) == (3, "0333")
    assert by_reference[moved].cases == by_reference[namesake].cases == 1
    assert by_reference[moved].street == "Birkenweg"
    assert len(find_people(db, staff.clerk, "oeztuerk", limit=2)) == 2


def test_each_role_finds_only_the_applicants_of_its_departments(db: Database, staff: Staff) -> None:
    _applicant(db, staff, "Ilka", "Amsel")  # Bürgerbüro (clerks)
    new_case(db, staff.system, "birth_certificate", given_names="Ilka", family_name="Zeisig")  # Standesamt

    def families(actor_name: str) -> set[str]:
        actor = getattr(staff, actor_name)
        return {m.family_name for m in find_people(db, actor, "ilka")}

    assert families("clerk") == {"Amsel"}
    assert families("registry") == {"Zeisig"}
    assert families("supervisor") == families("system") == {"Amsel", "Zeisig"}
    with pytest.raises(PermissionDenied):
        find_people(db, staff.admin, "ilka")


def test_every_search_is_an_audit_record_of_a_read(town: Database, staff: Staff) -> None:
    find_people(town, staff.clerk, "  weiss ")
    find_people(town, staff.registry, "weiss\x00")  # a NUL, which PostgreSQL's JSON refuses, is not recorded
    with town.read() as session:
        records = session.scalars(select(AuditRecord).where(AuditRecord.action == "people.searched")).all()
        assert [(r.actor, r.details) for r in records] == [
            ("anna", {"term": "weiss", "hits": 3}),
            ("clara", {"term": "weiss", "hits": 0}),
        ]


@pytest.mark.parametrize("text", ["%", "_", "%%%", "\\", "'", '"', "' OR 1=1 --", "\x00", "weiss\x00", "w%ss", "w_iss"])
def test_hostile_input_finds_nothing_and_never_fails_in_the_database(town: Database, staff: Staff, text: str) -> None:
    found = {f"{m.given_names} {m.family_name}" for m in find_people(town, staff.clerk, text)}
    assert found <= ({"Jürgen Weiß", "Marie Weißenborn"} if text == "weiss\x00" else set())
    assert found or text != "weiss\x00"  # the NUL is dropped by the search form, the name stays


def test_a_pasted_page_is_refused_with_its_own_message(town: Database, staff: Staff) -> None:
    with pytest.raises(SearchTooLong):
        find_people(town, staff.clerk, "weiss " * 2_000)
    assert find_people(town, staff.clerk, "q " * 100) == ()  # many words, each a condition: no database error


def test_no_words_searches_nothing(town: Database, staff: Staff) -> None:
    assert find_people(town, staff.clerk, "   ") == ()
    assert find_people(town, staff.clerk, ", ,") == ()
