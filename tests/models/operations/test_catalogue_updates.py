"""Shipped catalogue updates reach existing databases by key and keep what the town changed; admins change fee,
deadline, role, department and availability of a service, audited; FIT-Connect identifiers old and new match."""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import system_actor
from models.audit import AuditRecord
from models.cases import Case
from models.catalogue import PublicService
from models.db import Database
from models.errors import InvalidInput, PermissionDenied, ServiceChangedMeanwhile
from models.fees import Fee, FeeRule
from models.migrate import upgrade
from models.operations.catalogue import (
    catalogue_entry,
    ensure_catalogue,
    service_key_for,
    shipped_catalogue,
    update_service,
)
from models.roles import Role
from tests.conftest import Staff
from tests.models.test_catalogue_data import shipped_before
from tests.support.factories import new_case
from tests.support.postgres_server import PostgresServer


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        yield Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"old_{os.getpid()}_{tmp_path.name}".lower().replace("-", "_")[:60]
    server.admin_execute(f"CREATE DATABASE {name}")
    db = Database(server.url(name))
    yield db
    db.dispose()
    server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


def _database_of_revision_0007(db: Database) -> Database:
    """A database as the earlier Amtsstube left it: migrated to 0007 and seeded with the 38 services it shipped."""
    upgrade(db, "0007")
    services = sa.table(
        "public_services",
        *(sa.column(name) for name in ("key", "name", "fee_cents", "processing_days", "handling_role")),
        *(sa.column(name) for name in ("schema_uri", "leika_id", "active")),
    )
    columns = ("key", "name", "fee_cents", "processing_days", "handling_role", "schema_uri", "leika_id")
    rows = [dict(zip(columns, row, strict=True)) for row in shipped_before()]
    with db.write() as session:
        session.execute(services.insert(), [{**row, "active": True} for row in rows])
        # The town raised the fee of the Meldebescheinigung and renamed the poster permit.
        session.execute(services.update().where(services.c.key == "residence_certificate").values(fee_cents=700))
        session.execute(
            services.update().where(services.c.key == "poster_permit").values(name="Plakate aufhängen (Genehmigung)")
        )
        _insert_any(session, "people", id=1)
        _insert_any(session, "cases", service_id=1, applicant_id=1, assignee_id=None, entered_by_id=None)
    return db


def _insert_any(session: Session, table: str, **values: object) -> None:
    """A row of ``table`` with these values and a plain value of its type in every other required column (a case
    refers to a service: the migration must not copy the table of services under it)."""
    columns = sa.inspect(session.connection()).get_columns(table)
    plain: dict[type, object] = {
        sa.Integer: 1,
        sa.Boolean: False,
        sa.Date: dt.date(2026, 3, 2),
        sa.DateTime: dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC),
        sa.JSON: {},
    }
    for column in columns:
        if column["nullable"] or column.get("default") is not None or column["name"] in values:
            continue
        kind = next((value for base, value in plain.items() if isinstance(column["type"], base)), None)
        values[column["name"]] = kind if kind is not None else ("received" if column["name"] == "status" else "x")
    typed = sa.table(table, *(sa.column(c["name"], c["type"]) for c in columns if c["name"] in values))
    session.execute(typed.insert().values(**values))


def _service(db: Database, key: str) -> PublicService:
    with db.read() as session:
        service = session.scalar(select(PublicService).where(PublicService.key == key))
        assert service is not None
        session.expunge(service)
        return service


def test_an_old_database_gets_the_new_catalogue_and_keeps_the_towns_changes(empty_database: Database) -> None:
    db = _database_of_revision_0007(empty_database)
    upgrade(db)
    assert ensure_catalogue(db) == len(shipped_catalogue())  # 38 brought up to date, the others added

    certificate = _service(db, "residence_certificate")
    assert (certificate.fee_rule, certificate.fee_cents) == (FeeRule.FIXED, 700)  # the town's fee
    assert certificate.leika_id == "urn:de:fim:leika:leistung:99115003012000"  # the confirmed id
    assert certificate.identifier_confirmed is True
    assert "Meldebescheinigung" in certificate.keywords
    assert _service(db, "poster_permit").name == "Plakate aufhängen (Genehmigung)"
    special_use = _service(db, "special_use_permit")  # left as shipped: now a tariff
    assert (special_use.fee_rule, special_use.fee_cents, special_use.fee_max_cents) == (FeeRule.TARIFF, 2500, 50000)
    assert special_use.department == "Ordnungsamt"
    birth = _service(db, "birth_certificate")
    assert (birth.fee_rule, birth.fee_cents, birth.fee_further_copy_cents) == (FeeRule.PER_COPY, 1000, 500)
    assert birth.department == "Standesamt"
    assert _service(db, "id_card_application").name == "Personalausweis beantragen"  # a new service

    assert ensure_catalogue(db) == 0  # idempotent
    assert _service(db, "residence_certificate").fee_cents == 700


def _shipped_with(changes: dict[str, dict[str, Any]], *added: dict[str, Any]) -> list[dict[str, Any]]:
    entries = [copy.deepcopy(e) for e in shipped_catalogue()]
    for entry in entries:
        entry.update(changes.get(entry["key"], {}))
    return [*entries, *added]


def test_a_shipped_change_of_fee_and_name_updates_the_name_and_keeps_the_towns_fee(db: Database, staff: Staff) -> None:
    before = catalogue_entry(db, "birth_certificate")
    town_fee = Fee(FeeRule.PER_COPY, 1500, further_copy_cents=750)
    update_service(db, staff.admin, "birth_certificate", expected_version=before.version, fee=town_fee)
    new_fee = {"rule": "per_copy", "first_copy_cents": 1200, "further_copy_cents": 600}
    added = {**copy.deepcopy(shipped_catalogue()[0]), "key": "new_service", "name": "Neue Leistung", "leika_id": None}
    shipped = _shipped_with(
        {
            "birth_certificate": {"name": "Geburtsurkunde bestellen", "fee": new_fee},
            "death_certificate": {"fee": new_fee},
        },
        added,
    )

    assert ensure_catalogue(db, shipped) == 3
    birth = catalogue_entry(db, "birth_certificate")
    assert birth.name == "Geburtsurkunde bestellen"
    assert birth.fee == town_fee
    assert catalogue_entry(db, "death_certificate").fee == Fee(FeeRule.PER_COPY, 1200, further_copy_cents=600)
    assert catalogue_entry(db, "new_service").name == "Neue Leistung"
    assert ensure_catalogue(db, shipped) == 0

    # Shipping the old values again: the fields left as shipped follow, the town's fee stays, nothing is deleted.
    assert ensure_catalogue(db) == 2
    assert catalogue_entry(db, "birth_certificate").fee == town_fee
    assert catalogue_entry(db, "birth_certificate").name == "Geburtsurkunde beantragen"
    assert catalogue_entry(db, "death_certificate").fee == Fee(FeeRule.PER_COPY, 1000, further_copy_cents=500)
    assert catalogue_entry(db, "new_service").active


def test_only_an_admin_changes_a_service_and_every_change_is_audited(db: Database, staff: Staff) -> None:
    entry = catalogue_entry(db, "postal_vote")
    with pytest.raises(PermissionDenied):
        update_service(db, staff.clerk, "postal_vote", expected_version=entry.version, processing_days=1)
    with pytest.raises(PermissionDenied):
        update_service(db, staff.supervisor, "postal_vote", expected_version=entry.version, active=False)

    changed = update_service(
        db,
        staff.admin,
        "postal_vote",
        expected_version=entry.version,
        processing_days=4,
        department="Bürgerbüro",
        handling_role=Role.REGISTRY_OFFICER,
        active=False,
        fee=Fee(FeeRule.FIXED, 250),
    )
    assert (changed.processing_days, changed.department, changed.handling_role) == (
        4,
        "Bürgerbüro",
        Role.REGISTRY_OFFICER,
    )
    assert (changed.active, changed.fee, changed.version) == (False, Fee(FeeRule.FIXED, 250), entry.version + 1)
    assert catalogue_entry(db, "postal_vote") == changed
    with db.read() as session:
        audited = session.scalars(select(AuditRecord).where(AuditRecord.action == "service.updated")).all()
    assert [(r.actor, r.object_id) for r in audited] == [("eva", "postal_vote")]
    changes = audited[0].details["changes"]
    assert changes["processing_days"] == {"old": 2, "new": 4}
    assert changes["department"] == {"old": "Wahlamt", "new": "Bürgerbüro"}
    assert changes["active"] == {"old": True, "new": False}
    assert changes["fee"]["old"]["rule"] == "free"
    assert changes["fee"]["new"] == {"rule": "fixed", "cents": 250}
    assert changes["handling_role"] == {"old": "clerk", "new": "registry_officer"}

    with pytest.raises(ServiceChangedMeanwhile):  # the form showed the version before
        update_service(db, staff.admin, "postal_vote", expected_version=entry.version, processing_days=5)
    assert catalogue_entry(db, "postal_vote").processing_days == 4


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"processing_days": 0}, "processing_days", "out_of_range"),
        ({"processing_days": 251}, "processing_days", "out_of_range"),
        ({"department": "  "}, "department", "empty_or_too_long"),
        ({"department": "x" * 81}, "department", "empty_or_too_long"),
        ({"handling_role": Role.ADMIN}, "handling_role", "not_case_work"),
        ({"fee": Fee(FeeRule.TARIFF, 500, max_cents=100, basis="Satzung")}, "fee", "tariff_range_invalid"),
        ({"fee": Fee(FeeRule.FREE, basis="")}, "fee", "free_reason_missing"),
        ({"fee": Fee(FeeRule.FIXED, 10_000_001)}, "fee", "too_high"),
    ],
)
def test_bad_values_are_refused_with_a_code_and_nothing_changes(
    db: Database, staff: Staff, changes: dict[str, Any], field: str, problem: str
) -> None:
    entry = catalogue_entry(db, "trade_registration")
    with pytest.raises(InvalidInput) as refused:
        update_service(db, staff.admin, "trade_registration", expected_version=entry.version, **changes)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    assert catalogue_entry(db, "trade_registration") == entry


def test_submissions_match_by_the_new_identifier_and_by_the_one_the_portal_sent_before(db: Database) -> None:
    assert service_key_for(db, "urn:de:fim:leika:leistung:99102013104000", None) == "dog_registration"
    assert service_key_for(db, "urn:de:lindenbrueck:leistung:dog_registration", None) == "dog_registration"
    assert service_key_for(db, "urn:de:fim:leika:leistung:99027002012000", None) == "birth_certificate"
    assert service_key_for(db, "urn:de:lindenbrueck:leistung:id_card_application", None) == "id_card_application"
    assert service_key_for(db, "urn:de:fim:leika:leistung:99000000000000", None) == "online_application_other"


def test_a_system_actor_may_change_the_catalogue(db: Database) -> None:
    entry = catalogue_entry(db, "church_leaving")
    changed = update_service(db, system_actor("tests"), "church_leaving", expected_version=entry.version)
    assert changed == entry  # nothing asked, nothing changed, no new version


def _case_fee(db: Database, staff: Staff, service_key: str, form: dict[str, Any] | None = None) -> int:
    row = new_case(db, staff.system, service_key, form=form)
    with db.read() as session:
        case = session.get(Case, row.id)
        assert case is not None
        return case.fee_cents


def test_a_new_case_starts_with_the_fee_of_its_rule_and_copies(db: Database, staff: Staff) -> None:
    assert _case_fee(db, staff, "multilingual_extract", {"copies": 3}) == 2000  # 10 € and two further copies at 5 €
    assert _case_fee(db, staff, "multilingual_extract") == 1000
    assert _case_fee(db, staff, "special_use_permit") == 2500  # a tariff: its lowest amount
    assert _case_fee(db, staff, "information_block") == 0  # free
    assert _case_fee(db, staff, "trade_registration") == 2600
