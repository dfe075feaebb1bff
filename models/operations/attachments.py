"""The files that came with a case (Anlagen): their content for the viewer or to save, and what kind of file each
really is.

The sender's media type is a claim (a FIT-Connect submission is hostile input until shown otherwise): what the
viewer shows is decided by the first bytes of the content. Opening an attachment is logged: it holds personal data.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from models.actors import Actor
from models.db import Database
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.visibility import visible_attachment
from models.permissions import Action
from models.upload_files import media_type_of

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/jpg", "image/pjpeg"})


class ContentKind(enum.StrEnum):
    """How the application can show a file: as a PDF, as an image, or not at all (only save it)."""

    PDF = "pdf"
    IMAGE = "image"
    OTHER = "other"


def content_kind(content: bytes) -> ContentKind:
    """The kind of ``content`` by its signature (magic bytes), whatever media type the sender claimed: the same rule
    as for a document added at the counter (:func:`models.upload_files.media_type_of`)."""
    media_type = media_type_of(content)
    if media_type == "application/pdf":
        return ContentKind.PDF
    if media_type in IMAGE_TYPES:
        return ContentKind.IMAGE
    return ContentKind.OTHER


@dataclass(frozen=True)
class AttachmentBlob:
    """One attachment with its content, read for the viewer or to save it."""

    id: int
    case_id: int
    case_reference: str
    file_name: str
    media_type: str  # as the sender claimed it
    content: bytes = field(repr=False)
    size: int

    @property
    def kind(self) -> ContentKind:
        return content_kind(self.content)

    @property
    def claim_matches(self) -> bool:
        """Whether the claimed media type says what the content is (a mismatch is shown to the clerk)."""
        return claimed_kind(self.media_type) == self.kind


def claimed_kind(media_type: str) -> ContentKind:
    """The kind a media type claims."""
    claimed = media_type.split(";", 1)[0].strip().lower()
    if claimed == "application/pdf":
        return ContentKind.PDF
    if claimed in IMAGE_TYPES:
        return ContentKind.IMAGE
    return ContentKind.OTHER


@operation
def attachment_content(db: Database, actor: Actor, attachment_id: int) -> AttachmentBlob:
    """The content of one attachment of a case the actor sees (the opening is logged, never the content)."""
    actor.require(Action.VIEW_CASES)
    with db.write() as session:
        attachment, case = visible_attachment(session, actor, attachment_id)
        record(session, actor, "attachment.opened", "attachment", attachment.id, reference=case.reference)
        return AttachmentBlob(
            id=attachment.id,
            case_id=case.id,
            case_reference=case.reference,
            file_name=attachment.filename,
            media_type=attachment.media_type,
            content=attachment.content,
            size=len(attachment.content),
        )
