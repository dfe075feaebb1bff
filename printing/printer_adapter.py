"""Hands a finished PDF to a real printer (Druckeranbindung). The only module in ``printing/`` that uses Qt.

Qt's print support names the printers the system knows, the default printer and whether a printer can print
on both sides. The document itself goes to the printer in one of two ways:

* **CUPS (Linux, macOS):** the PDF file is submitted unchanged with ``lp``. CUPS's own filters convert it for
  the printer, so text stays text: sharp at any resolution, small to spool and still searchable in a PDF
  archive queue such as cups-pdf. Painting the pages through ``QPainter`` onto a ``QPrinter`` (what a Qt print
  dialog does) would rasterise every page into a bitmap first, and the job id that CUPS reports would be lost.
* **Windows:** there is no CUPS; the pages are rendered with QtPdf onto a ``QPrinter`` (rasterised at 300 dpi).

The caller's PDF is never changed or dropped: every failure (unknown printer, rejected job, no ``lp`` command)
raises a :class:`printing.errors.PrintingFailed` with the printer name and the detail, and the document stays
queued for another attempt.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from models.print_jobs import Deliver, PrintItem, PrintReceipt
from printing.batch import batch_title, merge_documents
from printing.errors import PrinterNotFound, PrintingFailed, PrintJobRejected, PrintSystemUnavailable

log = logging.getLogger(__name__)

LP_TIMEOUT_SECONDS = 60
QT_PRINT_DPI = 300
_JOB_ID = re.compile(r"request id is (\S+)")
_gui_application: QGuiApplication | None = None  # created only for the Windows path when none exists


@dataclass(frozen=True)
class AvailablePrinters:
    """The printers the system knows, by name, and its default printer (``None`` when none is set)."""

    names: tuple[str, ...]
    default: str | None


def available_printers() -> AvailablePrinters:
    names = tuple(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return AvailablePrinters(names=names, default=default or None)


def _printer_info(printer: str) -> QPrinterInfo:
    info = QPrinterInfo.printerInfo(printer)
    if info.isNull():
        known = ", ".join(QPrinterInfo.availablePrinterNames()) or "none"
        raise PrinterNotFound(printer, f"the print system does not know this printer (known printers: {known})")
    return info


def _duplex_capable(info: QPrinterInfo) -> bool:
    return any(mode != QPrinter.DuplexMode.DuplexNone for mode in info.supportedDuplexModes())


def printer_supports_duplex(printer: str) -> bool:
    """Whether the printer can print on both sides; raises :class:`PrinterNotFound` for an unknown name."""
    return _duplex_capable(_printer_info(printer))


def print_pdf(pdf: bytes, printer: str, *, title: str, duplex: bool = False) -> str:
    """Print ``pdf`` on the printer named ``printer`` and return the print job id (e.g. ``"PDF-42"``).

    ``title`` names the job in the queue. ``duplex`` asks for printing on both sides (long edge), honoured when
    the printer supports it. On Windows the spooler's job id is not available through Qt and ``""`` is
    returned.
    """
    info = _printer_info(printer)
    two_sided = duplex and _duplex_capable(info)
    if duplex and not two_sided:
        log.info("printer %s cannot print on both sides; printing one-sided", printer)
    job_title = " ".join(title.split()) or "Amtsstube"
    with tempfile.TemporaryDirectory(prefix="amtsstube-print-") as directory:
        path = Path(directory) / "document.pdf"
        path.write_bytes(pdf)
        if sys.platform == "win32":
            job_id = _print_with_qt(path, info, job_title, two_sided)
        else:
            job_id = _submit_to_cups(path, printer, job_title, two_sided)
    # not the title: it is the letter's subject, which a template may fill with the citizen's name
    log.info("sent %d bytes to %s as job %s", len(pdf), printer, job_id or "(no id)")
    return job_id


def _lp_environment() -> dict[str, str]:
    """English messages from ``lp`` (they are parsed), the user's character set for the job title."""
    env = dict(os.environ)
    ctype = env.pop("LC_ALL", None) or env.get("LC_CTYPE") or env.get("LANG")
    env.pop("LANGUAGE", None)
    env["LC_MESSAGES"] = "C"
    if ctype:
        env["LC_CTYPE"] = ctype
    return env


def _submit_to_cups(path: Path, printer: str, title: str, two_sided: bool) -> str:
    lp = shutil.which("lp")
    if lp is None:
        raise PrintSystemUnavailable(printer, "the lp command is missing (install the CUPS client, cups-client)")
    sides = "two-sided-long-edge" if two_sided else "one-sided"
    command = [lp, "-d", printer, "-t", title, "-o", "media=A4", "-o", f"sides={sides}", str(path)]
    try:
        result = subprocess.run(  # an argument list, no shell: the title is never interpreted
            command,
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_SECONDS,
            env=_lp_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PrintSystemUnavailable(printer, f"lp did not answer within {LP_TIMEOUT_SECONDS} s") from exc
    except OSError as exc:
        raise PrintSystemUnavailable(printer, f"lp could not be started: {exc}") from exc
    detail = result.stderr.strip() or result.stdout.strip() or f"lp exited with status {result.returncode}"
    if result.returncode != 0:
        lowered = detail.lower()
        if "scheduler is not running" in lowered or "connection refused" in lowered:
            raise PrintSystemUnavailable(printer, detail)
        if "does not exist" in lowered or "unknown destination" in lowered or "not found" in lowered:
            raise PrinterNotFound(printer, detail)
        raise PrintJobRejected(printer, detail)
    match = _JOB_ID.search(result.stdout)
    if match is None:  # submitted all the same; raising would invite a second copy
        log.warning("lp accepted the job for %s but reported no job id: %r", printer, result.stdout)
        return ""
    return match.group(1)


def _ensure_gui_application(printer: str) -> None:
    global _gui_application
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    if QCoreApplication.instance() is not None:
        raise PrintSystemUnavailable(printer, "printing through Qt needs a QGuiApplication, not a QCoreApplication")
    _gui_application = QGuiApplication([sys.argv[0] if sys.argv else "amtsstube"])


def _print_with_qt(path: Path, info: QPrinterInfo, title: str, two_sided: bool) -> str:
    _ensure_gui_application(info.printerName())
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide if two_sided else QPrinter.DuplexMode.DuplexNone)
    paint_pdf_on_printer(path, printer)
    return ""


def paint_pdf_on_printer(path: Path, printer: QPrinter) -> int:
    """Render every page of the PDF at ``path`` onto ``printer`` at full page size; returns the page count.

    Pages become bitmaps at :data:`QT_PRINT_DPI`; the DIN 5008 geometry is kept because the page is painted
    onto the whole sheet (``fullPage``), not into the printable area.
    """
    name = printer.printerName() or printer.outputFileName() or "printer"
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise PrintingFailed(name, f"the PDF could not be read for printing ({error.name})")
    printer.setFullPage(True)
    printer.setResolution(QT_PRINT_DPI)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintJobRejected(name, "the printer could not be opened")
    try:
        for index in range(pages):
            if index and not printer.newPage():
                raise PrintJobRejected(name, f"the printer refused page {index + 1}")
            target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * QT_PRINT_DPI), round(points.height() / 72 * QT_PRINT_DPI))
            image = document.render(index, size, format=QImage.Format.Format_RGB32, fillColor=Qt.GlobalColor.white)
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
        document.close()
    return pages


def printer_delivery(printer: str, *, duplex: bool = True) -> Deliver:
    """Deliver to ``printer``; duplex is used when asked for and the printer has it."""

    def deliver(items: Sequence[PrintItem]) -> PrintReceipt:
        both_sides = duplex and printer_supports_duplex(printer)
        batch = merge_documents(items, duplex=both_sides)
        job = print_pdf(batch.pdf, printer, title=batch_title(items), duplex=both_sides)
        return PrintReceipt(printer=printer, job_id=job or None, duplex=both_sides, job_pages=batch.pages)

    return deliver
