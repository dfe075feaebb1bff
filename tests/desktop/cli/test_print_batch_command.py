"""``amtsstube print-batch``: the whole print queue as one job, through the real cups-pdf queue or into a file."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from models.db import Database
from models.documents import DocumentKind
from models.operations.mail_book import mail_book
from models.operations.outgoing_mail import print_queue
from tests.conftest import Staff
from tests.support import command_line
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf
from tests.support.factories import queued_letters

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))
BATCH = 200


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([AMTSSTUBE, *args], capture_output=True, text=True, timeout=300, check=False)


def run_as_clerk(*args: str) -> subprocess.CompletedProcess[str]:
    """Logged in as Anna, who prints the letters of the Bürgerbüro (the ``db`` fixture's database is shared)."""
    return command_line.run(*args, as_user="anna", timeout=300)


def test_demo_queue_written_to_one_pdf_needs_no_printer(tmp_path: Path) -> None:
    assert run("demo").returncode == 0
    target = tmp_path / "postausgang.pdf"
    printed = run("print-batch", "--pdf", str(target))
    assert printed.returncode == 0, printed.stderr
    assert "im Postausgangsbuch eingetragen" in printed.stdout
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Gebührenbescheid" in text  # the demo queue holds fee notices
    assert "Sperrmüllabholung am" in text
    assert "Rechtsbehelfsbelehrung" in text

    empty = run("print-batch", "--pdf", str(tmp_path / "again.pdf"))
    assert empty.returncode == 0
    assert "leer" in empty.stdout
    assert not (tmp_path / "again.pdf").exists()


def test_a_printer_that_does_not_exist_keeps_the_queue(db: Database, staff: Staff) -> None:
    letters = queued_letters(db, 3)
    failed = run_as_clerk("--database", db.url, "print-batch", "--printer", "Keller-Drucker-3")
    assert failed.returncode == 1
    assert "Keller-Drucker-3" in failed.stderr
    assert "nicht gefunden" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert [q.id for q in print_queue(db, staff.clerk)] == [d.id for d in letters]
    assert mail_book(db, staff.supervisor) == ()


@pytest.mark.cups
def test_two_hundred_letters_go_through_cups_as_one_job(db: Database, staff: Staff) -> None:
    require_cups_queue()
    letters = queued_letters(db, BATCH)
    submitted = time.time()
    printed = run_as_clerk("--database", db.url, "print-batch", "--printer", PRINTER, "--simplex")
    assert printed.returncode == 0, printed.stderr
    assert f"{BATCH} Schreiben ({BATCH} Seiten) an {PRINTER}, Auftrag {PRINTER}-" in printed.stdout

    book = mail_book(db, staff.supervisor)
    assert len(book) == BATCH
    assert {e.document_id for e in book} == {d.id for d in letters}
    assert {e.document_kind for e in book} == {DocumentKind.CONFIRMATION_LETTER}
    job_ids = {e.job_id for e in book}
    assert len(job_ids) == 1  # one job for the whole batch
    assert print_queue(db, staff.clerk) == ()

    job = job_ids.pop()
    assert job is not None
    written = wait_for_cups_pdf(job, submitted)
    try:
        reader = pypdf.PdfReader(io.BytesIO(written.read_bytes()))
        assert len(reader.pages) == BATCH
        # Every letter arrived, in queue order (ASCII text survives the PDF→PS→PDF round trip of cups-pdf).
        arrived = [page.extract_text() for page in reader.pages]
        missing = [d.case_reference for d, text in zip(letters, arrived, strict=True) if d.case_reference not in text]
        assert not missing
    finally:
        written.unlink()


def test_the_summary_counts_the_pages_written_blank_duplex_backs_included(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    letters = queued_letters(db, 3)
    assert [d.pages for d in letters] == [1, 1, 1]  # each gets a blank back in a duplex batch
    target = tmp_path / "beidseitig.pdf"
    printed = run_as_clerk("--database", db.url, "print-batch", "--pdf", str(target))
    assert printed.returncode == 0, printed.stderr
    written = len(pypdf.PdfReader(target).pages)
    assert written == 6
    assert f"3 Schreiben ({written} Seiten, davon 3 leere Rückseiten für den beidseitigen Druck)" in printed.stdout

    more = queued_letters(db, 2)
    simplex = tmp_path / "einseitig.pdf"
    printed = run_as_clerk("--database", db.url, "print-batch", "--pdf", str(simplex), "--simplex")
    assert printed.returncode == 0, printed.stderr
    assert len(pypdf.PdfReader(simplex).pages) == sum(d.pages for d in more) == 2
    assert f"2 Schreiben (2 Seiten) an PDF-Datei {simplex};" in printed.stdout
