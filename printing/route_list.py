"""The crew's route list of one district and day (Tourenliste Sperrmüll/Elektroschrott): a list, not a letter.

One row per stop: the address with the citizen's note where the items stand, the case reference, the items with
quantities and volumes (e-waste marked), the stop's volume; the totals below. Laid out like the cash documents
(town header, page numbers) with their list helpers.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from models.german_format import format_decimal, format_long_date
from models.letters import RenderedDocument
from models.pickups import RouteItem, RouteList
from models.town_config import TownProfile
from printing.cash_documents import MARGIN, _facts, _render, _table, _text
from printing.fonts import register_fonts

E_WASTE_MARK = "[E]"


def cubic_metres(litres: int) -> str:
    return f"{format_decimal(litres / 1000)} m³"


def item_text(item: RouteItem) -> str:
    mark = f"{E_WASTE_MARK} " if item.e_waste else ""
    volume = f" ({cubic_metres(item.volume_litres)})" if item.volume_litres else ""
    return f"{mark}{item.quantity} × {item.description}{volume}"


def render_route_list(route: RouteList, town: TownProfile) -> RenderedDocument:
    fonts = register_fonts()
    title = f"Tourenliste {route.district} {route.day:%d.%m.%Y}"
    width = A4[0] - 2 * MARGIN
    e_waste_stops = sum(1 for stop in route.stops if any(item.e_waste for item in stop.items))
    facts = [
        ("Abfuhrbezirk", route.district),
        ("Abholtag", format_long_date(route.day)),
        ("Haltepunkte", str(len(route.stops))),
    ]
    rows = [["Nr.", "Adresse", "Aktenzeichen", "Gegenstände", "Volumen"]]
    for number, stop in enumerate(route.stops, start=1):
        address = f"{stop.address}\n{stop.note}" if stop.note else stop.address
        items = "\n".join(item_text(item) for item in stop.items)
        rows.append([str(number), address, stop.case_reference, items, cubic_metres(stop.volume_litres)])
    totals = [
        ["Summe", ""],
        ["Haltepunkte", str(len(route.stops))],
        ["davon mit Elektroschrott", str(e_waste_stops)],
        ["Stück", str(route.pieces)],
        ["Volumen gesamt", cubic_metres(route.volume_litres)],
    ]
    story: list[Any] = [
        _text(fonts, "Tourenliste Sperrmüll und Elektroschrott", bold=True, size=16, after=8 * mm),
        _facts(fonts, facts, width),
        Spacer(0, 6 * mm),
        _table(fonts, rows, (9 * mm, 48 * mm, 27 * mm, width - 106 * mm, 22 * mm), right=4)
        if route.stops
        else _text(fonts, "An diesem Tag sind in diesem Bezirk keine Abholungen gebucht."),
        Spacer(0, 4 * mm),
        _text(fonts, f"{E_WASTE_MARK} = Elektroschrott, getrennt laden. Bereitstellung bis 6:00 Uhr am Abholtag."),
        Spacer(0, 6 * mm),
        _table(fonts, totals, (60 * mm, 30 * mm), right=1),
        Spacer(0, 14 * mm),
        _text(fonts, "Erledigt: ______________________________    Datum, Unterschrift"),
    ]
    return _render(story, fonts, title=title, town=town)
