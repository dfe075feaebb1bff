"""A sync pass that brought new cases tells the other workstations (their change feed), not itself."""

from __future__ import annotations

import time

from models.change_feed import ChangeFeed
from models.db import Database
from sync.sync_pass import run_pass
from tests.sync.intake.helpers import Destination


def test_the_new_cases_of_a_pass_are_announced_to_the_other_workstation(db: Database, destination: Destination) -> None:
    destination.send_demo("bulky_waste_pickup", seed=5)
    destination.send_demo("residence_registration", seed=6)
    other_workstation = Database(db.url)
    theirs, ours = ChangeFeed(other_workstation, poll_seconds=0.1), ChangeFeed(db, poll_seconds=0.1)
    try:
        assert theirs.wait(0).connected
        assert ours.wait(0).connected
        with destination.client() as client:
            summary = run_pass(db, client, destination.intake(db, client))
        assert summary.new_cases == 2
        announced, deadline = 0, time.monotonic() + 2.0
        while announced < 2 and time.monotonic() < deadline:
            announced += theirs.wait(deadline - time.monotonic()).new_cases_announced
        assert announced == 2
        assert ours.wait(0.3).new_cases_announced == 0
    finally:
        theirs.close()
        ours.close()
        other_workstation.dispose()
