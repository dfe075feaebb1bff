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
from printing.plain_text import fitting_size, single_line

log = logging.getLogger(__name__)

Canvas = Any  # reportlab.pdfgen.canvas.Canvas; reportlab ships no type hints

GREY = 0.35
MARK_GREY = 0.5
RETURN_LINE_SIZE = 6.5
NOTE_SIZE = 8.0
ADDRESS_SIZE = 10.0
INFO_LABEL_SIZE = 7.5
INFO_VALUE_SIZE = 9.0
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
        placed = [
            PlacedText(name, left, top + 5.0, self.fonts.bold, name_size),
            PlacedText(single_line(town.department), left, top + 11.0, self.fonts.regular, 10.0),
        ]
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
        shown = [(label, single_line(value)) for label, value in rows if value.strip()]
        labels = [label for label, _ in rows] + ["Datum"]
        label_width = max(stringWidth(label, fonts.regular, INFO_LABEL_SIZE) for label in labels)
        value_x = form.info_left + label_width / mm + 4.0
        pitch = form.line_pitch
        placed: list[PlacedText] = []
        row_top = form.info_top

        def add(label: str, value: str) -> None:
            nonlocal row_top
            baseline = _baseline_in_slot(fonts.regular, INFO_VALUE_SIZE, row_top, pitch)
            placed.append(PlacedText(label, form.info_left, baseline, fonts.regular, INFO_LABEL_SIZE, GREY))
            if stringWidth(value, fonts.regular, INFO_VALUE_SIZE) <= (form.text_right - value_x) * mm:
                placed.append(PlacedText(value, value_x, baseline, fonts.regular, INFO_VALUE_SIZE))
            else:  # too wide beside its label: the value gets a line of its own
                row_top += pitch
                width = (form.text_right - form.info_left) * mm
                size = fitting_size(value, fonts.regular, INFO_VALUE_SIZE, width)
                baseline = _baseline_in_slot(fonts.regular, size, row_top, pitch)
                placed.append(PlacedText(value, form.info_left, baseline, fonts.regular, size))
            row_top += pitch

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
        columns = []
        for heading, lines in sections:
            shown = [single_line(line) for line in lines if line.strip()]
            if shown:
                columns.append([single_line(heading), *shown])
        if not columns:
            return [], FOOTER_BASELINE

        def font_of(row: int) -> str:
            return fonts.bold if row == 0 else fonts.regular

        def widths(size: float) -> list[float]:
            return [max(stringWidth(line, font_of(row), size) for row, line in enumerate(c)) for c in columns]

        min_gap = 4.0 * mm
        available = form.text_width * mm
        size = FOOTER_SIZE
        natural = sum(widths(size)) + min_gap * (len(columns) - 1)
        if natural > available:
            size *= available / natural * 0.999
        column_widths = widths(size)
        gap = (available - sum(column_widths)) / max(1, len(columns) - 1)
        rows = max(len(c) for c in columns)
        first_baseline = FOOTER_BASELINE - (rows - 1) * FOOTER_PITCH
        placed: list[PlacedText] = []
        x = form.text_left * mm
        for column, width in zip(columns, column_widths, strict=True):
            for row, line in enumerate(column):
                y = first_baseline + row * FOOTER_PITCH
                placed.append(PlacedText(line, x / mm, y, font_of(row), size, GREY))
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
