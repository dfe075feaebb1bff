"""Citizen-supplied text is data, never markup.

reportlab's ``Paragraph`` reads an XML-like markup (``<b>``, ``<font size=80>``, ``&amp;``); a name such
as ``<b>Müller & Söhne</b>`` must print exactly as typed. Every string goes through one of these helpers
before it reaches reportlab. Letters use :class:`~printing.plain_paragraph.PlainParagraph`, which knows no
markup at all; :func:`paragraph_markup` is for documents that need ``Paragraph`` features.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

# C0/C1 control characters except tab and newline; reportlab would print them as empty boxes or choke on them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise(text: str) -> str:
    """NFC (DIN 91379 stores names that way; precomposed letters render best) without control characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def single_line(text: str) -> str:
    """Text for one printed line (address, information block): line breaks and tabs become spaces."""
    return " ".join(normalise(text).split())


def paragraph_markup(text: str) -> str:
    """Paragraph markup that prints ``text`` literally; line breaks inside the text are kept."""
    lines = normalise(text).replace("\t", " ").splitlines()
    return "<br/>".join(escape(line) for line in lines)


def fitting_size(text: str, font: str, size: float, max_width: float) -> float:
    """The font size at which ``text`` fits ``max_width`` points: ``size`` if it fits, else smaller.

    Text on a fixed position (address, information block) shrinks rather than running out of its field; only
    absurdly long values get small.
    """
    width = stringWidth(text, font, size)
    if width <= max_width:
        return size
    return size * max_width / width * 0.999
