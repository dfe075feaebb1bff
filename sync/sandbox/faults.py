"""Switchable faults, so tests can prove that clients survive a misbehaving delivery service.

Each API request (never the ``/sandbox`` admin endpoints) draws its fate from one seeded random generator: requests
made one after another therefore meet the same faults in every run with the same seed.
"""

from __future__ import annotations

import dataclasses
import enum
import random
import threading
from dataclasses import dataclass
from typing import Any


class FaultKind(enum.Enum):
    NONE = "none"
    SERVER_ERROR = "server_error"  # answer a random 5xx without doing anything
    DROP = "drop"  # close the connection without answering, without doing anything
    DROP_AFTER = "drop_after"  # do the work, then close the connection without answering
    THROTTLE = "throttle"  # answer 429 without doing anything


_JSON_NAMES: dict[str, str] = {  # JSON name of the admin endpoint → field
    "errorRate": "error_rate",
    "dropRate": "drop_rate",
    "dropAfterRate": "drop_after_rate",
    "throttleRate": "throttle_rate",
    "latencySeconds": "latency_seconds",
    "slowRate": "slow_rate",
    "slowSeconds": "slow_seconds",
    "burst429": "burst_429",
    "throttleResetSeconds": "throttle_reset_seconds",
    "seed": "seed",
}


@dataclass(frozen=True)
class FaultSettings:
    error_rate: float = 0.0
    drop_rate: float = 0.0
    drop_after_rate: float = 0.0
    throttle_rate: float = 0.0
    latency_seconds: float = 0.0  # added to every request
    slow_rate: float = 0.0  # share of requests that are additionally delayed by slow_seconds (client timeouts)
    slow_seconds: float = 0.0
    burst_429: int = 0  # the next N requests answer 429
    throttle_reset_seconds: int = 1  # RateLimit-Reset / Retry-After of injected 429 answers
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "drop_after_rate", "throttle_rate", "slow_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        if self.error_rate + self.drop_rate + self.drop_after_rate + self.throttle_rate > 1.0:
            raise ValueError("the fault rates add up to more than 1")
        for name in ("latency_seconds", "slow_seconds", "burst_429", "throttle_reset_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.latency_seconds > 30 or self.slow_seconds > 120:
            raise ValueError("delays are capped (latency ≤ 30 s, slow ≤ 120 s) so that no request hangs for long")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FaultSettings:
        unknown = set(data) - set(_JSON_NAMES)
        if unknown:
            raise ValueError(f"unknown fault settings: {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for json_name, field_name in _JSON_NAMES.items():
            if json_name in data:
                value = data[json_name]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"{json_name} must be a number")
                integral = field_name in ("burst_429", "throttle_reset_seconds", "seed")
                values[field_name] = int(value) if integral else float(value)
        return cls(**values)

    def as_json(self) -> dict[str, Any]:
        return {json_name: getattr(self, field_name) for json_name, field_name in _JSON_NAMES.items()}


@dataclass(frozen=True)
class FaultDecision:
    kind: FaultKind
    delay_seconds: float
    status: int = 0  # for SERVER_ERROR
    reset_seconds: int = 0  # for THROTTLE


_NO_FAULT = FaultDecision(FaultKind.NONE, 0.0)


class FaultInjector:
    """Holds the current settings and decides, request by request, what goes wrong."""

    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._settings = settings or FaultSettings()
        self._random = random.Random(self._settings.seed)
        self._burst_left = self._settings.burst_429
        self.injected: dict[FaultKind, int] = {kind: 0 for kind in FaultKind if kind is not FaultKind.NONE}

    @property
    def settings(self) -> FaultSettings:
        with self._lock:
            return self._settings

    def configure(self, settings: FaultSettings) -> None:
        """Replace the settings; the random generator restarts from the new seed."""
        with self._lock:
            self._settings = settings
            self._random = random.Random(settings.seed)
            self._burst_left = settings.burst_429

    def update(self, **changes: Any) -> None:
        self.configure(dataclasses.replace(self.settings, **changes))

    def clear(self) -> None:
        self.configure(FaultSettings())

    def decide(self) -> FaultDecision:
        with self._lock:
            settings = self._settings
            if settings == FaultSettings(seed=settings.seed):
                return _NO_FAULT
            delay = settings.latency_seconds
            if settings.slow_rate and self._random.random() < settings.slow_rate:
                delay += settings.slow_seconds
            if self._burst_left > 0:
                self._burst_left -= 1
                return self._count(
                    FaultDecision(FaultKind.THROTTLE, delay, reset_seconds=settings.throttle_reset_seconds)
                )
            draw = self._random.random()
            for kind, rate in (
                (FaultKind.SERVER_ERROR, settings.error_rate),
                (FaultKind.DROP, settings.drop_rate),
                (FaultKind.DROP_AFTER, settings.drop_after_rate),
                (FaultKind.THROTTLE, settings.throttle_rate),
            ):
                if draw < rate:
                    status = self._random.choice((500, 502, 503)) if kind is FaultKind.SERVER_ERROR else 0
                    reset = settings.throttle_reset_seconds if kind is FaultKind.THROTTLE else 0
                    return self._count(FaultDecision(kind, delay, status=status, reset_seconds=reset))
                draw -= rate
            return FaultDecision(FaultKind.NONE, delay)

    def _count(self, decision: FaultDecision) -> FaultDecision:
        self.injected[decision.kind] += 1
        return decision

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {kind.value: count for kind, count in self.injected.items()}
