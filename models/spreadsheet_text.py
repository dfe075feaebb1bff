"""CSV cells that a spreadsheet program shows as text, never evaluates (CSV/formula injection, OWASP).

Citizen names, subjects and reasons come from outside; opened in LibreOffice Calc or Excel, a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be taken as a formula (``=HYPERLINK(…)``,
``-2+3+cmd|' /C calc'!A0``). Such a cell gets a leading apostrophe, which both programs show as "text follows" and
hide; every other cell is written as it is. Numbers the export writes itself are not text and stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def literal_cell(value: object) -> object:
    """``value`` as a CSV cell that cannot be evaluated; ints and floats are left alone."""
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def literal_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Semicolon-separated, as German spreadsheet programs open it; write it with ``utf-8-sig`` encoding."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([literal_cell(cell) for cell in row])
    return buffer.getvalue()


class EuroAmount:
    """An amount the export writes itself, as a German spreadsheet reads a number: ``-12,50`` (decimal comma, no
    thousands separator, no currency sign). Not text, so never made literal: a cancellation's minus stays a minus."""

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        euros, rest = divmod(abs(self.cents), 100)
        return f"{sign}{euros},{rest:02d}"
