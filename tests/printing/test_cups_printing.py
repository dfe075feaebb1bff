"""Printing through a real CUPS server into the cups-pdf queue, then reading what cups-pdf wrote.

Needs a running ``cupsd`` with a cups-pdf queue (name from ``AMTSSTUBE_TEST_PRINTER``, default ``PDF``); the
commands that set one up are in the failure message. cups-pdf writes to ``Out`` from its configuration
(``/etc/cups/cups-pdf-<queue>.conf`` or ``/etc/cups/cups-pdf.conf``, default ``${HOME}/PDF``), where
``${HOME}`` is the home of the user who submitted the job (``/root/PDF`` when the tests run as root).
"""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pdfplumber
import pytest

from printing.errors import PrinterNotFound
from printing.letter import render_letter
from printing.printer_adapter import available_printers, print_pdf
from tests.printing.letter_samples import sample_letter

pytestmark = pytest.mark.cups

PRINTER = os.environ.get("AMTSSTUBE_TEST_PRINTER", "PDF")
WAIT_SECONDS = 60
SETUP = (
    "start CUPS and create the queue as root:\n"
    "  /usr/sbin/cupsd\n"
    f"  lpadmin -p {PRINTER} -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd\n"
    "(packages: cups printer-driver-cups-pdf cups-client)"
)


def require_cups_queue() -> None:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        pytest.fail(f"lpstat is missing, the CUPS client is not installed; {SETUP}")
    status = subprocess.run([lpstat, "-r"], capture_output=True, text=True, check=False, env=_c_locale())
    if "scheduler is running" not in status.stdout:
        answer = (status.stdout + status.stderr).strip()
        pytest.fail(f"the CUPS scheduler is not running ({answer}); {SETUP}")
    if PRINTER not in available_printers().names:
        pytest.fail(f"CUPS has no queue {PRINTER!r} (known: {available_printers().names}); {SETUP}")


def _c_locale() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C", "LANG": "C"}


def cups_pdf_output_dir(queue: str) -> Path:
    user = pwd.getpwuid(os.getuid())
    out = "${HOME}/PDF"
    for config in (Path(f"/etc/cups/cups-pdf-{queue}.conf"), Path("/etc/cups/cups-pdf.conf")):
        if config.exists():
            for line in config.read_text(encoding="utf-8", errors="replace").splitlines():
                key, _, value = line.strip().partition(" ")
                if key == "Out" and value.strip():
                    out = value.strip()
            break
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def job_is_pending(job_id: str) -> bool:
    active = subprocess.run(["lpstat", "-o", PRINTER], capture_output=True, text=True, check=False, env=_c_locale())
    return any(line.split()[:1] == [job_id] for line in active.stdout.splitlines())


def written_for(job_id: str, directory: Path, since: float) -> list[Path]:
    """Files cups-pdf wrote for the job: its name carries ``job_<n>`` (Label 1 or 2), and it is new."""
    number = job_id.rsplit("-", 1)[-1]
    pattern = re.compile(rf"(^|-)job_{number}(-.*)?\.pdf$")
    if not directory.is_dir():
        return []
    return [p for p in directory.iterdir() if pattern.search(p.name) and p.stat().st_mtime >= since - 2]


def wait_for_cups_pdf(job_id: str, submitted_at: float) -> Path:
    """The PDF cups-pdf wrote for the job, once the job has left the queue (bounded wait)."""
    directory = cups_pdf_output_dir(PRINTER)
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        written = written_for(job_id, directory, submitted_at)
        if written and not job_is_pending(job_id):
            return written[0]
        time.sleep(0.25)
    state = subprocess.run(["lpstat", "-l", "-o", PRINTER], capture_output=True, text=True, check=False)
    pytest.fail(
        f"cups-pdf wrote no file for job {job_id} in {directory} within {WAIT_SECONDS} s; "
        f"queue: {state.stdout.strip() or '(empty)'}; see /var/log/cups/error_log and "
        f"/var/log/cups/cups-pdf-{PRINTER}_log (Label must be 1 or 2 so the file name carries the job id)"
    )


def test_a_letter_printed_through_cups_arrives_as_one_page_with_its_text() -> None:
    require_cups_queue()
    marker = f"Testdruck {uuid.uuid4().hex[:12]}"
    rendered = render_letter(sample_letter(subject=f"Sperrmuellabholung {marker}"))
    assert rendered.pages == 1

    submitted_at = time.time()
    job_id = print_pdf(rendered.pdf, PRINTER, title=f"Amtsstube {marker}")

    assert re.fullmatch(rf"{re.escape(PRINTER)}-\d+", job_id), job_id
    written = wait_for_cups_pdf(job_id, submitted_at)
    try:
        with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
            assert len(document.pages) == 1
            text = document.pages[0].extract_text() or ""
    finally:
        written.unlink()
    # CUPS turns the PDF into PostScript and cups-pdf back into PDF; that round trip keeps ASCII text
    # extractable but may lose the mapping of other letters, so the check sticks to ASCII.
    for expected in (f"Sperrmuellabholung {marker}", "2026-000123", "Lindenallee 12a", "Mit freundlichen"):
        assert expected in text


def test_printing_to_a_queue_cups_does_not_know_names_the_printer() -> None:
    require_cups_queue()
    missing = f"{PRINTER}-gibt-es-nicht"
    with pytest.raises(PrinterNotFound) as error:
        print_pdf(render_letter(sample_letter()).pdf, missing, title="Amtsstube")
    assert error.value.printer == missing
