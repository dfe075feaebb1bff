"""When and how long to wait before repeating a request to the delivery service.

Exponential backoff with full jitter (a random wait between 0 and ``base · 2^(attempt-1)``, capped) for 5xx answers,
timeouts and broken connections; for 429 (and 503 with a hint) the wait the service announces in ``Retry-After`` or
``RateLimit-Reset``, capped. Attempts and the total time are both bounded, so a request loop always ends.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

# 501 Not Implemented and 505 HTTP Version Not Supported will not get better by asking again.
_PERMANENT_SERVER_ERRORS = frozenset({501, 505})
_EPOCH_THRESHOLD = 1_000_000_000  # a RateLimit-Reset this large is a Unix time (older X-RateLimit style), not seconds


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds of the retry loop around every request (defaults suit a background sync pass)."""

    max_attempts: int = 8  # requests per call, the first one included
    base_delay: float = 0.5  # seconds; the backoff ceiling doubles from here with every attempt
    max_delay: float = 10.0  # cap of one backoff wait
    max_total_seconds: float = 90.0  # no further attempt is started once waiting would cross this budget
    max_rate_limit_wait: float = 60.0  # cap of a wait announced by the service (Retry-After, RateLimit-Reset)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        for name in ("base_delay", "max_delay", "max_total_seconds", "max_rate_limit_wait"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")

    def backoff(self, attempt: int, draw: float) -> float:
        """Full-jitter wait after failed attempt number ``attempt`` (1-based); ``draw`` is uniform in [0, 1)."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** min(attempt - 1, 62))
        return max(0.0, min(1.0, draw)) * ceiling

    def wait_after_status(self, status: int, headers: Mapping[str, str], attempt: int, draw: float) -> float:
        """The wait after a retryable status: what the service announces (capped) if anything, else the backoff.

        On 429 both ``Retry-After`` and ``RateLimit-Reset`` count; on 503 only ``Retry-After`` (every answer carries
        ``RateLimit-Reset``, which then only describes the quota window, not a reason to wait).
        """
        announced = announced_wait(headers) if status == 429 else _retry_after(headers.get("Retry-After"), time.time)
        if announced is not None and announced > 0 and status in (429, 503):
            return min(announced, self.max_rate_limit_wait)
        return self.backoff(attempt, draw)


def is_retryable_status(status: int) -> bool:
    return status in (408, 429) or (500 <= status <= 599 and status not in _PERMANENT_SERVER_ERRORS)


def announced_wait(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds the service asks us to wait, from ``Retry-After`` (seconds or HTTP date) and ``RateLimit-Reset``.

    With both present the longer wait wins; None when neither is present or readable.
    """
    waits = [
        wait
        for wait in (
            _retry_after(headers.get("Retry-After"), now),
            _rate_limit_reset(headers.get("RateLimit-Reset"), now),
        )
        if wait is not None
    ]
    return max(waits) if waits else None


def _retry_after(value: str | None, now: Callable[[], float]) -> float | None:
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - now())


def _rate_limit_reset(value: str | None, now: Callable[[], float]) -> float | None:
    seconds = _seconds(value) if value is not None else None
    if seconds is None:
        return None
    if seconds >= _EPOCH_THRESHOLD:
        return max(0.0, seconds - now())
    return seconds


def _seconds(value: str) -> float | None:
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds
