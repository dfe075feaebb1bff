"""Long values in the fixed columns of the letter, measured character by character in the PDF.

The information block has its labels in a left column and the values in a right column, up to the right
margin; a value too long for one line wraps (an e-mail address after "@" or before a dot) or, if absurdly
long, is set smaller and shortened, but never drops under its label or runs into the margin. The same holds
for the department in the letterhead and the columns of the footer.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from models.letters import InfoBlock
from printing.letter import render_letter
from tests.printing.din5008_norm import FORMS, INFO_LEFT, INFO_RIGHT, LINE, PAGE_WIDTH, TEXT_LEFT, TEXT_RIGHT, Form
from tests.printing.din5008_norm import letter_town as town_in
from tests.printing.letter_samples import Glyph, PageContent, read_pdf, sample_letter

TOLERANCE = 0.05  # mm
LABEL_GREY = 0.35  # labels are grey, values black

EMAIL_80 = "franziska.mueller-luedenscheidt.sachgebiet@buergerservice.stadt-lindenbrueck.de"
LONG_CLERK = "Frau Dr. Franziska-Maximiliane von Müller-Lüdenscheidt"
LONG_PHONE = "+49 (0) 2999 123-45678 (Durchwahl, Mo–Fr 8–12 Uhr)"
LONG_REFERENCE = "BB-32/mk-Sachgebiet-Einwohnerangelegenheiten-2026"
LONG_DEPARTMENT = "Fachbereich Bürgerdienste, Ordnung, Einwohnerangelegenheiten und Standesamt der Stadtverwaltung"
LONG_HOURS = ("Mo, Di, Mi und Fr 8:00–12:30 Uhr sowie nach telefonischer Vereinbarung", "Do 14:00–18:00 Uhr")


def long_info(**overrides: str) -> InfoBlock:
    fields = {
        "our_reference": LONG_REFERENCE,
        "case_reference": "2026-000123",
        "clerk": LONG_CLERK,
        "phone": LONG_PHONE,
        "email": EMAIL_80,
    }
    return InfoBlock(date=dt.date(2026, 11, 25), **(fields | overrides))


def page_with(form: Form, info: InfoBlock, **town: object) -> PageContent:
    return read_pdf(render_letter(sample_letter(town=town_in(form, **town), info=info)).pdf)[0]


def block_area(form: Form) -> tuple[float, float, float, float]:
    """Right of the address field, from the top of the information block to the subject (found by its size)."""
    return (INFO_LEFT - 5, form.info_top - 1, PAGE_WIDTH, 200)


def info_block(page: PageContent, form: Form) -> dict[str, list[list[Glyph]]]:
    """Each label of the information block with the rows of black characters beside and below it."""
    subject = next(line for line in page.lines if line.text.startswith("Bestätigung Ihrer"))
    area = (INFO_LEFT - 5, form.info_top - 1, PAGE_WIDTH, subject.top)
    rows = page.glyph_rows(area)
    labels = [(row, "".join(g.text for g in row if g.grey == LABEL_GREY)) for row in rows]
    starts = [(row[0].top, text) for row, text in labels if text]
    block: dict[str, list[list[Glyph]]] = {}
    for (top, label), (next_top, _) in itertools.pairwise([*starts, (subject.top, "")]):
        block[label] = [
            [g for g in row if g.grey == 0.0]
            for row in rows
            if top - 1.5 <= row[0].top < next_top - 1.5 and any(g.grey == 0.0 for g in row)
        ]
    return block


def text_of(rows: list[list[Glyph]]) -> str:
    return "".join(g.text for row in rows for g in row)


def label_right(page: PageContent, form: Form) -> float:
    return max(g.x1 for g in page.glyphs_in(block_area(form)) if g.grey == LABEL_GREY and g.top >= form.info_top - 1)


@pytest.mark.parametrize("form", FORMS)
def test_long_values_stay_in_their_column_beside_their_label(form: Form) -> None:
    page = page_with(form, long_info())
    block = info_block(page, form)
    assert list(block) == ["UnserZeichen", "Aktenzeichen", "Ansprechpartner/in", "Telefon", "E-Mail", "Datum"]
    expected = {
        "UnserZeichen": LONG_REFERENCE,
        "Aktenzeichen": "2026-000123",
        "Ansprechpartner/in": LONG_CLERK,
        "Telefon": LONG_PHONE,
        "E-Mail": EMAIL_80,
        "Datum": "25.11.2026",
    }
    column_left = block["Datum"][0][0].x0  # the value column, where a short value starts
    labels_end = label_right(page, form)
    assert column_left > labels_end + 2, "the values do not stand beside their labels"
    for label, rows in block.items():
        assert text_of(rows) == expected[label].replace(" ", ""), label  # complete, nothing cut off
        for row in rows:
            assert row[0].x0 == pytest.approx(column_left, abs=TOLERANCE), (label, text_of([row]))
            for glyph in row:
                assert column_left - TOLERANCE <= glyph.x0, (label, glyph)
                assert glyph.x1 <= INFO_RIGHT + TOLERANCE, (label, glyph)
    assert len(block["E-Mail"]) > 1  # wrapped, not squeezed into one line


@pytest.mark.parametrize("form", FORMS)
def test_a_long_email_address_breaks_after_the_at_sign_or_before_a_dot(form: Form) -> None:
    rows = info_block(page_with(form, long_info()), form)["E-Mail"]
    lines = ["".join(g.text for g in row) for row in rows]
    for upper, lower in itertools.pairwise(lines):
        assert upper[-1] in "@-" or lower[0] == ".", lines
    assert all(row[0].size == 9.0 for row in rows)  # an 80-character address keeps the full size


@pytest.mark.parametrize("form", FORMS)
def test_the_value_starts_on_the_line_of_its_label(form: Form) -> None:
    page = page_with(form, long_info(email="m.krueger@lindenbrueck.de"))
    for label in ("E-Mail", "Ansprechpartner/in", "Datum"):
        printed = next(line for line in page.lines if line.text == label and line.x0 < INFO_LEFT + 1)
        value = info_block(page, form)[label.replace(" ", "")][0]
        assert value[0].bottom == pytest.approx(printed.bottom, abs=0.6), label  # one baseline
    # an ordinary address breaks once, at the "@"
    assert ["".join(g.text for g in row) for row in info_block(page, form)["E-Mail"]] == [
        "m.krueger@",
        "lindenbrueck.de",
    ]


@pytest.mark.parametrize("form", FORMS)
def test_nothing_in_the_information_block_overlaps(form: Form) -> None:
    page = page_with(form, long_info())
    subject = next(line for line in page.lines if line.text.startswith("Bestätigung Ihrer"))
    glyphs = page.glyphs_in((INFO_LEFT - 5, form.info_top - 1, PAGE_WIDTH, subject.top + 1))
    for a, b in itertools.combinations(glyphs, 2):
        apart = a.x1 <= b.x0 + TOLERANCE or b.x1 <= a.x0 + TOLERANCE
        apart = apart or a.bottom <= b.top + TOLERANCE or b.bottom <= a.top + TOLERANCE
        assert apart, (a, b)
    assert subject.top >= max(g.bottom for g in glyphs if g.top < subject.top - 1) + LINE  # a blank line


@pytest.mark.parametrize("form", FORMS)
def test_an_absurdly_long_value_is_shortened_inside_its_column(form: Form) -> None:
    email = "x" * 120 + "." + "y" * 120 + "@lindenbrueck.de"
    page = page_with(form, long_info(email=email, clerk="Frau " + "Müller-" * 40 + "Krüger"))
    block = info_block(page, form)
    column_left = block["Datum"][0][0].x0
    for label in ("E-Mail", "Ansprechpartner/in"):
        rows = block[label]
        assert 1 < len(rows) <= 5, label
        assert text_of(rows).endswith("…"), label
        for glyph in (g for row in rows for g in row):
            assert column_left - TOLERANCE <= glyph.x0, (label, glyph)
            assert glyph.x1 <= INFO_RIGHT + TOLERANCE, (label, glyph)


@pytest.mark.parametrize("form", FORMS)
def test_a_long_department_wraps_in_the_letterhead(form: Form) -> None:
    page = page_with(form, long_info(), department=LONG_DEPARTMENT)
    letterhead = page.glyphs_in((0, 0, PAGE_WIDTH, form.address_top))
    department = [g for g in letterhead if g.x0 < INFO_LEFT - 1 and g.size < 16]
    assert "".join(g.text for g in department) == LONG_DEPARTMENT.replace(" ", "")
    assert all(g.x0 >= TEXT_LEFT - TOLERANCE and g.x1 <= INFO_LEFT - 5 for g in department)
    assert len({round(g.top, 1) for g in department}) == 2  # two lines
    assert len({g.size for g in department}) == 1  # one size for both lines, at most 10 pt, readable
    assert 7.0 <= department[0].size <= 10.0
    right_column = [g for g in letterhead if g.x0 >= INFO_LEFT - 1]
    assert right_column
    assert all(g.x1 <= TEXT_RIGHT + TOLERANCE for g in right_column)


@pytest.mark.parametrize("form", FORMS)
def test_long_footer_lines_wrap_in_their_column_at_full_size(form: Form) -> None:
    page = page_with(form, long_info(), department=LONG_DEPARTMENT, office_hours=LONG_HOURS)
    footer_rule = max(s.top for s in page.strokes if s.x0 == pytest.approx(TEXT_LEFT, abs=0.1))
    footer = page.glyphs_in((0, footer_rule, PAGE_WIDTH, 297))
    assert all(g.size == 7.0 for g in footer)  # wrapped, not shrunk
    assert all(g.x0 >= TEXT_LEFT - TOLERANCE and g.x1 <= TEXT_RIGHT + TOLERANCE for g in footer)
    words = {word for line in page.lines if line.top >= footer_rule for word in line.text.split()}
    for text in (*LONG_HOURS, LONG_DEPARTMENT):
        assert set(text.split()) <= words, text
    iban = next(line for line in page.lines if line.text.startswith("IBAN"))
    assert iban.text == "IBAN DE02 3705 0299 0000 6847 12"  # an IBAN never wraps
    for a, b in itertools.combinations(footer, 2):
        apart = a.x1 <= b.x0 + TOLERANCE or b.x1 <= a.x0 + TOLERANCE
        assert apart or a.bottom <= b.top + TOLERANCE or b.bottom <= a.top + TOLERANCE, (a, b)
    body = [line for line in page.lines if line.sizes == {10.0} and line.top > 100]
    assert max(line.bottom for line in body) < footer_rule
