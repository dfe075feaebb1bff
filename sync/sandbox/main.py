"""``amtsstube sandbox``: run the local delivery service in the foreground until SIGINT or SIGTERM.

It provisions one destination with fresh keys, prints where to reach it and which credentials to use, optionally
writes the same as JSON (``--info FILE``; never the private keys), points the local app at itself (``--configure``,
through a hook the CLI supplies) and sends demo submissions (``--demo N``, through a hook as well).
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TextIO

from models.output_files import write_atomically
from models.paths import make_private_directory
from sync.fitconnect.crypto import KEY_SIZE, generate_signing_key
from sync.sandbox.model import PublicService
from sync.sandbox.provisioning import SandboxSetup, provision_destination
from sync.sandbox.server import LOOPBACK, SandboxServer
from sync.sandbox.state import SandboxState

ConfigureHook = Callable[[SandboxSetup], None]
"""Stores settings and keyring entries (client id, secret, both private keys) so the local app uses this sandbox."""

DemoHook = Callable[[int, SandboxSetup], None]
"""Sends ``n`` valid demo submissions to the provisioned destination (through the sandbox's sender side)."""


def run_sandbox(
    port: int,
    info_file: Path | None,
    configure: bool,
    demo: int,
    *,
    services: Sequence[PublicService] = (),
    configure_hook: ConfigureHook | None = None,
    demo_hook: DemoHook | None = None,
    admin_endpoints: bool = False,
    key_size: int = KEY_SIZE,
    out: TextIO | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Serve until a signal (or ``stop``) arrives; the exit code is 0 after a clean stop."""
    out = out or sys.stdout
    if configure and configure_hook is None:
        print("--configure needs a configure hook", file=sys.stderr)
        return 2
    if demo > 0 and demo_hook is None:
        print("--demo needs a demo hook", file=sys.stderr)
        return 2
    state = SandboxState(service_key=generate_signing_key(size=key_size))
    try:
        server = SandboxServer(state, host=LOOPBACK, port=port, admin_endpoints=admin_endpoints)
    except (OSError, SystemExit) as error:  # werkzeug exits on a port that is taken
        print(f"cannot listen on {LOOPBACK}:{port}: {error}", file=sys.stderr)
        return 1
    stop = stop or threading.Event()
    restore = _install_signal_handlers(stop)
    try:
        setup = provision_destination(state, server.base_url, services, key_size=key_size)
        server.start()
        _announce(setup, out)
        if configure and configure_hook is not None:
            configure_hook(setup)
            print("Die lokale Amtsstube ist auf diese Sandbox eingestellt.", file=out)
        if info_file is not None:  # the sign that the sandbox is ready: after the workstation is set up for it
            _write_info(info_file, setup)
        if demo > 0 and demo_hook is not None:
            demo_hook(demo, setup)
            print(f"{demo} Demo-Anträge eingereicht.", file=out)
        out.flush()
        stop.wait()
    finally:
        server.stop()
        restore()
    return 0


def _announce(setup: SandboxSetup, out: TextIO) -> None:
    print("FIT-Connect-Sandbox läuft (Strg+C beendet)", file=out)
    print(f"  Submission API:  {setup.submission_api}", file=out)
    print(f"  Token-URL:       {setup.token_url}", file=out)
    print(f"  Zustellpunkt:    {setup.destination_id}", file=out)
    print(f"  Subscriber:      {setup.subscriber.client_id} / {setup.subscriber.client_secret}", file=out)
    print(f"  Sender:          {setup.sender.client_id} / {setup.sender.client_secret}", file=out)


def _write_info(path: Path, setup: SandboxSetup) -> None:
    """Write atomically, so a process polling for the file never reads half of it; readable by the user only (it
    holds the client secrets), in a folder created ``0700`` if missing (the command checks it exists beforehand)."""
    make_private_directory(path.parent)
    write_atomically(path, (json.dumps(setup.info(), indent=2) + "\n").encode("utf-8"))


def _install_signal_handlers(stop: threading.Event) -> Callable[[], None]:
    if threading.current_thread() is not threading.main_thread():
        return lambda: None  # signals reach only the main thread; the caller stops us through the event

    def handle(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore
