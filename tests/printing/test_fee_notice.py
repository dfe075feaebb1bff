"""Fee notices: the payment block and its EPC GiroCode, read back the way a banking app reads it."""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from models.errors import InvalidInput
from printing.letter import render_letter
from tests.printing.letter_samples import (
    PICKUP_PARAGRAPHS,
    TextLine,
    read_pdf,
    sample_fee_notice,
    sample_letter,
    sample_payment,
)

DPI = 200
MM_PER_PIXEL = 25.4 / DPI
HOSTILE_PURPOSE = "<b>Müller & Söhne</b>"


@dataclass(frozen=True)
class ScannedCode:
    lines: list[str]  # the EPC payload, one field per line
    left: float  # bounding box in mm from the top-left corner of the page
    top: float
    right: float
    bottom: float


def scan_codes(pdf: bytes, page: int = 1) -> list[ScannedCode]:
    """Rasterise one page at 200 dpi with poppler and decode every QR code on it with ZXing."""
    with tempfile.TemporaryDirectory() as directory:
        source = Path(directory) / "letter.pdf"
        source.write_bytes(pdf)
        prefix = Path(directory) / "page"
        command = ["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile"]
        subprocess.run([*command, str(source), str(prefix)], check=True, timeout=60)
        with Image.open(prefix.with_suffix(".png")) as image:
            barcodes = zxingcpp.read_barcodes(image)
    codes = []
    for barcode in barcodes:
        assert barcode.format == zxingcpp.BarcodeFormat.QRCode
        position = barcode.position
        corners = [position.top_left, position.top_right, position.bottom_right, position.bottom_left]
        xs = [corner.x * MM_PER_PIXEL for corner in corners]
        ys = [corner.y * MM_PER_PIXEL for corner in corners]
        text = barcode.bytes.decode("utf-8")  # EPC character set 1 is UTF-8; no guessing by the reader
        codes.append(ScannedCode(text.split("\n"), min(xs), min(ys), max(xs), max(ys)))
    return codes


def only_code(pdf: bytes, page: int = 1) -> ScannedCode:
    codes = scan_codes(pdf, page)
    assert len(codes) == 1, codes
    return codes[0]


def expected_epc(beneficiary: str, iban: str, amount: str, purpose: str, bic: str) -> list[str]:
    return ["BCD", "002", "1", "SCT", bic, beneficiary, iban, amount, "", "", purpose]


@pytest.mark.parametrize(
    ("payment", "amount"),
    [
        ({}, "EUR15.00"),
        (
            {
                "amount_cents": 1_234_567,
                "beneficiary": "Gemeindekasse Śląsk-Őrség & Ğöktürk",
                "purpose": "Hundesteuer 2027 Kassenzeichen 2026-004711 Jörg Skålund, Ærø",
                "iban": "DE02 3705 0299 0000 6847 12",
                "bic": "",
            },
            "EUR12345.67",
        ),
    ],
    ids=["sample", "umlauts-no-bic"],
)
def test_girocode_carries_the_intended_transfer(payment: dict[str, Any], amount: str) -> None:
    request = sample_payment(**payment)
    code = only_code(render_letter(sample_fee_notice(payment=request)).pdf)
    assert code.lines == expected_epc(
        beneficiary=request.beneficiary,
        iban="DE02370502990000684712",
        amount=amount,
        purpose=request.purpose,
        bic=request.bic,
    )


def test_girocode_sits_inside_the_text_area_beside_the_transfer_details() -> None:
    pdf = render_letter(sample_fee_notice()).pdf
    code = only_code(pdf)
    page = read_pdf(pdf)[0]
    heading = page.find("Bitte überweisen Sie:")
    closing = page.find("Mit freundlichen Grüßen")
    assert code.left >= 150.0
    assert code.right <= 190.0
    assert 24.0 <= code.right - code.left <= 33.0  # the symbol; 33 mm with its quiet zone
    assert heading.top - 1.0 <= code.top
    assert code.bottom < closing.top
    modules = [s for s in page.strokes if s.x0 > 150.0 and heading.top - 1.0 <= s.top < closing.top]
    assert len(modules) > 100  # drawn as vector rectangles, not as an image
    assert code.left - 0.5 <= min(s.x0 for s in modules)
    assert max(s.x1 for s in modules) <= code.right + 0.5
    assert max(s.x1 for s in modules) <= 190.0
    details = [line for line in page.lines if heading.top <= line.top < closing.top and line.x0 < 150.0]
    assert max(line.x1 for line in details) < code.left - 3.0  # clear of the code


def test_payment_details_are_printed_as_extractable_text() -> None:
    pdf = render_letter(sample_fee_notice()).pdf
    page = read_pdf(pdf)[0]
    rows = {
        "Betrag": "15,00 €",
        "Zahlbar bis": "15.12.2026",
        "Empfänger": "Stadtkasse Lindenbrück – Bürgerbüro",
        "IBAN": "DE02 3705 0299 0000 6847 12",
        "BIC": "COKSDE33XXX",
    }
    for label, value in rows.items():
        label_line = page.find(label, (20, 100, 60, 260))
        value_line = page.find(value, (60, 100, 150, 260))
        assert abs(label_line.bottom - value_line.bottom) < 0.3, (label, value)
    purpose = page.find("Verwendungszweck", (20, 100, 60, 260))
    purpose_lines = [line.text for line in page.lines if line.top >= purpose.top - 0.3 and 60 < line.x0 < 150]
    assert " ".join(purpose_lines).startswith("Gebühr Geburtsurkunde 2026-000123 Łukasz Öztürk-Nguyễn")
    assert "GiroCode – mit Ihrer" in page.text
    assert "Banking-App scannen" in page.text
    last_paragraph = page.find("Die Urkunde senden wir Ihnen zu, sobald die Gebühr bei uns eingegangen ist.")
    heading = page.find("Bitte überweisen Sie:")
    closing = page.find("Mit freundlichen Grüßen")
    assert last_paragraph.top < heading.top < page.find("15,00 €").top < closing.top


def test_hostile_purpose_prints_and_encodes_literally() -> None:
    notice = sample_fee_notice(payment=sample_payment(purpose=HOSTILE_PURPOSE))
    pdf = render_letter(notice).pdf
    page = read_pdf(pdf)[0]
    found: TextLine = page.find(HOSTILE_PURPOSE)
    assert found.x0 > 60.0
    assert only_code(pdf).lines[-1] == HOSTILE_PURPOSE


def test_payment_block_moves_to_the_next_page_as_a_whole() -> None:
    for count in range(4, 9):  # shift the block over the page break
        notice = sample_fee_notice(paragraphs=PICKUP_PARAGRAPHS * 2 + PICKUP_PARAGRAPHS[:1] * count)
        pdf = render_letter(notice).pdf
        pages = read_pdf(pdf)
        holding = [n for n, page in enumerate(pages, start=1) if "Bitte überweisen Sie:" in page.text]
        assert len(holding) == 1
        number = holding[0]
        assert "Verwendungszweck" in pages[number - 1].text
        assert "Banking-App scannen" in pages[number - 1].text
        assert only_code(pdf, number).lines[0] == "BCD"


def test_maximum_amount_and_purpose_length_are_accepted() -> None:
    payment = sample_payment(amount_cents=99_999_999_999, purpose="V" * 140)
    pdf = render_letter(sample_fee_notice(payment=payment)).pdf
    code = only_code(pdf)
    assert code.lines[7] == "EUR999999999.99"
    assert code.lines[10] == "V" * 140
    assert "999.999.999,99 €" in read_pdf(pdf)[0].text


@pytest.mark.parametrize(
    ("override", "field", "problem"),
    [
        ({"amount_cents": 0}, "amount", "not_positive"),
        ({"amount_cents": -1500}, "amount", "not_positive"),
        ({"amount_cents": 100_000_000_000}, "amount", "above_epc_maximum"),
        ({"iban": "DE02370502990000684713"}, "iban", "invalid"),  # check digits
        ({"iban": "DE0237050299000068471"}, "iban", "invalid"),  # length
        ({"iban": "Kein Konto"}, "iban", "invalid"),
        ({"iban": ""}, "iban", "invalid"),
        ({"bic": "COKS"}, "bic", "invalid"),
        ({"purpose": "V" * 141}, "purpose", "too_long"),
        ({"beneficiary": "  "}, "beneficiary", "required"),
        ({"beneficiary": "B" * 71}, "beneficiary", "too_long"),
        ({"beneficiary": "Ø" * 70, "purpose": "€" * 140}, "payment", "too_long_for_girocode"),
    ],
)
def test_invalid_payment_is_refused(override: dict[str, Any], field: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        render_letter(sample_fee_notice(payment=sample_payment(**override)))
    assert (caught.value.field, caught.value.problem) == (field, problem)


def test_letter_without_payment_has_no_payment_block() -> None:
    pdf = render_letter(sample_letter()).pdf
    assert scan_codes(pdf) == []
    assert "Bitte überweisen Sie" not in read_pdf(pdf)[0].text
