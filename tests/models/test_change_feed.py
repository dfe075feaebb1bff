"""The change feed between two workstations (two Database objects, two connections) on SQLite and PostgreSQL:
claims, transitions and new cases reach the other within 2 s; a sync pass's new cases are announced to the others
only; a dropped LISTEN connection comes back and reports a resync with what changed meanwhile."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from models.case_status import CaseStatus
from models.change_announcements import announce_new_cases
from models.change_feed import APPLICATION_NAME, Backoff, ChangeBatch, ChangeFeed
from models.db import Database
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.support.factories import new_case

LIMIT = 2.0  # seconds from a change on one workstation to the other's feed


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second workstation on the same database."""
    second = Database(db.url)
    yield second
    second.dispose()


@pytest.fixture
def feed(other: Database) -> Iterator[ChangeFeed]:
    """The second workstation's feed, started (connected, counters read)."""
    change_feed = ChangeFeed(other, poll_seconds=0.1, backoff=Backoff(first=0.1, longest=0.5))
    try:
        assert change_feed.wait(0).connected
        yield change_feed
    finally:
        change_feed.close()


def collect(feed: ChangeFeed, until: float = LIMIT, *, done: object = None) -> list[ChangeBatch]:
    """Batches the feed reports within ``until`` seconds, until ``done(batches)`` is true."""
    deadline = time.monotonic() + until
    batches: list[ChangeBatch] = []
    while time.monotonic() < deadline:
        batch = feed.wait(max(0.0, deadline - time.monotonic()))
        if batch.news or not batch.connected:
            batches.append(batch)
        if callable(done) and done(batches):
            break
    return batches


def versions_seen(batches: list[ChangeBatch], case_id: int) -> list[int | None]:
    return [change.version for batch in batches for change in batch.cases if change.case_id == case_id]


def test_a_new_case_a_claim_and_a_transition_reach_the_other_workstation(
    db: Database, staff: Staff, feed: ChangeFeed
) -> None:
    started = time.monotonic()
    case = new_case(db, staff.system)
    batches = collect(feed, done=lambda b: case.version in versions_seen(b, case.id))
    assert case.version in versions_seen(batches, case.id)
    assert time.monotonic() - started < LIMIT

    claimed = claim_case(db, staff.clerk, case.id, expected_version=case.version)
    batches = collect(feed, done=lambda b: claimed.version in versions_seen(b, case.id))
    change = next(c for b in batches for c in b.cases if c.case_id == case.id and c.version == claimed.version)
    assert change.status == CaseStatus.IN_PROGRESS
    assert change.assignee_id == staff.clerk.user_id

    waiting = transition_case(db, staff.clerk, case.id, CaseStatus.WAITING_FOR_CITIZEN, expected_version=None).case
    batches = collect(feed, done=lambda b: waiting.version in versions_seen(b, case.id))
    assert waiting.version in versions_seen(batches, case.id)


def test_a_quiet_database_reports_nothing(db: Database, feed: ChangeFeed) -> None:
    assert collect(feed, 0.5) == []


def test_a_sync_announcement_reaches_the_others_and_not_the_workstation_that_synced(
    db: Database, other: Database, feed: ChangeFeed
) -> None:
    own = ChangeFeed(db, poll_seconds=0.1)
    try:
        assert own.wait(0).connected
        announce_new_cases(db, 12)
        batches = collect(feed, done=lambda b: sum(x.new_cases_announced for x in b) >= 12)
        assert sum(batch.new_cases_announced for batch in batches) == 12
        assert sum(batch.new_cases_announced for batch in collect(own, 0.5)) == 0
        announce_new_cases(other, 3)  # the second workstation syncs: the first one hears it, the second not
        assert sum(batch.new_cases_announced for batch in collect(own, done=lambda b: bool(b))) == 3
        assert sum(batch.new_cases_announced for batch in collect(feed, 0.5)) == 0
    finally:
        own.close()


def test_a_dropped_listen_connection_comes_back_with_a_resync_and_no_change_is_lost(
    postgres_db: Database, postgres_staff: Staff
) -> None:
    other = Database(postgres_db.url)
    feed = ChangeFeed(other, backoff=Backoff(first=0.2, longest=1.0))
    try:
        assert feed.wait(0).connected
        with postgres_db.engine.connect() as connection:
            terminated = connection.exec_driver_sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                f"WHERE application_name = '{APPLICATION_NAME}' AND datname = current_database()"
            ).scalar()
        assert terminated == 1
        case = new_case(postgres_db, postgres_staff.system)  # while the feed is cut off
        announce_new_cases(postgres_db, 7)  # another workstation's sync pass: missed by LISTEN, read from the counter
        announce_new_cases(other, 2)  # the feed's own workstation: not announced to itself
        batches = collect(feed, 5.0, done=lambda b: any(x.resync for x in b))
        assert not batches[0].connected
        resync = next(batch for batch in batches if batch.resync)
        assert resync.connected
        assert case.id in {change.case_id for change in resync.cases}
        assert sum(batch.new_cases_announced for batch in batches) == 7
        announce_new_cases(postgres_db, 4)  # heard again, once
        batches = collect(feed, done=lambda b: sum(x.new_cases_announced for x in b) >= 4)
        assert sum(batch.new_cases_announced for batch in batches + collect(feed, 0.5)) == 4
        claimed = claim_case(postgres_db, postgres_staff.clerk, case.id, expected_version=case.version)
        batches = collect(feed, done=lambda b: claimed.version in versions_seen(b, case.id))
        assert claimed.version in versions_seen(batches, case.id)  # listening again
    finally:
        feed.close()
        other.dispose()


def test_an_announcement_heard_after_the_counter_was_read_is_not_counted_twice(
    postgres_db: Database, postgres_staff: Staff
) -> None:
    """A sync pass that commits between the feed's LISTEN and its read of the counter is in the counter and its
    notification still comes: the feed counts it once. Notifications that cannot be read count nothing."""
    other = Database(postgres_db.url)
    feed = ChangeFeed(other, backoff=Backoff(first=0.1, longest=0.5))
    try:
        assert feed.wait(0).connected
        with postgres_db.engine.connect() as connection:
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE application_name = '{APPLICATION_NAME}' AND datname = current_database()"
            )
        assert not collect(feed, done=lambda b: bool(b))[0].connected  # the drop noticed, not yet back
        original = feed._sync_total

        def announced_while_reconnecting() -> int:
            announce_new_cases(postgres_db, 5)  # after LISTEN, before the read: counted and still notified
            return original()

        feed._sync_total = announced_while_reconnecting  # type: ignore[method-assign]
        batches = collect(feed, 3.0, done=lambda b: any(x.resync for x in b))
        feed._sync_total = original  # type: ignore[method-assign]
        batches += collect(feed, 0.5)
        assert sum(batch.new_cases_announced for batch in batches) == 5
        with postgres_db.engine.connect() as connection:
            for payload in ('{"count": -9, "origin": "x"}', "[1, 2]", '"12"', '{"count": "many"}', "{"):
                connection.exec_driver_sql("SELECT pg_notify('amtsstube_sync', %s)", (payload,))
            connection.commit()
        assert sum(batch.new_cases_announced for batch in collect(feed, 0.5)) == 0
    finally:
        feed.close()
        other.dispose()


def test_interrupt_ends_a_wait_at_once(db: Database, feed: ChangeFeed) -> None:
    feed.interrupt()
    started = time.monotonic()
    assert not feed.wait(5.0).news
    assert time.monotonic() - started < 1.0
