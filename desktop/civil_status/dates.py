"""Days typed as ``TT.MM.JJJJ`` in the civil-status screens (dates of events reach back more than a century)."""

from __future__ import annotations

import datetime as dt


class NotADay(ValueError):
    """The text is not a day in the form ``TT.MM.JJJJ``."""


def typed_day(text: str) -> dt.date | None:
    """``"23.08.1991"`` → 23 August 1991; None for an empty text; :class:`NotADay` for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        raise NotADay(text) from None
