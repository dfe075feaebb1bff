"""Fixtures for the demo-submission tests: a running sandbox whose destination offers the whole catalogue."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from sync.portal_demo.submissions import catalogue
from sync.sandbox.clock import AdjustableClock
from sync.sandbox.provisioning import provision_destination, services_from_catalogue
from sync.sandbox.server import SandboxServer
from sync.sandbox.state import SandboxState
from tests.sync.sandbox.helpers import START, RunningSandbox, SandboxKeys, running_destination


@pytest.fixture(scope="session")
def demo_keys() -> SandboxKeys:
    return SandboxKeys.generate()


@pytest.fixture
def town_hall(demo_keys: SandboxKeys) -> Iterator[RunningSandbox]:
    """A sandbox with one destination offering every catalogue service that has a portal identifier."""
    clock = AdjustableClock(START)
    state = SandboxState(clock=clock, service_key=demo_keys.service)
    entries = [entry for entry in catalogue().values() if entry.get("leika_id")]
    before = set(threading.enumerate())
    with SandboxServer(state) as server:
        setup = provision_destination(
            state,
            server.base_url,
            services_from_catalogue(entries),
            encryption_key=demo_keys.encryption,
            signing_key=demo_keys.signing,
        )
        yield RunningSandbox(state, clock, server, setup)
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in left:
        thread.join(timeout=2)
    assert not [t.name for t in left if t.is_alive()], "sandbox threads left running"


@pytest.fixture
def sandbox_with_two_services(demo_keys: SandboxKeys) -> Iterator[RunningSandbox]:
    """The sandbox tests' destination: it offers only bulky-waste pickup and dog registration."""
    with running_destination(demo_keys) as running:
        yield running
