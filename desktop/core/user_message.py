"""What the user reads about an expected failure (shared by the message modules and the dialogs)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str  # what happened and what to do, in whole sentences
    details: str | None = None  # technical detail for the IT (shown behind "Details")


MAX_SHOWN = 40  # characters of a refused value that a message repeats


def shortened(value: object, limit: int = MAX_SHOWN) -> str:
    """A value the user gave, as a message repeats it: at most ``limit`` characters, then "…"."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"
