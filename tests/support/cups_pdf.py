"""Reading back what the real cups-pdf queue wrote (shared by the printing and end-to-end tests).

cups-pdf writes to ``Out`` from its configuration (``/etc/cups/cups-pdf-<queue>.conf`` or
``/etc/cups/cups-pdf.conf``, default ``${HOME}/PDF``), where ``${HOME}`` is the home of the user who submitted the
job (``/root/PDF`` when the tests run as root).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from printing.printer_adapter import available_printers

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
