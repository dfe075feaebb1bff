"""One sync pass: re-send unconfirmed events, list what is ready for pickup, take in each submission.

Runs headless (``amtsstube sync``), in a loop on a server (``--loop``) or from the GUI's network lane; never
concurrently with another pass anywhere (:mod:`sync.leadership`).

Within a pass the work is pipelined: a few threads fetch, decrypt and check the next submissions (network and RSA
release the GIL), the pass's own thread books them in listing order, ``BOOKING_BATCH`` per transaction, and a second
small pool signs and posts the accept/reject events — each only after its case has been committed.

What goes wrong with one submission stays with it (see :mod:`sync.intake`): it is rejected, kept aside, or —
when the delivery service will not hand it out or refuses our event — tried again next pass. Only failures of the
whole pass (:data:`sync.intake.PASS_FAILURES`) end it, after everything prepared before them is booked.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy.exc import SQLAlchemyError

from models.change_announcements import announce_new_cases
from models.db import Database
from models.errors import AmtsstubeError
from models.operations.intake_book import IntakeRecord, confirm_events, known_submissions, unconfirmed
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.envelopes import SubmissionRef
from sync.fitconnect.errors import CredentialsRejected, DeliveryServiceRefused, DeliveryServiceUnreachable
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
    held: int = 0  # kept aside after an unforeseen error (for the admin); tried again next pass
    events_failed: int = 0  # our accept/reject did not reach the delivery service; sent again next pass
    requests: int = 0
    seconds: float = 0.0


@dataclass
class _EventSender:
    """Posts our events on a small pool and books their confirmations; one event that fails stays unconfirmed
    (it is sent again next pass) and does not stop the others. Once the delivery service is unreachable, the
    events still waiting are not sent in this pass at all (each would wait for its own retries)."""

    intake: Intake
    pool: ThreadPoolExecutor
    sent: list[Future[str]] = field(default_factory=list)
    confirmed: int = 0  # sent[:confirmed] are booked (as confirmed, or counted as failed)
    failed: int = 0
    unreachable: threading.Event = field(default_factory=threading.Event)

    def send(self, record: IntakeRecord) -> None:
        self.sent.append(self.pool.submit(self._post, record))

    def _post(self, record: IntakeRecord) -> str:
        if self.unreachable.is_set():
            raise DeliveryServiceUnreachable("(this pass)", reason="connection", attempts=0, detail="given up")
        try:
            return self.intake.post_event(record)
        except (DeliveryServiceUnreachable, CredentialsRejected):
            self.unreachable.set()
            raise

    def book(self, *, wait: bool) -> None:
        """Book what has been sent so far, in order; without ``wait`` only once ``CONFIRM_BATCH`` are through (a
        confirmation booked late, or lost in a crash, only means the event is sent again next pass)."""
        pending = self.sent[self.confirmed :]
        through = len(pending) if wait else next((i for i, f in enumerate(pending) if not f.done()), len(pending))
        if not wait and through < CONFIRM_BATCH:
            return
        ready: list[str] = []
        for sending in pending[:through]:
            error = sending.exception()  # waits when ``wait``
            if error is None:
                ready.append(sending.result())
            else:
                self.failed += 1
                log.warning("an event did not reach the delivery service; it is sent again next pass: %s", error)
        confirm_events(self.intake.db, ready)
        self.confirmed += through

    def settle(self) -> None:
        """Before the pools close: let every event in flight finish (their results are booked by ``book``)."""
        for sending in self.sent[self.confirmed :]:
            if not sending.cancelled():
                sending.exception()


def run_pass(
    db: Database, client: SubscriberClient, intake: Intake, *, progress: Progress | None = None
) -> SyncSummary:
    started = time.monotonic()
    requests_before = client.requests_made
    with sync_leadership(db) as leader:
        if not leader:
            log.info("another workstation is syncing; this pass is skipped")
            return SyncSummary(ran=False)
        resent, resend_failed = _resend_unconfirmed(intake)
        refs = list(client.submissions(intake.destination_id))
        counts, failed, events_failed = _take_in(intake, refs, progress) if refs else (_no_counts(), 0, 0)
    summary = SyncSummary(
        ran=True,
        listed=len(refs),
        new_cases=counts[IntakeResult.NEW_CASE],
        rejected=counts[IntakeResult.REJECTED],
        already_known=counts[IntakeResult.ALREADY_KNOWN],
        events_resent=resent,
        failed=failed,
        held=counts[IntakeResult.HELD],
        events_failed=resend_failed + events_failed,
        requests=client.requests_made - requests_before,
        seconds=time.monotonic() - started,
    )
    log.info("sync pass: %s", summary)
    _announce(db, summary.new_cases)
    return summary


def _announce(db: Database, new_cases: int) -> None:
    """Every other workstation's status bar says what this pass brought; a failed announcement fails no pass."""
    try:
        announce_new_cases(db, new_cases)
    except (AmtsstubeError, SQLAlchemyError) as error:
        log.warning("the other workstations were not told of %d new cases: %s", new_cases, error)


def _no_counts() -> dict[IntakeResult, int]:
    return dict.fromkeys(IntakeResult, 0)


def _resend_unconfirmed(intake: Intake) -> tuple[int, int]:
    """Events booked in an earlier pass whose arrival was never confirmed: (sent now, still failing)."""
    resent = failed = 0
    for record in unconfirmed(intake.db):
        try:
            intake.send_event(record)
            resent += 1
        except (DeliveryServiceUnreachable, CredentialsRejected):
            raise  # the whole pass cannot work
        except Exception as error:
            failed += 1
            log.warning(
                "re-sending the event of submission %s failed again: %s", record.submission_id, error, exc_info=True
            )
    return resent, failed


def _take_in(
    intake: Intake, listing: list[SubmissionRef], progress: Progress | None
) -> tuple[dict[IntakeResult, int], int, int]:
    """Counts per result, how many submissions the delivery service refused to hand out this time, and how many
    events did not reach it."""
    counts = _no_counts()
    failed = 0
    with (
        ThreadPoolExecutor(PREPARE_WORKERS, thread_name_prefix="sync-prepare") as preparing,
        ThreadPoolExecutor(EVENT_WORKERS, thread_name_prefix="sync-events") as sending,
    ):
        events = _EventSender(intake, sending)
        upcoming = iter(listing)
        known = known_submissions(intake.db, [ref.submission_id for ref in listing])
        window: deque[Future[PreparedSubmission]] = deque()

        def refill() -> None:
            while len(window) < PREFETCH:
                ref = next(upcoming, None)
                if ref is None:
                    return
                if ref.submission_id in known:
                    ready: Future[PreparedSubmission] = Future()
                    ready.set_result(PreparedSubmission(ref.submission_id, known=known[ref.submission_id]))
                    window.append(ready)
                else:
                    window.append(preparing.submit(intake.prepare, ref.submission_id, listed=ref, known_checked=True))

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
                finally:  # a failure of the whole pass ends it, once the ones before it are booked
                    for report in intake.book_many(batch) if batch else []:
                        counts[report.result] += 1
                        if report.record is not None and report.event_due:
                            events.send(report.record)
                events.book(wait=False)
                done += len(taken)
                if progress is not None:
                    progress(done, len(listing))
        finally:
            for waiting in window:
                waiting.cancel()
            events.settle()
    events.book(wait=True)
    return counts, failed, events.failed
