"""Opening an attachment of a case (Anlage öffnen): only of a case the actor sees, logged, and its kind decided by
its content, not by the media type the sender claimed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import NotFound, PermissionDenied
from models.operations.attachments import ContentKind, attachment_content, content_kind
from models.operations.case_creation import AttachmentInput
from models.operations.case_detail import case_detail
from models.upload_files import media_type_of
from tests.conftest import Staff
from tests.support.attachment_files import HTML_FILE, pdf_file, png_file
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

JPEG_START = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"


def _attachment_ids(db: Database, staff: Staff, service: str, *files: AttachmentInput) -> tuple[str, list[int]]:
    case = new_case(db, staff.system, service, attachments=files)
    return case.reference, [row.id for row in case_detail(db, staff.system, case.id).attachments]


def _opened(db: Database, username: str) -> list[AuditRecord]:
    with db.read() as session:
        query = select(AuditRecord).where(AuditRecord.action == "attachment.opened", AuditRecord.actor == username)
        return list(session.scalars(query))


def test_a_clerk_opens_an_attachment_of_a_case_she_handles_and_the_opening_is_logged(
    db: Database, staff: Staff
) -> None:
    pdf = pdf_file(2)
    reference, (attachment_id,) = _attachment_ids(
        db, staff, GENERIC_FEE_SERVICE, AttachmentInput("Mietvertrag.pdf", "application/pdf", pdf)
    )
    blob = attachment_content(db, staff.clerk, attachment_id)
    assert (blob.id, blob.case_reference, blob.file_name) == (attachment_id, reference, "Mietvertrag.pdf")
    assert (blob.media_type, blob.content, blob.size) == ("application/pdf", pdf, len(pdf))
    assert blob.kind == ContentKind.PDF
    assert blob.claim_matches
    (logged,) = _opened(db, staff.clerk.username)
    assert (logged.object_type, logged.object_id) == ("attachment", str(attachment_id))
    assert logged.details == {"reference": reference}  # what was opened, never the content
    assert "%PDF" not in repr(blob)  # the file's bytes stay out of logs and error reports


@pytest.mark.parametrize(
    ("role", "sees"),
    [("clerk", False), ("registry", True), ("supervisor", True), ("system", True), ("admin", False)],
)
def test_only_who_sees_the_case_opens_its_attachment(db: Database, staff: Staff, role: str, sees: bool) -> None:
    _reference, (attachment_id,) = _attachment_ids(
        db, staff, "birth_certificate", AttachmentInput("Ausweis.png", "image/png", png_file(4, 3))
    )
    actor = getattr(staff, role)
    if sees:
        assert attachment_content(db, actor, attachment_id).content == png_file(4, 3)
    else:
        with pytest.raises(PermissionDenied):
            attachment_content(db, actor, attachment_id)
    assert len(_opened(db, actor.username)) == (1 if sees else 0)


def test_an_attachment_that_does_not_exist_is_not_found(db: Database, staff: Staff) -> None:
    with pytest.raises(NotFound):
        attachment_content(db, staff.supervisor, 999_999)
    assert _opened(db, staff.supervisor.username) == []


def test_the_kind_is_decided_by_the_content_not_by_the_claim(db: Database, staff: Staff) -> None:
    files = (
        AttachmentInput("Scan.pdf", "application/pdf", png_file(2, 2)),  # a PNG that claims to be a PDF
        AttachmentInput("Foto.png", "image/png", HTML_FILE),  # a web page that claims to be an image
        AttachmentInput("leer.pdf", "application/pdf", b""),
        AttachmentInput("Foto.jpg", "image/jpeg", JPEG_START + b"\x00" * 32),
        AttachmentInput("Bescheid", "application/octet-stream", pdf_file(1)),  # a PDF that does not say so
    )
    _reference, ids = _attachment_ids(db, staff, GENERIC_FEE_SERVICE, *files)
    blobs = [attachment_content(db, staff.clerk, attachment_id) for attachment_id in ids]
    assert [(b.file_name, b.kind, b.claim_matches) for b in blobs] == [
        ("Scan.pdf", ContentKind.IMAGE, False),
        ("Foto.png", ContentKind.OTHER, False),
        ("leer.pdf", ContentKind.OTHER, False),
        ("Foto.jpg", ContentKind.IMAGE, True),
        ("Bescheid", ContentKind.PDF, False),
    ]
    assert blobs[2].size == 0


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n", ContentKind.PDF),
        (b"\r\n%PDF-1.7\n", ContentKind.PDF),  # the header may follow other bytes (ISO 32000-1, annex H) …
        (b"x" * 1024 + b"%PDF-1.7\n", ContentKind.OTHER),  # … but only within the first 1024
        (b"\x89PNG\r\n\x1a\n", ContentKind.IMAGE),
        (b"\x89PNG\r\n", ContentKind.OTHER),  # a cut-off signature
        (JPEG_START, ContentKind.IMAGE),
        (b"GIF89a", ContentKind.OTHER),
        (b"MZ\x90\x00", ContentKind.OTHER),  # a Windows program
        (b"", ContentKind.OTHER),
    ],
)
def test_content_kind_by_signature(content: bytes, kind: ContentKind) -> None:
    assert content_kind(content) == kind
    # one rule: what the counter accepts as a scanned document is what the viewer shows as one
    assert (media_type_of(content) is not None) == (kind != ContentKind.OTHER)
