"""Fixtures for the subscriber client tests: session keys, a sandbox per test, a fake clock, no dangling threads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from sync.fitconnect.client import SubscriberClient
from tests.sync.fitconnect.helpers import FakeTime, subscriber_client
from tests.sync.sandbox.helpers import RunningSandbox, SandboxKeys, running_destination


@pytest.fixture(scope="session")
def client_keys() -> SandboxKeys:
    return SandboxKeys.generate()


@pytest.fixture
def sandbox(client_keys: SandboxKeys) -> Iterator[RunningSandbox]:
    with running_destination(client_keys) as running:
        yield running


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(sandbox: RunningSandbox, fake_time: FakeTime) -> Iterator[Callable[..., SubscriberClient]]:
    """Clients for the test's sandbox (fake clock and sleep unless overridden), closed at the end of the test."""
    made: list[SubscriberClient] = []

    def make(**overrides: Any) -> SubscriberClient:
        client = subscriber_client(sandbox, fake_time, **overrides)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., SubscriberClient]) -> SubscriberClient:
    return make_client()
