"""Matching a certificate order to register entries: the register number when it exists and the names match, else
names in DIN 91379 search form (also the birth name, also as an annotation changed them) on the exact date, the
place raising the score, at most 20; the forms of all four orders."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.db import Database
from models.operations.civil_status import NewEntry, annotate_civil_entry, record_civil_entry
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.civil_status.order_matching import (
    MAX_CANDIDATES,
    MatchResult,
    match_entries,
    order_search,
)
from models.registers.civil_status.recording import NewPerson
from models.registers.residents.resident import Sex
from models.search_form import search_form
from tests.conftest import Staff

OFFICER = "Vera Standes"
BORN = dt.date(1990, 5, 17)


def _birth(db: Database, staff: Staff, family: str, given: str, *, born: dt.date = BORN, place: str = "Lindenbrück",
           recorded: dt.date | None = None) -> int:  # fmt: skip
    entry = NewEntry(
        RegisterKind.BIRTH,
        recorded or born + dt.timedelta(days=3),
        born,
        place,
        OFFICER,
        (
            NewPerson(PersonRole.CHILD, family, given, sex=Sex.FEMALE, born=born, birth_place=place),
            NewPerson(PersonRole.MOTHER, family, "Petra", sex=Sex.FEMALE),
        ),
    )
    return record_civil_entry(db, staff.registry, entry).id


def _order(family: str, given: str, born: dt.date = BORN, **more: Any) -> dict[str, Any]:
    person: dict[str, Any] = {"familyName": family, "givenNames": given, "dateOfBirth": born.isoformat()}
    person |= {key: value for key, value in more.items() if key != "registerNumber"}
    form: dict[str, Any] = {"personConcerned": person, "relationship": "self"}
    if "registerNumber" in more:
        form["registerNumber"] = more["registerNumber"]
    return form


def _match(db: Database, form: dict[str, Any], kind: RegisterKind = RegisterKind.BIRTH) -> MatchResult:
    with db.read() as session:
        return match_entries(session, form, kind)


def test_names_in_search_form_and_the_date_find_the_entry_and_the_place_ranks_it(db: Database, staff: Staff) -> None:
    here = _birth(db, staff, "Müller", "Anna Lena")
    elsewhere = _birth(db, staff, "Müller", "Anna", place="Hamm")
    _birth(db, staff, "Müller", "Anna", born=BORN + dt.timedelta(days=1))  # another day
    _birth(db, staff, "Schulz", "Anna")  # another name
    result = _match(db, _order("MUELLER", "anna", placeOfBirth="Lindenbrueck"))
    assert [c.entry_id for c in result.candidates] == [here, elsewhere]
    assert [c.rule for c in result.candidates] == ["Name, Geburtsdatum und Geburtsort", "Name und Geburtsdatum"]
    assert result.candidates[0].score > result.candidates[1].score
    assert result.candidates[0].names == ("Anna Lena Müller",)
    assert result.candidates[0].event_date == BORN
    assert result.rule_used.startswith("Name (Suchform nach DIN 91379) und Geburtsdatum")
    assert [c.entry_id for c in _match(db, _order("Müller", "Lena")).candidates] == [here]
    assert _match(db, _order("Müller", "Berta")).candidates == ()  # a given name that is not hers
    assert _match(db, _order("Müller-Lüdenscheidt", "Anna")).candidates == ()  # the family name exactly


def test_a_register_number_that_exists_with_matching_names_decides(db: Database, staff: Staff) -> None:
    _birth(db, staff, "Weiß", "Jürgen")
    second = _birth(db, staff, "Weiß", "Jürgen", place="Soest")
    number = f"G 2/{(BORN + dt.timedelta(days=3)).year}"
    result = _match(db, _order("Weiss", "Jürgen", registerNumber=number))
    assert result.rule_used == "Registernummer"
    assert [(c.entry_id, c.register_number, c.rule) for c in result.candidates] == [(second, number, "Registernummer")]
    # a number whose names do not match, an unknown number or another register's letter: the names decide
    for wrong in (number, "G 9/1990", "S 2/1990"):
        family = "Schulz" if wrong == number else "Weiß"
        result = _match(db, _order(family, "Jürgen", registerNumber=wrong))
        assert result.rule_used != "Registernummer", wrong
        assert len(result.candidates) == (0 if family == "Schulz" else 2), wrong


def test_birth_names_and_annotated_names_match_and_no_date_matches_nothing(db: Database, staff: Staff) -> None:
    entry = _birth(db, staff, "Öztürk", "Ayşe")
    annotate_civil_entry(db, staff.registry, entry, AnnotationKind.NAME_CHANGE, dt.date(2020, 1, 1),
                         "Die Person führt den Familiennamen Becker.",
                         [{"role": "child", "field": "family_name", "value": "Becker"}])  # fmt: skip
    for form in (
        _order("Becker", "Ayse"),  # as it stands
        _order("Oeztuerk", "Ayşe"),  # as recorded
        _order("Schmitz", "Ayse", birthName="Öztürk"),  # the order's birth name
    ):
        (candidate,) = _match(db, form).candidates
        assert (candidate.entry_id, candidate.names) == (entry, ("Ayşe Becker",))
    no_date = _order("Becker", "Ayşe")
    del no_date["personConcerned"]["dateOfBirth"]
    assert _match(db, no_date).candidates == ()
    assert _match(db, {"anliegen": "Test"}).candidates == ()


def test_at_most_twenty_candidates(db: Database, staff: Staff) -> None:
    for _ in range(MAX_CANDIDATES + 2):
        _birth(db, staff, "Nguyễn", "Minh")
    assert len(_match(db, _order("Nguyen", "Minh")).candidates) == MAX_CANDIDATES


def test_marriage_partnership_and_death_orders(db: Database, staff: Staff) -> None:
    day = dt.date(2001, 9, 8)
    spouses = (NewPerson(PersonRole.SPOUSE, "Groß", "Karl"), NewPerson(PersonRole.SPOUSE, "Groß", "Maria",
                                                                        birth_name="Łukasiewicz"))  # fmt: skip
    marriage = record_civil_entry(db, staff.registry, NewEntry(RegisterKind.MARRIAGE, day, day, "Lindenbrück",
                                                               OFFICER, spouses)).id  # fmt: skip
    partners = (NewPerson(PersonRole.PARTNER, "Kühn", "Jonas"), NewPerson(PersonRole.PARTNER, "Brandt", "Elias"))
    partnership = record_civil_entry(db, staff.registry, NewEntry(RegisterKind.PARTNERSHIP, day, day, "Soest",
                                                                  OFFICER, partners)).id  # fmt: skip
    deceased = (NewPerson(PersonRole.DECEASED, "Weiß", "Jürgen", born=dt.date(1930, 1, 1)),)
    death = record_civil_entry(db, staff.registry, NewEntry(RegisterKind.DEATH, day, day, "Lindenbrück", OFFICER,
                                                            deceased)).id  # fmt: skip
    both = {"spouses": [{"familyName": "Gross", "givenNames": "Karl"},
                        {"familyName": "Müller", "birthName": "Lukasiewicz", "givenNames": "Maria"}],
            "dateOfMarriage": day.isoformat(), "placeOfMarriage": "Lindenbrück"}  # fmt: skip
    (candidate,) = _match(db, both, RegisterKind.MARRIAGE).candidates
    assert (candidate.entry_id, candidate.rule) == (marriage, "Namen beider Ehegatten, Tag der Eheschließung und Ort "
                                                              "der Eheschließung")  # fmt: skip
    one = {**both, "spouses": [{"familyName": "Groß", "givenNames": "Karl"}, {"familyName": "X", "givenNames": "Y"}]}
    del one["placeOfMarriage"]
    (candidate,) = _match(db, one, RegisterKind.MARRIAGE).candidates
    assert candidate.rule == "Name eines Ehegatten und Tag der Eheschließung"
    order = {"partners": [{"familyName": "Kuehn", "givenNames": "Jonas"},
                          {"familyName": "Brandt", "givenNames": "Elias"}],
             "dateOfPartnership": day.isoformat(), "placeOfPartnership": "Soest"}  # fmt: skip
    (candidate,) = _match(db, order, RegisterKind.PARTNERSHIP).candidates
    assert (candidate.entry_id, candidate.names) == (partnership, ("Jonas Kühn", "Elias Brandt"))
    order = {"deceased": {"familyName": "Weiss", "givenNames": "Jürgen"}, "dateOfDeath": day.isoformat()}
    (candidate,) = _match(db, order, RegisterKind.DEATH).candidates
    assert (candidate.entry_id, candidate.rule) == (death, "Name und Sterbedatum")
    assert _match(db, order, RegisterKind.MARRIAGE).candidates == ()


def test_the_search_of_an_order_with_a_name_prefix() -> None:
    form = _order("Berg", "Carl", namePrefix="von", placeOfBirth="Lindenbrück", registerNumber="G 12/1990")
    search = order_search(form, RegisterKind.BIRTH)
    (person,) = search.persons
    assert person.family_names == {"BERG", "VON BERG"}
    assert person.given_names == ("CARL",)
    assert (search.event_date, search.event_place, search.register_number) == (BORN, search_form("Lindenbrück"),
                                                                                 (1990, 12))  # fmt: skip
