"""Choosing a segment of the age bars with the keyboard: which segment an arrow key, Home or End leads to.

A segment is (bar, bucket): the bar of a department or service (0 on top) and its age bucket (0 the freshest, on the
left). Only segments with cases count, as only they can be clicked: a key skips empty segments and bars without
cases, and at the edge the segment stays.
"""

from __future__ import annotations

from collections.abc import Sequence

Segment = tuple[int, int]  # the bar's number, the age bucket


def _filled(counts: Sequence[int]) -> list[int]:
    return [bucket for bucket, count in enumerate(counts) if count]


def _nearest(counts: Sequence[int], bucket: int) -> int:
    """The bucket with cases nearest to ``bucket`` (the fresher one of two as near); ``counts`` has cases."""
    return min(_filled(counts), key=lambda b: (abs(b - bucket), b))


def first_segment(bars: Sequence[Sequence[int]]) -> Segment | None:
    """The freshest segment of the topmost bar with cases; None when there is none."""
    return next(((bar, _filled(counts)[0]) for bar, counts in enumerate(bars) if any(counts)), None)


def next_bucket(bars: Sequence[Sequence[int]], segment: Segment, step: int) -> Segment:
    """Left (step -1, fresher) or right (+1, older) within the bar."""
    bar, bucket = segment
    ahead = [b for b in _filled(bars[bar]) if (b - bucket) * step > 0]
    return (bar, min(ahead, key=lambda b: abs(b - bucket))) if ahead else segment


def edge_bucket(bars: Sequence[Sequence[int]], segment: Segment, *, last: bool) -> Segment:
    """Home or End: the freshest or the oldest segment of the bar."""
    filled = _filled(bars[segment[0]])
    return (segment[0], filled[-1 if last else 0]) if filled else segment


def next_bar(bars: Sequence[Sequence[int]], segment: Segment, step: int, *, column: int | None = None) -> Segment:
    """Up (step -1) or down (+1) to the next bar with cases, in the age bucket ``column`` (the segment's unless
    given: the one chosen last with left and right, as a text cursor keeps its column) or the nearest one it has."""
    bar, bucket = segment
    numbers = range(bar + step, len(bars) if step > 0 else -1, step)
    target = next((n for n in numbers if any(bars[n])), None)
    return segment if target is None else (target, _nearest(bars[target], bucket if column is None else column))


def edge_bar(bars: Sequence[Sequence[int]], segment: Segment, *, last: bool, column: int | None = None) -> Segment:
    """Ctrl+Home or Ctrl+End: the topmost or the lowest bar with cases."""
    start = (len(bars), segment[1]) if last else (-1, segment[1])
    found = next_bar(bars, start, -1 if last else 1, column=column)
    return segment if found == start else found


def kept_segment(
    labels: Sequence[str], segment: Segment | None, new_labels: Sequence[str], new_bars: Sequence[Sequence[int]]
) -> Segment | None:
    """The segment after the bars were counted again: the same bar (by its name) and bucket where it still has
    cases, else the nearest segment of that bar, else the nearest bar with cases below or above its place."""
    if segment is None or not 0 <= segment[0] < len(labels) or not any(map(any, new_bars)):
        return first_segment(new_bars)
    label, bucket = labels[segment[0]], segment[1]
    bar = new_labels.index(label) if label in new_labels else min(segment[0], len(new_bars) - 1)
    if any(new_bars[bar]):
        return bar, _nearest(new_bars[bar], bucket)
    below = next_bar(new_bars, (bar, bucket), 1)
    return below if below[0] != bar else next_bar(new_bars, (bar, bucket), -1)
