"""Where everything of a certificate goes: the form of the PStV templates, worked out before anything is drawn.

A certificate is not a letter: no address window, no letterhead. At the top the registry office, the register and
the register number, the title large and centred; then the fields of the form, each label (small, grey) left of
its value, with thin rules between the rows and a heading over each group (``Mutter``, ``Ehegatte 1``); then the
remarks (the printout's Folgebeurkundungen, a certificate's Hinweise) and the printout's certification; at the
foot of the last page the place and date of issue, space for the officer's signature above their name and title,
a circle for the seal, and at the bottom left the QR code of the verification address with the code under it.

The bottom :data:`FREE_BOTTOM` millimetres stay empty: security paper has its serial number printed there. Long
values wrap within their column; content longer than one page continues on further pages with a short head and
"Seite x von y", and the foot goes on the last page.

Positions are millimetres from the top-left corner of the page, as in :mod:`printing.letter_page`; text positions
are baselines with the left end worked out (centred and right-aligned text included), so drawing is nothing but
``drawString``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from models.registers.civil_status.certificate_content import CertificateContent
from printing.certificate_qr import qr_symbol
from printing.fonts import LetterFonts
from printing.girocode import QUIET_ZONE, QrSymbol
from printing.plain_paragraph import break_lines
from printing.plain_text import fitting_size, single_line

PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0
LEFT = 25.0
RIGHT = 190.0
LABEL_WIDTH = 50.0  # the label column; the value column starts LABEL_GAP after it
LABEL_GAP = 5.0
VALUE_LEFT = LEFT + LABEL_WIDTH + LABEL_GAP
FREE_BOTTOM = 15.0  # the security paper's printed serial
MARGIN_BOTTOM = PAGE_HEIGHT - FREE_BOTTOM

LABEL_GREY = 0.4
RULE_GREY = 0.72
HEADING_RULE_GREY = 0.35
OFFICE_SIZE = 13.0
REGISTER_SIZE = 10.0
SMALL_SIZE = 8.0
TITLE_SIZE = 22.0
HEADING_SIZE = 10.5
LABEL_SIZE = 8.0
LABEL_LEADING = 10.0
VALUE_SIZE = 11.0
VALUE_LEADING = 13.5
REMARK_SIZE = 9.5
REMARK_LEADING = 12.5
ISSUE_SIZE = 10.5
OFFICER_SIZE = 10.0

TITLE_BASELINE = 44.0
FIRST_CONTENT_TOP = 56.0
LATER_CONTENT_TOP = 26.0
ROW_PADDING = 1.8  # mm above and below the lines of a row
SECTION_SPACE = 5.0  # mm before a section heading
HEADING_HEIGHT = 7.0
REMARK_SPACE = 1.5  # mm between two remarks
KEEP_TOGETHER = 45.0  # mm: a section no taller than this stays on one page

#: The foot of the last page: everything below FOOT_TOP.
FOOT_TOP = 226.0
ISSUE_BASELINE = 233.0
QR_TOP = 239.0
QR_SIZE = 28.0  # mm, with the quiet zone
CODE_BASELINE = QR_TOP + QR_SIZE + 3.0
URL_BASELINE = CODE_BASELINE + 3.6
SEAL_CENTRE = (97.0, 254.0)
SEAL_RADIUS = 12.0
SIGNATURE_LEFT = 125.0
SIGNATURE_LINE = 262.0
PAGE_NUMBER_BASELINE = MARGIN_BOTTOM - 2.5
#: The last line of content on a page without the foot, and on the page with it.
CONTENT_BOTTOM = PAGE_NUMBER_BASELINE - 6.0
LAST_CONTENT_BOTTOM = FOOT_TOP - 3.0


@dataclass(frozen=True)
class Text:
    """One line: its text, left end and baseline in mm from the top-left corner, font, size and grey."""

    text: str
    x: float
    y: float
    font: str
    size: float
    grey: float = 0.0


@dataclass(frozen=True)
class Rule:
    """A horizontal line from ``x0`` to ``x1`` at ``y`` (mm), ``width`` points thick."""

    x0: float
    x1: float
    y: float
    width: float
    grey: float


@dataclass(frozen=True)
class Circle:
    """A dashed circle (the place of the seal), centre and radius in mm."""

    x: float
    y: float
    radius: float
    grey: float


@dataclass(frozen=True)
class PlacedQr:
    """The QR symbol in the square with its top-left corner at ``x``, ``y`` and side ``size`` (mm)."""

    symbol: QrSymbol
    x: float
    y: float
    size: float


@dataclass
class PageLayout:
    texts: list[Text] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    circles: list[Circle] = field(default_factory=list)
    qr: PlacedQr | None = None


@dataclass(frozen=True)
class CertificateLayout:
    """A certificate laid out: its pages and the PDF's document information."""

    title: str
    author: str
    pages: tuple[PageLayout, ...]


@dataclass
class _Block:
    """A piece of the flowing part: its height, what it draws (y relative to its top), the space it wants before
    it unless it starts a page, and whether it must stay on the page of the block after it (a heading)."""

    height: float
    texts: list[Text]
    rules: list[Rule]
    space_before: float = 0.0
    keep_with_next: bool = False


def _ascent(font: str, size: float) -> float:
    return getAscentDescent(font, size)[0] / mm


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size) / mm


def _right_aligned(text: str, right: float, y: float, font: str, size: float, grey: float = 0.0) -> Text:
    return Text(text, right - _width(text, font, size), y, font, size, grey)


def _centred(text: str, centre: float, y: float, font: str, size: float, grey: float = 0.0) -> Text:
    return Text(text, centre - _width(text, font, size) / 2, y, font, size, grey)


def _fitted(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    line = single_line(text)
    return line, fitting_size(line, font, size, width * mm)


class _Layout:
    def __init__(self, content: CertificateContent, fonts: LetterFonts) -> None:
        self.content = content
        self.fonts = fonts
        self.value_ascent = _ascent(fonts.regular, VALUE_SIZE)

    # -- the flowing part --------------------------------------------------------------------------------------

    def heading(self, text: str) -> _Block:
        baseline = _ascent(self.fonts.bold, HEADING_SIZE) + 0.8
        return _Block(
            HEADING_HEIGHT,
            [Text(single_line(text), LEFT, baseline, self.fonts.bold, HEADING_SIZE)],
            [Rule(LEFT, RIGHT, HEADING_HEIGHT - 1.2, 0.6, HEADING_RULE_GREY)],
            space_before=SECTION_SPACE,
            keep_with_next=True,
        )

    def rows(self, label: str, value: str) -> list[_Block]:
        """A field: label lines left, value lines right, first baselines level; a value taller than half a page
        (which names and places never are) is cut into several rows."""
        regular = self.fonts.regular
        labels = break_lines(single_line(label), regular, LABEL_SIZE, LABEL_WIDTH * mm)
        values = break_lines(value, regular, VALUE_SIZE, (RIGHT - VALUE_LEFT) * mm)
        value_pitch, label_pitch = VALUE_LEADING / mm, LABEL_LEADING / mm
        most = max(1, int((CONTENT_BOTTOM - LATER_CONTENT_TOP) / 2 / value_pitch))
        blocks = []
        for start in range(0, len(values), most):
            chunk = values[start : start + most]
            chunk_labels = labels if start == 0 else []
            baseline = ROW_PADDING + self.value_ascent
            texts = [
                Text(line, VALUE_LEFT, baseline + i * value_pitch, regular, VALUE_SIZE) for i, line in enumerate(chunk)
            ]
            texts += [
                Text(line, LEFT, baseline + i * label_pitch, regular, LABEL_SIZE, LABEL_GREY)
                for i, line in enumerate(chunk_labels)
            ]
            lines_height = max(len(chunk) * value_pitch, len(chunk_labels) * label_pitch)
            height = 2 * ROW_PADDING + lines_height
            blocks.append(_Block(height, texts, [Rule(LEFT, RIGHT, height, 0.25, RULE_GREY)]))
        return blocks

    def paragraph(self, text: str, space_before: float) -> list[_Block]:
        """Wrapped text over the full width, one block per line (a long remark may go on over a page break)."""
        regular, pitch = self.fonts.regular, REMARK_LEADING / mm
        ascent = _ascent(regular, REMARK_SIZE)
        lines = break_lines(text, regular, REMARK_SIZE, (RIGHT - LEFT) * mm)
        return [
            _Block(pitch, [Text(line, LEFT, ascent, regular, REMARK_SIZE)], [], space_before if index == 0 else 0.0)
            for index, line in enumerate(lines)
        ]

    def blocks(self) -> list[_Block]:
        content = self.content
        blocks: list[_Block] = []
        for section in content.sections:
            if section.heading:
                blocks.append(self.heading(section.heading))
            rows = [block for item in section.fields for block in self.rows(item.label, item.value)]
            if sum(row.height for row in rows) <= KEEP_TOGETHER:  # a short section does not break
                for row in rows[:-1]:
                    row.keep_with_next = True
            blocks += rows
        if content.remarks:
            blocks.append(self.heading(content.remarks_heading))
            for index, remark in enumerate(content.remarks):
                blocks += self.paragraph(remark, REMARK_SPACE if index else 1.0)
        if content.certification:
            blocks += self.paragraph(content.certification, 6.0)
        return blocks

    # -- the fixed parts -----------------------------------------------------------------------------------

    def first_head(self) -> list[Text]:
        content, fonts = self.content, self.fonts
        office, size = _fitted(content.registry_office, fonts.bold, OFFICE_SIZE, 95.0)
        texts = [Text(office, LEFT, 20.0, fonts.bold, size)]
        register, size = _fitted(content.register_name, fonts.regular, SMALL_SIZE, 60.0)
        texts.append(_right_aligned(register, RIGHT, 16.5, fonts.regular, size, LABEL_GREY))
        number, size = _fitted(f"Registernummer {content.register_number}", fonts.regular, REGISTER_SIZE, 60.0)
        texts.append(_right_aligned(number, RIGHT, 21.0, fonts.regular, size))
        title, size = _fitted(content.title, fonts.bold, TITLE_SIZE, RIGHT - LEFT)
        texts.append(_centred(title, (LEFT + RIGHT) / 2, TITLE_BASELINE, fonts.bold, size))
        return texts

    def later_head(self) -> list[Text]:
        content, regular = self.content, self.fonts.regular
        left, size = _fitted(f"{content.registry_office} · {content.title}", regular, SMALL_SIZE, 100.0)
        right, right_size = _fitted(f"Registernummer {content.register_number}", regular, SMALL_SIZE, 60.0)
        return [
            Text(left, LEFT, 15.0, regular, size, LABEL_GREY),
            _right_aligned(right, RIGHT, 15.0, regular, right_size),
        ]

    def foot(self, page: PageLayout) -> None:
        content, fonts = self.content, self.fonts
        regular = fonts.regular
        issue, size = _fitted(content.issue_line, regular, ISSUE_SIZE, RIGHT - LEFT)
        page.texts.append(Text(issue, LEFT, ISSUE_BASELINE, regular, size))

        symbol = qr_symbol(content.verification_url)
        page.qr = PlacedQr(symbol, LEFT, QR_TOP, QR_SIZE)
        quiet = QR_SIZE * QUIET_ZONE / (symbol.modules + 2 * QUIET_ZONE)
        code, size = _fitted(f"Prüfcode: {content.verification_code}", fonts.bold, SMALL_SIZE, 62.0)
        page.texts.append(Text(code, LEFT + quiet, CODE_BASELINE, fonts.bold, size))
        url, size = _fitted(content.verification_url, regular, 6.5, 62.0)
        page.texts.append(Text(url, LEFT + quiet, URL_BASELINE, regular, size, LABEL_GREY))

        x, y = SEAL_CENTRE
        page.circles.append(Circle(x, y, SEAL_RADIUS, 0.6))
        page.texts.append(_centred("Siegel", x, y + 1.0, regular, 7.0, 0.6))

        centre = (SIGNATURE_LEFT + RIGHT) / 2
        page.rules.append(Rule(SIGNATURE_LEFT, RIGHT, SIGNATURE_LINE, 0.5, 0.0))
        name, size = _fitted(content.officer_name, regular, OFFICER_SIZE, RIGHT - SIGNATURE_LEFT)
        page.texts.append(_centred(name, centre, SIGNATURE_LINE + 4.6, regular, size))
        title, size = _fitted(content.officer_title, regular, SMALL_SIZE, RIGHT - SIGNATURE_LEFT)
        page.texts.append(_centred(title, centre, SIGNATURE_LINE + 8.4, regular, size, LABEL_GREY))

    # -- pages ---------------------------------------------------------------------------------------------

    def paginate(self, blocks: list[_Block]) -> list[list[tuple[_Block, float]]]:
        """The blocks with their tops, page by page: as many as fit above the page number on every page but the
        last, and above the foot on the last (a last page too full for the foot passes its tail on)."""
        pages: list[list[tuple[_Block, float]]] = []

        def flow(queue: list[_Block], top: float, bottom: float) -> list[_Block]:
            """Put blocks from ``queue`` on a new page between ``top`` and ``bottom``; return what did not fit."""
            placed: list[tuple[_Block, float]] = []
            cursor = top
            index = 0
            while index < len(queue):
                block = queue[index]
                space = block.space_before if placed else 0.0
                needed = space + block.height
                following = index
                while queue[following].keep_with_next and following + 1 < len(queue):
                    following += 1
                    needed += queue[following].space_before + queue[following].height
                if placed and cursor + needed > bottom:
                    break
                placed.append((block, cursor + space))
                cursor += space + block.height
                index += 1
            pages.append(placed)
            return queue[index:]

        rest = blocks
        first = True
        while True:
            top = FIRST_CONTENT_TOP if first else LATER_CONTENT_TOP
            remaining = flow(rest, top, LAST_CONTENT_BOTTOM)
            if not remaining:
                return pages
            pages.pop()  # not the last page: it may run down to the page number
            fuller = flow(rest, top, CONTENT_BOTTOM)
            if not fuller:  # all of it fits this page, but not above the foot: the tail goes with the foot
                pages.pop()
                flow(rest, top, LAST_CONTENT_BOTTOM)
                fuller = remaining
            rest = fuller
            first = False

    def layout(self) -> CertificateLayout:
        content = self.content
        paged = self.paginate(self.blocks())
        pages = []
        total = len(paged)
        for number, placed in enumerate(paged, start=1):
            page = PageLayout()
            page.texts += self.first_head() if number == 1 else self.later_head()
            if number == 1:
                page.rules.append(Rule(LEFT, RIGHT, 25.0, 0.6, HEADING_RULE_GREY))
            else:
                page.rules.append(Rule(LEFT, RIGHT, 18.0, 0.4, RULE_GREY))
            for block, top in placed:
                page.texts += [Text(t.text, t.x, t.y + top, t.font, t.size, t.grey) for t in block.texts]
                page.rules += [Rule(r.x0, r.x1, r.y + top, r.width, r.grey) for r in block.rules]
            if number == total:
                self.foot(page)
            if total > 1:
                page.texts.append(
                    _right_aligned(
                        f"Seite {number} von {total}",
                        RIGHT,
                        PAGE_NUMBER_BASELINE,
                        self.fonts.regular,
                        SMALL_SIZE,
                        LABEL_GREY,
                    )
                )
            pages.append(page)
        title = single_line(f"{content.title} {content.register_number}")
        return CertificateLayout(title=title, author=single_line(content.registry_office), pages=tuple(pages))


def layout_certificate(content: CertificateContent, fonts: LetterFonts) -> CertificateLayout:
    """Every line, rule, circle and the QR code of the certificate, page by page (see the module's description)."""
    return _Layout(content, fonts).layout()
