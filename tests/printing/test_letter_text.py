"""What the letter says: text extraction, embedded fonts, and citizen text printed literally."""

from __future__ import annotations

import io

import pypdf
import pytest

from models.errors import InvalidInput
from printing.din5008 import FORM_B
from printing.letter import render_letter
from tests.printing.letter_samples import PageContent, read_pdf, sample_letter

HOSTILE_NAME = "<b>Müller & Söhne</b>"
HOSTILE_PARAGRAPH = "<font size=80>Groß</font> &amp; <br/> &lt;para&gt; <img src='x'/>"


def test_text_extraction_keeps_umlauts_and_din_91379_letters() -> None:
    letter = sample_letter(
        recipient=("Frau Agnieszka Łódź-Őrség", "Straße des 17. Juni 1", "59999 Lindenbrück"),
        paragraphs=("Ihr Antrag aus Łódź und Őrség ist eingegangen: ÄÖÜ äöü ß ẞ Ğğ Şş Ə ə Ŋ ŋ ễ.",),
    )
    text = read_pdf(render_letter(letter).pdf)[0].text
    for expected in (
        "Frau Agnieszka Łódź-Őrség",
        "Straße des 17. Juni 1",
        "Ihr Antrag aus Łódź und Őrség ist eingegangen: ÄÖÜ äöü ß ẞ Ğğ Şş Ə ə Ŋ ŋ ễ.",
        "Herr Dr. Öztürk-Nguyễn",
        "Bestätigung Ihrer Sperrmüllabholung am 09.12.2026",
        "Mit freundlichen Grüßen",
    ):
        assert expected in text


def test_decomposed_input_prints_as_composed_letters() -> None:
    decomposed = "Jo\u0308rg Ska\u030alund"  # as some browsers submit it
    text = read_pdf(render_letter(sample_letter(recipient=(decomposed, "59999 Lindenbrück"))).pdf)[0].text
    assert "Jörg Skålund" in text


def test_only_embedded_truetype_fonts_are_used() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_letter(sample_letter()).pdf))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        assert font["/Subtype"] == "/TrueType", font
        assert "/FontFile2" in font["/FontDescriptor"], font
        assert "DejaVuSans" in font["/BaseFont"]
    for page in read_pdf(render_letter(sample_letter()).pdf):
        assert all("DejaVuSans" in font for line in page.lines for font in line.fonts)


def test_pdf_metadata_names_the_letter() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_letter(sample_letter()).pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Bestätigung Ihrer Sperrmüllabholung am 09.12.2026"
    assert reader.metadata.author == "Stadt Lindenbrück"


def test_page_count_matches_the_pdf() -> None:
    for paragraphs in (1, 12, 30):
        letter = sample_letter(paragraphs=sample_letter().paragraphs * paragraphs)
        rendered = render_letter(letter)
        assert rendered.pages == len(pypdf.PdfReader(io.BytesIO(rendered.pdf)).pages)
        assert rendered.pdf.startswith(b"%PDF-")
    assert rendered.pages >= 3
    last = read_pdf(rendered.pdf)[-1]
    assert f"Seite {rendered.pages} von {rendered.pages}" in last.text


Rendered = tuple[int, PageContent]


def hostile_and_harmless() -> tuple[Rendered, Rendered]:
    def letter(name: str, paragraph: str, subject: str) -> Rendered:
        content = sample_letter(
            recipient=(name, "Lindenallee 12a", "59999 Lindenbrück"),
            subject=subject,
            paragraphs=(paragraph, "Zweiter Absatz."),
            enclosures=(f"Anlage {name}",),
        )
        rendered = render_letter(content)
        return rendered.pages, read_pdf(rendered.pdf)[0]

    hostile = letter(HOSTILE_NAME, HOSTILE_PARAGRAPH, "<i>Betreff</i> & Co")
    harmless = letter("x" * len(HOSTILE_NAME), "y" * len(HOSTILE_PARAGRAPH), "z" * len("<i>Betreff</i> & Co"))
    return hostile, harmless


def test_markup_in_citizen_text_prints_literally() -> None:
    (pages, page), _ = hostile_and_harmless()
    assert pages == 1
    for literal in (HOSTILE_NAME, HOSTILE_PARAGRAPH, "<i>Betreff</i> & Co", f"Anlage {HOSTILE_NAME}"):
        assert literal in page.text
    name = page.find(HOSTILE_NAME, (0, 45, 124, 98))
    assert name.sizes == {10.0}
    assert all("Bold" not in font for font in name.fonts)
    paragraph = page.find(HOSTILE_PARAGRAPH)
    assert paragraph.sizes == {10.0}
    assert all("Bold" not in font for font in paragraph.fonts)
    assert max(size for line in page.lines for size in line.sizes) <= 16.0


def test_markup_does_not_change_the_layout() -> None:
    (hostile_pages, hostile), (harmless_pages, harmless) = hostile_and_harmless()
    assert hostile_pages == harmless_pages
    tops = [round(line.top, 2) for line in hostile.lines]
    assert tops == [round(line.top, 2) for line in harmless.lines]
    closing = "Mit freundlichen Grüßen"
    assert hostile.find(closing).top == pytest.approx(harmless.find(closing).top)


def test_control_characters_and_tabs_do_not_reach_the_pdf() -> None:
    letter = sample_letter(
        recipient=("Frau\tErika\x00 Muster\x1bmann", "59999 Lindenbrück"),
        paragraphs=("Zeile eins\nZeile\tzwei\x07",),
    )
    page = read_pdf(render_letter(letter).pdf)[0]
    assert page.find("Frau Erika Mustermann", (0, 45, 124, 98))
    assert page.find("Zeile eins")
    assert page.find("Zeile zwei")


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    page = read_pdf(render_letter(sample_letter(paragraphs=("Erste Zeile\nZweite Zeile",))).pdf)[0]
    first, second = page.find("Erste Zeile"), page.find("Zweite Zeile")
    assert second.top > first.top
    assert first.x0 == pytest.approx(second.x0)


def test_too_many_address_lines_are_refused() -> None:
    with pytest.raises(InvalidInput) as error:
        render_letter(sample_letter(recipient=tuple(f"Zeile {n}" for n in range(7))))
    assert error.value.field == "recipient"


def test_an_empty_address_is_refused() -> None:
    with pytest.raises(InvalidInput):
        render_letter(sample_letter(recipient=("", "  ")))


def test_too_many_notes_are_refused() -> None:
    with pytest.raises(InvalidInput) as error:
        render_letter(sample_letter(notes=("Einschreiben", "Rückschein", "Eigenhändig", "Vertraulich")))
    assert error.value.field == "notes"


def test_an_overlong_address_line_shrinks_to_stay_in_the_window() -> None:
    name = "Frau Prof. Dr. Maria-Magdalena Wolfeschlegelsteinhausenbergerdorff-Łukasiewicz"
    page = read_pdf(render_letter(sample_letter(recipient=(name, "59999 Lindenbrück"))).pdf)[0]
    line = page.find(name, (0, 45, 124, 98))
    assert line.x1 <= FORM_B.address_right
    assert max(line.sizes) < 10.0
