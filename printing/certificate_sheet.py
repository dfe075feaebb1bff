"""A certificate printed onto its sheet of security paper: the bridge between issuing
(:func:`models.operations.certificates.issue_certificates`, which hands over the sheet, the entry as it stands and
the town's data) and the certificate's content and PDF (:mod:`models.registers.civil_status.certificate_content`,
:mod:`printing.certificate`).

The registry office is the town's (``Standesamt Lindenbrück``), the certificate is issued at the town's seat, and its
QR code holds the town's verification address with the code (``https://www.lindenbrueck.de/urkunde/K7QX-…``).
"""

from __future__ import annotations

from typing import Any

from models.registers.civil_status.certificate_content import (
    CertificateContent,
    CertificateKind,
    certificate_content,
    content_to_json,
)
from models.registers.civil_status.entries import StandingEntry
from models.registers.civil_status.issued import Sheet
from models.town_config import TownProfile, town_address
from printing.certificate import draw_certificate
from printing.certificate_layout import layout_certificate
from printing.fonts import register_fonts

#: The officer's title when the register does not say which form applies (PStV Anlage 1 field 0053 allows both).
OFFICER_TITLE = "Standesbeamtin/Standesbeamter"


def registry_office(town: TownProfile) -> str:
    """``Standesamt Lindenbrück``."""
    return f"Standesamt {town.city}"


def verification_url(town: TownProfile, code: str) -> str:
    """The address the certificate's QR code holds: the town's website, ``/urkunde/`` and the code (stored grouped)."""
    return town_address(town, f"urkunde/{code}")


def sheet_content(sheet: Sheet, entry: StandingEntry, town: TownProfile) -> CertificateContent:
    """What the certificate on ``sheet`` says."""
    return certificate_content(
        CertificateKind(sheet.kind.value),
        entry,
        registry_office=registry_office(town),
        place_of_issue=town.city,
        issued_on=sheet.issued_on,
        officer_name=sheet.officer_name,
        officer_title=OFFICER_TITLE,
        verification_code=sheet.verification_code,
        verification_url=verification_url(town, sheet.verification_code),
        without_parents=sheet.without_parents,
    )


def render_on_sheet(sheet: Sheet, entry: StandingEntry, town: TownProfile) -> tuple[dict[str, Any], bytes]:
    """The certificate on ``sheet``: the content it was rendered from (stored with it, with the number of pages the
    print job counts) and the PDF."""
    content = sheet_content(sheet, entry, town)
    fonts = register_fonts()
    layout = layout_certificate(content, fonts)
    return {**content_to_json(content), "pages": len(layout.pages)}, draw_certificate(layout, fonts)
