"""A real local delivery service for the desktop's sync tests, and runners that give up quickly when it is down."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.sync.controller import SyncSchedule, SyncSource
from models.db import Database
from models.settings import FitConnectSettings
from sync.credentials import Credentials
from sync.fitconnect.retry import RetryPolicy
from sync.portal_demo.submissions import send_demo_submissions
from sync.runner import SyncRunner
from sync.sandbox.local_setup import credentials_of
from sync.sandbox.provisioning import SandboxSetup
from sync.sandbox.sender import SentSubmission
from tests.desktop.gui_helpers import open_main_window
from tests.sync.sandbox.helpers import RunningSandbox

#: The shape of the real policy with waits short enough for tests (a stopped sandbox fails within milliseconds).
FAST_RETRY = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.02, max_total_seconds=2, max_rate_limit_wait=0.1)
SERVICE_KEYS = ("bulky_waste_pickup", "dog_registration")  # what running_destination's destination offers


def fitconnect_of(setup: SandboxSetup, **changes: Any) -> FitConnectSettings:
    values: dict[str, Any] = {
        "token_url": setup.token_url,
        "submission_api": setup.submission_api,
        "destination_id": setup.destination_id,
    }
    values.update(changes)
    return FitConnectSettings(**values)


def fast_runner(db: Database, setup: SandboxSetup, credentials: Credentials | None = None) -> SyncRunner:
    """A runner as the application builds it, with the quick retry policy of the tests."""
    return SyncRunner(
        db, fitconnect_of(setup), credentials or credentials_of(setup), retry=FAST_RETRY, timeout=(2.0, 5.0)
    )


def sandbox_source(
    db: Database,
    setup: SandboxSetup,
    *,
    credentials: Credentials | None = None,
    schedule: SyncSchedule | None = None,
) -> SyncSource:
    wanted = schedule or SyncSchedule()
    return SyncSource(make_runner=lambda: fast_runner(db, setup, credentials), schedule=lambda: wanted)


def send_valid(sandbox: RunningSandbox, count: int, seed: int = 7) -> list[SentSubmission]:
    """Demo applications a portal sends (valid: each becomes a case)."""
    with sandbox.portal() as portal:
        return send_demo_submissions(portal, sandbox.setup, count, seed=seed, service_keys=SERVICE_KEYS)


def send_invalid(sandbox: RunningSandbox, count: int = 1) -> list[SentSubmission]:
    """Bulky-waste applications without a pickup address: intake rejects them (data-schema-violation)."""
    return sandbox.send(count)


def open_synced_window(
    qtbot: QtBot, workspace: Workspace, sandbox: RunningSandbox, *, schedule: SyncSchedule | None = None, **kw: Any
) -> MainWindow:
    source = sandbox_source(workspace.db, sandbox.setup, schedule=schedule, **kw)
    return open_main_window(qtbot, workspace, sync_source=source)


def write_jwk(path: Path, key: dict[str, Any]) -> Path:
    path.write_text(json.dumps(key), encoding="utf-8")
    return path
