"""The town's setting for the workstation lock (issue 14, item 5): minutes without input, 15 unless an admin sets
1 to 120 (``amtsstube town set lock_after_minutes=10``), audited as every change of the town data."""

from __future__ import annotations

import pytest

from models.db import Database
from models.errors import InvalidTownData
from models.operations.town_settings import town_profile, update_town_profile
from tests.conftest import Staff


def test_fifteen_minutes_unless_an_admin_sets_another_time(db: Database, staff: Staff) -> None:
    assert town_profile(db).lock_after_minutes == 15
    update = update_town_profile(db, staff.admin, {"lock_after_minutes": " 5"})
    assert update.changed == ("lock_after_minutes",)
    assert town_profile(db).lock_after_minutes == 5


@pytest.mark.parametrize(
    ("value", "problem"), [("0", "out_of_range"), ("121", "out_of_range"), ("zehn", "not_a_number")]
)
def test_times_beyond_the_range_are_refused(db: Database, staff: Staff, value: str, problem: str) -> None:
    with pytest.raises(InvalidTownData) as caught:
        update_town_profile(db, staff.admin, {"lock_after_minutes": value})
    assert (caught.value.field, caught.value.problem) == ("lock_after_minutes", problem)
    assert town_profile(db).lock_after_minutes == 15
