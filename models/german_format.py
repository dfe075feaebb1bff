"""German presentation of dates and amounts for letters and exports (independent of the OS locale)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTH_NAMES = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def format_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def format_long_date(day: dt.date) -> str:
    """``Dienstag, 08.12.2026``."""
    return f"{WEEKDAYS[day.weekday()]}, {format_date(day)}"


def spelled_date(day: dt.date) -> str:
    """``3. Dezember 2026``: the month spelt out, as certificates and register entries write a date."""
    return f"{day.day}. {MONTH_NAMES[day.month - 1]} {day.year}"


def format_euro(cents: int) -> str:
    """``1.234,50 €``."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d} €"


def format_decimal(value: float, places: int = 1) -> str:
    return f"{value:.{places}f}".replace(".", ",")


BERLIN = ZoneInfo("Europe/Berlin")


def today() -> dt.date:
    """Today's date in Germany, whatever time zone the machine runs in (a server or CI may run in UTC)."""
    return dt.datetime.now(BERLIN).date()


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar date in Germany of a stored (UTC) point in time."""
    return moment.astimezone(BERLIN).date()


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` in Germany, as aware UTC (the bound of a period of days in stored UTC times)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=BERLIN).astimezone(dt.UTC)


def format_moment(moment: dt.datetime) -> str:
    """``08.12.2026 14:05`` in German local time."""
    return moment.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def format_moment_seconds(moment: dt.datetime) -> str:
    """``08.12.2026 14:05:30`` in German local time (the audit log, where the order within a minute matters)."""
    return moment.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M:%S")


def format_clock(moment: dt.datetime) -> str:
    """``14:05:30`` when that is today in Germany, else ``08.12.2026 14:05:30`` (e.g. the end of a login lock)."""
    local = moment.astimezone(BERLIN)
    if local.date() == dt.datetime.now(BERLIN).date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%d.%m.%Y %H:%M:%S")
