"""The sandbox's notion of "now": real time or a fixed start, plus an offset that tests move forward.

Token expiry, SET ``iat`` values and the 14-day automatic rejection all read this clock, so a test can jump two weeks
ahead in one call instead of waiting.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AdjustableClock:
    """Timezone-aware UTC time that can be advanced (never moved back).

    With ``start`` the clock stands still at that moment until advanced (fully deterministic tests); without it the
    clock follows the system time plus the accumulated offset.
    """

    def __init__(self, start: dt.datetime | None = None, *, source: Callable[[], dt.datetime] = _system_now) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._start = start
        self._source = source
        self._offset = dt.timedelta()
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            base = self._start if self._start is not None else self._source()
            return base + self._offset

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        if delta < dt.timedelta():
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += delta
        return self.now()
