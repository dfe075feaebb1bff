"""Letter printing in bulk: 1,000 two-page DIN 5008 letters, every fourth a fee notice with GiroCode, on one core.

Ours: :func:`printing.letter.render_letter` for each letter (platypus layout, page parts, payment block, QR
encoding, PDF with embedded font subsets). Baseline, in the same run: a bare reportlab canvas drawing the same
strings at the same places in the same fonts, the same page count and the QR as the same rectangles, with every
line break, position and QR symbol worked out beforehand, i.e. only the drawing and the PDF writing that any
renderer has to do. Run alone with ``python -m bench.letter_bench``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import io
import os
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas

from bench.timing import median_seconds, report
from models.documents import DocumentKind
from models.letters import InfoBlock, LetterContent, PaymentRequest, postal_address
from models.town_config import TownProfile
from printing import din5008
from printing.din5008 import FORM_B
from printing.fonts import LetterFonts, register_fonts
from printing.letter import BODY_LEADING, BODY_SIZE, SIGNATURE_SPACE, render_letter
from printing.letter_page import LetterPage
from printing.payment_block import PaymentBlock, draw_block
from printing.plain_paragraph import break_lines
from printing.plain_text import single_line

LETTERS = 1_000
FEE_EVERY = 4
RUNS = 3
NAMES = ("Łukasz Öztürk-Nguyễn", "Agnieszka Łódź-Őrség", "Jörg Skålund", "Ayşe Yılmaz", "Zoë Ðorđević", "Ines Weiß")
PARAGRAPHS = (
    "vielen Dank für Ihre Anmeldung zur Sperrmüllabholung über unser Online-Portal. Wir bestätigen Ihnen hiermit "
    "die Abholung am Dienstag, 09.12.2026, unter der angegebenen Adresse.",
    "Angemeldet sind: 1 Sofa (ca. 1,5 m³), 2 Stühle und 1 Kleiderschrank, zerlegt (ca. 1,2 m³), sowie als "
    "Elektroschrott separat 1 Kühlschrank. Das Gesamtvolumen liegt innerhalb der Höchstmenge von 5 m³.",
    "Bitte stellen Sie die Gegenstände am Abholtag bis spätestens 6:00 Uhr gut sichtbar am Straßenrand bereit. "
    "Elektrogeräte stellen Sie bitte getrennt vom übrigen Sperrmüll ab.",
    "Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte bis zwei Werktage vorher mit; "
    "wir vereinbaren dann gern einen neuen Termin mit Ihnen.",
)


def make_letters(count: int = LETTERS) -> list[LetterContent]:
    """``count`` distinct two-page letters; every ``FEE_EVERY``-th is a fee notice with its own GiroCode."""
    town = TownProfile()
    letters = []
    for index in range(count):
        name = f"{NAMES[index % len(NAMES)]} {index}"
        reference = f"2026-{index + 1:06d}"
        fee = index % FEE_EVERY == FEE_EVERY - 1
        payment = None
        if fee:
            payment = PaymentRequest(
                amount_cents=1000 + 500 * (index % 7),
                due_date=dt.date(2026, 12, 15),
                purpose=f"Gebühr {reference} {name}",
                beneficiary=f"{town.name} – Stadtkasse",
                iban=town.iban,
                bic=town.bic,
            )
        letters.append(
            LetterContent(
                kind=DocumentKind.FEE_NOTICE if fee else DocumentKind.CONFIRMATION_LETTER,
                town=town,
                recipient=postal_address(
                    name=name,
                    street="Lindenallee",
                    house_number=str(index % 90 + 1),
                    postcode="59999",
                    city="Lindenbrück",
                ),
                info=InfoBlock("BB-32/mk", reference, dt.date(2026, 11, 25), "Frau Krüger", "02999 123-45", "m@x.de"),
                subject=f"Ihr Antrag {reference}",
                salutation=f"Guten Tag {name},",
                paragraphs=PARAGRAPHS * (3 if fee else 4),
                signature="Im Auftrag\nMaria Krüger",
                enclosures=("Merkblatt Sperrmüll",),
                payment=payment,
            )
        )
    return letters


# -- the baseline: everything laid out beforehand, then a bare canvas --------------------------------------


@dataclass
class Lines:
    """Lines of one font set as one text object from ``top`` (points from the bottom of the page)."""

    lines: list[str]
    font: str
    top: float


@dataclass
class PlannedPage:
    texts: list[Lines] = dataclasses.field(default_factory=list)
    blocks: list[tuple[PaymentBlock, float]] = dataclasses.field(default_factory=list)  # block and its top


@dataclass
class Plan:
    content: LetterContent
    page: LetterPage
    pages: list[PlannedPage]


def plan_letter(content: LetterContent, fonts: LetterFonts) -> Plan:
    """Where ``render_letter`` puts each line: the same order, spacing and page breaks, found without platypus."""
    page = LetterPage(content, FORM_B, fonts)
    width = FORM_B.text_width * mm
    bottom = (din5008.A4_HEIGHT - page.body_bottom) * mm
    pages = [PlannedPage()]
    top = (din5008.A4_HEIGHT - page.first_body_top) * mm
    blank = BODY_LEADING

    def ensure(height: float) -> None:
        nonlocal top
        if top - height < bottom - 1e-6:
            pages.append(PlannedPage())
            top = (din5008.A4_HEIGHT - page.later_body_top) * mm

    def lines_of(value: str, font: str) -> list[str]:
        return break_lines(value, font, BODY_SIZE, width)

    def put(lines: list[str], font: str) -> None:
        nonlocal top
        pages[-1].texts.append(Lines(lines, font, top))
        top -= len(lines) * BODY_LEADING

    def paragraph(value: str, after: float = 0.0, *, bold: bool = False) -> None:
        """Split at a page break with at least two lines on either side, as PlainParagraph does."""
        nonlocal top
        font = fonts.bold if bold else fonts.regular
        lines = lines_of(value, font)
        while lines:
            fitting = int((top - bottom + 1e-6) // BODY_LEADING)
            if fitting < len(lines):
                fitting = min(fitting, len(lines) - 2)
                if fitting < 2:
                    ensure(1e9)
                    continue
            put(lines[:fitting], font)
            lines = lines[fitting:]
            if lines:
                ensure(1e9)
        top -= after

    def together(*parts: tuple[list[str], str, float]) -> None:
        nonlocal top
        ensure(sum(len(lines) * BODY_LEADING + after for lines, _, after in parts) - parts[-1][2])
        for lines, font, after in parts:
            put(lines, font)
            top -= after

    paragraph(content.subject, 2 * blank, bold=True)
    paragraph(content.salutation, blank)
    for text in content.paragraphs:
        paragraph(text, blank)
    if content.payment is not None:
        block = PaymentBlock(content.payment, fonts, BODY_SIZE, BODY_LEADING, space_after=blank)
        _, height = block.wrap(width, 1e6)
        ensure(height)
        pages[-1].blocks.append((block, top))
        top -= height + blank
    together(
        (lines_of(content.closing, fonts.regular), fonts.regular, SIGNATURE_SPACE * blank),
        (lines_of(content.signature, fonts.regular), fonts.regular, 0.0),
    )
    top -= blank
    heading = "Anlage" if len(content.enclosures) == 1 else "Anlagen"
    enclosures = [(lines_of(e, fonts.regular), fonts.regular, 0.0) for e in content.enclosures]
    together(([heading], fonts.bold, 0.0), *enclosures)
    return Plan(content, page, pages)


def draw_planned(plan: Plan, fonts: LetterFonts) -> bytes:
    buffer = io.BytesIO()
    content = plan.content
    canv = Canvas(buffer, pagesize=A4, initialFontName=fonts.regular, lang="de-DE")
    canv.setTitle(single_line(content.subject))
    canv.setAuthor(single_line(content.town.name))
    canv.setSubject(single_line(f"Aktenzeichen {content.info.case_reference}"))
    canv.setCreator("Amtsstube")
    ascent = getAscentDescent(fonts.regular, BODY_SIZE)[0]
    total = len(plan.pages)
    for number, planned in enumerate(plan.pages, start=1):
        if number == 1:
            plan.page.draw_first_page(canv)
        else:
            plan.page.draw_later_page(canv)
        left = FORM_B.text_left * mm
        for lines in planned.texts:
            text = canv.beginText(left, lines.top - ascent)
            text.setFont(lines.font, BODY_SIZE, BODY_LEADING)
            text.textLines(lines.lines, trim=0)
            canv.drawText(text)
        for block, top in planned.blocks:
            draw_block(canv, block, left, top)
        plan.page.draw_page_number(canv, number, total)
        canv.showPage()
    canv.save()
    return buffer.getvalue()


# -- measuring ---------------------------------------------------------------------------------------------


def _cpu_seconds(work: Callable[[], object], runs: int = RUNS) -> float:
    """Median process CPU time of ``runs`` calls: steadier than wall time on a shared machine."""
    samples = []
    for _ in range(runs):
        start = time.process_time()
        work()
        samples.append(time.process_time() - start)
    return statistics.median(samples)


def main() -> None:
    fonts = register_fonts()
    letters = make_letters()
    plans = [plan_letter(content, fonts) for content in letters]
    for content, plan in zip(letters[:8], plans[:8], strict=True):  # the baseline really draws the same letter
        rendered = render_letter(content)
        assert rendered.pages == len(plan.pages) == 2, (rendered.pages, len(plan.pages))

    def ours() -> None:
        pages = sum(render_letter(content).pages for content in letters)
        assert pages == 2 * len(letters)

    def baseline() -> None:
        for plan in plans:
            draw_planned(plan, fonts)

    fees = sum(1 for content in letters if content.payment is not None)
    count = len(letters)
    print(f"letters ({count:,} two-page DIN 5008 letters, {fees} fee notices with GiroCode, one core, in-process)")
    ours_wall = median_seconds(ours, runs=RUNS, warmup=1)
    base_wall = median_seconds(baseline, runs=RUNS, warmup=1)
    report("  batch of letters, wall time (median of 3)", ours_wall, base_wall, unit="s")
    ours_cpu, base_cpu = _cpu_seconds(ours), _cpu_seconds(baseline)
    for label, ours_s, base_s in (("wall", ours_wall, base_wall), ("cpu ", ours_cpu, base_cpu)):
        print(
            f"  {label}: render_letter {count / ours_s:7.1f} letters/s (target ≥ 100)   "
            f"bare canvas {count / base_s:7.1f} letters/s   ratio {base_s / ours_s:.2f} (target ≥ 0.5)"
        )
    gc.collect()
    tracemalloc.start()
    ours()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    maxrss_mib = maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024
    print(f"  memory: tracemalloc peak {peak / 2**20:.1f} MiB during a batch, ru_maxrss {maxrss_mib:.0f} MiB")
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"  load average during the run: {load} on {os.cpu_count()} cores (wall figures suffer from other work)")


if __name__ == "__main__":
    main()
