"""The access matrix (issues 9 and 14): every operation of ``models/operations`` × every role × a case of each
department, on SQLite and PostgreSQL. Nothing is visible, and nothing can be changed, beyond the role.

The table of operations and the expected reach are in ``tests/models/operations/access_matrix.py``; a new operation is
one row there. Run with ``-s`` to see the observed matrix as Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from models.actors import Actor, system_actor
from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.errors import AlreadyClaimed, InvalidInput, NotClaimed, NothingToClaim, PermissionDenied
from models.operations.case_creation import AttachmentInput
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.correspondence import issue_fee_notice
from models.operations.outgoing_mail import print_documents
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from models.operations.users import authenticate, create_user
from models.roles import Role
from printing.batch import file_delivery
from printing.letter import render_letter
from tests.conftest import PASSWORD, Staff
from tests.models.operations.access_matrix import (
    BB,
    COMBINED,
    FAMILY_NAME,
    HANDLER,
    OPERATIONS,
    SERVICE,
    SYSTEM,
    TARGET,
    Department,
    DepartmentData,
    OperationSpec,
    World,
    cell,
    columns,
    render_markdown,
)
from tests.models.operations.test_operation_registry import operations
from tests.support.factories import muster_name, new_case

PROPOSER = "matrixvorschlag"  # proposes the bank accounts that the columns confirm (four eyes)

#: What a refusal looks like: no permission, someone else's (or nobody's) case, nothing of one's own to do.
REFUSALS = (PermissionDenied, AlreadyClaimed, NotClaimed, NothingToClaim)
#: The problems of an ``InvalidInput`` that are refusals too: the letters were not the actor's to print; headless
#: work has no account, so no draft and no password of its own.
REFUSED_PROBLEMS = frozenset({"nothing_to_print", "no_account"})


def _actors(db: Database, staff: Staff) -> dict[str, Actor]:
    """One account per role (every role there is, also one added later), one with both case roles, the system."""
    accounts: dict[str, frozenset[Role]] = {role.value: frozenset({role}) for role in Role}
    accounts[COMBINED] = frozenset({Role.CLERK, Role.REGISTRY_OFFICER})
    actors: dict[str, Actor] = {SYSTEM: system_actor("matrix")}
    create_user(db, staff.system, TARGET, "Matrix Ziel", frozenset({Role.CLERK}), password=PASSWORD)
    for number, (column, roles) in enumerate(accounts.items()):
        username = f"matrix{number}"
        create_user(db, staff.system, username, f"Matrix {muster_name(number)}", roles, password=PASSWORD)
        actors[column] = authenticate(db, username, PASSWORD)
    return actors


def _department(db: Database, staff: Staff, handler: Actor, department: Department, tmp: Path) -> DepartmentData:
    """An online case with an attachment, a payment, a fee notice in the print queue and a printed confirmation."""
    case = new_case(
        db,
        staff.system,
        SERVICE[department],
        family_name=FAMILY_NAME[department],
        attachments=(AttachmentInput("Nachweis.pdf", "application/pdf", b"%PDF-1.4 Nachweis"),),
    )
    claimed = claim_case(db, handler, case.id)
    record_payment(db, handler, case.id, 200, PaymentMethod.CASH)
    fee_notice = issue_fee_notice(db, handler, case.id, render_letter)
    approved = transition_case(
        db, handler, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
    )
    assert approved.document is not None
    assert claimed.reference == case.reference
    print_documents(db, handler, file_delivery(tmp / "world.pdf"), [approved.document.id])
    (attachment,) = case_detail(db, staff.system, case.id).attachments
    return DepartmentData(case.id, case.reference, approved.document.id, fee_notice.id, attachment.id, {case.reference})


@pytest.fixture
def world(db: Database, staff: Staff, tmp_path: Path) -> tuple[World, dict[str, Actor]]:
    actors = _actors(db, staff)
    handlers = {department: actors[role.value] for department, role in HANDLER.items()}
    data = {d: _department(db, staff, handlers[d], d, tmp_path) for d in Department}
    create_user(db, staff.system, PROPOSER, "Matrix Vorschlag", frozenset({Role.ADMIN}), password=PASSWORD)
    proposer = authenticate(db, PROPOSER, PASSWORD)
    return World(db, data, handlers, tmp_path, proposer), actors


def _reach(spec: OperationSpec, world: World, actor: Actor) -> frozenset[Department]:
    """The departments whose data ``actor`` reached through ``spec``."""
    reached = set()
    for department in [d for d in Department if d in spec.departments] if spec.case_bound else [BB]:
        try:
            result = spec.call(world, actor, department)
        except REFUSALS:
            continue
        except InvalidInput as error:
            if error.problem not in REFUSED_PROBLEMS:
                raise
            continue
        if spec.reached is not None:
            if spec.reached(world, actor, department, result):
                reached.add(department)
        elif spec.kind == "write" or not spec.case_bound:
            reached.add(department)  # the call went through on that department's case
        elif any(marker in repr(result) for marker in world.markers(department)):
            reached.add(department)
    return frozenset(reached)


def _run(kind: str, world: World, actors: dict[str, Actor]) -> None:
    observed = {}
    wrong = []
    for spec in OPERATIONS:
        for column in columns():
            reached = _reach(spec, world, actors[column]) if spec.kind == kind else spec.expected(column)
            observed[(spec.name, column)] = reached
            if reached != spec.expected(column):
                wrong.append(
                    f"{spec.name} as {column}: reaches {cell(reached, case_bound=spec.case_bound)}, "
                    f"expected {cell(spec.expected(column), case_bound=spec.case_bound)}"
                )
    print(f"\nObserved access matrix ({kind}s run, on {world.db.engine.dialect.name}):\n{render_markdown(observed)}")
    assert wrong == [], "\n".join(wrong)


def test_reads_reach_no_case_beyond_the_role(world: tuple[World, dict[str, Actor]]) -> None:
    _run("read", *world)


def test_writes_reach_no_case_beyond_the_role(world: tuple[World, dict[str, Actor]]) -> None:
    _run("write", *world)


def test_the_matrix_covers_every_role_and_renders_as_markdown() -> None:
    lines = render_markdown().splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header == ["operation", "kind", *columns(), "note"]
    assert all(role.value in header for role in Role)
    rows = {}
    for line in lines[2:]:
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0].strip("`")] = dict(zip(header, cells, strict=True))
    assert set(rows) == {spec.name for spec in OPERATIONS}
    pdf = rows["documents.document_pdf"]
    assert (pdf["clerk"], pdf["registry_officer"], pdf["supervisor"], pdf["admin"]) == ("BB", "SA", "BB+SA", "—")
    assert (pdf[COMBINED], pdf[SYSTEM]) == ("BB+SA", "BB+SA")
    payment = rows["payments.record_payment"]
    assert (payment["clerk"], payment["supervisor"], payment["admin"]) == ("BB", "—", "—")
    assert rows["users.list_users"]["admin"] == "✓"


def test_the_matrix_has_a_row_for_every_operation() -> None:
    rows = {spec.name.split(" (")[0] for spec in OPERATIONS}
    assert rows == {name for name, _ in operations()}, "add the operation to access_matrix.py"
    assert len({spec.name for spec in OPERATIONS}) == len(OPERATIONS), "a row's name is used twice"
