"""What the user reads about an expected failure (shared by the message modules and the dialogs)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str  # what happened and what to do, in whole sentences
    details: str | None = None  # technical detail for the IT (shown behind "Details")
