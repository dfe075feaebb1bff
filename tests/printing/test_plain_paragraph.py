"""Line breaking and page splitting of plain letter text."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from printing.fonts import register_fonts
from printing.plain_paragraph import PlainParagraph, break_lines
from printing.plain_text import paragraph_markup, single_line

WIDTH = 200.0


def test_lines_fit_the_width_and_keep_every_word() -> None:
    font = register_fonts().regular
    text = "Bitte stellen Sie die Gegenstände am Abholtag bis spätestens 6:00 Uhr am Straßenrand bereit. " * 3
    lines = break_lines(text, font, 10, WIDTH)
    assert len(lines) > 3
    assert all(stringWidth(line, font, 10) <= WIDTH for line in lines)
    assert " ".join(lines).split() == text.split()


def test_explicit_line_breaks_are_kept_and_overlong_words_are_cut() -> None:
    font = register_fonts().regular
    word = "DE02370502990000684712" * 4
    lines = break_lines(f"Erste Zeile\n\nIBAN {word}", font, 10, WIDTH)
    assert lines[:2] == ["Erste Zeile", ""]
    assert "".join(lines[2:]).replace("IBAN", "", 1) == word
    assert all(stringWidth(line, font, 10) <= WIDTH for line in lines)


def test_a_split_keeps_at_least_two_lines_on_each_page() -> None:
    font = register_fonts().regular
    paragraph = PlainParagraph("\n".join(f"Zeile {n}" for n in range(5)), font, 10, 12, space_after=12)
    assert paragraph.wrap(WIDTH, 1000) == (WIDTH, 60)
    assert paragraph.split(WIDTH, 12 * 1.5) == []  # one line would be an orphan
    head, tail = paragraph.split(WIDTH, 12 * 4)  # four would fit, but leave a widow
    assert head.wrap(WIDTH, 1000)[1] == 36
    assert tail.wrap(WIDTH, 1000)[1] == 24
    assert tail.getSpaceAfter() == 12
    assert head.getSpaceAfter() == 0


def test_markup_helpers_escape_everything() -> None:
    assert paragraph_markup("<b>Müller & Söhne</b>\nZeile") == "&lt;b&gt;Müller &amp; Söhne&lt;/b&gt;<br/>Zeile"
    assert single_line(" Frau\tErika\n Muster\x00mann ") == "Frau Erika Mustermann"
