"""Scanned documents the clerk adds to a counter case: read from their files (on the worker), and kept in the draft.

A file is read at most one byte past :data:`~models.upload_files.MAX_UPLOAD_BYTES` (a huge file is refused without
filling the memory) and checked by its content. The draft keeps where each document came from and its SHA-512, not
the content: after a crash or a closed window the same files are read again, and a file that has gone or changed
since is named to the clerk to add again. Nothing a clerk chose is lost silently, and a draft stays small.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.operations.case_creation import AttachmentInput
from models.upload_files import MAX_UPLOAD_BYTES, checked_upload

MAX_DRAFT_ENTRIES = 50  # more than a case takes (20): a draft with more is not ours


@dataclass(frozen=True)
class ScannedDocument:
    source: str  # the file it was read from, as the draft keeps it
    attachment: AttachmentInput

    @property
    def sha512(self) -> str:
        return hashlib.sha512(self.attachment.content).hexdigest()

    def to_draft(self) -> dict[str, Any]:
        return {"name": self.attachment.filename, "path": self.source, "sha512": self.sha512}


@dataclass(frozen=True)
class RereadDocuments:
    """What came back of a draft's documents: those read again unchanged, and the names of the others."""

    found: tuple[ScannedDocument, ...]
    lost: tuple[str, ...]  # gone, changed or no longer a document we take


def read_scan(path: Path) -> ScannedDocument:
    """The file at ``path`` as a case's document; ``InvalidInput("attachment", …)`` if it cannot be one."""
    try:
        with path.open("rb") as file:
            content = file.read(MAX_UPLOAD_BYTES + 1)
    except OSError as error:
        raise InvalidInput("attachment", "unreadable") from error
    return ScannedDocument(str(path.absolute()), AttachmentInput(path.name, checked_upload(content), content))


def read_scans(paths: Sequence[Path]) -> tuple[ScannedDocument, ...]:
    return tuple(read_scan(path) for path in paths)


def reread_from_draft(entries: object) -> RereadDocuments:
    """The documents a draft lists (:meth:`ScannedDocument.to_draft`), read again where the file is unchanged.

    An older draft listed only names; any entry that is not a readable, unchanged document is named as lost.
    """
    found: list[ScannedDocument] = []
    lost: list[str] = []
    listed = entries[:MAX_DRAFT_ENTRIES] if isinstance(entries, list) else []
    for entry in listed:
        if not isinstance(entry, dict):
            lost.append(str(entry)[:255])
            continue
        name = str(entry.get("name", ""))[:255]
        path, sha512 = entry.get("path"), entry.get("sha512")
        try:
            if not isinstance(path, str) or not isinstance(sha512, str):
                raise InvalidInput("attachment", "unreadable")
            document = read_scan(Path(path))
        except (InvalidInput, ValueError):  # ValueError: a path with a NUL byte
            lost.append(name)
            continue
        if document.sha512 != sha512:
            lost.append(name)
            continue
        found.append(document)
    return RereadDocuments(tuple(found), tuple(lost))
