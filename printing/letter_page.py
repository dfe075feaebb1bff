"""The fixed parts of a DIN 5008 letter page, drawn straight onto the canvas (Briefbogen).

Letterhead, return-address line, note and address zones, information block, fold and hole marks, footer
and the short header of follow-up pages. The flowing text (subject to enclosures) is laid out by
:mod:`printing.letter` between :attr:`LetterPage.first_body_top` and :attr:`LetterPage.body_bottom`.

Every string is drawn with ``drawString``, which never interprets markup. Positions are millimetres from the
top of the page, as in :mod:`printing.din5008`, and converted at the last moment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from models.errors import InvalidInput
from models.german_format import format_date
from models.letters import LetterContent
from printing import din5008
from printing.din5008 import LetterForm
from printing.fonts import LetterFonts
from printing.plain_text import fit_lines, fitting_size, single_line, widest_word, wrap_line

log = logging.getLogger(__name__)

Canvas = Any  # reportlab.pdfgen.canvas.Canvas; reportlab ships no type hints

GREY = 0.35
MARK_GREY = 0.5
RETURN_LINE_SIZE = 6.5
NOTE_SIZE = 8.0
ADDRESS_SIZE = 10.0
INFO_LABEL_SIZE = 7.5
INFO_VALUE_SIZE = 9.0
INFO_MIN_SIZE = 6.5  # a value too long for its lines is set smaller, down to this, before it is shortened
INFO_MAX_LINES = 5  # lines one value of the information block may take (an 80-character e-mail address needs 5)
INFO_LABEL_GAP = 4.0  # mm between the widest label and the value column
DEPARTMENT_SIZE = 10.0
DEPARTMENT_PITCH = 4.2
FOOTER_SIZE = 7.0
FOOTER_PITCH = 3.2
FOOTER_BASELINE = din5008.A4_HEIGHT - 12.0  # last footer line, clear of the printer's unprintable border
HEADER_BASELINE = 15.0  # follow-up pages
LATER_BODY_TOP = 25.0


def _y(from_top: float) -> float:
    """Millimetres from the top edge to reportlab points from the bottom edge."""
    return (din5008.A4_HEIGHT - from_top) * mm


def _baseline_in_slot(font: str, size: float, slot_top: float, slot_height: float) -> float:
    """Baseline (mm from top) that centres a line of ``size`` points vertically in its slot."""
    ascent, descent = getAscentDescent(font, size)
    box = (ascent - descent) / mm
    return slot_top + (slot_height - box) / 2 + ascent / mm


def grouped_iban(iban: str) -> str:
    """IBAN in groups of four, as DIN 5008 prints it."""
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _column_cap(widths: list[float], narrowest: list[float], available: float) -> float:
    """The widest a column may be so that columns too wide side by side fit ``available`` points.

    Narrow columns keep their width, the others share what is left, but no column gets narrower than
    ``narrowest`` (its widest unbreakable line); the cap is found by bisection.
    """

    def total(cap: float) -> float:
        return sum(max(least, min(width, cap)) for width, least in zip(widths, narrowest, strict=True))

    low, high = 0.0, max(widths)
    for _ in range(40):
        middle = (low + high) / 2
        if total(middle) <= available:
            low = middle
        else:
            high = middle
    return max(low, 1.0)


def _wrapped_column(column: list[tuple[str, str, bool]], size: float, width: float) -> list[tuple[str, str, bool]]:
    """A footer column with its breakable lines wrapped at spaces to ``width`` points."""
    return [
        (part, font, breakable)
        for text, font, breakable in column
        for part in (wrap_line(text, font, size, width, inside_words=False) if breakable else [text])
    ]


@lru_cache(maxsize=8)
def _logo(path: str) -> ImageReader | None:
    if not Path(path).is_file():
        log.warning("town logo %s does not exist; printing without it", path)
        return None
    return ImageReader(path)


@dataclass(frozen=True)
class PlacedText:
    """A line of text at a fixed position: x, baseline y in mm from the top-left, font and size."""

    text: str
    x: float
    y: float
    font: str
    size: float
    grey: float = 0.0

    def draw(self, canv: Canvas) -> None:
        canv.setFillGray(self.grey)
        canv.setFont(self.font, self.size)
        canv.drawString(self.x * mm, _y(self.y), self.text)


class LetterPage:
    """Lays out the fixed parts of one letter once and draws them on each page."""

    def __init__(self, content: LetterContent, form: LetterForm, fonts: LetterFonts) -> None:
        self.content = content
        self.form = form
        self.fonts = fonts
        self._letterhead = self._layout_letterhead()
        self._address_field = self._layout_address_field()
        self._info_block, info_bottom = self._layout_info_block()
        self._footer, self._footer_rule = self._layout_footer()
        #: Top of the flowing text on page 1: the subject follows the address field or the information block.
        self.first_body_top = max(form.subject_top, info_bottom + form.line_pitch)
        #: Bottom of the flowing text on every page, clear of the footer rule.
        self.body_bottom = self._footer_rule - 1.5 * form.line_pitch
        self.later_body_top = LATER_BODY_TOP

    # -- layout ------------------------------------------------------------------------------------------

    def _layout_letterhead(self) -> list[PlacedText]:
        town = self.content.town
        form = self.form
        top = max(8.0, form.letterhead_height / 2 - 8.0)
        left = form.text_left
        logo = _logo(town.logo_path) if town.logo_path else None
        if logo is not None:
            width, height = logo.getSize()
            left += 14.0 * width / height + 4.0
        name = single_line(town.name)
        name_size = fitting_size(name, self.fonts.bold, 16.0, (form.info_left - 5 - left) * mm)
        placed = [PlacedText(name, left, top + 5.0, self.fonts.bold, name_size)]
        department, size = fit_lines(
            town.department,
            self.fonts.regular,
            DEPARTMENT_SIZE,
            (form.info_left - 5 - left) * mm,
            max_lines=2,
            min_size=7.0,
        )
        for index, line in enumerate(department):
            placed.append(PlacedText(line, left, top + 11.0 + index * DEPARTMENT_PITCH, self.fonts.regular, size))
        right_lines = [town.street, f"{town.postcode} {town.city}", f"Telefon {town.phone}", town.website]
        max_width = (form.text_right - form.info_left) * mm
        for index, line in enumerate(line for line in right_lines if line.strip()):
            text = single_line(line)
            size = fitting_size(text, self.fonts.regular, 8.0, max_width)
            y = top + 3.0 + index * 3.6
            placed.append(PlacedText(text, form.info_left, y, self.fonts.regular, size, GREY))
        return placed

    def _layout_address_field(self) -> list[PlacedText]:
        content, form, fonts = self.content, self.form, self.fonts
        x = form.address_text_left
        max_width = (form.address_right - x - 1.0) * mm
        town = content.town
        parts = (town.name, town.street, f"{town.postcode} {town.city}")
        return_line = " · ".join(single_line(part) for part in parts)
        size = fitting_size(return_line, fonts.regular, RETURN_LINE_SIZE, max_width)
        placed = [PlacedText(return_line, x, form.address_top + 3.7, fonts.regular, size)]

        notes = [single_line(n) for n in content.notes if n.strip()]
        if len(notes) > form.note_lines:
            raise InvalidInput("notes", f"at most {form.note_lines} lines fit the note zone")
        pitch = form.note_zone_height / form.note_lines
        first_slot = form.note_lines - len(notes)  # filled from the bottom
        for index, note in enumerate(notes, start=first_slot):
            size = fitting_size(note, fonts.regular, NOTE_SIZE, max_width)
            y = _baseline_in_slot(fonts.regular, size, form.note_zone_top + index * pitch, pitch)
            placed.append(PlacedText(note, x, y, fonts.regular, size))

        lines = [single_line(line) for line in content.recipient if line.strip()]  # no blank lines
        if not lines:
            raise InvalidInput("recipient", "the address is empty")
        if len(lines) > form.address_lines:
            raise InvalidInput("recipient", f"at most {form.address_lines} lines fit the address zone")
        pitch = form.address_zone_height / form.address_lines
        for index, line in enumerate(lines):
            size = fitting_size(line, fonts.regular, ADDRESS_SIZE, max_width)
            y = _baseline_in_slot(fonts.regular, size, form.address_zone_top + index * pitch, pitch)
            placed.append(PlacedText(line, x, y, fonts.regular, size))
        return placed

    def _layout_info_block(self) -> tuple[list[PlacedText], float]:
        info, form, fonts = self.content.info, self.form, self.fonts
        rows = [
            ("Unser Zeichen", info.our_reference),
            ("Aktenzeichen", info.case_reference),
            ("Ansprechpartner/in", info.clerk),
            ("Telefon", info.phone),
            ("E-Mail", info.email),
        ]
        shown = [(label, value) for label, value in rows if value.strip()]
        labels = [label for label, _ in rows] + ["Datum"]
        label_width = max(stringWidth(label, fonts.regular, INFO_LABEL_SIZE) for label in labels)
        value_x = form.info_left + label_width / mm + INFO_LABEL_GAP
        value_width = (form.info_right - value_x) * mm
        pitch = form.line_pitch
        placed: list[PlacedText] = []
        row_top = form.info_top

        def add(label: str, value: str) -> None:
            """The label and beside it the value, wrapped (or shortened) inside the value column, never below."""
            nonlocal row_top
            lines, size = fit_lines(
                value, fonts.regular, INFO_VALUE_SIZE, value_width, max_lines=INFO_MAX_LINES, min_size=INFO_MIN_SIZE
            )
            baseline = _baseline_in_slot(fonts.regular, INFO_VALUE_SIZE, row_top, pitch)
            placed.append(PlacedText(label, form.info_left, baseline, fonts.regular, INFO_LABEL_SIZE, GREY))
            step = pitch * size / INFO_VALUE_SIZE  # a value set smaller keeps its lines together
            for index, line in enumerate(lines):
                placed.append(PlacedText(line, value_x, baseline + index * step, fonts.regular, size))
            row_top += pitch + (len(lines) - 1) * step

        for label, value in shown:
            add(label, value)
        row_top += pitch / 2
        add("Datum", format_date(info.date))
        return placed, row_top

    def _layout_footer(self) -> tuple[list[PlacedText], float]:
        town, form, fonts = self.content.town, self.form, self.fonts
        sections = [  # heading in bold, then its lines; a section without lines is left out
            (town.name, [town.department, town.street, f"{town.postcode} {town.city}"]),
            ("Kontakt", [f"Telefon {town.phone}" if town.phone else "", town.email, town.website]),
            ("Öffnungszeiten", list(town.office_hours)),
            ("Bankverbindung", [town.bank_name, f"IBAN {grouped_iban(town.iban)}", f"BIC {town.bic}"]),
        ]
        # Per column its lines: text, font, and whether the line may wrap (an IBAN or a BIC never does).
        columns: list[list[tuple[str, str, bool]]] = []
        for heading, lines in sections:
            shown = [single_line(line) for line in lines if line.strip()]
            if shown:
                body = [(line, fonts.regular, not line.startswith(("IBAN ", "BIC "))) for line in shown]
                columns.append([(single_line(heading), fonts.bold, True), *body])
        if not columns:
            return [], FOOTER_BASELINE

        def width_of(column: list[tuple[str, str, bool]]) -> float:
            return max(stringWidth(text, font, FOOTER_SIZE) for text, font, _ in column)

        def narrowest(column: list[tuple[str, str, bool]]) -> float:
            return max(
                widest_word(text, font, FOOTER_SIZE) if breakable else stringWidth(text, font, FOOTER_SIZE)
                for text, font, breakable in column
            )

        min_gap = 4.0 * mm
        available = form.text_width * mm
        size = FOOTER_SIZE
        natural = [width_of(column) for column in columns]
        room = available - min_gap * (len(columns) - 1)
        if sum(natural) > room:  # too wide side by side: the widest columns wrap their lines at spaces
            cap = _column_cap(natural, [narrowest(c) for c in columns], room)
            columns = [_wrapped_column(column, size, max(cap, narrowest(column))) for column in columns]
            natural = [width_of(column) for column in columns]
            if sum(natural) + min_gap * (len(columns) - 1) > available:  # words too long even so: set smaller
                size *= available / (sum(natural) + min_gap * (len(columns) - 1)) * 0.999
        column_widths = [width * size / FOOTER_SIZE for width in natural]
        gap = (available - sum(column_widths)) / max(1, len(columns) - 1)
        rows = max(len(c) for c in columns)
        first_baseline = FOOTER_BASELINE - (rows - 1) * FOOTER_PITCH
        placed: list[PlacedText] = []
        x = form.text_left * mm
        for column, width in zip(columns, column_widths, strict=True):
            for row, (text, font, _) in enumerate(column):
                y = first_baseline + row * FOOTER_PITCH
                placed.append(PlacedText(text, x / mm, y, font, size, GREY))
            x += width + gap
        return placed, first_baseline - size / mm - 1.5

    # -- drawing -----------------------------------------------------------------------------------------

    def draw_first_page(self, canv: Canvas, _doc: object = None) -> None:
        canv.saveState()
        town = self.content.town
        logo = _logo(town.logo_path) if town.logo_path else None
        if logo is not None:
            width, height = logo.getSize()
            top = max(8.0, self.form.letterhead_height / 2 - 8.0)
            x, y = self.form.text_left * mm, _y(top + 14.0)
            canv.drawImage(logo, x, y, 14.0 * width / height * mm, 14.0 * mm, mask="auto")
        for text in (*self._letterhead, *self._address_field, *self._info_block):
            text.draw(canv)
        underline = self._address_field[0]
        canv.setLineWidth(0.3)
        canv.setStrokeGray(0.0)
        canv.line(
            underline.x * mm,
            _y(underline.y + 0.8),
            underline.x * mm + stringWidth(underline.text, underline.font, underline.size),
            _y(underline.y + 0.8),
        )
        self._draw_marks_and_footer(canv)
        canv.restoreState()

    def draw_later_page(self, canv: Canvas, _doc: object = None) -> None:
        canv.saveState()
        form, town = self.form, self.content.town
        parts = [town.name, town.department, f"Aktenzeichen {self.content.info.case_reference}"]
        header = " · ".join(single_line(p) for p in parts if p.strip())
        size = fitting_size(header, self.fonts.regular, 8.0, (form.text_width - 30.0) * mm)
        PlacedText(header, form.text_left, HEADER_BASELINE, self.fonts.regular, size, GREY).draw(canv)
        canv.setLineWidth(0.3)
        canv.setStrokeGray(MARK_GREY)
        rule = _y(HEADER_BASELINE + 2.5)
        canv.line(form.text_left * mm, rule, form.text_right * mm, rule)
        self._draw_marks_and_footer(canv)
        canv.restoreState()

    def draw_page_number(self, canv: Canvas, number: int, total: int) -> None:
        """The page number "Seite x von y" in the header from page 2 on, once the page count is known."""
        if number < 2:
            return
        canv.saveState()
        canv.setFillGray(GREY)
        canv.setFont(self.fonts.regular, 8.0)
        canv.drawRightString(self.form.text_right * mm, _y(HEADER_BASELINE), f"Seite {number} von {total}")
        canv.restoreState()

    def _draw_marks_and_footer(self, canv: Canvas) -> None:
        form = self.form
        canv.setLineWidth(0.5)
        canv.setStrokeGray(MARK_GREY)
        left = din5008.MARK_LEFT * mm
        for fold in form.fold_marks:
            canv.line(left, _y(fold), left + din5008.FOLD_MARK_LENGTH * mm, _y(fold))
        canv.line(left, _y(form.hole_mark), left + din5008.HOLE_MARK_LENGTH * mm, _y(form.hole_mark))
        canv.setLineWidth(0.3)
        canv.line(form.text_left * mm, _y(self._footer_rule), form.text_right * mm, _y(self._footer_rule))
        for text in self._footer:
            text.draw(canv)
