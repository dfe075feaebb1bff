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
