"""Days between Python and Qt (date fields of the filter bars)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
