"""Running sync: one pass at a time across workstations, and the server loop."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from models.cases import Case
from models.db import Database
from models.settings import FitConnectSettings
from sync.fitconnect.envelopes import SubmissionRef
from sync.intake import IntakeResult
from sync.leadership import sync_leadership
from sync.runner import SyncRunner, describe
from sync.sandbox.local_setup import credentials_of
from sync.sync_pass import _take_in, run_pass
from tests.sync.intake.helpers import ACCEPT, Destination


def test_a_second_workstation_skips_while_one_syncs(db: Database, destination: Destination) -> None:
    destination.send_demo("bulky_waste_pickup", seed=2)
    other_workstation = Database(db.url)
    try:
        with sync_leadership(other_workstation) as leads, destination.client() as client:
            assert leads
            skipped = run_pass(db, client, destination.intake(db, client))
        assert not skipped.ran
        assert "übersprungen" in describe(skipped)
        with destination.client() as client:
            done = run_pass(db, client, destination.intake(db, client))
    finally:
        other_workstation.dispose()
    assert done.ran
    assert done.new_cases == 1


def test_the_server_loop_keeps_syncing_until_stopped(db: Database, destination: Destination) -> None:
    setup = destination.setup
    fitconnect = FitConnectSettings(
        token_url=setup.token_url, submission_api=setup.submission_api, destination_id=setup.destination_id
    )
    runner = SyncRunner(db, fitconnect, credentials_of(setup))
    stop = threading.Event()
    passes: list[int] = []
    original = runner.run_once

    def counting_pass(progress: object = None) -> object:
        summary = original()
        passes.append(summary.new_cases)
        if len(passes) == 1:
            destination.send_demo("residence_registration", seed=4)  # arrives between two passes
        if len(passes) >= 3:
            stop.set()
        return summary

    destination.send_demo("bulky_waste_pickup", seed=3)
    runner.run_once = counting_pass  # type: ignore[method-assign]
    thread = threading.Thread(target=runner.run_forever, kwargs={"interval_seconds": 0.05, "stop": stop})
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert passes[:3] == [1, 1, 0]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 2


def test_a_submission_the_service_refuses_to_hand_out_does_not_hold_up_the_others(
    db: Database, destination: Destination
) -> None:
    _, first = destination.send_demo("bulky_waste_pickup", seed=5)
    _, second = destination.send_demo("residence_registration", seed=6)
    gone = "3f1c2b4a-0000-4000-8000-00000000dead"  # listed a moment ago, expired since: 404 now
    listing = [
        SubmissionRef(sent.submission_id, sent.case_id, destination.setup.destination_id) for sent in (first, second)
    ]
    listing.insert(1, SubmissionRef(gone, "3f1c2b4a-0000-4000-8000-00000000beef", destination.setup.destination_id))
    with destination.client() as client:
        counts, failed, events_failed = _take_in(destination.intake(db, client), listing, None)
    assert (failed, events_failed) == (1, 0)
    assert counts[IntakeResult.NEW_CASE] == 2
    assert len(destination.decisions(ACCEPT)) == 2
