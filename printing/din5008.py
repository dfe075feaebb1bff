"""DIN 5008 page geometry for a letter on A4 paper, Form A and Form B (Geschäftsbrief nach DIN 5008).

All measures are millimetres from the top-left corner of the page, as the norm states them. The address
field is 85 × 45 mm: a 5 mm return-address line (Rücksendeangabe), a 12.7 mm note zone (Zusatz- und
Vermerkzone, three lines, filled from the bottom) and a 27.3 mm address zone (Anschriftzone, six lines).
Folded twice, the address field sits in the window of a DL or C6/5 envelope (90 × 45 mm window, 20 mm from
the left and 15 mm from the bottom).
"""

from __future__ import annotations

from dataclasses import dataclass

A4_WIDTH = 210.0
A4_HEIGHT = 297.0

#: Envelope window of DL and C6/5 envelopes (Fensterbriefumschlag).
WINDOW_WIDTH = 90.0
WINDOW_HEIGHT = 45.0

#: Where the short marks at the left edge start and how long they are. Not fixed by the norm; 4 mm keeps
#: them clear of the unprintable border of office laser printers.
MARK_LEFT = 4.0
FOLD_MARK_LENGTH = 5.0
HOLE_MARK_LENGTH = 8.0


@dataclass(frozen=True)
class LetterForm:
    """One DIN 5008 form; the forms differ in the letterhead height and therefore in vertical positions."""

    name: str
    letterhead_height: float  # Briefkopf
    address_top: float  # top edge of the address field (Anschriftfeld)
    fold_marks: tuple[float, float]  # Falzmarken
    address_left: float = 20.0
    address_width: float = 85.0
    address_height: float = 45.0
    address_indent: float = 5.0  # text in the address field starts at 25 mm, flush with the body text
    return_line_height: float = 5.0  # Rücksendeangabe
    note_zone_height: float = 12.7  # Zusatz- und Vermerkzone
    note_lines: int = 3
    address_zone_height: float = 27.3  # Anschriftzone
    address_lines: int = 6
    info_left: float = 125.0  # Informationsblock
    info_width: float = 75.0
    hole_mark: float = 148.5  # Lochmarke
    text_left: float = 25.0
    right_margin: float = 20.0
    line_pitch: float = 4.23  # one line at 1/6 inch; blank lines in the norm are counted in these

    @property
    def note_zone_top(self) -> float:
        return self.address_top + self.return_line_height

    @property
    def address_zone_top(self) -> float:
        return self.note_zone_top + self.note_zone_height

    @property
    def address_bottom(self) -> float:
        return self.address_top + self.address_height

    @property
    def address_right(self) -> float:
        return self.address_left + self.address_width

    @property
    def address_text_left(self) -> float:
        return self.address_left + self.address_indent

    @property
    def info_top(self) -> float:
        """The information block starts level with the note zone, below the return-address line."""
        return self.note_zone_top

    @property
    def info_right(self) -> float:
        """Right edge of the information block: 75 mm wide, but never into the 20 mm right margin."""
        return min(self.info_left + self.info_width, self.text_right)

    @property
    def text_right(self) -> float:
        return A4_WIDTH - self.right_margin

    @property
    def text_width(self) -> float:
        return self.text_right - self.text_left

    @property
    def subject_top(self) -> float:
        """The subject (Betreff) follows the address field after two blank lines."""
        return self.address_bottom + 2 * self.line_pitch


FORM_A = LetterForm(name="A", letterhead_height=27.0, address_top=27.0, fold_marks=(87.0, 192.0))
FORM_B = LetterForm(name="B", letterhead_height=45.0, address_top=45.0, fold_marks=(105.0, 210.0))

FORMS = {form.name: form for form in (FORM_A, FORM_B)}
