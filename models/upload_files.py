"""Scanned documents a clerk adds at the counter: PDF, JPEG or PNG, recognised by their content, within a size limit.

:func:`media_type_of` is the one rule for what a file is; the attachment viewer shows what it names.

The file's name and the type the file system claims mean nothing: a file is a PDF if it starts like one, an image
if its first bytes are those of a JPEG or PNG. Anything else, an empty file or one over :data:`MAX_UPLOAD_BYTES`
is refused with an :class:`~models.errors.InvalidInput` naming the problem, before anything is stored.
"""

from __future__ import annotations

from models.errors import InvalidInput

MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # a scanned document of a few pages; the portal allows 25 MB per file
MAX_UPLOADS = 20

PDF_SIGNATURE = b"%PDF-"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"


def media_type_of(content: bytes) -> str | None:
    """``application/pdf``, ``image/png`` or ``image/jpeg`` by the content's signature; ``None`` for anything else.

    A PDF's header may follow up to 1024 bytes of other data (ISO 32000-1, annex H); images start with theirs.
    """
    if PDF_SIGNATURE in content[:1024]:
        return "application/pdf"
    if content.startswith(PNG_SIGNATURE):
        return "image/png"
    if content.startswith(JPEG_SIGNATURE):
        return "image/jpeg"
    return None


def checked_upload(content: bytes) -> str:
    """The media type of a file a clerk adds; ``InvalidInput("attachment", …)`` if it cannot be a case's document."""
    if not content:
        raise InvalidInput("attachment", "empty")
    if len(content) > MAX_UPLOAD_BYTES:
        raise InvalidInput("attachment", "too_large")
    media_type = media_type_of(content)
    if media_type is None:
        raise InvalidInput("attachment", "not_pdf_or_image")
    return media_type


def check_upload_count(count: int) -> None:
    """A counter case takes at most :data:`MAX_UPLOADS` scanned documents."""
    if count > MAX_UPLOADS:
        raise InvalidInput("attachment", "too_many")
