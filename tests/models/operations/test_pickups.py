"""Bulky-waste and e-waste pickups by district: the street directory gives the district, the district its days and
capacity; limits refuse before anything is stored; a booked pickup moves with a new letter; the crew's route list."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import func, select

from models.case_status import CaseStatus
from models.cases import Case, Channel, EventKind
from models.db import Database
from models.documents import DocumentKind
from models.errors import AmtsstubeError, FormDataInvalid, InvalidInput, PermissionDenied
from models.operations.case_creation import HELD_FOR_CLERK
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.pickups import move_pickup, route_list
from models.operations.rows import CaseRow
from models.operations.transitions import transition_case
from models.pickups import BulkyWastePickup, PickupDistrict
from models.town_config import TownProfile
from printing.letter import render_letter
from printing.route_list import render_route_list
from tests.conftest import Staff
from tests.support.factories import RecordingRenderer, bulky_waste_form, known_street, new_case

TODAY = dt.date(2026, 11, 25)  # a Wednesday; five working days on: Wednesday 2 December
TUESDAY, THURSDAY = dt.date(2026, 12, 8), dt.date(2026, 12, 3)  # Mitte picks up on Tuesdays and Thursdays


def approve(db: Database, staff: Staff, case: CaseRow, renderer: Any = render_letter) -> None:
    claimed = claim_case(db, staff.clerk, case.id)
    transition_case(
        db,
        staff.clerk,
        case.id,
        CaseStatus.APPROVED,
        expected_version=claimed.version,
        render_letter=renderer,
        today=TODAY,
    )


def pickup_of(db: Database, case_id: int) -> BulkyWastePickup | None:
    with db.read() as session:
        pickup = session.scalar(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case_id))
        if pickup is not None:
            session.expunge(pickup)
        return pickup


def set_capacity(db: Database, district: str, count: int, litres: int | None = None) -> None:
    with db.write() as session:
        row = session.get(PickupDistrict, district)
        assert row is not None
        row.daily_capacity, row.daily_volume_litres = count, litres


def e_waste_form(**overrides: Any) -> dict[str, Any]:
    form: dict[str, Any] = {
        "applicant": {
            "givenNames": "Zoë",
            "familyName": "Łukasiewicz",
            "address": {"street": "Amselweg", "houseNumber": "3", "postcode": "59823", "city": "Lindenbrück"},
        },
        "pickupAddress": {"street": "Amselweg", "houseNumber": "3", "postcode": "59823", "city": "Lindenbrück"},
        "devices": [
            {"category": "large", "description": "Waschmaschine", "quantity": 1, "weightKg": 70},
            {"category": "small", "description": "Toaster", "quantity": 2},
        ],
        "personalDataDeleted": True,
    }
    form.update(overrides)
    return form


def test_the_seeded_districts_have_their_days(db: Database) -> None:
    with db.read() as session:
        districts = {row.name: row.iso_weekdays for row in session.scalars(select(PickupDistrict))}
    assert set(districts) == {"Altstadt", "Mitte", "Lindenhöhe", "Nordviertel", "Bruchhausen", "Ostfeld"}
    assert districts["Mitte"] == {2, 4}


def test_approval_books_the_first_pickup_day_of_the_streets_district(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, form=bulky_waste_form(pickupAddress={**bulky_waste_form()["pickupAddress"]}))
    approve(db, staff, case)
    pickup = pickup_of(db, case.id)
    assert pickup is not None
    assert (pickup.district, pickup.pickup_date, pickup.volume_litres) == ("Mitte", THURSDAY, 1900)


def test_the_district_comes_from_the_street_directory_not_the_form(db: Database, staff: Staff) -> None:
    known_street(db, "Amselweg", "59823", "Nordviertel")  # Mondays and Wednesdays
    form = bulky_waste_form()
    form["pickupAddress"] = {**form["pickupAddress"], "street": "Amselweg", "postcode": "59823", "district": "Mitte"}
    case = new_case(db, staff.system, form=form)
    approve(db, staff, case)
    pickup = pickup_of(db, case.id)
    assert pickup is not None
    assert (pickup.district, pickup.pickup_date) == ("Nordviertel", dt.date(2026, 12, 2))


def test_a_full_day_sends_the_next_pickup_to_the_districts_next_day(db: Database, staff: Staff) -> None:
    set_capacity(db, "Mitte", 2)
    dates = []
    for _ in range(3):
        case = new_case(db, staff.system)
        approve(db, staff, case)
        pickup = pickup_of(db, case.id)
        assert pickup is not None
        dates.append(pickup.pickup_date)
    assert dates == [THURSDAY, THURSDAY, TUESDAY]


def test_the_daily_volume_limit_counts_too(db: Database, staff: Staff) -> None:
    set_capacity(db, "Mitte", 10, litres=3000)  # each pickup of the factory holds 1.9 m³
    first, second = new_case(db, staff.system), new_case(db, staff.system)
    approve(db, staff, first)
    approve(db, staff, second)
    assert [p.pickup_date for p in (pickup_of(db, first.id), pickup_of(db, second.id)) if p] == [THURSDAY, TUESDAY]


def test_an_e_waste_pickup_is_booked_the_same_way_and_its_letter_lists_the_devices(db: Database, staff: Staff) -> None:
    known_street(db, "Amselweg", "59823", "Nordviertel")
    case = new_case(db, staff.system, "e_waste_pickup", form=e_waste_form())
    renderer = RecordingRenderer()
    approve(db, staff, case, renderer)
    pickup = pickup_of(db, case.id)
    assert pickup is not None
    assert (pickup.district, pickup.pickup_date) == ("Nordviertel", dt.date(2026, 12, 2))
    text = "\n".join(renderer.letters[-1].paragraphs)
    assert "Mittwoch, 02.12.2026" in text
    assert "1 × Waschmaschine" in text
    assert "2 × Toaster" in text


def test_an_unknown_street_is_refused_and_nothing_is_booked(db: Database, staff: Staff) -> None:
    form = bulky_waste_form()
    form["pickupAddress"] = {**form["pickupAddress"], "street": "Nirgendwostraße"}
    case = new_case(db, staff.system, form=form)
    with pytest.raises(FormDataInvalid) as refused:
        approve(db, staff, case)
    (problem,) = refused.value.problems
    assert problem.path == ("pickupAddress", "street")
    assert "„Nirgendwostraße“ mit der Postleitzahl 59999 steht nicht im Straßenverzeichnis" in problem.message_de
    detail = case_detail(db, staff.clerk, case.id)
    assert (detail.case.status, detail.pickup_date, detail.documents) == (CaseStatus.IN_PROGRESS, None, ())


def test_the_limits_refuse_at_the_counter_before_anything_is_stored(db: Database, staff: Staff) -> None:
    form = bulky_waste_form(
        items=[
            {"description": "Eckcouch", "quantity": 2, "volumeM3": 4.0},
            {"description": "Klavier", "quantity": 1, "volumeM3": 1.5, "weightKg": 250},
        ]
    )
    with db.read() as session:
        before = session.scalar(select(func.count()).select_from(Case))
    with pytest.raises(FormDataInvalid) as refused:
        new_case(db, staff.clerk, form=form, channel=Channel.COUNTER)
    messages = {problem.code: problem.message_de for problem in refused.value.problems}
    assert messages["volume_cap"] == (
        "Die Gegenstände umfassen zusammen 5,5 m³; je Abholung sind höchstens 5 m³ möglich."
    )
    assert messages["item_weight"] == "„Klavier“ wiegt ca. 250 kg; ein einzelnes Stück darf höchstens 50 kg wiegen."
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == before


def test_an_online_submission_over_the_limit_is_held_for_the_clerk_with_the_problem(db: Database, staff: Staff) -> None:
    form = e_waste_form(
        devices=[{"category": "large", "description": "Gewerbekühlschrank", "quantity": 1, "weightKg": 120}]
    )
    known_street(db, "Amselweg", "59823", "Nordviertel")
    case = new_case(db, staff.system, "e_waste_pickup", form=form)
    notes = [e.comment for e in case_detail(db, staff.clerk, case.id).events if e.kind == EventKind.COMMENT]
    assert notes == [
        HELD_FOR_CLERK + "„Gewerbekühlschrank“ wiegt ca. 120 kg; ein einzelnes Stück darf höchstens 80 kg wiegen."
    ]
    with pytest.raises(FormDataInvalid):
        approve(db, staff, case)
    assert pickup_of(db, case.id) is None


def test_moving_a_pickup_writes_a_new_letter_and_the_history(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system)
    approve(db, staff, case)
    renderer = RecordingRenderer()
    moved = move_pickup(db, staff.clerk, case.id, TUESDAY, "Bürger ist verreist", render_letter=renderer, today=TODAY)
    assert (moved.old_date, moved.new_date) == (THURSDAY, TUESDAY)
    assert moved.document is not None
    assert moved.document.kind == DocumentKind.CONFIRMATION_LETTER
    assert "Dienstag, 08.12.2026" in "\n".join(renderer.letters[-1].paragraphs)
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.pickup_date == TUESDAY
    assert [d.kind for d in detail.documents] == [DocumentKind.CONFIRMATION_LETTER] * 2
    assert moved.document.id in {d.id for d in detail.documents}
    comments = [e.comment for e in detail.events if e.kind == EventKind.COMMENT]
    assert comments == ["Abholtermin verlegt: 03.12.2026 → 08.12.2026. Grund: Bürger ist verreist"]


@pytest.mark.parametrize(
    ("new_date", "problem"),
    [
        (dt.date(2026, 12, 9), "not_a_pickup_day"),  # a Wednesday: Mitte picks up on Tuesdays and Thursdays
        (THURSDAY, "unchanged"),
        (dt.date(2026, 11, 24), "not_in_future"),
        (dt.date(2026, 12, 5), "not_a_pickup_day"),  # a Saturday
    ],
)
def test_a_move_to_a_day_that_is_no_pickup_day_is_refused(
    db: Database, staff: Staff, new_date: dt.date, problem: str
) -> None:
    case = new_case(db, staff.system)
    approve(db, staff, case)
    with pytest.raises(InvalidInput) as refused:
        move_pickup(db, staff.clerk, case.id, new_date, "Grund", render_letter=render_letter, today=TODAY)
    assert (refused.value.field, refused.value.problem) == ("pickup_date", problem)
    assert case_detail(db, staff.clerk, case.id).pickup_date == THURSDAY


def test_a_move_to_a_full_day_and_without_reason_is_refused(db: Database, staff: Staff) -> None:
    set_capacity(db, "Mitte", 1)
    first, second = new_case(db, staff.system), new_case(db, staff.system)
    approve(db, staff, first)
    approve(db, staff, second)  # Thursday is full: Tuesday
    with pytest.raises(InvalidInput) as refused:
        move_pickup(db, staff.clerk, second.id, THURSDAY, "Wunsch", render_letter=render_letter, today=TODAY)
    assert refused.value.problem == "day_full"
    with pytest.raises(InvalidInput) as refused:
        move_pickup(db, staff.clerk, second.id, dt.date(2026, 12, 10), "  ", render_letter=render_letter, today=TODAY)
    assert (refused.value.field, refused.value.problem) == ("move_reason", "required")
    unapproved = new_case(db, staff.system)
    with pytest.raises(InvalidInput) as refused:
        move_pickup(db, staff.clerk, unapproved.id, TUESDAY, "Wunsch", render_letter=render_letter, today=TODAY)
    assert refused.value.problem == "not_booked"


def test_the_route_list_of_a_district_and_day_prints_every_stop(db: Database, staff: Staff) -> None:
    first = new_case(db, staff.system)
    form = bulky_waste_form(items=[{"description": "Kleiderschrank, zerlegt", "quantity": 1, "volumeM3": 1.2}])
    form["pickupAddress"] = {**form["pickupAddress"], "houseNumber": "17"}
    form.pop("eWaste")
    second = new_case(db, staff.system, form=form)
    other_day = new_case(db, staff.system, form=bulky_waste_form(preferredDate="2026-12-08"))
    for case in (first, second, other_day):
        approve(db, staff, case)
    route = route_list(db, staff.clerk, "Mitte", THURSDAY)
    assert [stop.case_reference for stop in route.stops] == [second.reference, first.reference]  # 17 < 4a
    assert (route.volume_litres, route.pieces) == (1900 + 1200, 1 + 2 + 1 + 1)
    pdf = render_route_list(route, TownProfile()).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    for expected in (
        "Tourenliste Sperrmüll und Elektroschrott",
        "Mitte",
        "Donnerstag, 03.12.2026",
        "Lindenweg 4a",
        "Lindenweg 17",
        "vor der Garage",
        first.reference,
        "1 × Sofa, dreisitzig (1,5 m³)",
        "[E] 1 × Kühlschrank",
        "1 × Kleiderschrank, zerlegt (1,2 m³)",
        "Volumen gesamt 3,1 m³",
    ):
        assert expected in text, expected
    assert other_day.reference not in text


def test_the_route_list_of_an_unknown_district_is_refused(db: Database, staff: Staff) -> None:
    with pytest.raises(InvalidInput) as refused:
        route_list(db, staff.clerk, "Atlantis", THURSDAY)
    assert (refused.value.field, refused.value.problem) == ("district", "unknown")


def test_only_those_who_work_the_case_move_it_and_the_route_list_shows_only_visible_cases(
    db: Database, staff: Staff
) -> None:
    case = new_case(db, staff.system)
    approve(db, staff, case)
    for actor in (staff.registry, staff.admin, staff.data_protection):
        with pytest.raises(AmtsstubeError):
            move_pickup(db, actor, case.id, TUESDAY, "Wunsch", render_letter=render_letter, today=TODAY)
    assert case_detail(db, staff.clerk, case.id).pickup_date == THURSDAY
    assert [stop.case_reference for stop in route_list(db, staff.clerk2, "Mitte", THURSDAY).stops] == [case.reference]
    assert route_list(db, staff.registry, "Mitte", THURSDAY).stops == ()
    with pytest.raises(PermissionDenied):
        route_list(db, staff.data_protection, "Mitte", THURSDAY)
