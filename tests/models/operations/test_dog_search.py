"""find_dogs: a dog by its tax tag (also one returned), the start of its chip number or its keeper's name; every
search logged; hostile input refused or harmless; only with the right to view the resident register (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from models.audit import AuditRecord
from models.db import Database
from models.errors import PermissionDenied
from models.operations.dogs import dog_of_case, find_dogs
from models.operations.text_search import SearchTooLong
from tests.conftest import Staff
from tests.models.services.test_dog_services import approve, keeper, registration_form  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("keeper")


def _searches(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).where(AuditRecord.action == "dogs.searched")) or 0)


def test_a_dog_is_found_by_tag_chip_or_keeper(db: Database, staff: Staff) -> None:
    first, _text = approve(db, staff, "dog_registration", registration_form())  # Bello, tag 1
    approve(db, staff, "dog_registration", registration_form(dog={"name": "Luna", "chipNumber": "276098100654321"}))
    deregistration = {"applicant": registration_form()["applicant"], "dog": {"taxTagNumber": "1"},
                      "reason": "death", "endDate": "2026-06-20"}  # fmt: skip
    approve(db, staff, "dog_deregistration", deregistration)

    def names(text: str) -> list[str]:
        return [match.name for match in find_dogs(db, staff.clerk, text)]

    assert names("2") == ["Luna"]
    assert names("1") == ["Bello"]  # the tag Bello returned still finds him
    (bello,) = find_dogs(db, staff.clerk, "1")
    assert (bello.tag_number, bello.deregistered_on) == (None, dt.date(2026, 6, 20))
    assert names("276 0981 0065") == ["Luna"]  # the start of the chip, spaces ignored
    assert names("2760981001") == ["Bello"]  # ten digits or more: a chip, also of a deregistered dog
    assert names("oeztuerk lukasz") == ["Luna", "Bello"]  # registered first
    assert names("Öztürk") == ["Luna", "Bello"]
    assert names("schmidt") == []
    assert names("  ") == []
    assert names("27609%") == []  # a LIKE wildcard is a character, not a pattern
    assert names("99") == []
    assert _searches(db) == 10  # each search with a text logged (ten; "  " searches nothing)
    dog_id = find_dogs(db, staff.clerk, "1")[0].id
    assert dog_of_case(db, staff.clerk, first.case.id) == dog_id
    with pytest.raises(SearchTooLong):
        find_dogs(db, staff.clerk, "a" * 201)


def test_only_who_may_view_residents_searches_dogs(db: Database, staff: Staff) -> None:
    approve(db, staff, "dog_registration", registration_form())
    for actor in (staff.admin, staff.registry):
        with pytest.raises(PermissionDenied):
            find_dogs(db, actor, "1")
        with pytest.raises(PermissionDenied):
            dog_of_case(db, actor, 1)
