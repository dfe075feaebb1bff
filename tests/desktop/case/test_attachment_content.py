"""Decoding an attachment's picture for the viewer: only PNG and JPEG, by their signature, and never a picture too
large to hold."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from desktop.case.attachment_content import MAX_PIXELS, decoded
from models.operations.attachments import AttachmentBlob
from tests.support.attachment_files import HTML_FILE, pdf_file, png_claiming, png_file


def _blob(content: bytes, media_type: str = "image/png") -> AttachmentBlob:
    return AttachmentBlob(1, 2, "2026-000001", "Anlage", media_type, content, len(content))


def _jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    buffer.close()
    return bytes(data.data())


def test_png_and_jpeg_pictures_are_decoded_whatever_their_claim() -> None:
    png = decoded(_blob(png_file(30, 20), "application/pdf")).image
    assert png is not None
    assert (png.width(), png.height()) == (30, 20)
    jpeg = decoded(_blob(_jpeg(12, 8), "image/png")).image
    assert jpeg is not None
    assert (jpeg.width(), jpeg.height()) == (12, 8)


def test_no_picture_for_what_is_not_one_or_does_not_decode() -> None:
    assert decoded(_blob(HTML_FILE)).image is None
    assert decoded(_blob(pdf_file(1), "image/png")).image is None
    assert decoded(_blob(png_file(30, 20)[:40])).image is None  # cut off after the header


def test_a_picture_too_large_to_hold_is_not_decoded() -> None:
    assert decoded(_blob(png_claiming(100_000, 100_000))).image is None  # a bomb's header
    side = int(MAX_PIXELS**0.5) + 1  # a real picture just above the limit (Qt itself would decode it)
    assert decoded(_blob(png_file(side, side))).image is None
    below = decoded(_blob(png_file(side, MAX_PIXELS // side - 1))).image
    assert below is not None
