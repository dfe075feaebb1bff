"""Expected failures of document generation and printing, part of the error taxonomy in :mod:`models.errors`.

Each error carries structured fields for the desktop's German message; ``str(error)`` is English for logs.
"""

from __future__ import annotations

from models.errors import AmtsstubeError


class FontNotFound(AmtsstubeError):
    """No usable TrueType font for letters (Schriftart fehlt); ``searched`` lists every place looked at."""

    def __init__(self, searched: tuple[str, ...], detail: str = "no TrueType font file found") -> None:
        super().__init__(f"{detail}; searched: {', '.join(searched) or '(nothing)'}")
        self.searched = searched
        self.detail = detail


class PrintingFailed(AmtsstubeError):
    """A finished document could not be handed to a printer; it is untouched and can be printed again."""

    def __init__(self, printer: str, detail: str) -> None:
        super().__init__(f"printing on {printer!r} failed: {detail}")
        self.printer = printer
        self.detail = detail


class PrinterNotFound(PrintingFailed):
    """The named printer is not known to the print system (unplugged, renamed, print server down)."""


class PrintJobRejected(PrintingFailed):
    """The print system refused the job, e.g. the queue does not accept jobs."""


class PrintSystemUnavailable(PrintingFailed):
    """The print system itself is missing or not answering (no ``lp`` command, scheduler down)."""
