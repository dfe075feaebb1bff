"""The payment block of a fee notice (Zahlungsaufforderung): bank transfer details beside an EPC GiroCode.

Left the amount, due date, beneficiary, IBAN in groups of four, BIC and remittance text; right the GiroCode that a
banking app scans to fill in the same transfer. One flowable, so it never splits across a page break. All text is
drawn with ``drawString`` (no markup) after the same checks and normalisation as the code's payload.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from models.german_format import format_date, format_euro
from models.letters import PaymentRequest
from printing.fonts import LetterFonts
from printing.girocode import Canvas, QrSymbol, checked_fields, draw_symbol, girocode
from printing.letter_page import grouped_iban
from printing.plain_paragraph import break_lines

HEADING = "Bitte überweisen Sie:"
CAPTION = "GiroCode – mit Ihrer Banking-App scannen"
QR_SIZE = 33.0 * mm  # with the quiet zone
QR_GAP = 8.0 * mm  # between the text column and the code
LABEL_GAP = 4.0 * mm
CAPTION_SIZE = 7.0
CAPTION_LEADING = 8.5
CAPTION_GREY = 0.35
LABEL_GREY = 0.35


@dataclass(frozen=True)
class BlockText:
    """One line of the block: x and baseline in points from the block's top-left corner."""

    text: str
    x: float
    baseline: float
    font: str
    size: float
    grey: float = 0.0


class PaymentBlock(Flowable):
    """Transfer details and GiroCode, as wide as the text area; raises ``InvalidInput`` for an unusable payment."""

    def __init__(
        self, payment: PaymentRequest, fonts: LetterFonts, size: float, leading: float, space_after: float = 0.0
    ) -> None:
        super().__init__()
        self.spaceAfter = space_after
        self.fields = checked_fields(payment)  # fails before any layout work, with the field that is wrong
        self.due_date = payment.due_date
        self.fonts = fonts
        self.size = size
        self.leading = leading
        self.symbol: QrSymbol = girocode(self.fields)
        self.lines: list[BlockText] = []
        self.qr_x = 0.0
        self._laid_out_width: float | None = None

    def __repr__(self) -> str:
        return f"PaymentBlock({self.fields.amount_cents} ct)"

    def rows(self) -> list[tuple[str, str]]:
        fields = self.fields
        rows = [
            ("Betrag", format_euro(fields.amount_cents)),
            ("Zahlbar bis", format_date(self.due_date)),
            ("Empfänger", fields.beneficiary),
            ("IBAN", grouped_iban(fields.iban)),
            ("BIC", fields.bic),
            ("Verwendungszweck", fields.purpose),
        ]
        return [(label, value) for label, value in rows if value]

    def _layout(self, width: float) -> float:
        """Place every line for a block ``width`` points wide; returns the block's height."""
        regular, bold = self.fonts.regular, self.fonts.bold
        size, leading = self.size, self.leading
        ascent = getAscentDescent(regular, size)[0]
        column = width - QR_SIZE - QR_GAP
        rows = self.rows()
        label_width = max(stringWidth(label, regular, size) for label, _ in rows) + LABEL_GAP
        lines: list[BlockText] = []
        top = 0.0
        for text in break_lines(HEADING, bold, size, column):
            lines.append(BlockText(text, 0.0, top + ascent, bold, size))
            top += leading
        top += leading / 2
        for label, value in rows:
            lines.append(BlockText(label, 0.0, top + ascent, regular, size, LABEL_GREY))
            font = bold if label == "Betrag" else regular
            for text in break_lines(value, font, size, column - label_width):
                lines.append(BlockText(text, label_width, top + ascent, font, size))
                top += leading
        self.qr_x = width - QR_SIZE
        caption_top = QR_SIZE + 1.0 * mm
        caption_ascent = getAscentDescent(regular, CAPTION_SIZE)[0]
        for text in break_lines(CAPTION, regular, CAPTION_SIZE, QR_SIZE):
            x = self.qr_x + (QR_SIZE - stringWidth(text, regular, CAPTION_SIZE)) / 2
            lines.append(BlockText(text, x, caption_top + caption_ascent, regular, CAPTION_SIZE, CAPTION_GREY))
            caption_top += CAPTION_LEADING
        self.lines = lines
        return max(top, caption_top)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._laid_out_width != avail_width:
            self.height = self._layout(avail_width)
            self._laid_out_width = avail_width
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:
        draw_block(self.canv, self, 0.0, self.height)


def draw_block(canv: Canvas, block: PaymentBlock, x: float, top: float) -> None:
    """Draw a laid-out ``block`` with its top-left corner at ``x``, ``top`` (points from the page's bottom)."""
    for line in block.lines:
        canv.setFillGray(line.grey)
        canv.setFont(line.font, line.size)
        canv.drawString(x + line.x, top - line.baseline, line.text)
    draw_symbol(canv, block.symbol, x + block.qr_x, top - QR_SIZE, QR_SIZE)
