"""DIN 5008 geometry of the rendered letter, measured in the PDF (mm from the top-left corner)."""

from __future__ import annotations

import itertools

import pytest

from printing.din5008 import FORM_A, FORM_B, LetterForm
from printing.letter import render_letter
from tests.printing.letter_samples import PageContent, long_letter, read_pdf, sample_letter

FORMS = [pytest.param(FORM_B, id="form-B"), pytest.param(FORM_A, id="form-A")]
TOLERANCE = 0.05  # mm


def first_page(form: LetterForm, **overrides: object) -> PageContent:
    return read_pdf(render_letter(sample_letter(**overrides), form).pdf)[0]


def around_address(form: LetterForm) -> tuple[float, float, float, float]:
    """Where to look for address lines: anywhere between letterhead and subject, left of the info block."""
    return (0, form.letterhead_height, form.info_left - 1, form.subject_top)


def info_area(form: LetterForm) -> tuple[float, float, float, float]:
    return (form.info_left - 1, form.letterhead_height, 210, form.subject_top)


@pytest.mark.parametrize("form", FORMS)
def test_every_recipient_line_lies_inside_the_address_zone(form: LetterForm) -> None:
    content = sample_letter()
    page = first_page(form)
    for line in content.recipient:
        printed = page.find(line, around_address(form))
        assert printed.x0 >= form.address_left + form.address_indent - TOLERANCE, line
        assert printed.x1 <= form.address_right, line
        assert printed.top >= form.address_zone_top, line
        assert printed.bottom <= form.address_bottom, line


@pytest.mark.parametrize("form", FORMS)
def test_recipient_lines_follow_each_other_without_blank_lines_or_bold(form: LetterForm) -> None:
    recipient = ("Frau", "", "Erika Mustermann", "  ", "Hauptstraße 5", "59999 Lindenbrück")
    page = first_page(form, recipient=recipient)
    printed = [page.find(line, around_address(form)) for line in recipient if line.strip()]
    pitch = form.address_zone_height / form.address_lines
    for upper, lower in itertools.pairwise(printed):
        assert lower.top - upper.top == pytest.approx(pitch, abs=0.1)
    for line in printed:
        assert all("Bold" not in font for font in line.fonts), line
    assert printed[0].top < form.address_zone_top + pitch


@pytest.mark.parametrize("form", FORMS)
def test_six_line_foreign_address_fits_the_window(form: LetterForm) -> None:
    recipient = (
        "Frau Małgorzata Wiśniewska-Brzęczyszczykiewicz",
        "Firma Zakład Usług Komunalnych",
        "Abteilung Gospodarka Odpadami",
        "ul. Świętokrzyska 123/45",
        "00-950 WARSZAWA",
        "POLEN",
    )
    page = first_page(form, recipient=recipient)
    for line in recipient:
        printed = page.find(line, around_address(form))
        assert printed.top >= form.address_zone_top, line
        assert printed.bottom <= form.address_bottom, line
        assert printed.x1 <= form.address_right, line


@pytest.mark.parametrize("form", FORMS)
def test_return_address_line_and_note_zone(form: LetterForm) -> None:
    page = first_page(form, notes=("Einschreiben",))
    sender = page.find("Stadt Lindenbrück · Rathausplatz 1 · 59999 Lindenbrück")
    assert form.address_top <= sender.top
    assert sender.bottom <= form.note_zone_top
    assert sender.x1 <= form.address_right
    note = page.find("Einschreiben")
    slot = form.note_zone_height / form.note_lines
    # filled from the bottom: a single note sits in the last of the three lines
    assert note.top >= form.note_zone_top + 2 * slot - TOLERANCE
    assert note.bottom <= form.address_zone_top


@pytest.mark.parametrize("form", FORMS)
def test_information_block(form: LetterForm) -> None:
    page = first_page(form)
    for label in ("Unser Zeichen", "Aktenzeichen", "Ansprechpartner/in", "Telefon", "E-Mail", "Datum"):
        printed = page.find(label, info_area(form))
        assert printed.x0 == pytest.approx(form.info_left, abs=TOLERANCE), label
        assert printed.top >= form.info_top, label
    for value in ("BB-32/mk", "2026-000123", "Frau Krüger", "02999 123-45", "m.krueger@lindenbrueck.de"):
        printed = page.find(value, info_area(form))
        assert printed.x0 >= form.info_left - TOLERANCE, value
        assert printed.x1 <= form.text_right, value
    date = page.find("25.11.2026", info_area(form))
    assert date.top > page.find("E-Mail", info_area(form)).top
    assert date.top > page.find("Datum", info_area(form)).top - 1


@pytest.mark.parametrize("form", FORMS)
def test_subject_follows_the_address_field_in_bold(form: LetterForm) -> None:
    page = first_page(form)
    subject = page.find("Bestätigung Ihrer Sperrmüllabholung am 09.12.2026")
    assert subject.top >= form.address_bottom + 2 * form.line_pitch - TOLERANCE
    assert subject.top >= page.find("25.11.2026", info_area(form)).bottom
    assert all("Bold" in font for font in subject.fonts)
    assert subject.x0 == pytest.approx(form.text_left, abs=TOLERANCE)


@pytest.mark.parametrize("form", FORMS)
def test_fold_and_hole_marks_at_the_left_edge(form: LetterForm) -> None:
    page = first_page(form)
    marks = [s for s in page.strokes if s.x1 < form.address_left and s.top == pytest.approx(s.bottom)]
    heights = sorted(round(mark.top, 1) for mark in marks)
    assert heights == sorted([*form.fold_marks, form.hole_mark])
    hole = next(m for m in marks if round(m.top, 1) == form.hole_mark)
    fold = next(m for m in marks if round(m.top, 1) == form.fold_marks[0])
    assert hole.x1 - hole.x0 > fold.x1 - fold.x0  # the hole mark is the longer one
    assert all(mark.x0 < 10 for mark in marks)


@pytest.mark.parametrize("form", FORMS)
def test_nothing_is_printed_in_the_right_margin_or_left_of_the_text(form: LetterForm) -> None:
    for page in read_pdf(render_letter(long_letter(), form).pdf):
        for line in page.lines:
            assert line.x1 <= form.text_right + TOLERANCE, line
            assert line.x0 >= form.text_left - TOLERANCE, line
        for stroke in page.strokes:
            assert stroke.x1 <= form.text_right + TOLERANCE, stroke


@pytest.mark.parametrize("form", FORMS)
def test_no_two_text_lines_overlap(form: LetterForm) -> None:
    for page in read_pdf(render_letter(long_letter(), form).pdf):
        for index, a in enumerate(page.lines):
            for b in page.lines[index + 1 :]:
                apart = a.x1 <= b.x0 or b.x1 <= a.x0 or a.bottom <= b.top + 0.3 or b.bottom <= a.top + 0.3
                assert apart, (a.text, b.text)


def test_long_text_flows_to_page_two_with_header_and_page_number() -> None:
    rendered = render_letter(long_letter())
    assert rendered.pages == 2
    first, second = read_pdf(rendered.pdf)
    assert "Seite" not in first.text
    header = second.find("Stadt Lindenbrück · Bürgerbüro · Aktenzeichen 2026-000123")
    number = second.find("Seite 2 von 2")
    assert number.x1 == pytest.approx(FORM_B.text_right, abs=TOLERANCE)
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
