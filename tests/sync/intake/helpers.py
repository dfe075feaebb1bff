"""A sandbox destination offering the whole catalogue, and the pieces to sync from it in-process or as a command."""

from __future__ import annotations

import dataclasses
import os
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring

from models import settings
from models.db import Database
from sync import credentials as keyring_credentials
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.retry import RetryPolicy
from sync.intake import Intake
from sync.portal_demo.submissions import DemoSubmission, demo_submission, send_demo
from sync.sandbox.clock import AdjustableClock
from sync.sandbox.local_setup import catalogue_services, credentials_of
from sync.sandbox.model import LoggedEvent, PublicService
from sync.sandbox.provisioning import SandboxSetup, provision_destination
from sync.sandbox.sender import SenderClient, SentSubmission
from sync.sandbox.server import SandboxServer
from sync.sandbox.state import SandboxState
from tests.support.memory_keyring import SEED_ENV, MemoryKeyring
from tests.sync.sandbox.helpers import START, SandboxKeys

REPO = Path(__file__).resolve().parents[3]
AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))
ACCEPT = "https://schema.fitko.de/fit-connect/events/accept-submission"
REJECT = "https://schema.fitko.de/fit-connect/events/reject-submission"
#: Quick retries for tests: the policy's shape (backoff, jitter, Retry-After) stays, the waits are short.
FAST_RETRY = RetryPolicy(
    max_attempts=12, base_delay=0.005, max_delay=0.05, max_total_seconds=30, max_rate_limit_wait=0.1
)


@dataclass
class Destination:
    state: SandboxState
    clock: AdjustableClock
    server: SandboxServer
    setup: SandboxSetup
    keys: SandboxKeys

    def sender(self) -> SenderClient:
        s = self.setup.sender
        return SenderClient(self.setup.submission_api, self.setup.token_url, s.client_id, s.client_secret)

    def send_demo(self, service_key: str, seed: int = 1, **kwargs: Any) -> tuple[DemoSubmission, SentSubmission]:
        demo = demo_submission(random.Random(seed), service_key, today=START.date())
        if kwargs:
            demo = dataclasses.replace(demo, **kwargs)
        with self.sender() as sender:
            return demo, send_demo(sender, self.setup.destination_id, demo)

    def client(self, **overrides: Any) -> SubscriberClient:
        s = self.setup.subscriber
        options: dict[str, Any] = {"retry": FAST_RETRY, "timeout": (2.0, 2.0)}
        options.update(overrides)
        return SubscriberClient(
            submission_api=self.setup.submission_api,
            token_url=self.setup.token_url,
            client_id=s.client_id,
            client_secret=s.client_secret,
            **options,
        )

    def intake(self, db: Database, client: SubscriberClient) -> Intake:
        return Intake(db, client, credentials_of(self.setup), self.setup.destination_id)

    def decisions(self, event: str) -> list[LoggedEvent]:
        """Every accept (or reject) event the subscriber sent, in the order the delivery service logged them."""
        return [e for e in self.state.all_events() if e.event == event and e.issuer == self.setup.destination_id]


#: A service the town's portal offers at its destination that Amtsstube's catalogue does not know (yet).
PORTAL_ONLY_SERVICE = PublicService(
    name="Baumschnitt-Abholung",
    identifier="urn:de:fim:leika:leistung:99123456789000",
    schema_uri="https://schema.example.org/baumschnitt/1.0.schema.json",
)


@contextmanager
def catalogue_destination(keys: SandboxKeys) -> Iterator[Destination]:
    clock = AdjustableClock(START)
    state = SandboxState(clock=clock, service_key=keys.service)
    with SandboxServer(state, admin_endpoints=True) as server:
        setup = provision_destination(
            state,
            server.base_url,
            [*catalogue_services(), PORTAL_ONLY_SERVICE],
            encryption_key=keys.encryption,
            signing_key=keys.signing,
        )
        yield Destination(state, clock, server, setup, keys)


def configure_workstation(destination: Destination, backend: MemoryKeyring) -> dict[str, str]:
    """Point this test's workstation (XDG dirs, keyring) at the sandbox; returns the env for a child process."""
    current = settings.load()
    fitconnect = dataclasses.replace(
        current.fitconnect,
        token_url=destination.setup.token_url,
        submission_api=destination.setup.submission_api,
        destination_id=destination.setup.destination_id,
    )
    settings.save(dataclasses.replace(current, fitconnect=fitconnect))
    assert keyring.get_keyring() is backend
    keyring_credentials.store(credentials_of(destination.setup))
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.SeededKeyring",
        SEED_ENV: backend.export_seed(),
        "PYTHONPATH": str(REPO),
    }
