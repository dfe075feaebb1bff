"""The cash desk's papers: the receipt the citizen takes home (Quittung, Stornobeleg) and the day's report
(Tagesabschluss). A4, the embedded font, every text set literally (table cells and plain paragraphs, no markup).

A receipt names the town, its number, the cases with their service and amount, the total, the method, date and
time, the workstation and the clerk; a cancellation also the receipt it cancels and why. The day's report lists
every booking with the totals per method, the cancellations and who booked, and whether (and by whom) the day
was closed. Both carry "Seite x von y".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from models.cash import ReceiptKind
from models.cash_records import CashDayReport, ReceiptRow
from models.german_format import format_date, format_euro, format_moment
from models.letters import RenderedDocument
from models.payment_methods import METHOD_NAMES
from models.town_config import TownProfile
from printing.fonts import LetterFonts, register_fonts
from printing.numbered_canvas import NumberedCanvas
from printing.plain_paragraph import PlainParagraph
from printing.plain_text import single_line

SIZE = 10.0
LEADING = 13.0
MARGIN = 20 * mm
HEADER = 28 * mm


def _finish_page(canvas: Any, number: int, total: int, *, fonts: LetterFonts, town: TownProfile, title: str) -> None:
    width, height = A4
    canvas.setFont(fonts.bold, 12)
    canvas.drawString(MARGIN, height - 18 * mm, single_line(town.name))
    canvas.setFont(fonts.regular, 9)
    address = f"{town.department} · {town.street} · {town.postcode} {town.city}"
    canvas.drawString(MARGIN, height - 23 * mm, single_line(address))
    canvas.drawRightString(width - MARGIN, height - 18 * mm, single_line(title))
    canvas.setFont(fonts.regular, 8)
    canvas.drawRightString(width - MARGIN, 12 * mm, f"Seite {number} von {total}")
    canvas.line(MARGIN, height - 25 * mm, width - MARGIN, height - 25 * mm)


def _render(story: list[Any], fonts: LetterFonts, town: TownProfile, title: str) -> RenderedDocument:
    buffer = io.BytesIO()
    width, height = A4
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=single_line(title),
        author=single_line(town.name),
        creator="Amtsstube",
        lang="de-DE",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        initialFontName=fonts.regular,  # keeps the built-in Helvetica out of the file
    )
    frame = Frame(
        MARGIN, 20 * mm, width - 2 * MARGIN, height - HEADER - 30 * mm, id="body", leftPadding=0, rightPadding=0
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    pages: list[int] = []

    def finish(canvas: Any, number: int, total: int) -> None:
        pages.append(total)
        _finish_page(canvas, number, total, fonts=fonts, town=town, title=title)

    document.build(story, canvasmaker=partial(NumberedCanvas, finish_page=finish))
    return RenderedDocument(buffer.getvalue(), pages[0] if pages else 1)


def _text(fonts: LetterFonts, value: str, *, bold: bool = False, size: float = SIZE, after: float = 0) -> Any:
    return PlainParagraph(value, fonts.bold if bold else fonts.regular, size, size * 1.3, after)


def _cell(fonts: LetterFonts, value: str, *, bold: bool) -> PlainParagraph:
    """A text cell that wraps within its column (names and services can be long); line breaks kept."""
    text = "\n".join(single_line(part) for part in value.split("\n"))
    return PlainParagraph(text, fonts.bold if bold else fonts.regular, 9, 11.5)


def _table(fonts: LetterFonts, rows: Sequence[Sequence[str]], widths: Sequence[float], *, right: int) -> Table:
    """A table of plain text; columns from ``right`` on are amounts (right-aligned); the first row is bold."""
    cells = [
        [
            _cell(fonts, cell, bold=number == 0) if column < right else single_line(cell)
            for column, cell in enumerate(row)
        ]
        for number, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ALIGN", (right, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render_receipt(receipt: ReceiptRow, town: TownProfile) -> RenderedDocument:
    fonts = register_fonts()
    cancellation = receipt.kind is ReceiptKind.CANCELLATION
    title = f"{'Stornobeleg' if cancellation else 'Quittung'} {receipt.number}"
    width = A4[0] - 2 * MARGIN
    facts = [
        ("Nummer", receipt.number),
        ("Datum", format_moment(receipt.issued_at)),
        ("Eingezahlt von" if not cancellation else "Zurück an", receipt.payer_name),
        ("Zahlungsweg", METHOD_NAMES[receipt.method]),
        ("Arbeitsplatz", receipt.workstation),
        ("Kassiert von" if not cancellation else "Storniert von", receipt.clerk_name),
    ]
    if cancellation:
        facts += [("Storniert", f"Quittung {receipt.cancels_number}"), ("Grund", receipt.reason or "")]
    lines = [["Aktenzeichen", "Leistung", "Betrag"]]
    lines += [[line.case_reference, line.service_name, format_euro(line.amount_cents)] for line in receipt.lines]
    lines.append(["", "Summe", format_euro(receipt.total_cents)])
    story: list[Any] = [
        _text(fonts, "Stornobeleg" if cancellation else "Quittung", bold=True, size=16, after=8 * mm),
        _facts(fonts, facts, width),
        Spacer(0, 6 * mm),
        _table(fonts, lines, (32 * mm, width - 62 * mm, 30 * mm), right=2),
        Spacer(0, 8 * mm),
        _text(
            fonts,
            "Der Betrag wurde zurückgezahlt." if cancellation else "Betrag dankend erhalten.",
            after=LEADING,
        ),
        _text(fonts, f"{town.name}, {format_date(receipt.business_day)}"),
    ]
    return _render(story, fonts, town, title)


def _facts(fonts: LetterFonts, facts: Sequence[tuple[str, str]], width: float) -> Table:
    rows = [[_cell(fonts, label, bold=True), _cell(fonts, value, bold=False)] for label, value in facts]
    table = Table(rows, colWidths=(40 * mm, width - 40 * mm), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), fonts.bold),
                ("FONTNAME", (1, 0), (1, -1), fonts.regular),
                ("FONTSIZE", (0, 0), (-1, -1), SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def render_cash_day(report: CashDayReport, town: TownProfile) -> RenderedDocument:
    fonts = register_fonts()
    station = report.workstation or "alle Arbeitsplätze"
    title = f"Tagesabschluss {format_date(report.day)}"
    width = A4[0] - 2 * MARGIN
    if report.closing is not None:
        state = f"abgeschlossen am {format_moment(report.closing.closed_at)} von {report.closing.closed_by}"
    else:
        state = "nicht abgeschlossen (vorläufig)"
    facts = [
        ("Tag", format_date(report.day)),
        ("Arbeitsplatz", station),
        ("Stand", state),
        ("Kassiert von", ", ".join(report.clerks) or "–"),
    ]
    rows = [["Nummer", "Zeit", "Eingezahlt von", "Aktenzeichen", "Weg", "Betrag"]]
    for receipt in report.receipts:
        cases = "\n".join(line.case_reference for line in receipt.lines)
        kind = "Storno " if receipt.kind is ReceiptKind.CANCELLATION else ""
        rows.append(
            [
                receipt.number,
                format_moment(receipt.issued_at)[-5:],
                receipt.payer_name,
                cases,
                kind + METHOD_NAMES[receipt.method],
                format_euro(receipt.total_cents),
            ]
        )
    totals = [["Summe", "Betrag"]]
    totals += [[METHOD_NAMES[method], format_euro(cents)] for method, cents in report.totals.items()]
    totals.append([f"darin Stornos ({report.cancellations})", format_euro(report.cancelled_cents)])
    totals.append(["Gesamt", format_euro(report.total_cents)])
    story: list[Any] = [
        _text(fonts, "Tagesabschluss der Kasse", bold=True, size=16, after=8 * mm),
        _facts(fonts, facts, width),
        Spacer(0, 6 * mm),
        _table(fonts, rows, (27 * mm, 12 * mm, 46 * mm, 30 * mm, 24 * mm, width - 139 * mm), right=5)
        if report.receipts
        else _text(fonts, "An diesem Tag wurde nichts gebucht."),
        Spacer(0, 8 * mm),
        _table(fonts, totals, (60 * mm, 30 * mm), right=1),
        Spacer(0, 14 * mm),
        _text(fonts, "Geprüft: ______________________________    Datum, Unterschrift"),
    ]
    return _render(story, fonts, town, title)
