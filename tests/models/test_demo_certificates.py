"""The demo's certificates: security paper loaded, certificates of every kind issued from the demo registers, one
revoked by a reissue after a correction — what ``amtsstube demo`` leaves for ``certificates`` and ``verify``."""

from __future__ import annotations

import datetime as dt

from models.db import Database
from models.demo.certificates import (
    DEMO_CERTIFICATE_WORKSTATION,
    DEMO_PAPER,
    LOCAL_PAPER,
    load_local_paper,
    seed_certificates,
)
from models.demo.civil_registers import seed_civil_registers
from models.demo.town import seed_town
from models.operations.certificates import IssuedKind, issued_certificates, verify_certificate
from models.operations.security_paper import paper_stock
from printing.certificate_sheet import render_on_sheet
from tests.conftest import Staff


def test_the_demo_issues_certificates_of_every_kind_and_revokes_one(db: Database, staff: Staff) -> None:
    seed_town(db, 200, seed=3)
    seed_civil_registers(db, 400, seed=3)
    today = dt.date(2026, 12, 3)
    count = seed_certificates(db, staff.registry, render_on_sheet, today)
    rows = issued_certificates(db, staff.registry)
    assert count == len(rows) == 8
    assert {row.kind for row in rows} == set(IssuedKind)
    assert [row.kind for row in rows if row.revoked] == [IssuedKind.DEATH]
    assert all(row.workstation == DEMO_CERTIFICATE_WORKSTATION for row in rows)
    assert sorted(row.sheet_serial for row in rows) == list(range(DEMO_PAPER[0], DEMO_PAPER[0] + 8))
    assert all(verify_certificate(db, staff.clerk, row.verification_code).valid != row.revoked for row in rows)
    (stock,) = paper_stock(db, staff.registry).ranges
    assert (stock.printed, stock.remaining) == (8, DEMO_PAPER[1] - DEMO_PAPER[0] + 1 - 8)


def test_the_workstation_the_demo_runs_on_gets_its_own_box_of_paper(db: Database, staff: Staff) -> None:
    load_local_paper(db, staff.registry, "Laptop-Vera")
    load_local_paper(db, staff.registry, DEMO_CERTIFICATE_WORKSTATION)  # the demo registry office has its box
    (own,) = paper_stock(db, staff.registry, "Laptop-Vera").ranges
    assert (own.first_serial, own.last_serial, own.remaining) == (*LOCAL_PAPER, LOCAL_PAPER[1] - LOCAL_PAPER[0] + 1)
    assert paper_stock(db, staff.registry, DEMO_CERTIFICATE_WORKSTATION).ranges == ()
