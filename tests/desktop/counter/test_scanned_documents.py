"""Scanned documents read from their files and read again for a draft: bounded, by content, nothing silently lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.counter.scanned_documents import read_scan, read_scans, reread_from_draft
from models.errors import InvalidInput
from models.upload_files import MAX_UPLOAD_BYTES

PDF = b"%PDF-1.4\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_a_scan_is_read_with_its_source_and_kind(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(PDF)
    (tmp_path / "b.png").write_bytes(PNG)
    a, b = read_scans([tmp_path / "a.pdf", tmp_path / "b.png"])
    assert (a.attachment.filename, a.attachment.media_type, a.attachment.content) == ("a.pdf", "application/pdf", PDF)
    assert b.attachment.media_type == "image/png"
    assert a.source == str(tmp_path / "a.pdf")
    assert a.to_draft() == {"name": "a.pdf", "path": a.source, "sha512": a.sha512}
    assert len(a.sha512) == 128


def test_a_huge_missing_or_foreign_file_is_refused_by_name(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.write(PDF)
        file.truncate(MAX_UPLOAD_BYTES * 50)  # sparse: 500 MB on paper, read at most 10 MB + 1
    with pytest.raises(InvalidInput) as too_large:
        read_scan(huge)
    assert too_large.value.problem == "too_large"
    with pytest.raises(InvalidInput) as missing:
        read_scan(tmp_path / "gone.pdf")
    assert missing.value.problem == "unreadable"
    (tmp_path / "x.pdf").write_bytes(b"MZ\x90\x00")
    with pytest.raises(InvalidInput) as foreign:
        read_scan(tmp_path / "x.pdf")
    assert foreign.value.problem == "not_pdf_or_image"


def test_a_draft_gets_back_the_unchanged_files_and_names_the_others(tmp_path: Path) -> None:
    same, changed, gone = (tmp_path / n for n in ("same.pdf", "changed.pdf", "gone.png"))
    same.write_bytes(PDF)
    changed.write_bytes(PDF)
    gone.write_bytes(PNG)
    entries = [doc.to_draft() for doc in read_scans([same, changed, gone])]
    changed.write_bytes(PDF + b"%more\n")
    gone.unlink()
    hostile = [
        "old-draft-name-only.pdf",  # drafts before this version kept names only
        {"name": "nul.pdf", "path": "/tmp/a\x00b", "sha512": "0" * 128},
        {"name": "no-path.pdf"},
        {"name": "passwd", "path": "/etc/passwd", "sha512": "0" * 128},  # not a document, and not its hash
    ]
    reread = reread_from_draft([*entries, *hostile])
    assert [d.attachment.filename for d in reread.found] == ["same.pdf"]
    assert reread.found[0].attachment.content == PDF
    assert reread.lost == ("changed.pdf", "gone.png", "old-draft-name-only.pdf", "nul.pdf", "no-path.pdf", "passwd")
    assert reread_from_draft("not a list") == reread_from_draft([])
    assert reread_from_draft([]).found == ()
