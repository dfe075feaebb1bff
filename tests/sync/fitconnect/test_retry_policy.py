"""The retry policy on its own: which statuses, how long, which announced waits count."""

from __future__ import annotations

import pytest

from sync.fitconnect.retry import RetryPolicy, announced_wait, is_retryable_status

NOW = 1_780_000_000.0  # a fixed "wall clock" for HTTP dates and epoch resets


def test_retryable_statuses() -> None:
    assert [s for s in (400, 401, 403, 404, 408, 409, 422, 429) if is_retryable_status(s)] == [408, 429]
    assert [s for s in (500, 501, 502, 503, 504, 505) if is_retryable_status(s)] == [500, 502, 503, 504]


def test_full_jitter_backoff() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=10.0)

    assert [policy.backoff(attempt, 1.0) for attempt in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    assert policy.backoff(3, 0.0) == 0.0
    assert policy.backoff(3, 0.25) == 0.5
    assert policy.backoff(10_000, 1.0) == 10.0  # no overflow


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({}, None),
        ({"Retry-After": "7"}, 7.0),
        ({"RateLimit-Reset": "12"}, 12.0),
        ({"Retry-After": "7", "RateLimit-Reset": "12"}, 12.0),
        ({"Retry-After": "Thu, 01 Jan 2026 00:00:10 GMT"}, None),  # computed below against NOW
        ({"RateLimit-Reset": str(int(NOW) + 42)}, 42.0),  # a Unix time, as older services send it
        ({"Retry-After": "soon", "RateLimit-Reset": "-3"}, None),
        ({"Retry-After": "nan"}, None),
    ],
)
def test_announced_waits(headers: dict[str, str], wait: float | None) -> None:
    if "GMT" in headers.get("Retry-After", ""):
        assert announced_wait(headers, now=lambda: 1_767_225_600.0) == 10.0  # 2026-01-01T00:00:00Z
        assert announced_wait(headers, now=lambda: NOW) == 0.0  # a date in the past: no wait
    else:
        assert announced_wait(headers, now=lambda: NOW) == wait


def test_waits_after_statuses() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0, max_rate_limit_wait=30.0)
    quota = {"RateLimit-Reset": "25"}

    assert policy.wait_after_status(429, quota, 1, 0.5) == 25.0
    assert policy.wait_after_status(429, {"Retry-After": "90"}, 1, 0.5) == 30.0  # capped
    assert policy.wait_after_status(429, {"RateLimit-Reset": "0"}, 2, 0.5) == 1.0  # nothing announced: backoff
    assert policy.wait_after_status(503, {"Retry-After": "4", **quota}, 1, 0.5) == 4.0
    assert policy.wait_after_status(503, quota, 3, 0.5) == 2.0  # the quota window is no reason to wait on a 503
    assert policy.wait_after_status(500, {"Retry-After": "4"}, 1, 0.5) == 0.5


@pytest.mark.parametrize(
    "arguments", [{"max_attempts": 0}, {"base_delay": -1}, {"max_total_seconds": -1}, {"max_rate_limit_wait": -1}]
)
def test_invalid_policies(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must"):
        RetryPolicy(**arguments)  # type: ignore[arg-type]
