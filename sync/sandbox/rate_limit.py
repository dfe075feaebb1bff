"""A fixed-window request limit per API client, reported on every answer as ``RateLimit-*`` headers.

The window runs on a monotonic timer, not on the sandbox clock: jumping the sandbox two weeks ahead must not hand
every client a fresh allowance, and a frozen test clock must not freeze the window.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimitSettings:
    limit: int = 5000  # requests per window and client
    window_seconds: float = 60.0

    def __post_init__(self) -> None:
        if self.limit < 1 or self.window_seconds <= 0:
            raise ValueError("the rate limit needs a positive limit and window")


@dataclass(frozen=True)
class RateLimitStatus:
    limit: int
    remaining: int
    reset_seconds: int
    exceeded: bool

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_seconds),
        }


class RateLimiter:
    def __init__(self, settings: RateLimitSettings | None = None, *, timer: Callable[[], float] = time.monotonic):
        self._settings = settings or RateLimitSettings()
        self._timer = timer
        self._windows: dict[str, tuple[float, int]] = {}  # key → (window start, requests counted)
        self._lock = threading.Lock()

    @property
    def settings(self) -> RateLimitSettings:
        with self._lock:
            return self._settings

    def configure(self, settings: RateLimitSettings) -> None:
        with self._lock:
            self._settings = settings
            self._windows.clear()

    def hit(self, key: str) -> RateLimitStatus:
        """Count one request of ``key`` and tell whether it is still within the limit."""
        with self._lock:
            settings = self._settings
            now = self._timer()
            start, count = self._windows.get(key, (now, 0))
            if now - start >= settings.window_seconds:
                start, count = now, 0
            count += 1
            self._windows[key] = (start, count)
            reset = max(0, math.ceil(start + settings.window_seconds - now))
            return RateLimitStatus(
                limit=settings.limit,
                remaining=max(0, settings.limit - count),
                reset_seconds=reset,
                exceeded=count > settings.limit,
            )
