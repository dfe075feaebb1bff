"""The demo mode's own FIT-Connect (``amtsstube gui --demo``, ``make run``): a local delivery service in this process.

At start it serves the sandbox on a loopback port and provisions a destination offering the catalogue's services
with fresh keys. The sync controller gets runners built from that setup with the credentials in memory, so the demo
needs no keyring and changes none of the workstation's settings. Before the first sync after login a citizens'
portal sends a dozen realistic demo applications through the sandbox's sender side, which that sync brings into the
queue -- but only into a database that has taken in no online application yet: the demo database of every later
start already holds them, and a second ``make run`` must not add another dozen. Everything is stopped when the
application ends.
"""

from __future__ import annotations

import logging
import threading

from desktop.core.tasks import report_progress
from desktop.core.translations import translate
from desktop.sync.controller import SyncSchedule, SyncSource
from models.db import Database
from models.demo.portal_residents import registered_households
from models.operations.intake_book import intake_book_is_empty
from models.settings import FitConnectSettings
from sync.fitconnect.crypto import KEY_SIZE, KeyPair, generate_signing_key
from sync.fitconnect.errors import DeliveryServiceUnreachable
from sync.portal_demo.submissions import send_demo_submissions
from sync.runner import SyncRunner
from sync.sandbox.local_setup import catalogue_services, credentials_of
from sync.sandbox.provisioning import SandboxSetup, provision_destination
from sync.sandbox.sender import SenderClient
from sync.sandbox.server import LOOPBACK, SandboxServer
from sync.sandbox.state import SandboxState

log = logging.getLogger(__name__)

DEMO_SUBMISSIONS = 12
DEMO_INTERVAL_MINUTES = 10
STEPS = 2


class DemoDeliveryService:
    """Start with :meth:`start` on a worker (it takes seconds: RSA keys), stop with :meth:`stop` at the end."""

    steps = STEPS  # the progress steps :meth:`start` reports

    def __init__(
        self,
        *,
        count: int = DEMO_SUBMISSIONS,
        seed: int = 0,
        port: int = 0,
        key_size: int = KEY_SIZE,
        keys: tuple[KeyPair, KeyPair, KeyPair] | None = None,  # service, encryption, signing (tests reuse them)
    ) -> None:
        self.count = count
        self.seed = seed
        self.port = port
        self.key_size = key_size
        self.keys = keys
        self.server: SandboxServer | None = None
        self.setup: SandboxSetup | None = None
        self.failure: str | None = None  # why the start failed, for the sync's message
        self.sent = 0  # demo applications the portal has sent (none into a database that has some already)
        self._portal_done = False  # the portal has decided whether to send (once per start)
        self._lock = threading.Lock()

    def start(self) -> SandboxSetup:
        """Serve and provision; reports progress steps 0..STEPS. The applications follow with the first sync."""
        try:
            return self._start()
        except Exception as error:
            self.failure = f"{type(error).__name__}: {error}"
            log.exception("the demo delivery service did not start")
            raise

    def _start(self) -> SandboxSetup:
        report_progress(translate("DemoDelivery", "Starting the local FIT-Connect delivery service…"), 0, STEPS)
        service_key, encryption, signing = self.keys or (generate_signing_key(size=self.key_size), None, None)
        state = SandboxState(service_key=service_key)
        server = SandboxServer(state, host=LOOPBACK, port=self.port)
        with self._lock:
            self.server = server
        server.start()
        report_progress(translate("DemoDelivery", "Creating the keys of the demo destination…"), 1, STEPS)
        setup = provision_destination(
            state,
            server.base_url,
            catalogue_services(),
            key_size=self.key_size,
            encryption_key=encryption,
            signing_key=signing,
        )
        log.info("demo delivery service at %s", server.base_url)
        self.setup = setup
        report_progress(translate("DemoDelivery", "The local delivery service is ready."), STEPS, STEPS)
        return setup

    def send_demo_applications(self, db: Database) -> int:
        """The portal sends the demo applications, once, if ``db`` has taken in none yet; returns how many it sent.

        Runs on the network lane before the first pass (the database is prepared by then).
        """
        setup = self.setup
        if setup is None or self._portal_done:
            return 0
        if not intake_book_is_empty(db):
            log.info("the database has taken in online applications before: the demo portal sends none")
            self._portal_done = True
            return 0
        sender = setup.sender
        with SenderClient(setup.submission_api, setup.token_url, sender.client_id, sender.client_secret) as client:
            send_demo_submissions(client, setup, self.count, seed=self.seed, households=registered_households(db))
        self._portal_done = True
        self.sent = self.count
        log.info("the demo portal has sent %d applications (seed %d)", self.count, self.seed)
        return self.count

    def stop(self) -> None:
        with self._lock:
            server, self.server = self.server, None
        if server is not None:
            server.stop()

    def fitconnect_settings(self) -> FitConnectSettings:
        setup = self.setup
        assert setup is not None
        return FitConnectSettings(
            token_url=setup.token_url,
            submission_api=setup.submission_api,
            destination_id=setup.destination_id,
            sync_interval_minutes=DEMO_INTERVAL_MINUTES,
            sync_on_start=True,
        )

    def make_runner(self, db: Database) -> SyncRunner:
        """Called on the network lane, after :meth:`start` (the lane runs one thing after the other)."""
        setup = self.setup
        if setup is None:
            raise DeliveryServiceUnreachable(
                LOOPBACK,
                reason="connection",
                attempts=0,
                detail=self.failure or "the demo delivery service is not running",
            )
        self.send_demo_applications(db)
        return SyncRunner(db, self.fitconnect_settings(), credentials_of(setup))

    def source(self, db: Database) -> SyncSource:
        base_url = self.server.base_url if self.server is not None else f"http://{LOOPBACK}"
        return SyncSource(
            make_runner=lambda: self.make_runner(db),
            schedule=lambda: SyncSchedule.every(DEMO_INTERVAL_MINUTES, on_start=True),
            description=translate(
                "DemoDelivery",
                "Demo mode: this session fetches from the local delivery service at {url}, with access data held in "
                "memory only. What you save here applies when Amtsstube starts without the demo mode.",
            ).format(url=base_url),
        )
