"""DIN 5008 geometry of the rendered letter, measured in the PDF (mm from the top-left corner of the A4 page).

Every expected position is the norm's millimetres from :mod:`tests.printing.din5008_norm`, never a constant of
:mod:`printing.din5008`. The form is chosen the way a town chooses it, by ``TownProfile.letter_form``.
"""

from __future__ import annotations

import itertools

import pytest

from printing.letter import render_letter
from tests.printing.din5008_norm import (
    ADDRESS_LEFT,
    ADDRESS_LINES,
    ADDRESS_WIDTH,
    ADDRESS_ZONE_HEIGHT,
    ENVELOPES,
    FOLDED_HEIGHT,
    FORM_B,
    FORMS,
    HOLE_MARK,
    INFO_LEFT,
    INFO_RIGHT,
    LINE,
    NOTE_LINES,
    NOTE_ZONE_HEIGHT,
    PAGE_WIDTH,
    RETURN_LINE_HEIGHT,
    TEXT_LEFT,
    TEXT_RIGHT,
    WINDOW_BOTTOM,
    WINDOW_HEIGHT,
    WINDOW_LEFT,
    WINDOW_WIDTH,
    Form,
    letter_town,
)
from tests.printing.letter_samples import Glyph, PageContent, TextLine, long_letter, read_pdf, sample_letter

TOLERANCE = 0.05  # mm


def first_page(form: Form, **overrides: object) -> PageContent:
    return read_pdf(render_letter(sample_letter(town=letter_town(form), **overrides)).pdf)[0]


def around_address(form: Form) -> tuple[float, float, float, float]:
    """Where to look for address lines: anywhere below the letterhead and above the subject, left of the info block."""
    return (0, form.address_top - 10, INFO_LEFT - 1, form.address_bottom + 2 * LINE)


def info_area(form: Form) -> tuple[float, float, float, float]:
    return (INFO_LEFT - 1, form.info_top, PAGE_WIDTH, form.address_bottom + 2 * LINE)


@pytest.mark.parametrize("form", FORMS)
def test_every_recipient_line_lies_inside_the_address_zone(form: Form) -> None:
    content = sample_letter()
    page = first_page(form)
    for line in content.recipient:
        printed = page.find(line, around_address(form))
        assert printed.x0 == pytest.approx(TEXT_LEFT, abs=TOLERANCE), line  # flush with the body text
        assert printed.x1 <= ADDRESS_LEFT + ADDRESS_WIDTH, line
        assert printed.top >= form.address_zone_top, line
        assert printed.bottom <= form.address_bottom, line


@pytest.mark.parametrize("form", FORMS)
def test_recipient_lines_follow_each_other_without_blank_lines_or_bold(form: Form) -> None:
    recipient = ("Frau", "", "Erika Mustermann", "  ", "Hauptstraße 5", "59999 Lindenbrück")
    page = first_page(form, recipient=recipient)
    printed = [page.find(line, around_address(form)) for line in recipient if line.strip()]
    pitch = ADDRESS_ZONE_HEIGHT / ADDRESS_LINES  # 4.55 mm
    for upper, lower in itertools.pairwise(printed):
        assert lower.top - upper.top == pytest.approx(pitch, abs=0.1)
    for line in printed:
        assert all("Bold" not in font for font in line.fonts), line
    assert printed[0].top < form.address_zone_top + pitch


SIX_LINE_FOREIGN_ADDRESS = (
    "Frau Małgorzata Wiśniewska-Brzęczyszczykiewicz",
    "Firma Zakład Usług Komunalnych",
    "Abteilung Gospodarka Odpadami",
    "ul. Świętokrzyska 123/45",
    "00-950 WARSZAWA",
    "POLEN",
)


@pytest.mark.parametrize("form", FORMS)
def test_six_line_foreign_address_fits_the_address_zone(form: Form) -> None:
    page = first_page(form, recipient=SIX_LINE_FOREIGN_ADDRESS)
    for line in SIX_LINE_FOREIGN_ADDRESS:
        printed = page.find(line, around_address(form))
        assert printed.top >= form.address_zone_top, line
        assert printed.bottom <= form.address_bottom, line
        assert printed.x1 <= ADDRESS_LEFT + ADDRESS_WIDTH, line


@pytest.mark.parametrize("form", FORMS)
def test_return_address_line_and_note_zone(form: Form) -> None:
    page = first_page(form, notes=("Einschreiben",))
    sender = page.find("Stadt Lindenbrück · Rathausplatz 1 · 59999 Lindenbrück")
    assert form.address_top <= sender.top
    assert sender.bottom <= form.address_top + RETURN_LINE_HEIGHT
    assert sender.x0 >= ADDRESS_LEFT
    assert sender.x1 <= ADDRESS_LEFT + ADDRESS_WIDTH
    note = page.find("Einschreiben")
    slot = NOTE_ZONE_HEIGHT / NOTE_LINES
    # filled from the bottom: a single note sits in the last of the three lines
    assert note.top >= form.note_zone_top + 2 * slot - TOLERANCE
    assert note.bottom <= form.note_zone_top + NOTE_ZONE_HEIGHT


def _fold_marks(page: PageContent) -> list[float]:
    """Heights of the short horizontal marks at the left edge, left of the address field."""
    return sorted(s.top for s in page.strokes if s.x1 < ADDRESS_LEFT and s.top == pytest.approx(s.bottom))


def _in_window(glyph: Glyph, envelope_height: float, sheet_top: float, shift: float) -> bool:
    """Whether ``glyph`` shows through the window when the sheet's top edge is ``sheet_top`` mm below the
    envelope's top edge and the sheet is ``shift`` mm right of its left edge."""
    window_top = envelope_height - WINDOW_BOTTOM - WINDOW_HEIGHT
    top, bottom = sheet_top + glyph.top, sheet_top + glyph.bottom
    left, right = shift + glyph.x0, shift + glyph.x1
    within_height = window_top <= top and bottom <= window_top + WINDOW_HEIGHT
    return within_height and left >= WINDOW_LEFT and right <= WINDOW_LEFT + WINDOW_WIDTH


@pytest.mark.parametrize("envelope", list(ENVELOPES))
@pytest.mark.parametrize("form", FORMS)
def test_the_folded_letter_shows_its_address_in_the_envelope_window(form: Form, envelope: str) -> None:
    """Folded at its fold marks, the sheet lies in the envelope on the first fold; the address shows through."""
    _, height = ENVELOPES[envelope]
    page = first_page(form, recipient=SIX_LINE_FOREIGN_ADDRESS, notes=("Einschreiben", "Persönlich"))
    first_fold = _fold_marks(page)[0]  # measured: the upper fold mark is where the address panel folds
    assert first_fold == pytest.approx(form.fold_marks[0], abs=0.1)
    field = [g for g in page.glyphs_in(around_address(form)) if form.address_top <= g.top < form.address_bottom]
    address = [g for g in field if g.top >= form.address_zone_top - TOLERANCE]
    assert len(address) > 100, "the address lines were not found"
    resting = height - first_fold  # the sheet's top edge, the first fold lying on the bottom of the envelope
    play = height - FOLDED_HEIGHT  # how far the folded sheet can slide up
    slide = WINDOW_WIDTH - ADDRESS_WIDTH  # and sideways, as far as the window is wider than the field
    assert play > 0
    for shift in (0.0, slide):
        outside = [g.text for g in field if not _in_window(g, height, resting, shift)]
        assert not outside, f"outside the {envelope} window: {''.join(outside)}"
        lifted = [g.text for g in address if not _in_window(g, height, resting - play, shift)]
        assert not lifted, f"outside the {envelope} window with the sheet slid up: {''.join(lifted)}"


@pytest.mark.parametrize("form", FORMS)
def test_information_block(form: Form) -> None:
    page = first_page(form)
    labels = ("Unser Zeichen", "Aktenzeichen", "Ansprechpartner/in", "Telefon", "E-Mail", "Datum")
    printed_labels = {label: page.find(label, info_area(form)) for label in labels}
    for label, printed in printed_labels.items():
        assert printed.x0 == pytest.approx(INFO_LEFT, abs=TOLERANCE), label
        assert printed.top >= form.info_top - TOLERANCE, label
    assert min(p.top for p in printed_labels.values()) < form.info_top + LINE  # starts level with the note zone
    values = {
        "Unser Zeichen": "BB-32/mk",
        "Aktenzeichen": "2026-000123",
        "Ansprechpartner/in": "Frau Krüger",
        "Telefon": "02999 123-45",
        "E-Mail": "m.krueger@lindenbrueck.de",
        "Datum": "25.11.2026",
    }
    label_right = max(p.x1 for p in printed_labels.values())
    tops = sorted((p.top, label) for label, p in printed_labels.items())
    for (top, label), (next_top, _) in itertools.pairwise([*tops, (form.address_bottom + 2 * LINE, "")]):
        rows = page.glyph_rows((label_right + 0.5, top - 1.5, PAGE_WIDTH, next_top - 1.5))
        assert "".join(g.text for row in rows for g in row) == values[label].replace(" ", ""), label
        assert all(label_right < g.x0 and g.x1 <= INFO_RIGHT for row in rows for g in row), label
    date = page.find("25.11.2026", info_area(form))
    assert date.top > page.find("E-Mail", info_area(form)).top


@pytest.mark.parametrize("form", FORMS)
def test_subject_follows_the_address_field_in_bold(form: Form) -> None:
    page = first_page(form)
    subject = page.find("Bestätigung Ihrer Sperrmüllabholung am 09.12.2026")
    assert subject.top >= form.address_bottom + 2 * LINE - TOLERANCE  # two blank lines below the address field
    assert subject.top >= page.find("25.11.2026", info_area(form)).bottom
    assert all("Bold" in font for font in subject.fonts)
    assert subject.x0 == pytest.approx(TEXT_LEFT, abs=TOLERANCE)


@pytest.mark.parametrize("form", FORMS)
def test_fold_and_hole_marks_at_the_left_edge(form: Form) -> None:
    page = first_page(form)
    marks = [s for s in page.strokes if s.x1 < ADDRESS_LEFT and s.top == pytest.approx(s.bottom)]
    assert _fold_marks(page) == pytest.approx(sorted([*form.fold_marks, HOLE_MARK]), abs=0.05)
    hole = next(m for m in marks if m.top == pytest.approx(HOLE_MARK, abs=0.05))
    fold = next(m for m in marks if m.top == pytest.approx(form.fold_marks[0], abs=0.05))
    assert hole.x1 - hole.x0 > fold.x1 - fold.x0  # the hole mark is the longer one
    assert all(mark.x0 < 10 for mark in marks)


@pytest.mark.parametrize("form", FORMS)
def test_nothing_is_printed_in_the_right_margin_or_left_of_the_text(form: Form) -> None:
    for page in read_pdf(render_letter(long_letter(town=letter_town(form))).pdf):
        for line in page.lines:
            assert line.x1 <= TEXT_RIGHT + TOLERANCE, line
            assert line.x0 >= TEXT_LEFT - TOLERANCE, line
        for stroke in page.strokes:
            assert stroke.x1 <= TEXT_RIGHT + TOLERANCE, stroke


def _overlapping(lines: list[TextLine]) -> list[tuple[str, str]]:
    clashes = []
    for index, a in enumerate(lines):
        for b in lines[index + 1 :]:
            apart = a.x1 <= b.x0 or b.x1 <= a.x0 or a.bottom <= b.top + 0.3 or b.bottom <= a.top + 0.3
            if not apart:
                clashes.append((a.text, b.text))
    return clashes


@pytest.mark.parametrize("form", FORMS)
def test_no_two_text_lines_overlap(form: Form) -> None:
    for page in read_pdf(render_letter(long_letter(town=letter_town(form))).pdf):
        assert _overlapping(page.lines) == []


def test_long_text_flows_to_page_two_with_header_and_page_number() -> None:
    rendered = render_letter(long_letter())
    assert rendered.pages == 2
    first, second = read_pdf(rendered.pdf)
    assert "Seite" not in first.text
    header = second.find("Stadt Lindenbrück · Bürgerbüro · Aktenzeichen 2026-000123")
    number = second.find("Seite 2 von 2")
    assert number.x1 == pytest.approx(TEXT_RIGHT, abs=TOLERANCE)
    assert header.top < 20
    assert number.top < 20
    body = [line for line in second.lines if line.sizes == {10.0}]
    assert body, "page 2 carries no body text"
    assert min(line.top for line in body) > header.bottom + 5
    assert second.find("Mit freundlichen Grüßen")
    assert second.find("Maria Krüger")
    for page in (first, second):  # body text stays clear of the footer
        footer_top = min(line.top for line in page.lines if line.sizes == {7.0})
        assert max(line.bottom for line in page.lines if line.sizes == {10.0}) < footer_top - 5


def test_a_one_page_letter_has_no_page_number() -> None:
    rendered = render_letter(sample_letter())
    assert rendered.pages == 1
    assert "Seite" not in read_pdf(rendered.pdf)[0].text


def test_footer_carries_office_hours_and_bank_details() -> None:
    page = first_page(FORM_B)
    footer = (0, 265, 210, 297)
    for text in (
        "Öffnungszeiten",
        "Mo–Fr 8:00–12:30 Uhr",
        "Do 14:00–18:00 Uhr",
        "Sparkasse Lindenbrück",
        "IBAN DE02 3705 0299 0000 6847 12",
        "BIC COKSDE33XXX",
        "Telefon 02999 123-0",
        "buergerbuero@lindenbrueck.de",
    ):
        assert page.find(text, footer).bottom < 297 - 10, text
