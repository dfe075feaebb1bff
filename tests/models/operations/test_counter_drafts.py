"""A clerk's unsaved counter form is kept per clerk, replaced on each save, never shown to another."""

from __future__ import annotations

import pytest

from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.counter_drafts import (
    MAX_DRAFT_BYTES,
    counter_draft,
    discard_counter_draft,
    save_counter_draft,
)
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE


def test_a_draft_is_kept_per_clerk_and_replaced(db: Database, staff: Staff) -> None:
    assert counter_draft(db, staff.clerk) is None
    save_counter_draft(db, staff.clerk, {"service": GENERIC_FEE_SERVICE, "family_name": "Weiß"})
    save_counter_draft(db, staff.clerk, {"service": GENERIC_FEE_SERVICE, "family_name": "Weiß-Nguyễn"})
    kept = counter_draft(db, staff.clerk)
    assert kept is not None
    assert kept.data == {"service": GENERIC_FEE_SERVICE, "family_name": "Weiß-Nguyễn"}
    assert counter_draft(db, staff.clerk2) is None  # another clerk sees nothing of it
    discard_counter_draft(db, staff.clerk)
    assert counter_draft(db, staff.clerk) is None


def test_drafts_are_bounded_and_for_case_workers_only(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as too_large:
        save_counter_draft(db, staff.clerk, {"text": "x" * (MAX_DRAFT_BYTES + 1)})
    assert too_large.value.problem == "too_large"
    with pytest.raises(PermissionDenied):
        save_counter_draft(db, staff.admin, {"x": 1})
    with pytest.raises(InvalidInput):
        counter_draft(db, staff.system)
