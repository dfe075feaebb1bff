"""This workstation's certificate printer (``printers.certificates`` of the settings, the printer with the security
paper) and its name in the stock of security paper (``workstation``), read on a worker before a certificate is
printed."""

from __future__ import annotations

from dataclasses import dataclass

from models import settings
from models.errors import InvalidInput
from models.print_jobs import Deliver
from printing.printer_adapter import printer_delivery


@dataclass(frozen=True)
class CertificateOutput:
    workstation: str  # whose security paper the certificates use
    deliver: Deliver  # to the certificate printer, simplex


def certificate_output() -> CertificateOutput:
    """Where this workstation's certificates go; ``InvalidInput("certificate_printer", "not_set")`` when no
    certificate printer is named (nothing may then be printed: a sheet would be counted but not printed)."""
    current = settings.load()
    printer = current.printers.certificates
    if not printer:
        raise InvalidInput("certificate_printer", "not_set")
    return CertificateOutput(current.effective_workstation(), printer_delivery(printer, duplex=False))
