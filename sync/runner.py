"""Running sync passes for a workstation or a server: built from the settings and the keyring."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from models import settings as settings_module
from models.db import Database
from models.errors import AmtsstubeError
from models.settings import FitConnectSettings
from sync import credentials as credentials_module
from sync.credentials import Credentials
from sync.errors import SyncNotConfigured
from sync.fitconnect.client import DEFAULT_RETRY, DEFAULT_TIMEOUT, SubscriberClient
from sync.fitconnect.retry import RetryPolicy
from sync.intake import Intake
from sync.sync_pass import Progress, SyncSummary, run_pass

log = logging.getLogger(__name__)


class SyncRunner:
    def __init__(
        self,
        db: Database,
        fitconnect: FitConnectSettings,
        credentials: Credentials,
        *,
        retry: RetryPolicy = DEFAULT_RETRY,
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        if not fitconnect.configured:
            raise SyncNotConfigured()
        assert fitconnect.submission_api
        assert fitconnect.token_url
        assert fitconnect.destination_id
        self.db = db
        self.fitconnect = fitconnect
        self.client = SubscriberClient(
            submission_api=fitconnect.submission_api,
            token_url=fitconnect.token_url,
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            ca_bundle=fitconnect.ca_bundle,
            retry=retry,
            timeout=timeout,
        )
        self.intake = Intake(db, self.client, credentials, fitconnect.destination_id)

    @classmethod
    def from_settings(cls, db: Database) -> SyncRunner:
        fitconnect = settings_module.load().fitconnect
        if not fitconnect.configured:
            raise SyncNotConfigured()
        return cls(db, fitconnect, credentials_module.load())

    def close(self) -> None:
        """Release the HTTP connections (the runner is not used afterwards)."""
        self.client.close()

    def run_once(self, progress: Progress | None = None) -> SyncSummary:
        return run_pass(self.db, self.client, self.intake, progress=progress)

    def run_forever(self, *, interval_seconds: float | None = None, stop: threading.Event | None = None) -> int:
        """``amtsstube sync --loop``: a pass every interval until SIGTERM/SIGINT; failures wait for the next one."""
        stop = stop or threading.Event()
        interval = interval_seconds or self.fitconnect.sync_interval_minutes * 60

        def request_stop(_signum: int, _frame: FrameType | None) -> None:
            stop.set()

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, request_stop)
            signal.signal(signal.SIGINT, request_stop)
        while not stop.is_set():
            try:
                log.info(describe(self.run_once()))
            except AmtsstubeError as error:
                log.warning("sync pass failed, next try in %.0f s: %s", interval, error)
            stop.wait(interval)
        return 0

    @staticmethod
    def describe(summary: SyncSummary) -> str:
        return describe(summary)


def describe(summary: SyncSummary) -> str:
    """German one-line result for the command line and the log (the GUI words it through Qt's tr())."""
    if not summary.ran:
        return "Ein anderer Arbeitsplatz synchronisiert gerade; dieser Durchlauf wurde übersprungen."
    parts = [
        f"{summary.new_cases} neue Vorgänge" if summary.new_cases != 1 else "1 neuer Vorgang",
        f"{summary.rejected} abgelehnt",
    ]
    if summary.already_known:
        parts.append(f"{summary.already_known} bereits bekannt")
    if summary.held:
        parts.append(f"{summary.held} zurückgestellt (technischer Fehler, siehe Protokoll; nächster Durchlauf)")
    if summary.failed:
        parts.append(f"{summary.failed} nicht abholbar (nächster Durchlauf)")
    if summary.events_resent:
        parts.append(f"{summary.events_resent} Bestätigungen nachgesendet")
    if summary.events_failed:
        parts.append(f"{summary.events_failed} Bestätigungen nicht zugestellt (nächster Durchlauf)")
    return ", ".join(parts) + f" ({summary.listed} abgeholt, {summary.requests} Anfragen, {summary.seconds:.1f} s)"
