"""The printer adapter without a real print server: unknown printers, a stand-in ``lp``, the Qt fallback."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from models.errors import AmtsstubeError
from printing import printer_adapter
from printing.errors import PrinterNotFound, PrintingFailed, PrintJobRejected, PrintSystemUnavailable
from printing.letter import render_letter
from printing.printer_adapter import (
    available_printers,
    paint_pdf_on_printer,
    print_pdf,
    printer_supports_duplex,
)
from tests.printing.letter_samples import long_letter, sample_letter

MISSING = "Amtsstube-Drucker-gibt-es-nicht"


def test_printing_to_an_unknown_printer_names_the_printer() -> None:
    with pytest.raises(PrinterNotFound) as error:
        print_pdf(render_letter(sample_letter()).pdf, MISSING, title="Bestätigung")
    assert error.value.printer == MISSING
    assert isinstance(error.value, PrintingFailed)
    assert isinstance(error.value, AmtsstubeError)
    assert MISSING in str(error.value)


def test_duplex_of_an_unknown_printer_is_an_error() -> None:
    with pytest.raises(PrinterNotFound):
        printer_supports_duplex(MISSING)


def test_available_printers_lists_names_and_default() -> None:
    printers = available_printers()
    assert isinstance(printers.names, tuple)
    assert MISSING not in printers.names
    assert printers.default is None or printers.default in printers.names


class FakePrinterInfo:
    """Stands in for ``QPrinterInfo`` (hence Qt's method names) of a printer CUPS would know."""

    def __init__(self, name: str, duplex: bool) -> None:
        self.name = name
        self.duplex = duplex

    def printerName(self) -> str:
        return self.name

    def supportedDuplexModes(self) -> list[QPrinter.DuplexMode]:
        modes = [QPrinter.DuplexMode.DuplexNone]
        return [*modes, QPrinter.DuplexMode.DuplexLongSide] if self.duplex else modes


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ``lp`` on the PATH that records its arguments and a copy of the file, then answers like CUPS."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{tmp_path}/args"\n'
        "for last; do :; done\n"
        f'cp "$last" "{tmp_path}/submitted.pdf"\n'
        'if [ -n "$FAKE_LP_ERROR" ]; then echo "$FAKE_LP_ERROR" >&2; exit 1; fi\n'
        'echo "request id is Fake-7 (1 file(s))"\n',
        encoding="utf-8",
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("FAKE_LP_ERROR", raising=False)
    return tmp_path


def use_fake_printer(monkeypatch: pytest.MonkeyPatch, *, duplex: bool) -> None:
    monkeypatch.setattr(printer_adapter, "_printer_info", lambda name: FakePrinterInfo(name, duplex))


def test_the_pdf_goes_to_lp_unchanged_with_title_and_duplex(fake_lp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_printer(monkeypatch, duplex=True)
    pdf = render_letter(long_letter()).pdf
    assert print_pdf(pdf, "Fake", title="Bescheid 2026-000123\nÖztürk", duplex=True) == "Fake-7"
    args = (fake_lp / "args").read_text(encoding="utf-8").splitlines()
    assert args[:4] == ["-d", "Fake", "-t", "Bescheid 2026-000123 Öztürk"]
    assert "sides=two-sided-long-edge" in args
    assert "media=A4" in args
    assert (fake_lp / "submitted.pdf").read_bytes() == pdf
    assert not Path(args[-1]).exists()  # the temporary copy is gone, the caller still has the bytes


def test_duplex_is_not_requested_from_a_printer_without_it(fake_lp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_printer(monkeypatch, duplex=False)
    print_pdf(b"%PDF-1.4", "Fake", title="Brief", duplex=True)
    assert "sides=one-sided" in (fake_lp / "args").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("message", "error_type"),
    [
        ('lp: Destination "Fake" is not accepting jobs.', PrintJobRejected),
        ("lp: Scheduler is not running.", PrintSystemUnavailable),
        ("lp: The printer or class does not exist.", PrinterNotFound),
    ],
)
def test_lp_failures_become_typed_errors(
    fake_lp: Path, monkeypatch: pytest.MonkeyPatch, message: str, error_type: type[PrintingFailed]
) -> None:
    use_fake_printer(monkeypatch, duplex=False)
    monkeypatch.setenv("FAKE_LP_ERROR", message)
    with pytest.raises(error_type) as error:
        print_pdf(b"%PDF-1.4", "Fake", title="Brief")
    assert error.value.printer == "Fake"
    assert error.value.detail == message


def test_a_missing_lp_command_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_fake_printer(monkeypatch, duplex=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrintSystemUnavailable) as error:
        print_pdf(b"%PDF-1.4", "Fake", title="Brief")
    assert "lp" in error.value.detail
    assert error.value.printer == "Fake"


def test_the_windows_path_paints_every_page_onto_the_printer(qapp: QApplication, tmp_path: Path) -> None:
    rendered = render_letter(long_letter())
    source = tmp_path / "letter.pdf"
    source.write_bytes(rendered.pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    assert paint_pdf_on_printer(source, printer) == rendered.pages == 2
    painted = pypdf.PdfReader(io.BytesIO((tmp_path / "painted.pdf").read_bytes()))
    assert len(painted.pages) == 2
    box = painted.pages[0].mediabox
    assert float(box.width) == pytest.approx(595.3, abs=1)
    assert float(box.height) == pytest.approx(841.9, abs=1)


def test_an_unreadable_pdf_is_reported_by_the_windows_path(qapp: QApplication, tmp_path: Path) -> None:
    source = tmp_path / "broken.pdf"
    source.write_bytes(b"this is no PDF")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    with pytest.raises(PrintingFailed, match="could not be read"):
        paint_pdf_on_printer(source, printer)
