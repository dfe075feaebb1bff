"""Real files as citizens attach them: a PDF of some pages, a PNG image (built here, not read from disk)."""

from __future__ import annotations

import io
import struct
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def pdf_file(pages: int, text: str = "Nachweis") -> bytes:
    """A PDF with ``pages`` pages, each saying ``text`` and its number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, 720, f"{text} – Seite {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_file(width: int, height: int, rgb: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    """A PNG of one colour, ``width`` × ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    compressor = zlib.compressobj()
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()  # large ones row by row
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


HTML_FILE = b"<!DOCTYPE html><html><body><script>alert('Anlage')</script></body></html>"


def png_claiming(width: int, height: int) -> bytes:
    """The start of a PNG whose header claims ``width`` × ``height`` pixels, with hardly any picture data (a
    decompression bomb's shape: tiny on disk, gigabytes once decoded)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(header)) + b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", zlib.crc32(b"IHDR" + header) & 0xFFFFFFFF)
