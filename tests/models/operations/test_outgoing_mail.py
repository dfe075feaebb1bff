"""Letters written on decisions, the print queue, printing as one job, reprints and the outgoing-mail book."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models.audit import AuditRecord
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.documents import DocumentKind, DocumentStatus, OutgoingDocument
from models.errors import InvalidInput, PermissionDenied
from models.german_format import format_date, local_date
from models.mail_book import MailBookEntry, PostageClass, postage_class_for
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.mail_book import export_mail_book, mail_book
from models.operations.mail_rows import MailBookFilter
from models.operations.outgoing_mail import print_documents, print_queue, reprint_document
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from models.print_jobs import PrintItem, PrintReceipt
from printing.batch import file_delivery
from printing.errors import PrinterNotFound
from printing.printer_adapter import printer_delivery
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, new_case, queued_letters


def _claimed(db: Database, staff: Staff, service: str = GENERIC_FEE_SERVICE, **applicant: str) -> tuple[int, int]:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, service, **applicant).id)
    return case.id, case.version


def test_decisions_write_letters_from_the_templates(db: Database, staff: Staff) -> None:
    renderer = RecordingRenderer()
    case_id, version = _claimed(db, staff)
    today = dt.date(2026, 11, 25)
    waiting = transition_case(
        db,
        staff.clerk,
        case_id,
        CaseStatus.WAITING_FOR_CITIZEN,
        expected_version=version,
        comment="- Kopie des Personalausweises\n\n– Mietvertrag",
        render_letter=renderer,
        today=today,
    )
    assert waiting.document is not None
    assert waiting.document.kind == DocumentKind.DOCUMENT_REQUEST
    request = renderer.letters[-1]
    body = "\n\n".join(request.paragraphs)
    assert "– Kopie des Personalausweises\n– Mietvertrag" in body
    assert f"bis zum {format_date(today + dt.timedelta(days=14))}" in body
    assert request.recipient[0] == "Dr. Łukasz Öztürk-Nguyễn"
    assert request.info.clerk == staff.clerk.display_name

    step = transition_case(
        db, staff.clerk, case_id, CaseStatus.IN_PROGRESS, expected_version=waiting.case.version, render_letter=renderer
    )
    assert step.document is None  # resuming writes nothing
    rejected = transition_case(
        db,
        staff.clerk,
        case_id,
        CaseStatus.REJECTED,
        expected_version=step.case.version,
        comment="Sie sind nicht in Lindenbrück gemeldet.",
        render_letter=renderer,
    )
    assert rejected.document is not None
    assert rejected.document.kind == DocumentKind.REJECTION_LETTER
    rejection = renderer.letters[-1]
    assert "Sie sind nicht in Lindenbrück gemeldet." in rejection.paragraphs[1]
    assert rejection.paragraphs[2].startswith("Rechtsbehelfsbelehrung:\nGegen diesen Bescheid kann innerhalb eines")
    assert [d.kind for d in case_detail(db, staff.clerk, case_id).documents] == [
        DocumentKind.DOCUMENT_REQUEST,
        DocumentKind.REJECTION_LETTER,
    ]


def test_a_request_needs_documents_and_a_future_deadline(db: Database, staff: Staff) -> None:
    case_id, version = _claimed(db, staff)
    for comment, reply_by, problem in (
        ("  \n - \n", None, ("comment", "required")),
        ("Ausweis", dt.date(2020, 1, 1), ("reply_by", "not_in_future")),
    ):
        with pytest.raises(InvalidInput) as caught:
            transition_case(
                db,
                staff.clerk,
                case_id,
                CaseStatus.WAITING_FOR_CITIZEN,
                expected_version=version,
                comment=comment,
                reply_by=reply_by,
                render_letter=RecordingRenderer(),
            )
        assert (caught.value.field, caught.value.problem) in (problem, ("missing_documents", "required"))
    assert case_detail(db, staff.clerk, case_id).case.status == CaseStatus.IN_PROGRESS


def test_no_letter_without_a_postal_address(db: Database, staff: Staff) -> None:
    case_id, version = _claimed(db, staff, street=None, house_number=None, postcode=None, city=None)
    result = transition_case(
        db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=version, render_letter=RecordingRenderer()
    )
    assert result.case.status == CaseStatus.APPROVED
    assert result.document is None


def test_fee_notice_asks_for_what_is_still_outstanding(db: Database, staff: Staff) -> None:
    renderer = RecordingRenderer()
    case_id, _version = _claimed(db, staff, "register_information")
    record_payment(db, staff.clerk, case_id, 300, PaymentMethod.CASH)
    today = dt.date(2026, 11, 25)
    document = issue_fee_notice(db, staff.clerk, case_id, renderer, today=today)
    assert document.kind == DocumentKind.FEE_NOTICE
    notice = renderer.letters[-1]
    assert notice.payment is not None
    assert notice.payment.amount_cents == 1100 - 300
    assert notice.payment.due_date == today + dt.timedelta(days=14)
    assert notice.payment.purpose.startswith(f"Gebühr {document.case_reference} ")
    assert notice.payment.iban == notice.town.iban
    assert "8,00 €" in notice.paragraphs[0]

    record_payment(db, staff.clerk, case_id, 800, PaymentMethod.CASH)
    with pytest.raises(InvalidInput) as caught:
        issue_fee_notice(db, staff.clerk, case_id, renderer)
    assert caught.value.problem == "nothing_to_pay"
    with pytest.raises(PermissionDenied):
        issue_fee_notice(db, staff.registry, case_id, renderer)


def test_a_batch_is_one_job_with_every_letter_on_a_front_side(db: Database, staff: Staff, tmp_path: Path) -> None:
    letters = queued_letters(db, 3)
    long_id = _two_page_letter(db, staff)
    queue = print_queue(db, staff.clerk)
    assert [q.id for q in queue] == [*(d.id for d in letters), long_id]
    assert queue[0].recipient[0] == "Dr. Zoë Muster-Aaa"

    target = tmp_path / "stapel.pdf"
    result = print_documents(db, staff.clerk, file_delivery(target, duplex=True), [long_id, letters[0].id])
    assert [e.document_id for e in result.entries] == [letters[0].id, long_id]  # queue order, not click order
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 4  # 1 page + blank back, then 2 pages
    assert letters[0].case_reference in reader.pages[0].extract_text()
    assert reader.pages[1].extract_text().strip() == ""
    assert "Seite 2 von 2" in reader.pages[3].extract_text()
    assert {e.sheets for e in result.entries} == {1}
    assert [q.id for q in print_queue(db, staff.clerk)] == [letters[1].id, letters[2].id]

    book = mail_book(db, staff.supervisor)
    assert len(book) == 2
    entry = next(e for e in book if e.document_id == letters[0].id)
    assert entry.printed_by == "anna"
    assert entry.printer == f"PDF-Datei {target}"
    assert entry.postage_class == PostageClass.STANDARD
    assert entry.recipient[0] == "Dr. Zoë Muster-Aaa"
    with db.read() as session:
        document = session.get(OutgoingDocument, letters[0].id)
        assert document is not None
        assert document.status == DocumentStatus.PRINTED
        assert document.printed_by == "anna"


def _two_page_letter(db: Database, staff: Staff) -> int:
    renderer = RecordingRenderer()
    case_id, version = _claimed(db, staff)
    documents = "\n".join(f"Unterlage Nummer {n} mit einer längeren Beschreibung" for n in range(60))
    result = transition_case(
        db,
        staff.clerk,
        case_id,
        CaseStatus.WAITING_FOR_CITIZEN,
        expected_version=version,
        comment=documents,
        render_letter=renderer,
    )
    assert result.document is not None
    assert result.document.pages == 2
    return result.document.id


def test_a_missing_printer_leaves_every_letter_queued(db: Database, staff: Staff) -> None:
    letters = queued_letters(db, 2)
    with pytest.raises(PrinterNotFound) as caught:
        print_documents(db, staff.clerk, printer_delivery("Drucker-gibt-es-nicht"))
    assert caught.value.printer == "Drucker-gibt-es-nicht"
    assert [q.id for q in print_queue(db, staff.clerk)] == [d.id for d in letters]
    assert mail_book(db, staff.supervisor) == ()


def test_nothing_to_print_and_letters_of_other_services_stay_out_of_reach(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as caught:
        print_documents(db, staff.clerk, _never_called)
    assert caught.value.problem == "nothing_to_print"
    registry_letter = queued_letters(db, 1, service_key="birth_certificate")[0]
    assert print_queue(db, staff.clerk) == ()
    assert [q.id for q in print_queue(db, staff.registry)] == [registry_letter.id]
    with pytest.raises(InvalidInput):
        print_documents(db, staff.clerk, _never_called, [registry_letter.id])
    with pytest.raises(PermissionDenied):
        print_queue(db, staff.supervisor)
    with pytest.raises(PermissionDenied):
        mail_book(db, staff.admin)


def _never_called(_items: Sequence[PrintItem]) -> PrintReceipt:
    raise AssertionError("nothing may be printed")


def test_reprint_needs_a_reason_and_is_booked_and_logged(db: Database, staff: Staff, tmp_path: Path) -> None:
    letter = queued_letters(db, 1)[0]
    with pytest.raises(InvalidInput) as caught:
        reprint_document(db, staff.clerk, letter.id, "Brief verloren", file_delivery(tmp_path / "x.pdf"))
    assert caught.value.problem == "not_printed_yet"
    print_documents(db, staff.clerk, file_delivery(tmp_path / "first.pdf"))
    with pytest.raises(InvalidInput) as caught:
        reprint_document(db, staff.clerk, letter.id, "   ", file_delivery(tmp_path / "x.pdf"))
    assert caught.value.problem == "required"

    again = reprint_document(
        db, staff.clerk2, letter.id, "Brief kam\nunzustellbar zurück", file_delivery(tmp_path / "2.pdf")
    )
    assert again.entries[0].reprint_reason == "Brief kam unzustellbar zurück"
    assert (tmp_path / "2.pdf").read_bytes()[:5] == b"%PDF-"
    book = mail_book(db, staff.supervisor, MailBookFilter(reprints_only=True))
    assert [(e.document_id, e.printed_by) for e in book] == [(letter.id, "ben")]
    with db.read() as session:
        logged = session.scalars(select(AuditRecord).where(AuditRecord.action == "document.reprinted")).one()
    assert logged.details["reason"] == "Brief kam unzustellbar zurück"
    assert logged.actor == "ben"


def test_book_filters_and_csv_export(db: Database, staff: Staff, tmp_path: Path) -> None:
    letters = queued_letters(db, 3)
    print_documents(db, staff.clerk, file_delivery(tmp_path / "a.pdf"), [letters[0].id, letters[1].id])
    issue = _claimed(db, staff, "register_information", family_name="Gebührenpflichtig")[0]
    issue_fee_notice(db, staff.clerk, issue, RecordingRenderer())
    print_documents(db, staff.clerk2, file_delivery(tmp_path / "b.pdf"))

    everything = mail_book(db, staff.supervisor)
    assert len(everything) == 4
    assert [e.document_kind for e in mail_book(db, staff.supervisor, MailBookFilter(kind=DocumentKind.FEE_NOTICE))] == [
        DocumentKind.FEE_NOTICE
    ]
    assert len(mail_book(db, staff.supervisor, MailBookFilter(text="muster-aa"))) == 3
    assert len(mail_book(db, staff.supervisor, MailBookFilter(text=letters[1].case_reference))) == 1
    assert len(mail_book(db, staff.supervisor, MailBookFilter(printed_by="ben"))) == 2
    today = local_date(utcnow())  # the book counts days in Germany, whatever the machine's zone
    assert len(mail_book(db, staff.supervisor, MailBookFilter(printed_from=today, printed_to=today))) == 4
    assert mail_book(db, staff.supervisor, MailBookFilter(printed_to=today - dt.timedelta(days=1))) == ()
    assert mail_book(db, staff.supervisor, MailBookFilter(text="100%_")) == ()

    exported = export_mail_book(db, staff.supervisor, MailBookFilter(text="muster-aa"))
    rows = list(csv.reader(io.StringIO(exported), delimiter=";"))
    assert rows[0][:4] == ["Datum", "Empfänger", "Schriftstück", "Aktenzeichen"]
    assert len(rows) == 4
    assert {row[3] for row in rows[1:]} == {d.case_reference for d in letters}
    assert all(row[6] == "Standardbrief" and row[1].startswith("Dr. Zoë Muster-Aa") for row in rows[1:])
    with db.read() as session:
        actions = session.scalars(select(AuditRecord.action).where(AuditRecord.actor == "dieter")).all()
    assert "mail_book.exported" in actions
    assert "mail_book.viewed" in actions


def test_the_book_is_append_only(db: Database, staff: Staff, tmp_path: Path) -> None:
    queued_letters(db, 1)
    print_documents(db, staff.clerk, file_delivery(tmp_path / "a.pdf"))
    for statement in ("UPDATE mail_book SET printer = 'x'", "DELETE FROM mail_book"):
        with pytest.raises(DBAPIError), db.write() as session:
            session.execute(text(statement))
    with db.read() as session:
        assert session.scalars(select(MailBookEntry.printer)).one().startswith("PDF-Datei")


def test_postage_class_follows_the_weight() -> None:
    assert postage_class_for(1) == PostageClass.STANDARD
    assert postage_class_for(3) == PostageClass.STANDARD
    assert postage_class_for(4) == PostageClass.COMPACT
    assert postage_class_for(9) == PostageClass.COMPACT
    assert postage_class_for(10) == PostageClass.LARGE
