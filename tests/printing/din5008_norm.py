"""DIN 5008 in the norm's own millimetres (A4 210 × 297 mm, see DESIGN.md §5), for the layout tests.

Written out here on purpose instead of imported from :mod:`printing.din5008`: the tests measure the rendered
PDF against the norm, so a wrong constant in the code fails them instead of moving with them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from models.town_config import TownProfile

PAGE_WIDTH = 210.0
ADDRESS_LEFT = 20.0  # address field (Anschriftfeld) 20 mm from the left edge
ADDRESS_WIDTH = 85.0
ADDRESS_HEIGHT = 45.0
RETURN_LINE_HEIGHT = 5.0  # Rücksendeangabe
NOTE_ZONE_HEIGHT = 12.7  # Zusatz- und Vermerkzone: 3 lines, filled from the bottom
NOTE_LINES = 3
ADDRESS_ZONE_HEIGHT = 27.3  # Anschriftzone: 6 lines
ADDRESS_LINES = 6
INFO_LEFT = 125.0  # information block (Informationsblock) 125 mm from the left, 75 mm wide
INFO_WIDTH = 75.0
HOLE_MARK = 148.5  # Lochmarke
TEXT_LEFT = 25.0  # text from 25 mm from the left
RIGHT_MARGIN = 20.0  # at least
TEXT_RIGHT = PAGE_WIDTH - RIGHT_MARGIN
INFO_RIGHT = min(INFO_LEFT + INFO_WIDTH, TEXT_RIGHT)
LINE = 25.4 / 6  # one line at 1/6 inch: blank lines are counted in these

# Window envelopes (Fensterbriefhüllen) DL 220 × 110 mm and C6/5 229 × 114 mm: window 90 × 45 mm, 20 mm from
# the left and 15 mm from the bottom edge.
ENVELOPES = {"DL": (220.0, 110.0), "C6/5": (229.0, 114.0)}
WINDOW_WIDTH = 90.0
WINDOW_HEIGHT = 45.0
WINDOW_LEFT = 20.0
WINDOW_BOTTOM = 15.0
FOLDED_HEIGHT = 105.0  # an A4 sheet folded at either form's fold marks: its largest panel


@dataclass(frozen=True)
class Form:
    """What distinguishes Form A from Form B: the height of the letterhead, hence the vertical positions."""

    name: str
    address_top: float  # top edge of the address field
    info_top: float  # the information block starts level with the note zone
    fold_marks: tuple[float, float]  # Falzmarken

    @property
    def note_zone_top(self) -> float:
        return self.address_top + RETURN_LINE_HEIGHT

    @property
    def address_zone_top(self) -> float:
        return self.address_top + RETURN_LINE_HEIGHT + NOTE_ZONE_HEIGHT

    @property
    def address_bottom(self) -> float:
        return self.address_top + ADDRESS_HEIGHT


FORM_B = Form("B", address_top=45.0, info_top=50.0, fold_marks=(105.0, 210.0))
FORM_A = Form("A", address_top=27.0, info_top=32.0, fold_marks=(87.0, 192.0))
FORMS = [pytest.param(FORM_B, id="form-B"), pytest.param(FORM_A, id="form-A")]


def letter_town(form: Form, **overrides: object) -> TownProfile:
    """The sample town, printing its letters in ``form``."""
    return dataclasses.replace(TownProfile(), letter_form=form.name, **overrides)
