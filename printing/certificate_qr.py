"""The QR code of a certificate: its verification address, as filled rectangles ready for the page.

The symbol is drawn the way the GiroCode of a fee notice is (:func:`printing.girocode.draw_symbol`): dark runs of a
row become one rectangle and equal runs in consecutive rows merge into one taller rectangle, so a page carries a
few hundred rectangles rather than a thousand modules.
"""

from __future__ import annotations

import segno

from printing.girocode import QrSymbol, merged_symbol

#: Error correction Q: a quarter of the symbol may be scratched or stamped over (the seal sits near it).
ERROR_LEVEL = "q"
#: One data mask for every code (ISO/IEC 18004 lets the encoder choose; the symbol records its choice). Scoring all
#: eight masks takes segno four times as long as the rest of the encoding, about a third of a certificate's
#: rendering time; a certificate's short address in level Q scans well with any of them (the tests scan many).
MASK = 2


def qr_symbol(data: str) -> QrSymbol:
    """The QR code of ``data`` (UTF-8), as merged rectangles in module units, row 0 at the top."""
    return merged_symbol(segno.make_qr(data, error=ERROR_LEVEL, boost_error=False, mask=MASK))
