"""Sample letters and a small reader that measures a rendered PDF in millimetres from the top-left corner."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import pdfplumber

from models.documents import DocumentKind
from models.letters import InfoBlock, LetterContent, PaymentRequest, postal_address
from models.town_config import TownProfile

PT_PER_MM = 72 / 25.4

PICKUP_PARAGRAPHS = (
    "vielen Dank für Ihre Anmeldung zur Sperrmüllabholung über unser Online-Portal. Wir bestätigen Ihnen "
    "hiermit die Abholung am Dienstag, 09.12.2026, unter der angegebenen Adresse.",
    "Angemeldet sind: 1 Sofa (ca. 1,5 m³), 2 Stühle und 1 Kleiderschrank, zerlegt (ca. 1,2 m³), sowie als "
    "Elektroschrott separat 1 Kühlschrank. Das Gesamtvolumen liegt innerhalb der Höchstmenge von 5 m³.",
    "Bitte stellen Sie die Gegenstände am Abholtag bis spätestens 6:00 Uhr gut sichtbar am Straßenrand bereit. "
    "Elektrogeräte stellen Sie bitte getrennt vom übrigen Sperrmüll ab.",
)


def sample_letter(**overrides: Any) -> LetterContent:
    """A one-page bulky-waste pickup confirmation (Sperrmüll) to a recipient with DIN 91379 letters."""
    content = LetterContent(
        kind=DocumentKind.CONFIRMATION_LETTER,
        town=TownProfile(),
        recipient=postal_address(
            name="Herrn Dr. Łukasz Öztürk-Nguyễn",
            addition="c/o Őrség GmbH",
            street="Lindenallee",
            house_number="12a",
            postcode="59999",
            city="Lindenbrück",
        ),
        info=InfoBlock(
            our_reference="BB-32/mk",
            case_reference="2026-000123",
            date=dt.date(2026, 11, 25),
            clerk="Frau Krüger",
            phone="02999 123-45",
            email="m.krueger@lindenbrueck.de",
        ),
        subject="Bestätigung Ihrer Sperrmüllabholung am 09.12.2026",
        salutation="Sehr geehrter Herr Dr. Öztürk-Nguyễn,",
        paragraphs=PICKUP_PARAGRAPHS,
        signature="Im Auftrag\nMaria Krüger",
        enclosures=("Merkblatt Sperrmüll",),
        notes=("Einschreiben",),
    )
    return dataclasses.replace(content, **overrides)


def long_letter(**overrides: Any) -> LetterContent:
    """The sample letter with enough text for a second page."""
    return sample_letter(paragraphs=PICKUP_PARAGRAPHS * 4, **overrides)


@dataclass(frozen=True)
class TextLine:
    """Words on one baseline with less than 3 mm between them, measured in mm from the top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fonts: frozenset[str]
    sizes: frozenset[float]


@dataclass(frozen=True)
class Stroke:
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(frozen=True)
class Glyph:
    """One printed character: its box in mm from the top-left corner, font size and fill grey (0 = black)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    grey: float


@dataclass(frozen=True)
class PageContent:
    lines: list[TextLine]
    strokes: list[Stroke]  # lines, rectangles and curves
    text: str
    glyphs: list[Glyph] = dataclasses.field(default_factory=list)

    def glyphs_in(self, area: tuple[float, float, float, float]) -> list[Glyph]:
        """The printed characters (no spaces) whose box starts in ``area`` (left, top, right, bottom in mm)."""
        left, top, right, bottom = area
        return [g for g in self.glyphs if g.text.strip() and left <= g.x0 < right and top <= g.top < bottom]

    def glyph_rows(self, area: tuple[float, float, float, float]) -> list[list[Glyph]]:
        """The printed characters of ``area`` in rows (same top), top to bottom, each row left to right."""
        rows: dict[float, list[Glyph]] = {}
        for glyph in self.glyphs_in(area):
            key = next((top for top in rows if abs(top - glyph.top) < 0.3), glyph.top)
            rows.setdefault(key, []).append(glyph)
        return [sorted(rows[top], key=lambda g: g.x0) for top in sorted(rows)]

    def find(self, text: str, area: tuple[float, float, float, float] = (0, 0, 210, 297)) -> TextLine:
        """The one line reading ``text`` that starts in ``area`` (left, top, right, bottom in mm)."""
        left, top, right, bottom = area
        matches = [
            line for line in self.lines if line.text == text and left <= line.x0 < right and top <= line.top < bottom
        ]
        assert len(matches) == 1, f"{text!r} printed {len(matches)} times; lines: {[x.text for x in self.lines]}"
        return matches[0]

    def containing(self, text: str) -> list[TextLine]:
        return [line for line in self.lines if text in line.text]


def _mm(value: float) -> float:
    return float(value) / PT_PER_MM


def _text_lines(page: Any) -> list[TextLine]:
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=True)
    words.sort(key=lambda w: float(w["bottom"]))
    rows: list[list[dict[str, Any]]] = []
    for word in words:  # one row per baseline (sizes differ a little in their descent)
        if rows and float(word["bottom"]) - float(rows[-1][0]["bottom"]) < 0.5 * PT_PER_MM:
            rows[-1].append(word)
        else:
            rows.append([word])
    groups: list[list[dict[str, Any]]] = []
    for row in rows:  # split a row where the gap between words is 3 mm or more
        row.sort(key=lambda w: float(w["x0"]))
        groups.append([row[0]])
        for word in row[1:]:
            if _mm(float(word["x0"]) - float(groups[-1][-1]["x1"])) < 3.0:
                groups[-1].append(word)
            else:
                groups.append([word])
    return [
        TextLine(
            text=" ".join(w["text"] for w in group),
            x0=_mm(min(float(w["x0"]) for w in group)),
            x1=_mm(max(float(w["x1"]) for w in group)),
            top=_mm(min(float(w["top"]) for w in group)),
            bottom=_mm(max(float(w["bottom"]) for w in group)),
            fonts=frozenset(str(w["fontname"]) for w in group),
            sizes=frozenset(round(float(w["size"]), 2) for w in group),
        )
        for group in groups
    ]


def _grey(colour: Any) -> float:
    """The fill colour as a grey level; reportlab's ``setFillGray`` writes one component."""
    if isinstance(colour, (int, float)):
        return float(colour)
    if isinstance(colour, (list, tuple)) and len(colour) == 1:
        return float(colour[0])
    return 0.0 if not colour else sum(float(c) for c in colour[:3]) / 3


def _glyphs(page: Any) -> list[Glyph]:
    return [
        Glyph(
            text=str(c["text"]),
            x0=_mm(c["x0"]),
            x1=_mm(c["x1"]),
            top=_mm(c["top"]),
            bottom=_mm(c["bottom"]),
            size=round(float(c["size"]), 2),
            grey=_grey(c.get("non_stroking_color")),
        )
        for c in page.chars
    ]


def read_pdf(pdf: bytes) -> list[PageContent]:
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            strokes = [
                Stroke(_mm(o["x0"]), _mm(o["x1"]), _mm(o["top"]), _mm(o["bottom"]))
                for o in (*page.lines, *page.rects, *page.curves, *page.images)
            ]
            pages.append(PageContent(_text_lines(page), strokes, page.extract_text() or "", _glyphs(page)))
    return pages


FEE_PARAGRAPHS = (
    "für die Ausstellung der beantragten Geburtsurkunde erheben wir nach der Allgemeinen "
    "Verwaltungsgebührenordnung eine Gebühr von 15,00 €.",
    "Die Urkunde senden wir Ihnen zu, sobald die Gebühr bei uns eingegangen ist.",
)


def sample_payment(**overrides: Any) -> PaymentRequest:
    """15,00 € to the sample town's account, with DIN 91379 letters in the beneficiary and the purpose."""
    town = TownProfile()
    payment = PaymentRequest(
        amount_cents=1500,
        due_date=dt.date(2026, 12, 15),
        purpose="Gebühr Geburtsurkunde 2026-000123 Łukasz Öztürk-Nguyễn",
        beneficiary="Stadtkasse Lindenbrück – Bürgerbüro",
        iban=town.iban,
        bic=town.bic,
    )
    return dataclasses.replace(payment, **overrides)


def sample_fee_notice(**overrides: Any) -> LetterContent:
    """A one-page fee notice (Gebührenbescheid) with a payment block and GiroCode."""
    fields: dict[str, Any] = {
        "kind": DocumentKind.FEE_NOTICE,
        "subject": "Gebühr für Ihre Geburtsurkunde",
        "paragraphs": FEE_PARAGRAPHS,
        "payment": sample_payment(),
        "enclosures": (),
    }
    return sample_letter(**(fields | overrides))
