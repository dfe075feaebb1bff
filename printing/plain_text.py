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


#: Where a line may break inside a word (an e-mail address, a web address, a double name, a reference): after
#: ``@ / _ -`` and the dash, and before a dot between letters or digits (``m.mustermann@`` / ``stadt-`` /
#: ``lindenbrueck`` / ``.de``), so that the line end shows the word goes on; no hyphen is added. "Dr." stays whole.
_WORD_BREAK = re.compile(r"(?<=[@/_\-–])(?=[^@/_\-–])|(?<=\w)(?=\.\w)")

ELLIPSIS = "…"


def longest_fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit ``width`` points (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_line(text: str, font: str, size: float, width: float, *, inside_words: bool = True) -> list[str]:
    """One line of text (see :func:`single_line`) broken into lines of at most ``width`` points.

    Breaks at spaces and at the break points inside words (:data:`_WORD_BREAK`), filling each line as far as it
    goes; with ``inside_words=False`` only a word wider than a whole line breaks inside. A piece still wider
    than a line is cut between characters.
    """
    return _wrap(text, font, size, width, inside_words=inside_words)[0]


def _wrap(text: str, font: str, size: float, width: float, *, inside_words: bool = True) -> tuple[list[str], bool]:
    """The lines, and whether a piece had to be cut between characters."""
    lines: list[str] = []
    current = ""
    cut_inside = False
    for word in single_line(text).split():
        whole = not inside_words and stringWidth(word, font, size) <= width
        pieces = [word] if whole else [part for part in _WORD_BREAK.split(word) if part]
        for index, piece in enumerate(pieces):
            joined = f"{current} {piece}" if current and index == 0 else current + piece
            if stringWidth(joined, font, size) <= width:
                current = joined
                continue
            if current:
                lines.append(current)
            while stringWidth(piece, font, size) > width:
                cut = longest_fitting_prefix(piece, font, size, width)
                lines.append(piece[:cut])
                piece = piece[cut:]
                cut_inside = True
            current = piece
    if current:
        lines.append(current)
    return lines, cut_inside


def fit_lines(
    text: str, font: str, size: float, width: float, *, max_lines: int, min_size: float
) -> tuple[list[str], float]:
    """``text`` in at most ``max_lines`` lines of ``width`` points, and the font size to set them in.

    Wrapped at ``size`` if that is enough, else at a smaller size down to ``min_size`` (a size at which no word
    has to be cut between two letters is preferred); text that does not fit even then is shortened and ends
    with "…". Serves fields of a fixed width such as the information block.
    """
    text = single_line(text)
    if stringWidth(text, font, size) <= width:
        return [text], size
    steps = max(0, int((size - min_size) / 0.5 + 1e-9))
    tried = [(size - 0.5 * step, *_wrap(text, font, size - 0.5 * step, width)) for step in range(steps + 1)]
    fitting = [(current, lines, cut) for current, lines, cut in tried if len(lines) <= max_lines]
    if fitting:
        current, lines, _ = min(fitting, key=lambda attempt: attempt[2])  # the largest size without a cut
        return lines, current
    current, lines, _ = tried[-1]
    lines = lines[:max_lines]
    last = lines[-1]
    while last and stringWidth(last + ELLIPSIS, font, current) > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + ELLIPSIS
    return lines, current


def widest_word(text: str, font: str, size: float) -> float:
    """The width in points of the widest word of ``text``: the narrowest it can be wrapped at spaces."""
    return max((stringWidth(word, font, size) for word in single_line(text).split()), default=0.0)


def fitting_size(text: str, font: str, size: float, max_width: float) -> float:
    """The font size at which ``text`` fits ``max_width`` points: ``size`` if it fits, else smaller.

    Text on a fixed position (address, information block) shrinks rather than running out of its field; only
    absurdly long values get small.
    """
    width = stringWidth(text, font, size)
    if width <= max_width:
        return size
    return size * max_width / width * 0.999
