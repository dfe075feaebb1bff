"""The demo's cases of services with register effects are what a clerk can approve: their forms pass their schema
and the register's checks (the applicant, keeper, property and requested person are in the demo town's registers)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models.case_status import CaseStatus
from models.cases import Case
from models.catalogue import PublicService
from models.db import Database
from models.demo.seed import seed_demo
from models.form_problems import form_problems
from models.german_format import today
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue
from models.registers.civil_status.order_matching import ORDER_SERVICES, match_entries
from models.services.registry import specialised
from printing.letter import render_letter

OPEN = {CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_CITIZEN}


def test_every_open_demo_case_of_a_specialised_service_can_be_approved(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    upgrade(db)
    ensure_catalogue(db)
    seed_demo(db, render_letter, residents=1500)
    checked: set[str] = set()
    with db.read() as session:
        for case, key in session.execute(
            select(Case, PublicService.key).join(PublicService, PublicService.id == Case.service_id)
        ):
            service = specialised(key)
            if service is None or case.status not in OPEN:
                continue
            assert form_problems(service.schema(), case.form_data) == [], key
            if key in ORDER_SERVICES:  # a certificate order: approved once printed, from the entry it matches
                assert len(match_entries(session, case.form_data, ORDER_SERVICES[key]).candidates) == 1, key
            elif service.planned_on_approval is not None:
                service.planned_on_approval(session, case, today())  # raises what would refuse the approval
            checked.add(key)
    assert checked >= {"residence_certificate", "register_information", "dog_registration", "waste_bin_change",
                       "birth_certificate", "death_certificate"}  # fmt: skip
