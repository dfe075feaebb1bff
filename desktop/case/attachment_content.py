"""An attachment made ready for the viewer: a PNG or JPEG decoded to an image (in the worker, off the GUI thread).

Only the decoder that the content's signature names is used (never one Qt picks from a file name or the sender's
media type), and a picture too large to hold is not decoded: the attachment can still be saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from models.operations.attachments import AttachmentBlob, ContentKind
from models.upload_files import PNG_SIGNATURE

MAX_PIXELS = 60_000_000  # a scan at 600 dpi of an A3 page; a larger "image" is no scan but an attack on memory


@dataclass(frozen=True)
class ViewableAttachment:
    blob: AttachmentBlob
    image: QImage | None  # the decoded picture of an image attachment; None when it is none or does not decode


def decoded(blob: AttachmentBlob) -> ViewableAttachment:
    """The attachment with its picture decoded, where it is a PNG or JPEG that decodes."""
    if blob.kind != ContentKind.IMAGE:
        return ViewableAttachment(blob, None)
    return ViewableAttachment(blob, _image(blob.content))


def _image(content: bytes) -> QImage | None:
    data = QByteArray(content)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"png" if content.startswith(PNG_SIGNATURE) else b"jpeg")
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)  # a photo taken upright shows upright
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image
