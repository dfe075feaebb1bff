"""A delivery service that misbehaves (5xx, timeouts, 429s, dropped connections) loses and duplicates nothing."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from models.cases import Case
from models.db import Database
from sync.portal_demo.submissions import send_demo_submissions
from sync.sync_pass import run_pass
from tests.sync.intake.helpers import ACCEPT, REJECT, Destination

SUBMISSIONS = 200


@pytest.mark.timeout(240)
def test_200_submissions_through_20_percent_faults(db: Database, destination: Destination) -> None:
    with destination.sender() as sender:
        sent = send_demo_submissions(sender, destination.setup, SUBMISSIONS, seed=42)
    destination.state.faults.update(
        error_rate=0.06,  # random 5xx
        throttle_rate=0.05,  # 429 with RateLimit-Reset
        drop_rate=0.03,  # connection closed before any work
        drop_after_rate=0.03,  # work done, answer lost (a retried accept meets 409)
        slow_rate=0.03,  # answers slower than the client's read timeout
        slow_seconds=1.0,
        seed=7,
    )
    with destination.client(timeout=(2.0, 0.5)) as client:
        summary = run_pass(db, client, destination.intake(db, client))
    injected = destination.state.faults.counts()
    destination.state.faults.clear()

    assert (summary.listed, summary.new_cases, summary.rejected) == (SUBMISSIONS, SUBMISSIONS, 0)

    with db.read() as session:
        submission_ids = session.scalars(select(Case.submission_id)).all()
    assert sorted(submission_ids) == sorted(s.submission_id for s in sent)  # all 200, each once
    accepts = Counter(e.submission_id for e in destination.decisions(ACCEPT))
    assert len(accepts) == SUBMISSIONS
    assert set(accepts.values()) == {1}
    assert destination.decisions(REJECT) == []
    # the faults really happened: every kind, about a fifth of some 600 requests
    assert all(injected[kind] > 5 for kind in ("server_error", "drop", "drop_after", "throttle")), injected
    assert sum(injected.values()) > 80, injected
