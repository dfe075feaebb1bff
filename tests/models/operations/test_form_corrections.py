"""Angaben berichtigen: the corrected data must pass the service's check, and the old values stay in the history."""

from __future__ import annotations

import pytest

from models.cases import EventKind
from models.db import Database
from models.errors import ConcurrentChange, FormDataInvalid, InvalidInput, PermissionDenied
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.form_corrections import correct_form_data, form_for_correction
from models.services.registry import load_schema_file
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, bulky_waste_form, new_case

REASON = "Hausnummer laut Personalausweis"


def test_a_correction_keeps_the_old_values_in_the_history(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "bulky_waste_pickup").id)
    form = form_for_correction(db, staff.clerk, case.id)
    assert form.schema == load_schema_file("bulky_waste_pickup.json")
    assert form.data == bulky_waste_form()
    corrected = bulky_waste_form()
    corrected["pickupAddress"] = {**corrected["pickupAddress"], "houseNumber": "6"}
    corrected["items"] = [*corrected["items"][:1], {**corrected["items"][1], "quantity": 3}]
    del corrected["placementNote"]

    result = correct_form_data(db, staff.clerk, case.id, corrected, REASON, expected_version=case.version)

    assert [(c.label, c.old, c.new) for c in result.changes] == [
        ("Abholadresse › Hausnummer", "4a", "6"),
        ("Gegenstand 2 › Anzahl", "2", "3"),
        ("Hinweis zum Bereitstellungsort", "vor der Garage", "–"),
    ]
    assert result.case.version > case.version
    detail = case_detail(db, staff.clerk, case.id)
    assert form_for_correction(db, staff.clerk, case.id).data == corrected
    event = detail.events[-1]
    assert event.kind == EventKind.FORM_CORRECTED
    assert event.actor_display == staff.clerk.display_name
    assert event.comment == (
        f"{REASON}\nAbholadresse › Hausnummer: 4a → 6\nGegenstand 2 › Anzahl: 2 → 3\n"
        "Hinweis zum Bereitstellungsort: vor der Garage → –"
    )
    with pytest.raises(ConcurrentChange):  # the version the clerk saw is gone
        correct_form_data(db, staff.clerk, case.id, bulky_waste_form(), REASON, expected_version=case.version)


def test_invalid_data_is_refused_with_each_problem_at_its_field_and_nothing_stored(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "bulky_waste_pickup").id)
    broken = bulky_waste_form(preferredDate="2026-02-31", items=[{"description": "Sofa", "quantity": 99}])
    del broken["pickupAddress"]

    with pytest.raises(FormDataInvalid) as refused:
        correct_form_data(db, staff.clerk, case.id, broken, REASON, expected_version=case.version)

    assert {(p.path, p.message_de) for p in refused.value.problems} == {
        (("pickupAddress",), "Pflichtangabe"),
        (("preferredDate",), "Datum im Format TT.MM.JJJJ"),
        (("items", 0, "quantity"), "höchstens 50"),
    }
    assert form_for_correction(db, staff.clerk, case.id).data == bulky_waste_form()
    assert EventKind.FORM_CORRECTED not in {e.kind for e in case_detail(db, staff.clerk, case.id).events}
    with pytest.raises(InvalidInput) as unchanged:
        correct_form_data(db, staff.clerk, case.id, bulky_waste_form(), REASON, expected_version=case.version)
    assert (unchanged.value.field, unchanged.value.problem) == ("form_data", "unchanged")
    with pytest.raises(InvalidInput) as no_reason:
        correct_form_data(db, staff.clerk, case.id, bulky_waste_form(city="Brück"), " ", expected_version=None)
    assert (no_reason.value.field, no_reason.value.problem) == ("correction_reason", "required")


def test_a_name_outside_din_91379_is_refused(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    with pytest.raises(FormDataInvalid) as refused:
        correct_form_data(
            db, staff.clerk, case.id, {"applicant": {"familyName": "Müller\u2603"}}, REASON, expected_version=None
        )
    assert [(p.path, p.code) for p in refused.value.problems] == [(("applicant", "familyName"), "name_character")]


def test_other_roles_and_other_clerks_may_not_correct(db: Database, staff: Staff) -> None:
    certificate = new_case(db, staff.system, "birth_certificate")
    with pytest.raises(PermissionDenied):  # the registry office's work, not the clerk's
        correct_form_data(db, staff.clerk, certificate.id, {"x": 1}, REASON, expected_version=None)
    with pytest.raises(PermissionDenied):
        form_for_correction(db, staff.supervisor, certificate.id)
    bulky = new_case(db, staff.system, "bulky_waste_pickup")
    with pytest.raises(PermissionDenied):
        correct_form_data(db, staff.admin, bulky.id, bulky_waste_form(city="Brück"), REASON, expected_version=None)
    assert form_for_correction(db, staff.clerk, bulky.id).data == bulky_waste_form()


def test_a_case_without_a_schema_is_corrected_in_a_form_of_its_own_data(db: Database, staff: Staff) -> None:
    data = {"anliegen": "Parkausweis", "licensePlate": "LB-AB 12", "copies": 2, "from": "2026-12-01"}
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE, form=data).id)

    form = form_for_correction(db, staff.clerk, case.id)

    properties = form.schema["properties"]
    assert set(properties) == set(data)  # in the stored order (PostgreSQL's JSONB has its own)
    assert properties["anliegen"] == {"type": "string", "title": "Anliegen"}
    assert properties["copies"] == {"type": "integer", "title": "Anzahl der Ausfertigungen"}
    assert properties["from"] == {"type": "string", "format": "date", "title": "Von"}
    result = correct_form_data(db, staff.clerk, case.id, {**data, "copies": 3}, REASON, expected_version=case.version)
    assert [(c.label, c.old, c.new) for c in result.changes] == [("Anzahl der Ausfertigungen", "2", "3")]
    counter = new_case(db, staff.system, GENERIC_FEE_SERVICE, form={"subject": "Meldebescheinigung"})
    assert form_for_correction(db, staff.clerk, counter.id).schema == load_schema_file("counter_generic.json")
