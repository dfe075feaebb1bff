"""How a fee was paid (Zahlungsweg)."""

from __future__ import annotations

import enum


class PaymentMethod(enum.StrEnum):
    CASH = "cash"  # bar
    CARD = "card"  # girocard (EC-Karte) am Schalter
    TRANSFER = "transfer"  # Überweisung
    ONLINE = "online"  # ePayment des Portals


#: The German words for the methods on receipts, reports and in a case's history.
METHOD_NAMES = {
    PaymentMethod.CASH: "bar",
    PaymentMethod.CARD: "girocard",
    PaymentMethod.TRANSFER: "Überweisung",
    PaymentMethod.ONLINE: "ePayment",
}
