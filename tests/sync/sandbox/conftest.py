"""Fixtures for the local delivery service tests: session keys, a running sandbox per test, no dangling threads."""

from __future__ import annotations

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
