"""A fixture that fails a test which leaves a thread running (a server, a task runner, a pool not shut down).

The root conftest imports it, so it applies to every test: ``from tests.support.threads import
no_dangling_threads``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_dangling_threads() -> Iterator[None]:
    """Fail the test if it leaves a worker thread running (every runner must be shut down)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    for thread in left:
        thread.join(timeout=2)
    left = [t for t in left if t.is_alive()]
    if left:
        pytest.fail(f"threads left running: {', '.join(t.name for t in left)}")
