"""Certificates in bulk: 200 civil-status certificates of every kind, with DIN 91379 names and a QR code, on one core.

Ours: :func:`printing.certificate.render_certificate` for each certificate, from its content (the form's layout,
line breaking, the QR code's encoding, the PDF with embedded font subsets). Baseline, in the same run: a bare
reportlab canvas drawing the same strings at the same places in the same fonts, the same rules and seal circle, and
the QR code as the same rectangles, with every position and QR module worked out beforehand, i.e. only the drawing
and the PDF writing that any renderer has to do. Run alone with ``python -m bench.certificate_bench``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench.timing import median_seconds, report
from models.registers.civil_status.certificate_content import (
    CertificateContent,
    CertificateKind,
    certificate_content,
)
from models.registers.civil_status.entries import (
    AnnotationKind,
    PersonRole,
    RegisterKind,
    StandingAnnotation,
    StandingEntry,
    StandingPerson,
)
from models.registers.residents.resident import Sex
from printing.certificate import render_certificate
from printing.certificate_layout import PAGE_HEIGHT, CertificateLayout, layout_certificate
from printing.fonts import LetterFonts, register_fonts
from printing.girocode import QUIET_ZONE

CERTIFICATES = 200
RUNS = 5
FAMILY = ("Nowak-Ğüleç", "d'Ørsted", "Öztürk-Nguyễn", "Łódź-Őrség", "Weiß", "Skålund")
GIVEN = ("Łukasz", "Zoë", "Agnieszka Maria", "L\u0325ars Jørgen", "Ayşe", "Hüseyin")
PLACES = ("Lindenbrück", "Łódź", "København", "İzmir", "Breslau", "Aarhus")
KINDS = (
    CertificateKind.BIRTH,
    CertificateKind.MARRIAGE,
    CertificateKind.PARTNERSHIP,
    CertificateKind.DEATH,
    CertificateKind.REGISTER_PRINTOUT,
)
ROLES = {
    RegisterKind.BIRTH: (PersonRole.CHILD, PersonRole.MOTHER, PersonRole.FATHER),
    RegisterKind.MARRIAGE: (PersonRole.SPOUSE, PersonRole.SPOUSE),
    RegisterKind.PARTNERSHIP: (PersonRole.PARTNER, PersonRole.PARTNER),
    RegisterKind.DEATH: (PersonRole.DECEASED, PersonRole.INFORMANT),
}


def _entry(index: int, kind: RegisterKind) -> StandingEntry:
    persons = tuple(
        StandingPerson(
            role,
            FAMILY[(index + offset) % len(FAMILY)],
            f"{GIVEN[(index + 2 * offset) % len(GIVEN)]} {index}",
            FAMILY[(index + offset + 1) % len(FAMILY)] if offset else None,
            (Sex.FEMALE, Sex.MALE)[(index + offset) % 2],
            dt.date(1950 + index % 60, 1 + index % 12, 1 + index % 28),
            PLACES[(index + offset) % len(PLACES)],
            None,
        )
        for offset, role in enumerate(ROLES[kind])
    )
    annotations = tuple(
        StandingAnnotation(
            number,
            AnnotationKind.CORRECTION,
            dt.date(2026, 1, number),
            "Petra Schmidt",
            f"Berichtigung {number}: Der Geburtsort lautet richtig „{PLACES[number % len(PLACES)]}“.",
        )
        for number in range(1, 1 + index % 3)
    )
    return StandingEntry(
        id=index,
        kind=kind,
        register_number=f"{kind.letter} {index + 1}/2026",
        recorded_on=dt.date(2026, 3, 20),
        event_date=dt.date(2026, 3, 14),
        event_place=PLACES[index % len(PLACES)],
        officer_name="Maria Krüger",
        restricted=False,
        persons=persons,
        annotations=annotations,
        retention_ends=dt.date(2136, 3, 20),
    )


def make_contents(count: int = CERTIFICATES) -> list[CertificateContent]:
    """``count`` distinct certificates, the kinds in turn (every fifth a register printout), each with its code."""
    contents = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        register = kind.register or RegisterKind.BIRTH
        code = f"K7QX-{index:04d}-2TBW"
        contents.append(
            certificate_content(
                kind,
                _entry(index, register),
                registry_office="Standesamt Lindenbrück",
                place_of_issue="Lindenbrück",
                issued_on=dt.date(2026, 12, 3),
                officer_name="Clara Łęcka",
                officer_title="Standesbeamtin",
                verification_code=code,
                verification_url=f"https://lindenbrueck.de/urkunde/{code}",
            )
        )
    return contents


def draw_planned(layout: CertificateLayout, fonts: LetterFonts) -> bytes:
    """The bare canvas: every string, rule, circle and QR rectangle of the laid-out certificate, nothing else."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, initialFontName=fonts.regular, lang="de-DE")
    canv.setTitle(layout.title)
    canv.setAuthor(layout.author)
    canv.setCreator("Amtsstube")
    for page in layout.pages:
        state: tuple[str, float, float] | None = None
        for text in page.texts:
            if state != (text.font, text.size, text.grey):  # as few operators as the renderer writes
                canv.setFont(text.font, text.size)
                canv.setFillGray(text.grey)
                state = (text.font, text.size, text.grey)
            canv.drawString(text.x * mm, (PAGE_HEIGHT - text.y) * mm, text.text)
        for rule in page.rules:
            canv.setStrokeGray(rule.grey)
            canv.setLineWidth(rule.width)
            canv.line(rule.x0 * mm, (PAGE_HEIGHT - rule.y) * mm, rule.x1 * mm, (PAGE_HEIGHT - rule.y) * mm)
        for circle in page.circles:
            canv.setStrokeGray(circle.grey)
            canv.setLineWidth(0.5)
            canv.setDash(2, 2)
            canv.circle(circle.x * mm, (PAGE_HEIGHT - circle.y) * mm, circle.radius * mm, stroke=1, fill=0)
            canv.setDash()
        if page.qr is not None:
            qr = page.qr
            module = qr.size * mm / (qr.symbol.modules + 2 * QUIET_ZONE)
            left, top = qr.x * mm + QUIET_ZONE * module, (PAGE_HEIGHT - qr.y) * mm - QUIET_ZONE * module
            canv.addLiteral(
                f"q\n{module:.6f} 0 0 {-module:.6f} {left:.4f} {top:.4f} cm\n0 g\n{qr.symbol.operators}\nf\nQ"
            )
        canv.showPage()
    canv.save()
    return buffer.getvalue()


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
    contents = make_contents()
    layouts = [layout_certificate(content, fonts) for content in contents]
    for layout in layouts:  # the QR rectangles' operators, too, are worked out before the clock runs
        for page in layout.pages:
            if page.qr is not None:
                _ = page.qr.symbol.operators
    pages = sum(len(layout.pages) for layout in layouts)

    def ours() -> None:
        for content in contents:
            render_certificate(content, fonts)

    def baseline() -> None:
        for layout in layouts:
            draw_planned(layout, fonts)

    count = len(contents)
    print(f"certificates ({count} of five kinds, {pages} A4 pages, QR codes, DIN 91379 names, one core, in-process)")
    ours_wall = median_seconds(ours, runs=RUNS, warmup=1)
    base_wall = median_seconds(baseline, runs=RUNS, warmup=1)
    report(f"  batch of certificates, wall time (median of {RUNS})", ours_wall, base_wall, unit="s")
    ours_cpu, base_cpu = _cpu_seconds(ours), _cpu_seconds(baseline)
    for label, ours_s, base_s in (("wall", ours_wall, base_wall), ("cpu ", ours_cpu, base_cpu)):
        print(
            f"  {label}: render_certificate {count / ours_s:7.1f} certificates/s   "
            f"bare canvas {count / base_s:7.1f} certificates/s   ratio {base_s / ours_s:.2f} (target ≥ 0.5)"
        )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"  load average during the run: {load} on {os.cpu_count()} cores (wall figures suffer from other work)")


if __name__ == "__main__":
    main()
