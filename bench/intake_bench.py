"""Intake throughput: 500 submissions, each with one 100 KB attachment, from the local delivery service on loopback.

The delivery service runs in its own process, as it would on its own server; the measured process does only what
a workstation does.

Baseline (same run, same machine): decrypting the very same JWEs (metadata, data, attachment) in a loop, with no
HTTP and no database — the bound a subscriber cannot beat. Also the cost of a pass that finds nothing new.
Keys are RSA-4096, as in production.
"""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

from bench.timing import median_seconds
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.crypto import KeyPair, decrypt, generate_encryption_key, generate_signing_key
from sync.intake import Intake
from sync.portal_demo.submissions import send_benchmark_submissions
from sync.sandbox.local_setup import catalogue_services, credentials_of
from sync.sandbox.provisioning import SandboxSetup, provision_destination
from sync.sandbox.sender import SenderClient, SentSubmission
from sync.sandbox.server import SandboxServer
from sync.sandbox.state import SandboxState
from sync.sync_pass import run_pass

SUBMISSIONS = 500
RUNS = 3


def _fresh_db(folder: Path, name: str) -> Database:
    db = Database(f"sqlite:///{folder / name}")
    upgrade(db)
    ensure_catalogue(db)
    return db


def _client(setup: SandboxSetup) -> SubscriberClient:
    s = setup.subscriber
    return SubscriberClient(
        submission_api=setup.submission_api,
        token_url=setup.token_url,
        client_id=s.client_id,
        client_secret=s.client_secret,
    )


def _serve(keys: tuple[KeyPair, KeyPair, KeyPair], ready: Queue[SandboxSetup], stop: Event) -> None:
    """The delivery service's process: one destination, served until the benchmark sets ``stop``."""
    service, encryption, signing = keys
    state = SandboxState(service_key=service)
    with SandboxServer(state) as server:
        ready.put(
            provision_destination(
                state, server.base_url, catalogue_services(), encryption_key=encryption, signing_key=signing
            )
        )
        stop.wait()


@contextmanager
def _delivery_service(keys: tuple[KeyPair, KeyPair, KeyPair]) -> Iterator[SandboxSetup]:
    context = multiprocessing.get_context("spawn")
    ready: Queue[SandboxSetup] = context.Queue()
    stop = context.Event()
    process = context.Process(target=_serve, args=(keys, ready, stop), daemon=True)
    process.start()
    try:
        yield ready.get(timeout=120)
    finally:
        stop.set()
        process.join(timeout=30)


def _one_run(keys: tuple[KeyPair, KeyPair, KeyPair], folder: Path, run: int) -> tuple[float, float, int, float]:
    with _delivery_service(keys) as setup:
        sender_credentials = setup.sender
        with SenderClient(
            setup.submission_api, setup.token_url, sender_credentials.client_id, sender_credentials.client_secret
        ) as sender:
            sent = send_benchmark_submissions(sender, setup, SUBMISSIONS, seed=run)
        db = _fresh_db(folder, f"run{run}.sqlite3")
        with _client(setup) as client:
            intake = Intake(db, client, credentials_of(setup), setup.destination_id)
            started = time.perf_counter()
            summary = run_pass(db, client, intake)
            ingest = time.perf_counter() - started
            assert summary.new_cases == SUBMISSIONS, summary
            empty_times = []
            requests = []
            for _ in range(7):
                before = client.requests_made
                t0 = time.perf_counter()
                empty = run_pass(db, client, intake)
                empty_times.append(time.perf_counter() - t0)
                requests.append(client.requests_made - before)
                assert empty.new_cases == 0
        db.dispose()
    baseline = median_seconds(lambda: _decrypt_all(sent, setup), runs=3, warmup=0)
    return ingest, baseline, max(requests), statistics.median(empty_times)


def _decrypt_all(sent: list[SentSubmission], setup: SandboxSetup) -> None:
    keys = {setup.encryption_kid: setup.decryption_key}
    for submission in sent:
        content = submission.content
        decrypt(content.encrypted_metadata, keys)
        decrypt(content.encrypted_data, keys)
        for jwe in content.encrypted_attachments.values():
            decrypt(jwe, keys)


def main() -> None:
    print(f"intake ({SUBMISSIONS} submissions with one 100 KB attachment each, RSA-4096, SQLite, loopback HTTP)")
    keys = (generate_signing_key(), generate_encryption_key(), generate_signing_key())
    with tempfile.TemporaryDirectory() as tmp:
        results = [_one_run(keys, Path(tmp), run) for run in range(RUNS)]
    ingest = statistics.median(r[0] for r in results)
    baseline = statistics.median(r[1] for r in results)
    ours_rate = SUBMISSIONS / ingest
    bound_rate = SUBMISSIONS / baseline
    print(
        f"  sync pass {ours_rate:8.1f} submissions/s (median of {RUNS}: {ingest:.2f} s)   "
        f"decrypt-only baseline {bound_rate:8.1f} submissions/s   ratio {ours_rate / bound_rate:.2f} (target ≥ 0.5)"
    )
    requests = max(r[2] for r in results)
    empty_ms = statistics.median(r[3] for r in results) * 1000
    print(f"  empty pass: {requests} request(s), median {empty_ms:.1f} ms (targets ≤ 2 requests, ≤ 50 ms)")


if __name__ == "__main__":
    main()
