"""Ordering, exchanging and cancelling waste bins through the approval of their cases: the register's lines from the
effective date, the fee notice as PDF text, who may order, the minimum volume against the resident register, and
refusals with nothing stored (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import io
import threading
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import func, insert, select

from desktop.core.catalogue import translate
from desktop.messages.error_messages import _INVALID_INPUT, describe_error
from models.actors import Actor
from models.case_status import CaseStatus
from models.db import Database
from models.errors import InvalidInput
from models.german_format import today as german_today
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.documents import document_pdf
from models.operations.resident_changes import MoveIn, NewResident, move_resident, register_resident
from models.operations.transitions import transition_case
from models.operations.waste_bins import property_record
from models.registers.residents.resident import Sex
from models.registers.residents.streets import Street
from models.registers.waste_bins.properties import bins_on, line_of
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinLine, BinType, Interval
from tests.conftest import Staff
from tests.support.factories import RecordingRenderer, new_case
from tests.support.german_messages import german_messages  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("german_messages")  # the messages are checked in German

TODAY = german_today()
EFFECTIVE = (TODAY.replace(day=1) + dt.timedelta(days=32)).replace(day=1)  # the first of next month
Form = dict[str, Any]
#: The first of a month after January within the next two months: a change in the running year.
MID_YEAR = EFFECTIVE if EFFECTIVE.month > 1 else EFFECTIVE.replace(month=2)
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember")  # fmt: skip
SINCE = dt.date(TODAY.year - 1, 1, 1)  # the bins taken over from the old register
R, B, P = BinType.RESIDUAL, BinType.BIO, BinType.PAPER
TW, FW = Interval.BIWEEKLY, Interval.FOURWEEKLY


@pytest.fixture
def street(db: Database) -> int:
    with db.write() as session:
        session.execute(insert(Street), [{"name": "Amselweg", "postcode": "59821", "town": "Lindenbrück",
                                          "district": "Mitte"}])  # fmt: skip
        street_id = session.scalar(select(Street.id).where(Street.name == "Amselweg"))
    assert street_id is not None
    return street_id


GIVEN_NAMES = ("Anna", "Berta", "Clara", "Doris", "Emil", "Fritz", "Gustav")


def residents(db: Database, staff: Staff, number: int, house: str = "7") -> list[int]:
    """``number`` residents living at Amselweg ``house`` since a month ago."""
    ids = []
    for index in range(number):
        person = NewResident(family_name="Bewohner", given_names=GIVEN_NAMES[index], sex=Sex.FEMALE,
                             born=dt.date(1970 + index, 1, 1))  # fmt: skip
        move = MoveIn("Amselweg", house, TODAY - dt.timedelta(days=30))
        ids.append(register_resident(db, staff.clerk, person, move, reason="Zuzug").resident_id)
    return ids


def property_in_register(db: Database, street: int, lines: list[BinLine], **columns: Any) -> int:
    """A property taken over from the old register, with its bins since the start of last year."""
    with db.write() as session:
        prop = WasteProperty(street_id=street, house_number="7", house_key="7", owner_name="Erika und Max Groß",
                             registered_on=dt.date(2020, 1, 1), **columns)  # fmt: skip
        session.add(prop)
        session.flush()
        for line in lines:
            session.add(WasteBin(property_id=prop.id, bin_type=line.bin_type, size_litres=line.size_litres,
                                 count=line.count, interval=line.interval, valid_from=SINCE))  # fmt: skip
        return prop.id


def change(action: str, kind: str, size: int, count: int = 1, interval: str = "biweekly", **more: Any) -> Form:
    return {"action": action, "binType": kind, "sizeLitres": size, "count": count, "interval": interval, **more}


def order_form(*changes: dict[str, Any], **fields: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "applicant": {
            "givenNames": "Max",
            "familyName": "Groß",
            "address": {"street": "Amselweg", "houseNumber": "7", "postcode": "59821", "city": "Lindenbrück"},
        },
        "applicantRole": "owner",
        "propertyAddress": {"street": "Amselweg", "houseNumber": "7", "postcode": "59821", "city": "Lindenbrück"},
        "changes": list(changes) or [change("order", "residual", 120)],
        "effectiveDate": EFFECTIVE.isoformat(),
        "residents": 2,
    }
    form.update(fields)
    return form


def _case(db: Database, staff: Staff, form: dict[str, Any], **applicant: Any) -> tuple[int, int]:
    names = {"given_names": "Max", "family_name": "Groß", "title": None, **applicant}
    case = new_case(db, staff.system, "waste_bin_change", form=form, **names)
    return case.id, claim_case(db, staff.clerk, case.id).version


def approve(db: Database, staff: Staff, form: dict[str, Any], **applicant: Any) -> tuple[int, str]:
    case_id, version = _case(db, staff, form, **applicant)
    result = transition_case(db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=version,
                             render_letter=RecordingRenderer(), today=TODAY)  # fmt: skip
    assert result.document is not None
    pdf = document_pdf(db, staff.clerk, result.document.id).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return case_id, "\n".join(page.extract_text() or "" for page in document.pages)


def refused(db: Database, staff: Staff, form: dict[str, Any], **applicant: Any) -> InvalidInput:
    case_id, version = _case(db, staff, form, **applicant)
    before = _register(db)
    with pytest.raises(InvalidInput) as caught:
        transition_case(db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=version,
                        render_letter=RecordingRenderer(), today=TODAY)  # fmt: skip
    assert _register(db) == before  # nothing stored half
    assert case_detail(db, staff.clerk, case_id).case.status is CaseStatus.IN_PROGRESS
    return caught.value


def _register(db: Database) -> tuple[object, ...]:
    with db.read() as session:
        properties = session.execute(select(WasteProperty.id, WasteProperty.owner_name)).all()
        bins = session.execute(select(WasteBin.id, WasteBin.count, WasteBin.valid_from, WasteBin.valid_to)).all()
    return tuple(properties), tuple(bins)


def lines_on(db: Database, property_id: int, day: dt.date) -> list[BinLine]:
    with db.read() as session:
        lines = (line_of(row) for row in bins_on(session, property_id, day))
        return sorted(lines, key=lambda line: (line.size_litres, line.bin_type.value))


def one_line(text: str) -> str:
    return " ".join(text.split())


def euro(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"


def test_an_owner_enters_a_new_property_and_gets_the_fee_notice(db: Database, staff: Staff, street: int) -> None:
    residents(db, staff, 2)
    form = order_form(change("order", "residual", 120), change("order", "paper", 240, interval="fourweekly"))
    case_id, text = approve(db, staff, form)
    with db.read() as session:
        prop = session.scalars(select(WasteProperty)).one()
    assert (prop.street_id, prop.house_number, prop.owner_name, prop.registration_case_id) == (
        street,
        "7",
        "Max Groß",
        case_id,
    )
    assert lines_on(db, prop.id, EFFECTIVE) == [BinLine(R, 120, 1, TW), BinLine(P, 240, 1, FW)]
    assert lines_on(db, prop.id, EFFECTIVE - dt.timedelta(days=1)) == []
    flat = one_line(text)
    assert "Gebührenbescheid Abfallbehälter – Amselweg 7, 59821 Lindenbrück" in flat
    assert f"Jahresgebühr ab dem {EFFECTIVE:%d.%m.%Y}: {euro(26 * 420)} (bisher 0,00 €)" in flat  # 26 × 4,20 €
    assert "1 × Altpapier 240 l, 4-wöchentlich: gebührenfrei" in flat
    assert "2 Personen" in flat
    assert "mindestens 30 l je Woche" in flat
    assert "fassen 60 l je Woche" in flat
    assert "Rechtsbehelfsbelehrung" in flat
    assert "Verwaltungsgericht" in flat
    detail = case_detail(db, staff.clerk, case_id)
    history = " ".join(event.comment or "" for event in detail.events)
    assert "Grundbuch" in history  # a property new to the register: the clerk is reminded to check ownership
    record = property_record(db, staff.clerk, prop.id, day=EFFECTIVE)
    assert [entry.case_reference for entry in record.history] == [detail.case.reference] * 2


def test_an_exchange_ends_the_old_line_the_day_before_and_charges_the_year_pro_rata(
    db: Database, staff: Staff, street: int
) -> None:
    residents(db, staff, 3)
    prop = property_in_register(db, street, [BinLine(R, 120, 1, TW), BinLine(B, 120, 1, TW)])
    form = order_form(change("exchange", "residual", 240, previousSizeLitres=120), residents=3,
                      effectiveDate=MID_YEAR.isoformat())  # fmt: skip
    _case_id, text = approve(db, staff, form, given_names="Erika", family_name="Groß")  # one of the two owners
    day_before = MID_YEAR - dt.timedelta(days=1)
    assert lines_on(db, prop, day_before) == [BinLine(B, 120, 1, TW), BinLine(R, 120, 1, TW)]
    assert lines_on(db, prop, MID_YEAR) == [BinLine(B, 120, 1, TW), BinLine(R, 240, 1, TW)]
    with db.read() as session:
        bio = session.scalars(select(WasteBin).where(WasteBin.bin_type == B)).one()
    assert (bio.valid_from, bio.valid_to) == (SINCE, None)  # unchanged: still the one line
    old, new = 26 * (420 + 240), 26 * (840 + 240)
    months_old = MID_YEAR.month - 1  # the months before the change's month at the old fee
    year = round((old * months_old + new * (12 - months_old)) / 12)
    flat = one_line(text)
    assert f"Jahresgebühr ab dem {MID_YEAR:%d.%m.%Y}: {euro(new)} (bisher {euro(old)})" in flat
    last_old = f"{GERMAN_MONTHS[months_old - 1]} {MID_YEAR.year}"
    assert (
        f"Gebühr für das Jahr {MID_YEAR.year} (anteilig nach Monaten: bis {last_old} nach dem bisherigen, danach "
        f"nach dem neuen Jahresbetrag): {euro(year)}"
    ) in flat
    assert "1 × Restabfall 120 l gegen 240 l getauscht, 14-täglich" in flat
    assert "Gebührenschuldner ist die Eigentümerin oder der Eigentümer des Grundstücks (Erika und Max Groß)" in flat


def test_the_minimum_volume_counts_the_residents_of_the_register_on_the_effective_date(
    db: Database, staff: Staff, street: int
) -> None:
    living = residents(db, staff, 5)
    form = order_form(change("order", "residual", 120), residents=2)  # 60 l a week: the form claims two residents
    problem = refused(db, staff, form)
    assert (problem.field, problem.problem) == ("residual_volume", "below_minimum")
    message = describe_error(problem)
    assert message is not None
    assert "Mindest" in message.text
    # One moves away before the effective date: four residents need exactly the 60 l of one 120 l bin.
    with db.write() as session:
        session.execute(insert(Street), [{"name": "Birkenweg", "postcode": "59821", "town": "Lindenbrück",
                                          "district": "Mitte"}])  # fmt: skip
    move_resident(db, staff.clerk, living[0], MoveIn("Birkenweg", "1", TODAY - dt.timedelta(days=2)), reason="Umzug")
    case_id, text = approve(db, staff, form)
    assert "4 Personen" in one_line(text)
    history = " ".join(event.comment or "" for event in case_detail(db, staff.clerk, case_id).events)
    assert "Laut Antrag 2 Bewohnerinnen und Bewohner, laut Melderegister" in history


@pytest.mark.parametrize(
    ("role_fields", "applicant", "problem"),
    [
        ({"applicantRole": "tenant"}, {}, "not_entitled"),
        ({}, {"given_names": "Karl", "family_name": "Fremd"}, "not_owner"),
        ({"applicantRole": "manager", "managementCompany": "Immobilien Wagner KG", "ownerName": "Groß"}, {},
         "not_manager"),
    ],
)  # fmt: skip
def test_only_the_recorded_owner_or_manager_may_change_the_bins(
    db: Database, staff: Staff, street: int, role_fields: dict[str, Any], applicant: dict[str, Any], problem: str
) -> None:
    property_in_register(db, street, [BinLine(R, 240, 1, TW)], manager_name="Hausverwaltung Brandt GmbH")
    found = refused(db, staff, order_form(**role_fields), **applicant)
    assert (found.field, found.problem) == ("applicant_role", problem)
    message = describe_error(found)
    assert message is not None
    assert "Eigentümer" in message.text or "Hausverwaltung" in message.text


def test_the_recorded_manager_orders_for_the_owner(db: Database, staff: Staff, street: int) -> None:
    prop = property_in_register(db, street, [BinLine(R, 240, 1, TW)], manager_name="Hausverwaltung Brandt GmbH")
    form = order_form(change("cancel", "residual", 240), change("order", "residual", 120),
                      applicantRole="manager", managementCompany="Hausverwaltung Brandt",
                      ownerName="Erika und Max Groß", residents=0)  # fmt: skip
    approve(db, staff, form, given_names="Jana", family_name="Brandt")
    assert lines_on(db, prop, EFFECTIVE) == [BinLine(R, 120, 1, TW)]


@pytest.mark.parametrize(
    ("form_changes", "fields", "expected"),
    [
        ([change("cancel", "bio", 240)], {}, ("bin_change", "no_such_bin")),  # the property has no bio bin
        ([change("exchange", "residual", 120, previousSizeLitres=80)], {}, ("bin_change", "no_such_bin")),
        ([change("order", "bio", 1100)], {}, ("bin_size", "unknown")),  # the tariff has no 1,100 l bio bin
        ([change("order", "residual", 120, count=11)], {}, ("bin_count", "out_of_range")),
        ([change("order", "glass", 120)], {}, ("bin_type", "unknown")),
        ([], {"effectiveDate": (TODAY + dt.timedelta(days=400)).isoformat()}, ("effective_date", "implausible")),
        ([], {"effectiveDate": "2026-02-30"}, ("effective_date", "invalid_date")),
        ([], {"effectiveDate": (TODAY - dt.timedelta(days=30)).isoformat()}, ("effective_date", "before_last_change")),
        ([], {"propertyAddress": {"street": "Unbekannte Gasse", "houseNumber": "1", "postcode": "59821",
                                  "city": "Lindenbrück"}}, ("street", "unknown")),
        ([], {"propertyAddress": {"street": "Amselweg", "houseNumber": "sieben", "postcode": "59821",
                                  "city": "Lindenbrück"}}, ("house_number", "invalid")),
    ],
)  # fmt: skip
def test_an_order_the_register_or_the_tariff_cannot_take_is_refused_in_german(
    db: Database, staff: Staff, street: int, form_changes: list[dict[str, Any]], fields: dict[str, Any],
    expected: tuple[str, str],
) -> None:  # fmt: skip
    prop = property_in_register(db, street, [BinLine(R, 240, 1, TW)])
    with db.write() as session:  # a change already approved with effect from a week ago
        session.add(WasteBin(property_id=prop, bin_type=P, size_litres=240, count=1, interval=FW,
                             valid_from=TODAY - dt.timedelta(days=7)))  # fmt: skip
    found = refused(db, staff, order_form(*form_changes, **fields))
    assert (found.field, found.problem) == expected
    message = describe_error(found)
    english = _INVALID_INPUT[expected]  # the table's own message, in German
    assert message is not None
    assert message.text == translate("ErrorMessages", english) != english


def test_two_orders_with_the_same_effective_date_keep_the_history_readable(
    db: Database, staff: Staff, street: int
) -> None:
    prop = property_in_register(db, street, [BinLine(R, 240, 1, TW)])
    approve(db, staff, order_form(change("order", "bio", 120), residents=0), given_names="Erika")
    approve(db, staff, order_form(change("cancel", "bio", 120), change("order", "bio", 240), residents=0))
    assert lines_on(db, prop, EFFECTIVE) == [BinLine(B, 240, 1, TW), BinLine(R, 240, 1, TW)]
    with db.read() as session:
        superseded = session.scalars(select(WasteBin).where(WasteBin.size_litres == 120)).one()
        total = session.scalar(select(func.count()).select_from(WasteBin))
    assert superseded.valid_to is not None
    assert superseded.valid_to < superseded.valid_from
    assert total == 3


def test_two_workstations_ordering_for_one_new_property_at_once_both_land(
    db: Database, staff: Staff, street: int
) -> None:
    """The address is locked for the approval: the second sees the first's new property and adds to its bins."""
    clerks = (staff.clerk, staff.clerk2)
    created = [new_case(db, staff.system, "waste_bin_change", form=order_form(change("order", "residual", 120),
                        residents=0), given_names="Max", family_name="Groß", title=None) for _ in clerks]  # fmt: skip
    cases = [(case.id, claim_case(db, clerk, case.id).version) for case, clerk in zip(created, clerks, strict=True)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def approve_one(case_id: int, version: int, clerk: Actor) -> None:
        start.wait()
        try:
            transition_case(db, clerk, case_id, CaseStatus.APPROVED, expected_version=version,
                            render_letter=RecordingRenderer(), today=TODAY)  # fmt: skip
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=approve_one, args=(*case, clerk))
               for case, clerk in zip(cases, clerks, strict=True)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    with db.read() as session:
        prop = session.scalars(select(WasteProperty)).one()
    assert lines_on(db, prop.id, EFFECTIVE) == [BinLine(R, 120, 2, TW)]


@pytest.mark.parametrize(
    "hostile",
    [
        {"changes": "alles"},
        {"changes": [1, 2]},
        {"changes": [{"action": None}]},
        {"changes": [change("order", "residual", 120) | {"sizeLitres": "120"}]},
        {"changes": [change("order", "residual", 120) | {"count": True}]},
        {"changes": [change("exchange", "residual", 120)]},  # no previous size
        {"changes": [change("order", "residual", 120)] * 7},
        {"effectiveDate": 20270101},  # a number, though it reads as a date
        {"effectiveDate": None},
        {"propertyAddress": ["Amselweg", "7"]},
        {"propertyAddress": {"street": "Amsel☃weg", "houseNumber": "7", "postcode": "59821"}},
        {"propertyAddress": {"street": "Amselweg", "houseNumber": "7" * 500, "postcode": "59821"}},
        {"propertyAddress": {"street": "Amselweg", "houseNumber": "7", "postcode": "10115"}},
        {"applicantRole": None},
        {"applicantRole": "manager"},  # neither company nor owner named
    ],
)
def test_hostile_order_data_is_refused_with_a_reason_and_stores_nothing(
    db: Database, staff: Staff, street: int, hostile: dict[str, Any]
) -> None:
    found = refused(db, staff, order_form(**hostile))
    assert describe_error(found) is not None
