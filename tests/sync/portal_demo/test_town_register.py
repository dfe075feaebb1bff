"""The demo portal's citizens from the demo town's register: a deregistration, a residence certificate and a dog
registration name someone the register has, so that their approval goes through (SQLite and PostgreSQL)."""

from __future__ import annotations

import random

from models.cases import Case
from models.db import Database
from models.demo.portal_residents import registered_households
from models.demo.town import seed_town
from models.german_format import today
from models.services.registry import specialised
from sync.portal_demo.submissions import DemoSubmission, demo_submission
from sync.portal_demo.town_register import town_register
from tests.conftest import Staff
from tests.support.factories import new_case

SERVICES = ("residence_deregistration", "residence_certificate", "dog_registration")


def _case_applicant(submission: DemoSubmission) -> dict[str, object]:
    person = submission.applicant
    return {"given_names": person.given_names, "family_name": person.family_name, "title": None,
            "date_of_birth": person.date_of_birth, "street": person.address.street,
            "house_number": person.address.house_number, "postcode": person.address.postcode,
            "city": person.address.city}  # fmt: skip


def test_the_demo_citizens_the_register_must_know_are_its_residents(db: Database, staff: Staff) -> None:
    seed_town(db, 1000, seed=5, as_of=today())
    households = registered_households(db, count=20)
    assert len(households) >= 15
    rng = random.Random(8)
    for service_key in SERVICES:
        service = specialised(service_key)
        assert service is not None
        assert service.planned_on_approval is not None
        with town_register(households):
            submissions = [demo_submission(rng, service_key) for _ in range(4)]
        for submission in submissions:
            case = new_case(db, staff.system, service_key, form=submission.form_data, **_case_applicant(submission))
            with db.read() as session:
                stored = session.get(Case, case.id)
                assert stored is not None
                service.planned_on_approval(session, stored, today())  # raises what would refuse the approval
