"""`amtsstube sync` killed with SIGKILL at random moments: afterwards every submission is exactly one case and was
accepted exactly once."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from collections import Counter

import pytest
from sqlalchemy import select

from models.cases import Case
from models.db import Database
from sync.portal_demo.submissions import send_demo_submissions
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import ACCEPT, AMTSSTUBE, REJECT, Destination, configure_workstation

KILLS = 12  # runs that really die mid-work, each at its own random moment of a pass
MAX_RUNS = 24
PER_RUN = 3  # new submissions before each run, so that every run has work to be killed in


@pytest.mark.timeout(300)
def test_sync_killed_at_random_moments_loses_and_duplicates_nothing(
    db: Database, destination: Destination, memory_keyring: MemoryKeyring
) -> None:
    env = configure_workstation(destination, memory_keyring)
    destination.state.faults.update(latency_seconds=0.05)  # a pass takes a while: room to be killed in
    rng = random.Random(20261125)
    command = [AMTSSTUBE, "--database", db.url, "sync"]
    sent = []

    killed = runs = 0
    with destination.sender() as sender:
        while killed < KILLS and runs < MAX_RUNS:
            sent += send_demo_submissions(sender, destination.setup, PER_RUN, seed=runs)
            runs += 1
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.5, 2.0))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            process.wait(timeout=30)
    destination.state.faults.clear()
    assert killed == KILLS, f"only {killed} of {runs} runs were still working when killed"

    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert final.returncode == 0, final.stderr

    with db.read() as session:
        submission_ids = session.scalars(select(Case.submission_id)).all()
    assert sorted(submission_ids) == sorted(s.submission_id for s in sent)
    accepts = Counter(e.submission_id for e in destination.decisions(ACCEPT))
    assert set(accepts) == {s.submission_id for s in sent}
    assert set(accepts.values()) == {1}
    assert destination.decisions(REJECT) == []
