"""A flowable for plain text: wrapped at spaces, split at line boundaries, never parsed as markup.

Letters consist of plain text only (what clerks and citizens typed), so reportlab's ``Paragraph`` with its
markup parser is neither needed nor wanted: ``<b>`` or ``&amp;`` in a citizen's text must print as typed. This
flowable draws the text with a text object, which knows no markup, and lays out faster than ``Paragraph``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from printing.plain_text import longest_fitting_prefix, normalise

_FUZZ = 1e-6

#: Word widths repeat across letters built from the same texts; caching them saves a good part of the layout.
_word_width = lru_cache(maxsize=16384)(stringWidth)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces; explicit line breaks are kept, words wider than a line are cut."""
    lines: list[str] = []
    space = _word_width(" ", font, size)
    for raw in normalise(text).replace("\t", " ").splitlines() or [""]:
        current: list[str] = []
        current_width = 0.0
        for word in raw.split():
            word_width = _word_width(word, font, size)
            while word_width > width:  # a word longer than the line (an IBAN without spaces, a URL)
                if current:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                cut = longest_fitting_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = _word_width(word, font, size)
            if current and current_width + space + word_width > width:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
            else:
                current_width += (space if current else 0.0) + word_width
                current.append(word)
        lines.append(" ".join(current))
    return lines


class PlainParagraph(Flowable):
    """Left-aligned plain text with a fixed leading; keeps at least two lines together at a page break."""

    min_lines_at_break = 2  # no orphans, no widows

    def __init__(self, text: str, font: str, size: float, leading: float, space_after: float = 0.0) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.spaceAfter = space_after
        self._lines: list[str] = []
        self._wrapped_width: float | None = None

    def __repr__(self) -> str:
        return f"PlainParagraph({self.text[:30]!r})"

    def _lines_for(self, width: float) -> list[str]:
        if self._wrapped_width != width:
            self._lines = break_lines(self.text, self.font, self.size, width)
            self._wrapped_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self._lines_for(avail_width)) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        lines = self._lines_for(avail_width)
        keep = self.min_lines_at_break
        fitting = min(int((avail_height + _FUZZ) // self.leading), len(lines) - keep)
        if fitting < keep:
            return []  # the whole paragraph moves to the next page
        # The explicit line breaks reproduce the same lines when the parts are wrapped at the same width.
        head = PlainParagraph("\n".join(lines[:fitting]), self.font, self.size, self.leading)
        tail = PlainParagraph("\n".join(lines[fitting:]), self.font, self.size, self.leading, self.spaceAfter)
        return [head, tail]

    def draw(self) -> None:
        ascent, _descent = getAscentDescent(self.font, self.size)
        text = self.canv.beginText(0, self.height - ascent)
        text.setFont(self.font, self.size, self.leading)
        text.textLines(self._lines, trim=0)
        self.canv.drawText(text)
