"""Fixtures for intake tests: keys once per session, a sandbox destination offering the whole catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.intake.helpers import Destination, catalogue_destination
from tests.sync.sandbox.helpers import SandboxKeys


@pytest.fixture(scope="session")
def intake_keys() -> SandboxKeys:
    return SandboxKeys.generate()


@pytest.fixture
def destination(intake_keys: SandboxKeys) -> Iterator[Destination]:
    with catalogue_destination(intake_keys) as running:
        yield running
