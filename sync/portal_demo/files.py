"""Files citizens upload, for demo submissions: small but well-formed PDFs and JPEG-like photos.

A demo PDF is a real one-page PDF (catalogue, page, Helvetica text, cross-reference table) that any viewer opens
and whose text a clerk can read in Amtsstube. ``size`` pads it to exactly that many bytes with an unreferenced
stream of random bytes (as incompressible as a scan), so benchmarks can ask for e.g. 100 000-byte attachments.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence

from sync.portal_demo.people import ascii_fold

PDF = "application/pdf"
JPEG = "image/jpeg"
_SMALLEST_JPEG = 64


def demo_pdf(title: str, lines: Sequence[str], rng: random.Random, *, size: int | None = None) -> bytes:
    """A one-page A4 PDF showing ``title`` and ``lines``; exactly ``size`` bytes when given (and large enough)."""
    text = ["BT /F1 14 Tf 56 780 Td (" + _pdf_text(title) + ") Tj ET"]
    for number, line in enumerate(lines):
        text.append(f"BT /F1 10 Tf 56 {750 - 16 * number} Td ({_pdf_text(line)}) Tj ET")
    content = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    pdf = _assemble(objects)
    if size is None or size <= len(pdf):
        return pdf if size is None else _fit(pdf, size)
    # Pad with one more object; its own header and the longer xref cost a few bytes, so settle in two rounds.
    padding = 0
    for _ in range(3):
        filler = rng.randbytes(max(padding, 0))
        padded = _assemble([*objects, b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream"])
        padding += size - len(padded)
        if len(padded) == size:
            return padded
    return _fit(padded, size)


def demo_jpeg(rng: random.Random, *, size: int | None = None) -> bytes:
    """JPEG-ish bytes: SOI, a JFIF header, random entropy-coded data, EOI (not decodable, but typed right)."""
    header = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    body_size = (size if size is not None else rng.randint(40_000, 180_000)) - len(header) - 2
    return header + rng.randbytes(max(body_size, _SMALLEST_JPEG - len(header) - 2)) + b"\xff\xd9"


def _assemble(objects: Sequence[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _fit(data: bytes, size: int) -> bytes:
    """Exactly ``size`` bytes even when the caller asked for less than a valid file needs (then it is cut)."""
    return data[:size] if len(data) >= size else data + b"\n" * (size - len(data))


def _pdf_text(text: str) -> str:
    """A PDF string literal body in WinAnsi: Latin-1 letters stay, others are folded (Ł → L), specials escaped."""
    chars = []
    for char in unicodedata.normalize("NFC", text):
        if char in "\\()":
            chars.append("\\" + char)
        elif ord(char) < 256:
            chars.append(char)
        elif not unicodedata.combining(char):
            chars.append(ascii_fold(char) or "?")
    return "".join(chars).encode("latin-1", "replace").decode("latin-1")
