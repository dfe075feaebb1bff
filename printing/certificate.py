"""Civil-status certificates as PDF: :class:`~models.registers.civil_status.certificate_content.CertificateContent`
in, an A4 PDF for the security paper out.

The layout (:mod:`printing.certificate_layout`) follows the PStV templates; this module draws it onto a reportlab
canvas in the embedded TrueType font (:mod:`printing.fonts`), so every DIN 91379 name prints. Every string goes
through ``drawString``, which never interprets markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.registers.civil_status.certificate_content import CertificateContent
from printing.certificate_layout import PAGE_HEIGHT, CertificateLayout, PageLayout, layout_certificate
from printing.fonts import LetterFonts, register_fonts
from printing.girocode import draw_symbol

# Binary instead of ASCII85 streams, as for letters: smaller files and faster writing.
rl_config.useA85 = 0


def _y(from_top: float) -> float:
    return (PAGE_HEIGHT - from_top) * mm


def _draw_page(canv: Any, page: PageLayout) -> None:
    font, size, grey = None, None, None
    for text in page.texts:
        if (text.font, text.size) != (font, size):
            canv.setFont(text.font, text.size)
            font, size = text.font, text.size
        if text.grey != grey:
            canv.setFillGray(text.grey)
            grey = text.grey
        canv.drawString(text.x * mm, _y(text.y), text.text)
    for rule in page.rules:
        canv.setStrokeGray(rule.grey)
        canv.setLineWidth(rule.width)
        canv.line(rule.x0 * mm, _y(rule.y), rule.x1 * mm, _y(rule.y))
    for circle in page.circles:
        canv.setStrokeGray(circle.grey)
        canv.setLineWidth(0.5)
        canv.setDash(2, 2)
        canv.circle(circle.x * mm, _y(circle.y), circle.radius * mm, stroke=1, fill=0)
        canv.setDash()
    if page.qr is not None:
        qr = page.qr
        draw_symbol(canv, qr.symbol, qr.x * mm, _y(qr.y + qr.size), qr.size * mm)


def draw_certificate(layout: CertificateLayout, fonts: LetterFonts) -> bytes:
    """The laid-out certificate as PDF bytes."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, initialFontName=fonts.regular, lang="de-DE")
    canv.setTitle(layout.title)
    canv.setAuthor(layout.author)
    canv.setCreator("Amtsstube")
    for page in layout.pages:
        _draw_page(canv, page)
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def render_certificate(content: CertificateContent, fonts: LetterFonts | None = None) -> bytes:
    """The certificate as an A4 PDF (one page, unless the content needs more) with the font embedded."""
    fonts = fonts or register_fonts()
    return draw_certificate(layout_certificate(content, fonts), fonts)


def render_certificates(contents: Iterable[CertificateContent]) -> list[bytes]:
    """Several certificates, one PDF each (one per sheet of security paper), the font looked up once."""
    fonts = register_fonts()
    return [render_certificate(content, fonts) for content in contents]
