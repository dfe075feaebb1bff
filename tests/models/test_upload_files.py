"""Counter uploads are PDF, JPEG or PNG by their content, within the size limit."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput
from models.upload_files import MAX_UPLOAD_BYTES, MAX_UPLOADS, check_upload_count, checked_upload, media_type_of

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20


def test_types_come_from_the_content() -> None:
    assert media_type_of(b"%PDF-1.7\n...") == "application/pdf"
    assert media_type_of(b"garbage before\n%PDF-1.4\n") == "application/pdf"  # allowed by ISO 32000
    assert media_type_of(PNG) == "image/png"
    assert media_type_of(JPEG) == "image/jpeg"
    assert media_type_of(b"<html><script>alert(1)</script>") is None
    assert media_type_of(b"PK\x03\x04 a zip named scan.pdf") is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"%PDF-" + b"x" * MAX_UPLOAD_BYTES, "too_large"), (b"MZ\x90\x00", "not_pdf_or_image")],
)
def test_unusable_files_are_refused_by_name(content: bytes, problem: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        checked_upload(content)
    assert (refused.value.field, refused.value.problem) == ("attachment", problem)
    assert checked_upload(PNG) == "image/png"


def test_a_case_takes_a_bounded_number_of_documents() -> None:
    check_upload_count(MAX_UPLOADS)
    with pytest.raises(InvalidInput) as refused:
        check_upload_count(MAX_UPLOADS + 1)
    assert refused.value.problem == "too_many"
