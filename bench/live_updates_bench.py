"""How soon another workstation hears of a change (issue 14, item 4: the queue updates within 2 s).

Two workstations are two Database objects on one database. Workstation A claims and releases a case in turn; a
thread of workstation B waits on its change feed (PostgreSQL: LISTEN/NOTIFY; SQLite: the counter read every
second) and notes when the case's new version arrives. On SQLite each step comes at a random moment of the poll
interval (a step right after a read would wait the whole interval, one right before it hardly at all). Ours: from
the start of A's step to B's feed having it (the step's own commit included). Baselines in the same run: a bare
``SELECT 1`` round trip of B, and A's step alone. Run alone with ``python -m bench.live_updates_bench``.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Callable

from bench.person_search_bench import _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import system_actor
from models.cases import Channel
from models.change_feed import POLL_SECONDS, ChangeFeed
from models.db import Database
from models.migrate import upgrade
from models.operations.case_creation import ApplicantInput, NewCase, create_case
from models.operations.catalogue import ensure_catalogue
from models.operations.claims import claim_case, release_case
from models.operations.users import authenticate, create_user
from models.roles import Role

RUNS = {"PostgreSQL": 21, "SQLite": 11}
PASSWORD = "Akten-Regal-4711"


class _Listener:
    """B's feed on a thread: the moment each (case, version) arrived."""

    def __init__(self, db: Database) -> None:
        self.feed = ChangeFeed(db)
        self.arrived: dict[tuple[int, int | None], float] = {}
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self.feed.wait(0)  # connected, counters read
        self._thread = threading.Thread(target=self._run, name="bench-feed")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            batch = self.feed.wait(1.0)
            now = time.perf_counter()
            with self._changed:
                for change in batch.cases:
                    self.arrived.setdefault((change.case_id, change.version), now)
                self._changed.notify_all()

    def wait_for(self, case_id: int, version: int, timeout: float = 5.0) -> float:
        with self._changed:
            self._changed.wait_for(lambda: (case_id, version) in self.arrived, timeout)
            return self.arrived[(case_id, version)]

    def close(self) -> None:
        self._stop.set()
        self.feed.interrupt()
        self._thread.join()
        self.feed.close()


def _bench(db: Database, kind: str) -> None:
    upgrade(db)
    ensure_catalogue(db)
    system = system_actor("bench")
    create_user(db, system, "anna", "Anna Schmitz", frozenset({Role.CLERK}), password=PASSWORD)
    clerk = authenticate(db, "anna", PASSWORD)
    case = create_case(
        db,
        system,
        NewCase(
            service_key="dog_tag_replacement",  # a service handled generically
            applicant=ApplicantInput(
                given_names="Anna",
                family_name="Beispiel",
                street="Lindenweg",
                house_number="4",
                postcode="59999",
                city="Lindenbrück",
            ),
            form_data={"anliegen": "Ersatzmarke"},
            channel=Channel.ONLINE,
        ),
    )
    other = Database(db.url)
    listener = _Listener(other)
    steps: list[Callable[[], int]] = [
        lambda: claim_case(db, clerk, case.id).version,
        lambda: release_case(db, clerk, case.id).version,
    ]
    latencies, step_times = [], []
    try:
        for run in range(RUNS[kind]):
            if db.is_sqlite:  # at a random moment of the poll interval, as another clerk's step comes
                time.sleep(random.uniform(0, POLL_SECONDS))
            started = time.perf_counter()
            version = steps[run % 2]()
            step_times.append(time.perf_counter() - started)
            latencies.append(listener.wait_for(case.id, version) - started)
    finally:
        listener.close()

    def round_trip() -> None:
        with other.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1").scalar()

    baseline = median_seconds(round_trip, runs=21)
    ours = statistics.median(latencies)
    report(f"{kind}: change -> other workstation's feed", ours, baseline)
    print(
        f"{'':<48} A's step alone {statistics.median(step_times) * 1000:.1f} ms, "
        f"slowest delivery {max(latencies) * 1000:.0f} ms of {len(latencies)}"
    )
    other.dispose()


def main() -> None:
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL")
    with _sqlite() as db:
        _bench(db, "SQLite")


if __name__ == "__main__":
    main()
