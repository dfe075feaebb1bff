"""Median timing with a baseline measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], *, runs: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, measured: float, baseline: float, unit: str = "ms") -> None:
    scale = 1000.0 if unit == "ms" else 1.0
    print(
        f"{name:<48} {measured * scale:9.2f} {unit}   baseline {baseline * scale:9.2f} {unit}   "
        f"ratio {baseline / measured if measured else float('inf'):.2f} (baseline/ours)"
    )
