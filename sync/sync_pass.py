"""One sync pass: re-send unconfirmed events, list what is ready for pickup, take in each submission.

Runs headless (``amtsstube sync``), in a loop on a server (``--loop``) or from the GUI's network lane; never
concurrently with another pass anywhere (:mod:`sync.leadership`).

Within a pass the work is pipelined: a few threads fetch, decrypt and check the next submissions (network and RSA
release the GIL), the pass's own thread books them in listing order, ``BOOKING_BATCH`` per transaction, and a second
small pool signs and posts the accept/reject events — each only after its case has been committed.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from itertools import islice

from models.db import Database
from models.operations.intake_book import confirm_events, known_submissions, unconfirmed
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.errors import DeliveryServiceRefused
from sync.intake import Intake, IntakeResult, PreparedSubmission
from sync.leadership import sync_leadership

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)

PREPARE_WORKERS = 2
EVENT_WORKERS = 2
BOOKING_BATCH = 16  # prepared submissions booked in one transaction (fewer, larger transactions cost far less)
PREFETCH = 2 * BOOKING_BATCH  # submissions prepared ahead (bounds memory: attachments are in RAM)
CONFIRM_BATCH = 16  # event confirmations booked together (the rest once the pass has sent every event)


@dataclass(frozen=True)
class SyncSummary:
    ran: bool  # False: another workstation was syncing, nothing done
    listed: int = 0
    new_cases: int = 0
    rejected: int = 0
    already_known: int = 0
    events_resent: int = 0
    failed: int = 0  # could not be fetched this time (the delivery service refused); tried again next pass
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
        refs = [ref.submission_id for ref in client.submissions(intake.destination_id)]
        counts, failed = _take_in(intake, refs, progress) if refs else (dict.fromkeys(IntakeResult, 0), 0)
    summary = SyncSummary(
        ran=True,
        listed=len(refs),
        new_cases=counts[IntakeResult.NEW_CASE],
        rejected=counts[IntakeResult.REJECTED],
        already_known=counts[IntakeResult.ALREADY_KNOWN],
        events_resent=resent,
        failed=failed,
        requests=client.requests_made - requests_before,
        seconds=time.monotonic() - started,
    )
    log.info("sync pass: %s", summary)
    return summary


def _take_in(
    intake: Intake, submission_ids: list[str], progress: Progress | None
) -> tuple[dict[IntakeResult, int], int]:
    """Counts per result, and how many submissions the delivery service refused to hand out this time."""
    counts = dict.fromkeys(IntakeResult, 0)
    failed = 0
    events: list[Future[str]] = []
    confirmed = 0  # events[:confirmed] are booked as confirmed
    with (
        ThreadPoolExecutor(PREPARE_WORKERS, thread_name_prefix="sync-prepare") as preparing,
        ThreadPoolExecutor(EVENT_WORKERS, thread_name_prefix="sync-events") as sending,
    ):
        upcoming = iter(submission_ids)
        known = known_submissions(intake.db, submission_ids)
        window: deque[Future[PreparedSubmission]] = deque()

        def refill() -> None:
            while len(window) < PREFETCH:
                submission_id = next(upcoming, None)
                if submission_id is None:
                    return
                if submission_id in known:
                    ready: Future[PreparedSubmission] = Future()
                    ready.set_result(PreparedSubmission(submission_id, known=known[submission_id]))
                    window.append(ready)
                else:
                    window.append(preparing.submit(intake.prepare, submission_id, known_checked=True))

        try:
            refill()
            done = 0
            while window:
                # book in listing order, several at once (one transaction per submission costs more than the
                # booking itself): wait for the oldest BOOKING_BATCH, or for all that are left
                wait_for(list(islice(window, BOOKING_BATCH)))
                taken = [window.popleft() for _ in range(min(BOOKING_BATCH, len(window)))]
                refill()
                batch: list[PreparedSubmission] = []
                try:
                    for prepared in taken:
                        try:
                            batch.append(prepared.result())
                        except DeliveryServiceRefused as refused:
                            # one submission the service will not hand out (e.g. expired meanwhile) must not
                            # hold up all the others; it stays listed and is tried again next pass
                            log.warning("skipping a submission this pass: %s", refused)
                            failed += 1
                finally:  # anything else ends the pass, once the ones before it are booked
                    for report in intake.book_many(batch) if batch else []:
                        counts[report.result] += 1
                        if report.record.event_confirmed_at is None:
                            events.append(sending.submit(intake.post_event, report.record))
                confirmed = _confirm_sent(intake, events, confirmed, wait=False)
                done += len(taken)
                if progress is not None:
                    progress(done, len(submission_ids))
        finally:
            for waiting in window:
                waiting.cancel()
            for sent in events[confirmed:]:  # let every event in flight finish before the pools close
                if not sent.cancelled():
                    sent.exception()
    _confirm_sent(intake, events, confirmed, wait=True)
    return counts, failed


def _confirm_sent(intake: Intake, events: list[Future[str]], confirmed: int, *, wait: bool) -> int:
    """Book the confirmations of the events sent so far, in order, in one transaction; returns the new mark.

    Without ``wait`` nothing is booked until at least ``CONFIRM_BATCH`` events in a row are through (a confirmation
    that is booked late, or lost in a crash, only means the event is sent again next pass). With ``wait`` every
    event must have been sent: the first failure ends the pass after the ones before it are booked (later entries
    stay unconfirmed and their events are sent again next pass).
    """
    if not wait:
        through = confirmed
        while through < len(events) and events[through].done() and events[through].exception() is None:
            through += 1
        if through - confirmed < CONFIRM_BATCH:
            return confirmed
    ready: list[str] = []
    mark = confirmed
    try:
        while mark < len(events) and (wait or events[mark].done()):
            if not wait and events[mark].exception() is not None:
                break  # surfaces when the pass waits for all events
            ready.append(events[mark].result())
            mark += 1
    finally:
        confirm_events(intake.db, ready)
    return mark
