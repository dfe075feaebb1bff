"""Security paper (Urkundenpapier): the pre-numbered sheets in each workstation's certificate printer.

A workstation's stock is the serial ranges loaded into its tray (:class:`PaperRange`); ranges never overlap, not
even across workstations, as the numbers are printed on the paper. Every sheet taken from the stock is one row of
:class:`SheetUse`: printed with a certificate, or spoiled (verdorben) with the reason. The serial of a use is
unique, so no sheet is used twice, and uses are append-only (database triggers): the log of spoiled sheets cannot
be tidied afterwards. The next sheet is the lowest serial of the workstation's stock without a use.

Loading, taking and spoiling run under one PostgreSQL advisory lock (SQLite: the write transaction), so two
workstations loading at once cannot overlap and two print runs of one workstation cannot take the same sheet.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import ForeignKey, Index, Integer, String, Text, func, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, str_enum, utcnow
from models.errors import InvalidInput

#: The most sheets one range may hold (a box of security paper holds 250 to 2,500).
MAX_RANGE_SHEETS = 10_000
#: The highest serial a sheet can carry.
MAX_SERIAL = 99_999_999
#: The longest reason for a spoiled sheet.
MAX_REASON_LENGTH = 500
#: The key of the advisory lock under which stock is loaded and sheets are taken (PostgreSQL).
PAPER_LOCK_KEY = 5020


class SheetUseKind(enum.StrEnum):
    PRINTED = "printed"  # a certificate was printed on it
    SPOILED = "spoiled"  # verdorben: jammed, misprinted, torn; logged with the reason


class PaperRange(Base):
    """Serials ``first`` … ``last`` loaded into the certificate printer of ``workstation``."""

    __tablename__ = "certificate_paper_ranges"
    __table_args__ = (Index("ix_certificate_paper_ranges_workstation_first", "workstation", "first_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workstation: Mapped[str] = mapped_column(String(80))
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    loaded_by: Mapped[str] = mapped_column(String(80))
    loaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SheetUse(Base):
    """One sheet taken from the stock: printed or spoiled. Append-only; ``serial`` is unique."""

    __tablename__ = "certificate_sheet_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[int] = mapped_column(Integer, unique=True)
    range_id: Mapped[int] = mapped_column(ForeignKey("certificate_paper_ranges.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(80))
    use: Mapped[SheetUseKind] = mapped_column(str_enum(SheetUseKind, 10))
    reason: Mapped[str | None] = mapped_column(Text)  # why it was spoiled
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


@dataclass(frozen=True)
class StockRow:
    """One loaded range and what became of its sheets."""

    range_id: int
    workstation: str
    first_serial: int
    last_serial: int
    printed: int
    spoiled: int
    loaded_by: str
    loaded_at: dt.datetime

    @property
    def sheets(self) -> int:
        return self.last_serial - self.first_serial + 1

    @property
    def remaining(self) -> int:
        return self.sheets - self.printed - self.spoiled


def lock_paper(session: Session) -> None:
    """Serialise loading and taking sheets (PostgreSQL; SQLite's write transaction does it already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PAPER_LOCK_KEY})


def checked_workstation(workstation: str) -> str:
    name = workstation.strip()
    if not name or len(name) > 80 or not name.isprintable():
        raise InvalidInput("workstation", "invalid")
    return name


def _serial(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SERIAL:
        raise InvalidInput("sheet_serial", "invalid")
    return value


def load_range(session: Session, workstation: str, first: int, last: int, by: str) -> PaperRange:
    """Record sheets ``first`` … ``last`` as loaded into ``workstation``'s tray; refused if the range is reversed,
    too large, or overlaps any range already loaded (on any workstation)."""
    name = checked_workstation(workstation)
    first, last = _serial(first), _serial(last)
    if first > last:
        raise InvalidInput("paper_range", "reversed")
    if last - first + 1 > MAX_RANGE_SHEETS:
        raise InvalidInput("paper_range", "too_large")
    lock_paper(session)
    overlapping = session.scalar(
        select(func.count())
        .select_from(PaperRange)
        .where(PaperRange.first_serial <= last, PaperRange.last_serial >= first)
    )
    if overlapping:
        raise InvalidInput("paper_range", "overlaps")
    loaded = PaperRange(workstation=name, first_serial=first, last_serial=last, loaded_by=by)
    session.add(loaded)
    session.flush()
    return loaded


def _range_of(session: Session, workstation: str, serial: int) -> PaperRange:
    found = session.scalar(
        select(PaperRange).where(
            PaperRange.workstation == workstation, PaperRange.first_serial <= serial, PaperRange.last_serial >= serial
        )
    )
    if found is None:
        raise InvalidInput("sheet_serial", "not_in_stock")
    return found


def _used(session: Session, serial: int) -> bool:
    return session.scalar(select(SheetUse.id).where(SheetUse.serial == serial)) is not None


def next_serial(session: Session, workstation: str) -> tuple[PaperRange, int]:
    """The workstation's next sheet: the lowest loaded serial without a use (call under :func:`lock_paper`)."""
    name = checked_workstation(workstation)
    ranges = session.scalars(
        select(PaperRange).where(PaperRange.workstation == name).order_by(PaperRange.first_serial)
    ).all()
    for paper in ranges:
        used = set(
            session.scalars(
                select(SheetUse.serial).where(
                    SheetUse.serial >= paper.first_serial, SheetUse.serial <= paper.last_serial
                )
            )
        )
        if len(used) < paper.last_serial - paper.first_serial + 1:
            serial = next(s for s in range(paper.first_serial, paper.last_serial + 1) if s not in used)
            return paper, serial
    raise InvalidInput("sheet_serial", "stock_empty")


def take_sheet(session: Session, workstation: str, by: str) -> int:
    """Take the next sheet of ``workstation`` for a certificate and record it as printed; its serial."""
    lock_paper(session)
    paper, serial = next_serial(session, workstation)
    session.add(
        SheetUse(serial=serial, range_id=paper.id, workstation=paper.workstation, use=SheetUseKind.PRINTED,
                 recorded_by=by)
    )  # fmt: skip
    session.flush()
    return serial


def spoil(session: Session, workstation: str, serial: int, reason: str, by: str) -> SheetUse:
    """Log sheet ``serial`` of ``workstation``'s stock as spoiled, with the reason; it is never used afterwards."""
    name = checked_workstation(workstation)
    serial = _serial(serial)
    why = " ".join(reason.split())
    if not why:
        raise InvalidInput("spoil_reason", "missing")
    if len(why) > MAX_REASON_LENGTH:
        raise InvalidInput("spoil_reason", "too_long")
    lock_paper(session)
    paper = _range_of(session, name, serial)
    if _used(session, serial):
        raise InvalidInput("sheet_serial", "already_used")
    use = SheetUse(serial=serial, range_id=paper.id, workstation=name, use=SheetUseKind.SPOILED, reason=why,
                   recorded_by=by)  # fmt: skip
    session.add(use)
    session.flush()
    return use


def stock(session: Session, workstation: str | None = None) -> list[StockRow]:
    """Every loaded range (of ``workstation``, or all) with its printed and spoiled sheets, in serial order."""
    counts: dict[tuple[int, SheetUseKind], int] = {
        (range_id, use): int(count)
        for range_id, use, count in session.execute(
            select(SheetUse.range_id, SheetUse.use, func.count()).group_by(SheetUse.range_id, SheetUse.use)
        )
    }
    query = select(PaperRange).order_by(PaperRange.workstation, PaperRange.first_serial)
    if workstation is not None:
        query = query.where(PaperRange.workstation == checked_workstation(workstation))
    return [
        StockRow(
            range_id=paper.id,
            workstation=paper.workstation,
            first_serial=paper.first_serial,
            last_serial=paper.last_serial,
            printed=counts.get((paper.id, SheetUseKind.PRINTED), 0),
            spoiled=counts.get((paper.id, SheetUseKind.SPOILED), 0),
            loaded_by=paper.loaded_by,
            loaded_at=paper.loaded_at,
        )
        for paper in session.scalars(query)
    ]


def spoiled_sheets(session: Session, workstation: str | None = None) -> list[SheetUse]:
    """The log of spoiled sheets (of ``workstation``, or all), in serial order."""
    query = select(SheetUse).where(SheetUse.use == SheetUseKind.SPOILED).order_by(SheetUse.serial)
    if workstation is not None:
        query = query.where(SheetUse.workstation == checked_workstation(workstation))
    return list(session.scalars(query))
