"""This workstation's letter printer, asked on a worker: which printers there are, which one letters go to (kept in
the workstation's settings, ``printers.letters``), whether a printer prints on both sides."""

from __future__ import annotations

import dataclasses
import logging

from models import settings
from models.errors import AmtsstubeError
from printing.errors import PrintingFailed
from printing.printer_adapter import AvailablePrinters, available_printers, printer_supports_duplex

log = logging.getLogger(__name__)


def _configured_printer() -> str | None:
    try:
        return settings.load().printers.letters
    except (AmtsstubeError, OSError) as error:  # a broken settings file must not stop printing
        log.warning("printer setting not readable: %s", error)
        return None


def printers_and_choice() -> tuple[AvailablePrinters, str | None]:
    """The printers the system knows and the one to preselect: the letter printer, else the system's default."""
    printers = available_printers()
    return printers, _configured_printer() or printers.default


def remember_letter_printer(printer: str) -> None:
    """Keep ``printer`` as this workstation's letter printer (called on a worker after a successful print)."""
    try:
        current = settings.load()
        if current.printers.letters != printer:
            printers = dataclasses.replace(current.printers, letters=printer)
            settings.save(dataclasses.replace(current, printers=printers))
    except (AmtsstubeError, OSError) as error:
        log.warning("could not remember the letter printer %s: %s", printer, error)


def duplex_capable(printer: str) -> bool:
    try:
        return printer_supports_duplex(printer)
    except PrintingFailed:
        return False  # an unknown printer: printing will say so
