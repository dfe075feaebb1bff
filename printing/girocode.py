"""The EPC QR code on fee notices (GiroCode, EPC069-12 version 002), checked, encoded and drawn as vectors.

The payload is built here rather than by ``segno.helpers.make_epc_qr`` so that what is checked, what is printed
beside the code and what the banking app reads are the same normalised strings. The symbol is drawn as filled
rectangles straight onto the PDF canvas: sharp at any printer resolution and far cheaper than a bitmap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import segno

from models.errors import InvalidInput
from models.letters import MAX_PURPOSE_LENGTH, PaymentRequest
from models.town_validation import normalised_bic, normalised_iban
from printing.plain_text import single_line

Canvas = Any  # reportlab.pdfgen.canvas.Canvas; reportlab ships no type hints

MAX_AMOUNT_CENTS = 99_999_999_999  # EUR 999,999,999.99, the EPC maximum
MAX_BENEFICIARY = 70
MAX_PAYLOAD_BYTES = 331
MAX_QR_VERSION = 13
QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks


@dataclass(frozen=True)
class PaymentFields:
    """The checked, normalised values that are printed and encoded (identical in both places)."""

    amount_cents: int
    beneficiary: str
    iban: str  # compact, capitals
    bic: str  # capitals, may be empty (EPC version 002 needs no BIC inside the EEA)
    purpose: str


def checked_fields(payment: PaymentRequest) -> PaymentFields:
    """The payment's values, normalised; raises :class:`InvalidInput` for anything a bank would refuse."""
    if payment.amount_cents <= 0:
        raise InvalidInput("amount", "not_positive")
    if payment.amount_cents > MAX_AMOUNT_CENTS:
        raise InvalidInput("amount", "above_epc_maximum")
    beneficiary = single_line(payment.beneficiary)
    if not beneficiary:
        raise InvalidInput("beneficiary", "required")
    if len(beneficiary) > MAX_BENEFICIARY:
        raise InvalidInput("beneficiary", "too_long")
    iban = normalised_iban(payment.iban)  # schwifty: structure of the country and mod-97 check digits
    bic = normalised_bic(payment.bic) if payment.bic.strip() else ""
    purpose = single_line(payment.purpose)
    if len(purpose) > MAX_PURPOSE_LENGTH:
        raise InvalidInput("purpose", "too_long")
    return PaymentFields(payment.amount_cents, beneficiary, iban, bic, purpose)


def epc_amount(cents: int) -> str:
    """``EUR15.00``: the EPC amount field."""
    euros, rest = divmod(cents, 100)
    return f"EUR{euros}.{rest:02d}"


def epc_payload(fields: PaymentFields) -> str:
    """The EPC069-12 version 002 payload, UTF-8, SEPA credit transfer, unstructured remittance information."""
    lines = [
        "BCD",  # service tag
        "002",  # version
        "1",  # character set: UTF-8
        "SCT",  # SEPA credit transfer
        fields.bic,
        fields.beneficiary,
        fields.iban,
        epc_amount(fields.amount_cents),
        "",  # purpose code
        "",  # structured remittance reference
        fields.purpose,
    ]
    return "\n".join(lines).rstrip("\n")  # no line break after the last populated field


@dataclass(frozen=True)
class QrSymbol:
    """A QR symbol as filled rectangles in module units: (column, row, width, height), row 0 at the top.

    Dark runs in a row become one rectangle, and equal runs in consecutive rows are merged into one taller
    rectangle: a version 8 symbol needs about 400 rectangles instead of 1,200 modules.
    """

    modules: int  # per side, without the quiet zone
    rects: tuple[tuple[int, int, int, int], ...]

    @cached_property
    def operators(self) -> str:
        """The rectangles as PDF path operators, in module units; placed on the page by a ``cm`` transform."""
        return "\n".join(f"{column} {row} {width} {height} re" for column, row, width, height in self.rects)


def _row_runs(line: bytearray) -> list[tuple[int, int]]:
    """(first column, length) of the dark runs in one row of a segno matrix (bit 0 set means dark)."""
    runs, column, size = [], 0, len(line)
    while column < size:
        if line[column] & 1:
            start = column
            while column < size and line[column] & 1:
                column += 1
            runs.append((start, column - start))
        else:
            column += 1
    return runs


def girocode(fields: PaymentFields) -> QrSymbol:
    """The GiroCode for ``fields``: error correction M (fixed by the EPC), byte mode, at most version 13."""
    data = epc_payload(fields).encode("utf-8")
    if len(data) > MAX_PAYLOAD_BYTES:
        raise InvalidInput("payment", "too_long_for_girocode")
    qr = segno.make_qr(data, error="m", boost_error=False)
    if len(qr.matrix) > 17 + 4 * MAX_QR_VERSION:  # cannot happen within 331 bytes; the EPC forbids larger codes
        raise InvalidInput("payment", "too_long_for_girocode")
    return merged_symbol(qr)


def merged_symbol(qr: segno.QRCode) -> QrSymbol:
    """A segno symbol as merged rectangles (see :class:`QrSymbol`)."""
    rects: list[tuple[int, int, int, int]] = []
    growing: dict[tuple[int, int], tuple[int, int]] = {}  # (column, width) -> (first row, height)
    for row, line in enumerate(qr.matrix):
        continued: dict[tuple[int, int], tuple[int, int]] = {}
        for run in _row_runs(line):
            first, height = growing.pop(run, (row, 0))
            continued[run] = (first, height + 1)
        rects += [(column, first, width, height) for (column, width), (first, height) in growing.items()]
        growing = continued
    rects += [(column, first, width, height) for (column, width), (first, height) in growing.items()]
    return QrSymbol(len(qr.matrix), tuple(sorted(rects, key=lambda rect: (rect[1], rect[0]))))


def draw_symbol(canv: Canvas, symbol: QrSymbol, x: float, y: float, size: float) -> None:
    """Draw ``symbol`` with its quiet zone into the square at ``x``, ``y`` (bottom-left, points) of side ``size``.

    The rectangles go into the page as literal path operators in module units under one transformation matrix
    (y pointing down, origin at the symbol's top-left module), which keeps the drawing cheap: reportlab's path
    objects would format four coordinates per rectangle on every page.
    """
    module = size / (symbol.modules + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    canv.addLiteral(f"q\n{module:.6f} 0 0 {-module:.6f} {left:.4f} {top:.4f} cm\n0 g\n{symbol.operators}\nf\nQ")
