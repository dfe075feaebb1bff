"""Security paper: ranges loaded per workstation never overlap, every sheet is used once (printed or spoiled with
a reason), the next sheet is the lowest unused one, the stock report counts what became of each range, and the
log of used sheets cannot be changed. The operations are the registry officer's only."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete, exc, update

from desktop.messages.error_messages import describe_error
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.registers.civil_status.security_paper import SheetUse, take_sheet
from tests.conftest import Staff
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

COUNTER = "Standesamt 1"
OFFICE = "Standesamt 2"


def _take(db: Database, staff: Staff, workstation: str = COUNTER) -> int:
    with db.write() as session:
        return take_sheet(session, workstation, staff.registry.username)


def _refused(call: object) -> tuple[str, str]:
    assert callable(call)
    with pytest.raises(InvalidInput) as refused:
        call()
    return refused.value.field, refused.value.problem


def test_sheets_are_taken_in_order_and_a_spoiled_one_is_skipped(db: Database, staff: Staff) -> None:
    loaded = load_paper(db, staff.registry, COUNTER, 1001, 1010)
    assert (loaded.sheets, loaded.printed, loaded.spoiled, loaded.remaining) == (10, 0, 0, 10)
    assert _take(db, staff) == 1001
    assert _take(db, staff) == 1002
    spoiled = spoil_sheet(db, staff.registry, COUNTER, 1003, "  Papierstau   im Einzug ")
    assert (spoiled.serial, spoiled.reason, spoiled.recorded_by) == (1003, "Papierstau im Einzug", "clara")
    assert _take(db, staff) == 1004  # the spoiled sheet is never printed on
    spoil_sheet(db, staff.registry, COUNTER, 1007, "eingerissen")  # a sheet further down the pile
    assert [_take(db, staff) for _ in range(4)] == [1005, 1006, 1008, 1009]

    report = paper_stock(db, staff.registry, COUNTER)
    (row,) = report.ranges
    assert (row.first_serial, row.last_serial, row.printed, row.spoiled, row.remaining) == (1001, 1010, 7, 2, 1)
    assert [(s.serial, s.reason) for s in report.spoiled] == [(1003, "Papierstau im Einzug"), (1007, "eingerissen")]
    assert report.remaining == 1


def test_the_next_range_follows_when_one_is_used_up_and_then_the_stock_is_empty(db: Database, staff: Staff) -> None:
    load_paper(db, staff.registry, COUNTER, 500, 501)
    load_paper(db, staff.registry, COUNTER, 20, 20)  # loaded later, lower numbers: used first
    load_paper(db, staff.registry, OFFICE, 900, 905)  # another workstation's paper is not this one's
    assert [_take(db, staff) for _ in range(3)] == [20, 500, 501]
    assert _refused(lambda: _take(db, staff)) == ("sheet_serial", "stock_empty")
    assert _take(db, staff, OFFICE) == 900
    report = paper_stock(db, staff.registry)
    assert [(r.workstation, r.first_serial, r.printed, r.remaining) for r in report.ranges] == [
        (COUNTER, 20, 1, 0),
        (COUNTER, 500, 2, 0),
        (OFFICE, 900, 1, 5),
    ]


def test_bad_ranges_and_spoilage_are_refused_and_nothing_is_stored(db: Database, staff: Staff) -> None:
    load_paper(db, staff.registry, COUNTER, 100, 199)
    officer = staff.registry
    assert _refused(lambda: load_paper(db, officer, OFFICE, 150, 250)) == ("paper_range", "overlaps")
    assert _refused(lambda: load_paper(db, officer, COUNTER, 50, 100)) == ("paper_range", "overlaps")
    assert _refused(lambda: load_paper(db, officer, COUNTER, 300, 299)) == ("paper_range", "reversed")
    assert _refused(lambda: load_paper(db, officer, COUNTER, 1, 10_001)) == ("paper_range", "too_large")
    assert _refused(lambda: load_paper(db, officer, COUNTER, 0, 5)) == ("sheet_serial", "invalid")
    assert _refused(lambda: load_paper(db, officer, COUNTER, True, 5)) == ("sheet_serial", "invalid")  # type: ignore[arg-type]
    assert _refused(lambda: load_paper(db, officer, "  ", 300, 310)) == ("workstation", "invalid")
    assert _refused(lambda: spoil_sheet(db, officer, COUNTER, 120, "   ")) == ("spoil_reason", "missing")
    assert _refused(lambda: spoil_sheet(db, officer, COUNTER, 120, "x" * 501)) == ("spoil_reason", "too_long")
    assert _refused(lambda: spoil_sheet(db, officer, COUNTER, 250, "Stau")) == ("sheet_serial", "not_in_stock")
    assert _refused(lambda: spoil_sheet(db, officer, OFFICE, 120, "Stau")) == ("sheet_serial", "not_in_stock")
    assert _take(db, staff) == 100
    assert _refused(lambda: spoil_sheet(db, officer, COUNTER, 100, "Stau")) == ("sheet_serial", "already_used")
    spoil_sheet(db, officer, COUNTER, 101, "Stau")
    assert _refused(lambda: spoil_sheet(db, officer, COUNTER, 101, "nochmal")) == ("sheet_serial", "already_used")
    report = paper_stock(db, officer)
    assert [(r.workstation, r.first_serial, r.printed, r.spoiled) for r in report.ranges] == [(COUNTER, 100, 1, 1)]


def test_the_log_of_used_sheets_cannot_be_changed_or_emptied(db: Database, staff: Staff) -> None:
    load_paper(db, staff.registry, COUNTER, 1, 5)
    spoil_sheet(db, staff.registry, COUNTER, 2, "Fehldruck")
    with pytest.raises(exc.DBAPIError), db.write() as session:
        session.execute(update(SheetUse).values(reason="war doch gut"))
    with pytest.raises(exc.DBAPIError), db.write() as session:
        session.execute(delete(SheetUse))
    assert [s.reason for s in paper_stock(db, staff.registry).spoiled] == ["Fehldruck"]


def test_only_the_registry_officer_keeps_the_paper(db: Database, staff: Staff) -> None:
    load_paper(db, staff.registry, COUNTER, 1, 5)
    for actor in (staff.clerk, staff.supervisor, staff.admin, staff.data_protection):
        with pytest.raises(PermissionDenied):
            load_paper(db, actor, OFFICE, 10, 20)
        with pytest.raises(PermissionDenied):
            spoil_sheet(db, actor, COUNTER, 1, "Stau")
        with pytest.raises(PermissionDenied):
            paper_stock(db, actor)
    assert paper_stock(db, staff.registry).ranges[0].spoiled == 0


@pytest.mark.usefixtures("german_messages")
@pytest.mark.parametrize(
    ("field", "problem", "phrase"),
    [
        ("sheet_serial", "stock_empty", "Urkundenpapier"),
        ("sheet_serial", "not_in_stock", "nicht im"),
        ("sheet_serial", "already_used", "bereits"),
        ("spoil_reason", "missing", "Grund"),
        ("paper_range", "overlaps", "bereits"),
        ("verification_code", "typo", "Prüfzeichen"),
        ("verification_code", "format", "K7QX-3M9P-2TBW"),
    ],
)
def test_each_refusal_reads_in_german(field: str, problem: str, phrase: str) -> None:
    message = describe_error(InvalidInput(field, problem))
    assert message is not None
    assert phrase in message.text, message.text


def test_two_workstations_printing_at_once_never_share_a_sheet(postgres_db: Database, postgres_staff: Staff) -> None:
    """Two print runs per workstation, four threads at once: every sheet taken once, none skipped."""
    load_paper(postgres_db, postgres_staff.registry, COUNTER, 1, 40)
    load_paper(postgres_db, postgres_staff.registry, OFFICE, 41, 80)
    start = threading.Barrier(4)
    failures: list[BaseException] = []
    taken: dict[str, list[int]] = {COUNTER: [], OFFICE: []}

    def print_run(workstation: str) -> None:
        start.wait()
        try:
            for _ in range(10):
                taken[workstation].append(_take(postgres_db, postgres_staff, workstation))
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=print_run, args=(w,)) for w in (COUNTER, COUNTER, OFFICE, OFFICE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert sorted(taken[COUNTER]) == list(range(1, 21))
    assert sorted(taken[OFFICE]) == list(range(41, 61))
