"""Fixtures for the local delivery service tests: session keys, a running sandbox per test, no dangling threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from tests.sync.sandbox.helpers import RunningSandbox, SandboxKeys, running_destination


@pytest.fixture(scope="session")
def sandbox_keys() -> SandboxKeys:
    return SandboxKeys.generate()


@pytest.fixture
def sandbox(sandbox_keys: SandboxKeys) -> Iterator[RunningSandbox]:
    with running_destination(sandbox_keys) as running:
        yield running


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Stopping the sandbox must end its server thread and every request thread."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in left:
        thread.join(timeout=2)
    left = [t for t in left if t.is_alive()]
    if left:
        pytest.fail(f"threads left running: {', '.join(t.name for t in left)}")
