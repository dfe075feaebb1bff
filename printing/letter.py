"""The DIN 5008 letter (Geschäftsbrief): :class:`models.letters.LetterContent` in, PDF out.

The fixed page parts come from :mod:`printing.letter_page`; this module sets the flowing text (subject,
salutation, paragraphs, closing, signature, enclosures) in a frame below the address field, continuing on
follow-up pages with a short header and "Seite x von y". All text is set as plain text
(:class:`~printing.plain_paragraph.PlainParagraph`), never as reportlab markup, so whatever the citizen or the
clerk typed prints literally.
"""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Spacer

from models.letters import LetterContent, RenderedDocument
from printing import din5008
from printing.din5008 import FORM_B, LetterForm
from printing.fonts import LetterFonts, register_fonts
from printing.letter_page import LetterPage
from printing.numbered_canvas import NumberedCanvas
from printing.payment_block import PaymentBlock
from printing.plain_paragraph import PlainParagraph
from printing.plain_text import single_line

# Binary instead of ASCII85 streams: smaller files and faster writing; every PDF reader and CUPS filter copes.
rl_config.useA85 = 0

BODY_SIZE = 10.0
BODY_LEADING = 13.0
SIGNATURE_SPACE = 2  # blank lines left for a handwritten signature (about 9 mm)


def letter_flowables(content: LetterContent, fonts: LetterFonts) -> list[Any]:
    """Subject to enclosures, in DIN 5008 order and spacing (blank lines counted in body lines).

    A fee notice's payment block (:mod:`printing.payment_block`) stands before paragraph
    ``content.payment_position`` (after the last paragraph when that is ``None``), always before the closing.
    """
    blank = BODY_LEADING

    def text(value: str, space_after: float = 0.0, *, bold: bool = False) -> PlainParagraph:
        font = fonts.bold if bold else fonts.regular
        return PlainParagraph(value, font, BODY_SIZE, BODY_LEADING, space_after)

    story: list[Any] = [text(content.subject, 2 * blank, bold=True)]
    if content.salutation.strip():
        story.append(text(content.salutation, blank))
    paragraphs: list[Any] = [text(paragraph, blank) if paragraph.strip() else None for paragraph in content.paragraphs]
    if content.payment is not None:  # fee notice: what to pay and the GiroCode, one unsplittable block
        block = PaymentBlock(content.payment, fonts, BODY_SIZE, BODY_LEADING, space_after=blank)
        position = len(paragraphs) if content.payment_position is None else content.payment_position
        paragraphs.insert(max(0, min(position, len(paragraphs))), block)
    story.extend(flowable for flowable in paragraphs if flowable is not None)
    closing: list[Any] = [text(content.closing)] if content.closing.strip() else []
    if content.signature.strip():
        closing += [Spacer(0, SIGNATURE_SPACE * blank), text(content.signature.strip())]
    if closing:
        story.append(KeepTogether(closing))
    enclosures = [single_line(e) for e in content.enclosures if e.strip()]
    if enclosures:
        heading = "Anlage" if len(enclosures) == 1 else "Anlagen"
        items = [text(enclosure) for enclosure in enclosures]
        story += [Spacer(0, blank), KeepTogether([text(heading, bold=True), *items])]
    return story


def render_letter(content: LetterContent, form: LetterForm | None = None) -> RenderedDocument:
    """The letter as PDF bytes with its page count; A4, fonts embedded, DIN 5008 ``form`` (else the town's)."""
    form = form or din5008.FORMS.get(content.town.letter_form, FORM_B)
    fonts = register_fonts()
    page = LetterPage(content, form, fonts)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=single_line(content.subject),
        author=single_line(content.town.name),
        subject=single_line(f"Aktenzeichen {content.info.case_reference}"),
        creator="Amtsstube",
        lang="de-DE",
        initialFontName=fonts.regular,  # keeps the built-in Helvetica out of the file
    )

    def frame(frame_id: str, top: float) -> Frame:
        bottom = din5008.A4_HEIGHT - page.body_bottom
        return Frame(
            form.text_left * mm,
            bottom * mm,
            form.text_width * mm,
            (page.body_bottom - top) * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=frame_id,
        )

    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame("first", page.first_body_top)],
                onPage=page.draw_first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame("later", page.later_body_top)], onPage=page.draw_later_page),
        ]
    )
    doc.build(
        letter_flowables(content, fonts),
        canvasmaker=partial(NumberedCanvas, finish_page=page.draw_page_number),
    )
    return RenderedDocument(pdf=buffer.getvalue(), pages=doc.page)
