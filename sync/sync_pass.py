"""One sync pass: re-send unconfirmed events, list what is ready for pickup, take in each submission.

Runs headless (``amtsstube sync``), in a loop on a server (``--loop``) or from the GUI's network lane; never
concurrently with another pass anywhere (:mod:`sync.leadership`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from models.db import Database
from models.operations.intake_book import unconfirmed
from sync.fitconnect.client import SubscriberClient
from sync.intake import Intake, IntakeResult
from sync.leadership import sync_leadership

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class SyncSummary:
    ran: bool  # False: another workstation was syncing, nothing done
    listed: int = 0
    new_cases: int = 0
    rejected: int = 0
    already_known: int = 0
    events_resent: int = 0
    requests: int = 0
    seconds: float = 0.0


def run_pass(
    db: Database, client: SubscriberClient, intake: Intake, *, progress: Progress | None = None
) -> SyncSummary:
    started = time.monotonic()
    requests_before = client.requests_made
    with sync_leadership(db) as leader:
        if not leader:
            log.info("another workstation is syncing; this pass is skipped")
            return SyncSummary(ran=False)
        resent = 0
        for record in unconfirmed(db):
            intake.send_event(record)
            resent += 1
        refs = list(client.submissions(intake.destination_id))
        counts = dict.fromkeys(IntakeResult, 0)
        for done, ref in enumerate(refs, start=1):
            counts[intake.process(ref.submission_id).result] += 1
            if progress is not None:
                progress(done, len(refs))
    summary = SyncSummary(
        ran=True,
        listed=len(refs),
        new_cases=counts[IntakeResult.NEW_CASE],
        rejected=counts[IntakeResult.REJECTED],
        already_known=counts[IntakeResult.ALREADY_KNOWN],
        events_resent=resent,
        requests=client.requests_made - requests_before,
        seconds=time.monotonic() - started,
    )
    log.info("sync pass: %s", summary)
    return summary
