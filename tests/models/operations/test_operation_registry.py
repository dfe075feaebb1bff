"""Every public operation re-checks the acting account, so that a deactivated user or a removed role ends an open
session on its next step. The test walks ``models/operations``: a new operation that forgets ``@operation`` fails
here, and every one is called, with real arguments, for a session whose rights changed and must refuse without
changing anything."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update

import models.operations
from models.actors import Actor
from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.cases import Case, CaseEvent, Channel, FeePayment, PaymentMethod
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import AccessRevoked, PermissionDenied
from models.german_format import today
from models.letter_templates import ALL_SERVICES, LetterTemplate, default_template
from models.mail_book import MailBookEntry
from models.operations.absences import list_absences, record_absence, remove_absence
from models.operations.attachments import attachment_content
from models.operations.audit_log import audit_records, export_audit_records
from models.operations.audit_of_reads import record_read
from models.operations.audit_verification import verify_audit_trail
from models.operations.backlog import backlog_report
from models.operations.case_creation import AttachmentInput, NewCase, create_case
from models.operations.case_detail import case_detail
from models.operations.case_fees import set_tariff_fee
from models.operations.cash_day import cash_day_report, close_cash_day, export_cash_day
from models.operations.catalogue import update_service
from models.operations.certificate_orders import (
    case_eligibility,
    certificate_order_candidates,
    certificate_print_plan,
    issue_order_certificates,
    record_eligibility,
)
from models.operations.certificate_reissue import reissue_certificate
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    certificate_pdf,
    issue_certificates,
    issued_certificates,
    verify_certificate,
)
from models.operations.civil_status import (
    NewEntry,
    NewPerson,
    annotate_civil_entry,
    civil_entry_record,
    entries_past_retention,
    find_civil_entries,
    record_civil_entry,
)
from models.operations.claims import assign_case, claim_case, claim_next, release_case
from models.operations.connection_settings import change_connection_settings
from models.operations.correspondence import issue_fee_notice
from models.operations.counter_cases import complete_at_counter
from models.operations.counter_drafts import counter_draft, discard_counter_draft, save_counter_draft
from models.operations.counter_payments import (
    PaymentLine,
    cancel_receipt,
    fees_of_the_visit,
    receipt_by_number,
    take_payment,
)
from models.operations.disclosure_log import disclosure_log, export_disclosure_log
from models.operations.documents import document_pdf, latest_letter
from models.operations.dogs import dog_of_case, dog_record, find_dogs, list_dogs
from models.operations.duplicates import confirm_duplicate, decide_duplicates_of, unlink_duplicate
from models.operations.export import all_cases
from models.operations.form_corrections import correct_form_data, form_for_correction
from models.operations.held_information import decide_held_information
from models.operations.intake_book import (
    Rejection,
    SubmissionKey,
    book_submissions,
    held_submissions,
    rejected_submissions,
)
from models.operations.letter_templates import (
    list_letter_templates,
    preview_letter_template,
    reset_letter_template,
    save_letter_template,
)
from models.operations.mail_book import export_mail_book, mail_book
from models.operations.outgoing_mail import print_documents, print_queue, reprint_document
from models.operations.payments import record_payment
from models.operations.people_search import find_people
from models.operations.pickups import move_pickup, route_list
from models.operations.queue import list_queue
from models.operations.reassignment import ChosenCase, assignable_clerks, reassign_all_of, reassign_cases, stale_claims
from models.operations.resident_changes import (
    MoveIn,
    NewResident,
    change_resident_name,
    lift_conditional_block,
    lift_information_block,
    move_out_resident,
    move_resident,
    record_death,
    register_resident,
    set_conditional_block,
    set_information_block,
    set_transmission_blocks,
)
from models.operations.residents import find_residents, resident_record
from models.operations.rights import OPERATION_MARKER
from models.operations.rows import CaseRow
from models.operations.schema_upgrade import upgrade_schema
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.operations.service_choices import service_choices
from models.operations.town_settings import confirm_bank_change, discard_bank_change, update_town_profile
from models.operations.transitions import transition_case
from models.operations.users import (
    activate_user,
    authenticate,
    change_own_password,
    create_user,
    deactivate_user,
    list_users,
    reset_password,
    set_user_roles,
    unlock_user,
    update_user,
)
from models.operations.waste_bins import find_properties, property_record
from models.registers.civil_status.eligibility import Relation
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.residents.resident import Sex, TransmissionBlock
from models.roles import Role
from models.users import User, UserRole
from models.verification_code import new_code
from printing.batch import file_delivery
from printing.letter import render_letter
from tests.conftest import PASSWORD, Staff
from tests.support.factories import GENERIC_FEE_SERVICE, applicant, new_case

#: Public functions that take the database but no actor, and why that is right.
WITHOUT_ACTOR = {
    "catalogue.ensure_catalogue": "seeds the shipped catalogue at start-up; no personal data",
    "catalogue.list_services": "the public catalogue",
    "catalogue.catalogue_entries": "the public catalogue, inactive services too (admin view, catalogue command)",
    "catalogue.catalogue_entry": "one service of the public catalogue",
    "catalogue.service_key_for": "maps a portal identifier to a service (sync)",
    "correspondence.book_with_letter": "the booking step the letter-writing operations share; they check the actor",
    "first_admin.admin_exists": "whether a new database may get its first admin without a login (a yes or no)",
    "intake_book.known_submissions": "the sync pass's own bookkeeping (submission ids)",
    "intake_book.find_intake": "the sync pass's own bookkeeping",
    "intake_book.intake_book_is_empty": "whether the demo portal may send (a yes or no)",
    "intake_book.record_fault": "the sync pass records its own failures",
    "intake_book.confirm_event": "the sync pass records the delivery service's answer",
    "intake_book.confirm_events": "the sync pass records the delivery service's answers",
    "intake_book.unconfirmed": "the sync pass resends its own events",
    "town_settings.pending_bank_change": "the town's proposed bank account beside the letterhead; no citizen's data",
    "town_settings.town_profile": "the letterhead everyone prints; no personal data",
    "users.authenticate": "logging in is how an actor comes to be",
    "users.count_users": "whether the database has any account yet (a number)",
}


def public_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    for module_info in pkgutil.iter_modules(models.operations.__path__):
        module = importlib.import_module(f"models.operations.{module_info.name}")
        for name, function in vars(module).items():
            if not name.startswith("_") and inspect.isfunction(function) and function.__module__ == module.__name__:
                yield f"{module_info.name}.{name}", function


def _parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


def operations() -> list[tuple[str, Callable[..., Any]]]:
    """Public functions called as ``f(db, actor, …)``: the operations."""
    return [(name, f) for name, f in public_functions() if _parameters(f)[:2] == ["db", "actor"]]


def test_every_function_taking_an_actor_and_the_database_is_an_operation() -> None:
    found = dict(public_functions())
    assert len(operations()) >= 30
    for name, function in found.items():
        parameters = _parameters(function)
        if "actor" in parameters and "db" in parameters:
            assert parameters[:2] == ["db", "actor"], f"{name}: an operation takes (db, actor, …)"
            assert getattr(function, OPERATION_MARKER, False), f"{name} lacks @operation (models/operations/rights.py)"
        elif "db" in parameters:
            assert name in WITHOUT_ACTOR, f"{name} reads the database without an actor: add one, or explain it here"
    assert set(WITHOUT_ACTOR) <= set(found), "WITHOUT_ACTOR names a function that no longer exists"


@dataclass
class Scene:
    """Real data for real calls: a case Anna holds, with an attachment, one printed and one queued letter."""

    case: CaseRow
    printed: int
    queued: int
    tmp: Path
    attachment: int


Call = Callable[[Database, Actor, Scene], object]


def _no_render(*_args: object) -> tuple[dict[str, object], bytes]:
    raise AssertionError("a refused session renders no certificate")


NOBODY_ON_STAFF = "no member of staff may call it at all"

#: Every operation, with the role that may call it and a call with valid arguments: a revoked session of that
#: role must be refused by the rights check (or, where noted, by a rule that binds every member of staff).
CALLS: dict[str, tuple[str, Call] | tuple[str, Call, str]] = {
    "audit_log.audit_records": ("data_protection", lambda db, a, s: audit_records(db, a)),
    "audit_log.export_audit_records": ("data_protection", lambda db, a, s: export_audit_records(db, a)),
    "disclosure_log.disclosure_log": ("data_protection", lambda db, a, s: disclosure_log(db, a)),
    "disclosure_log.export_disclosure_log": ("data_protection", lambda db, a, s: export_disclosure_log(db, a)),
    "audit_verification.verify_audit_trail": ("admin", lambda db, a, s: verify_audit_trail(db, a)),
    "connection_settings.change_connection_settings": (
        "admin",
        lambda db, a, s: change_connection_settings(db, a, {}, credentials_replaced=False, apply=lambda: None),
    ),
    "attachments.attachment_content": ("clerk", lambda db, a, s: attachment_content(db, a, s.attachment)),
    "audit_of_reads.record_read": ("clerk", lambda db, a, s: record_read(db, a, "queue.searched", "queue", "-")),
    "case_creation.create_case": (
        "clerk",
        lambda db, a, s: create_case(db, a, NewCase(GENERIC_FEE_SERVICE, applicant(), {}, Channel.COUNTER)),
    ),
    "case_detail.case_detail": ("clerk", lambda db, a, s: case_detail(db, a, s.case.id)),
    "case_fees.set_tariff_fee": (
        "clerk",
        lambda db, a, s: set_tariff_fee(db, a, s.case.id, 3000, note="Nach Aufwand", expected_version=None),
    ),
    "claims.claim_case": ("clerk", lambda db, a, s: claim_case(db, a, s.case.id)),
    "claims.claim_next": ("clerk", lambda db, a, s: claim_next(db, a)),
    "form_corrections.form_for_correction": ("clerk", lambda db, a, s: form_for_correction(db, a, s.case.id)),
    "form_corrections.correct_form_data": (
        "clerk",
        lambda db, a, s: correct_form_data(db, a, s.case.id, {}, "Angabe laut Ausweis", expected_version=None),
    ),
    "claims.release_case": ("clerk", lambda db, a, s: release_case(db, a, s.case.id)),
    "claims.assign_case": ("supervisor", lambda db, a, s: assign_case(db, a, s.case.id, "ben")),
    "duplicates.confirm_duplicate": ("clerk", lambda db, a, s: confirm_duplicate(db, a, s.case.id)),
    "duplicates.unlink_duplicate": ("clerk", lambda db, a, s: unlink_duplicate(db, a, s.case.id)),
    "duplicates.decide_duplicates_of": (
        "clerk",
        lambda db, a, s: decide_duplicates_of(db, a, s.case.id, CaseStatus.APPROVED, None),
    ),
    "reassignment.reassign_cases": (
        "supervisor",
        lambda db, a, s: reassign_cases(db, a, [ChosenCase(s.case.id)], "ben", "Urlaubsvertretung"),
    ),
    "reassignment.reassign_all_of": ("supervisor", lambda db, a, s: reassign_all_of(db, a, "anna", None, "Urlaub")),
    "reassignment.stale_claims": ("supervisor", lambda db, a, s: stale_claims(db, a)),
    "reassignment.assignable_clerks": ("supervisor", lambda db, a, s: assignable_clerks(db, a)),
    "absences.record_absence": (
        "supervisor",
        lambda db, a, s: record_absence(db, a, "ben", today() + dt.timedelta(days=9), today() + dt.timedelta(days=9)),
    ),
    "absences.remove_absence": ("supervisor", lambda db, a, s: remove_absence(db, a, 1)),
    "absences.list_absences": ("supervisor", lambda db, a, s: list_absences(db, a)),
    "correspondence.issue_fee_notice": ("clerk", lambda db, a, s: issue_fee_notice(db, a, s.case.id, render_letter)),
    "documents.document_pdf": ("clerk", lambda db, a, s: document_pdf(db, a, s.printed)),
    "documents.latest_letter": ("clerk", lambda db, a, s: latest_letter(db, a, s.case.reference)),
    "export.all_cases": ("supervisor", lambda db, a, s: all_cases(db, a)),
    "pickups.move_pickup": (
        "clerk",
        lambda db, a, s: move_pickup(db, a, s.case.id, dt.date(2030, 1, 8), "Wunsch", render_letter=render_letter),
    ),
    "pickups.route_list": ("clerk", lambda db, a, s: route_list(db, a, "Mitte", dt.date(2030, 1, 8))),
    "intake_book.book_submissions": (
        "admin",
        lambda db, a, s: book_submissions(db, a, [Rejection(SubmissionKey("x", "y", "z", None, None), [])]),
        NOBODY_ON_STAFF,
    ),
    "intake_book.held_submissions": ("admin", lambda db, a, s: held_submissions(db, a)),
    "intake_book.rejected_submissions": ("admin", lambda db, a, s: rejected_submissions(db, a)),
    "letter_templates.list_letter_templates": ("admin", lambda db, a, s: list_letter_templates(db, a)),
    "letter_templates.save_letter_template": ("admin", lambda db, a, s: save_letter_template(db, a, _template())),
    "letter_templates.reset_letter_template": (
        "admin",
        lambda db, a, s: reset_letter_template(db, a, DocumentKind.CONFIRMATION_LETTER, ALL_SERVICES),
    ),
    "letter_templates.preview_letter_template": (
        "admin",
        lambda db, a, s: preview_letter_template(db, a, _template(), render_letter),
    ),
    "catalogue.update_service": (
        "admin",
        lambda db, a, s: update_service(db, a, "postal_vote", expected_version=1, processing_days=3),
    ),
    "mail_book.mail_book": ("clerk", lambda db, a, s: mail_book(db, a)),
    "mail_book.export_mail_book": ("clerk", lambda db, a, s: export_mail_book(db, a)),
    "outgoing_mail.print_queue": ("clerk", lambda db, a, s: print_queue(db, a)),
    "outgoing_mail.print_documents": (
        "clerk",
        lambda db, a, s: print_documents(db, a, file_delivery(s.tmp / "b.pdf"), [s.queued]),
    ),
    "outgoing_mail.reprint_document": (
        "clerk",
        lambda db, a, s: reprint_document(db, a, s.printed, "Brief kam zurück", file_delivery(s.tmp / "r.pdf")),
    ),
    "payments.record_payment": ("clerk", lambda db, a, s: record_payment(db, a, s.case.id, 100, PaymentMethod.CASH)),
    "counter_payments.take_payment": (
        "clerk",
        lambda db, a, s: take_payment(db, a, [PaymentLine(s.case.id, 100)], PaymentMethod.CASH, workstation="S1"),
    ),
    "counter_payments.cancel_receipt": (
        "clerk",
        lambda db, a, s: cancel_receipt(db, a, "Q-2026-00001", "Falsch gebucht.", workstation="S1"),
    ),
    "counter_payments.fees_of_the_visit": ("clerk", lambda db, a, s: fees_of_the_visit(db, a, s.case.id)),
    "counter_payments.receipt_by_number": ("clerk", lambda db, a, s: receipt_by_number(db, a, "Q-2026-00001")),
    "cash_day.cash_day_report": ("clerk", lambda db, a, s: cash_day_report(db, a, "S1")),
    "counter_cases.complete_at_counter": (
        "clerk",
        lambda db, a, s: complete_at_counter(
            db,
            a,
            NewCase(GENERIC_FEE_SERVICE, applicant(), {}, Channel.COUNTER),
            PaymentMethod.CASH,
            workstation="S1",
            render_letter=render_letter,
        ),
    ),
    "counter_drafts.save_counter_draft": ("clerk", lambda db, a, s: save_counter_draft(db, a, {"x": 1})),
    "counter_drafts.counter_draft": ("clerk", lambda db, a, s: counter_draft(db, a)),
    "counter_drafts.discard_counter_draft": ("clerk", lambda db, a, s: discard_counter_draft(db, a)),
    "cash_day.close_cash_day": ("clerk", lambda db, a, s: close_cash_day(db, a, "S1")),
    "cash_day.export_cash_day": ("clerk", lambda db, a, s: export_cash_day(db, a, "S1")),
    "queue.list_queue": ("clerk", lambda db, a, s: list_queue(db, a)),
    "backlog.backlog_report": ("supervisor", lambda db, a, s: backlog_report(db, a)),
    "people_search.find_people": ("clerk", lambda db, a, s: find_people(db, a, "Öztürk")),
    "residents.find_residents": ("supervisor", lambda db, a, s: find_residents(db, a, "Weiß")),
    "residents.resident_record": ("clerk", lambda db, a, s: resident_record(db, a, 1)),
    "dogs.list_dogs": ("clerk", lambda db, a, s: list_dogs(db, a)),
    "dogs.dog_record": ("clerk", lambda db, a, s: dog_record(db, a, 1)),
    "dogs.find_dogs": ("clerk", lambda db, a, s: find_dogs(db, a, "Bello")),
    "dogs.dog_of_case": ("clerk", lambda db, a, s: dog_of_case(db, a, 1)),
    "waste_bins.find_properties": ("clerk", lambda db, a, s: find_properties(db, a, "Amselweg 7")),
    "held_information.decide_held_information": (
        "supervisor",
        lambda db, a, s: decide_held_information(db, a, s.case.id, allow=True, reason="x", expected_version=None),
    ),
    "waste_bins.property_record": ("clerk", lambda db, a, s: property_record(db, a, 1)),
    "resident_changes.register_resident": (
        "clerk",
        lambda db, a, s: register_resident(
            db, a, NewResident("Weiß", "Jürgen", Sex.MALE, None), MoveIn("Lindenweg", "4", today()), reason="Zuzug"
        ),
    ),
    "resident_changes.move_resident": (
        "clerk",
        lambda db, a, s: move_resident(db, a, 1, MoveIn("Lindenweg", "4", today()), reason="Umzug"),
    ),
    "resident_changes.move_out_resident": (
        "clerk",
        lambda db, a, s: move_out_resident(db, a, 1, today(), reason="Wegzug"),
    ),
    "resident_changes.change_resident_name": (
        "clerk",
        lambda db, a, s: change_resident_name(db, a, 1, {"family_name": "Groß"}, reason="Heirat"),
    ),
    "resident_changes.set_information_block": (
        "clerk",
        lambda db, a, s: set_information_block(db, a, 1, today() + dt.timedelta(days=30), reason="Gefahr"),
    ),
    "resident_changes.lift_information_block": (
        "clerk",
        lambda db, a, s: lift_information_block(db, a, 1, reason="entfallen"),
    ),
    "resident_changes.set_conditional_block": (
        "clerk",
        lambda db, a, s: set_conditional_block(db, a, 1, reason="Frauenhaus"),
    ),
    "resident_changes.lift_conditional_block": (
        "clerk",
        lambda db, a, s: lift_conditional_block(db, a, 1, reason="entfallen"),
    ),
    "resident_changes.set_transmission_blocks": (
        "clerk",
        lambda db, a, s: set_transmission_blocks(db, a, 1, [TransmissionBlock.JUBILEES], reason="Widerspruch"),
    ),
    "resident_changes.record_death": ("clerk", lambda db, a, s: record_death(db, a, 1, today(), reason="Sterbefall")),
    "civil_status.record_civil_entry": (
        "registry",
        lambda db, a, s: record_civil_entry(
            db,
            a,
            NewEntry(
                RegisterKind.DEATH,
                today(),
                today(),
                "Lindenbrück",
                "Vera Standes",
                (NewPerson(PersonRole.DECEASED, "Weiß", "Jürgen"),),
            ),
        ),
    ),
    "civil_status.annotate_civil_entry": (
        "registry",
        lambda db, a, s: annotate_civil_entry(db, a, 1, AnnotationKind.OTHER, today(), "Vermerk"),
    ),
    "civil_status.find_civil_entries": ("registry", lambda db, a, s: find_civil_entries(db, a, "Weiß")),
    "civil_status.civil_entry_record": ("registry", lambda db, a, s: civil_entry_record(db, a, 1)),
    "civil_status.entries_past_retention": ("registry", lambda db, a, s: entries_past_retention(db, a)),
    "security_paper.load_paper": ("registry", lambda db, a, s: load_paper(db, a, "Registry", 1, 10)),
    "security_paper.spoil_sheet": ("registry", lambda db, a, s: spoil_sheet(db, a, "Registry", 1, "Stau")),
    "security_paper.paper_stock": ("registry", lambda db, a, s: paper_stock(db, a)),
    "certificates.issue_certificates": (
        "registry",
        lambda db, a, s: issue_certificates(db, a, [CertificateRequest(IssuedKind.BIRTH, 1)], "Registry", _no_render),
    ),
    "certificates.issued_certificates": ("registry", lambda db, a, s: issued_certificates(db, a)),
    "certificates.certificate_pdf": ("registry", lambda db, a, s: certificate_pdf(db, a, new_code())),
    "certificates.verify_certificate": ("clerk", lambda db, a, s: verify_certificate(db, a, new_code())),
    "certificate_orders.certificate_order_candidates": (
        "registry",
        lambda db, a, s: certificate_order_candidates(db, a, s.case.id),
    ),
    "certificate_orders.record_eligibility": (
        "registry",
        lambda db, a, s: record_eligibility(db, a, s.case.id, 1, Relation.PERSON_CONCERNED, 30, "", ""),
    ),
    "certificate_orders.case_eligibility": ("registry", lambda db, a, s: case_eligibility(db, a, s.case.id)),
    "certificate_reissue.reissue_certificate": (
        "registry",
        lambda db, a, s: reissue_certificate(db, a, new_code(), "Registry", _no_render, reason="verloren"),
    ),
    "certificate_orders.certificate_print_plan": (
        "registry",
        lambda db, a, s: certificate_print_plan(db, a, s.case.id, "Registry"),
    ),
    "certificate_orders.issue_order_certificates": (
        "registry",
        lambda db, a, s: issue_order_certificates(db, a, s.case.id, "Registry", _no_render),
    ),
    "service_choices.service_choices": ("clerk", lambda db, a, s: service_choices(db, a)),
    "town_settings.update_town_profile": ("admin", lambda db, a, s: update_town_profile(db, a, {"phone": "0 12"})),
    "town_settings.confirm_bank_change": (
        "supervisor",
        lambda db, a, s: confirm_bank_change(db, a, "DE89370400440532013000"),
    ),
    "town_settings.discard_bank_change": ("admin", lambda db, a, s: discard_bank_change(db, a)),
    "schema_upgrade.upgrade_schema": ("admin", lambda db, a, s: upgrade_schema(db, a), NOBODY_ON_STAFF),
    "transitions.transition_case": (
        "clerk",
        lambda db, a, s: transition_case(db, a, s.case.id, CaseStatus.APPROVED, expected_version=None),
    ),
    "users.create_user": (
        "admin",
        lambda db, a, s: create_user(db, a, "frieda", "Frieda", frozenset({Role.CLERK}), password=NEW_PASSWORD),
    ),
    "users.list_users": ("admin", lambda db, a, s: list_users(db, a)),
    "users.deactivate_user": ("admin", lambda db, a, s: deactivate_user(db, a, "ben")),
    "users.activate_user": ("admin", lambda db, a, s: activate_user(db, a, "ben")),
    "users.set_user_roles": ("admin", lambda db, a, s: set_user_roles(db, a, "ben", frozenset({Role.SUPERVISOR}))),
    "users.change_own_password": ("clerk", lambda db, a, s: change_own_password(db, a, PASSWORD, NEW_PASSWORD)),
    "users.reset_password": ("admin", lambda db, a, s: reset_password(db, a, "ben", NEW_PASSWORD)),
    "users.unlock_user": ("admin", lambda db, a, s: unlock_user(db, a, "ben")),
    "users.update_user": ("admin", lambda db, a, s: update_user(db, a, "ben", display_name="Ben Yıldız")),
}
NEW_PASSWORD = "Neue-Akte-im-Keller"


def _template() -> LetterTemplate:
    template = default_template(DocumentKind.CONFIRMATION_LETTER, ALL_SERVICES)
    assert template is not None
    return template


def test_the_table_of_calls_names_every_operation() -> None:
    assert set(CALLS) == {name for name, _ in operations()}, "add the new operation to CALLS"


@pytest.fixture
def scene(db: Database, staff: Staff, tmp_path: Path) -> Scene:
    proof = AttachmentInput("Nachweis.pdf", "application/pdf", b"%PDF-1.4 Nachweis")
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "register_information", attachments=(proof,)).id)
    printed = issue_fee_notice(db, staff.clerk, case.id, render_letter)
    print_documents(db, staff.clerk, file_delivery(tmp_path / "a.pdf"), [printed.id])
    queued = issue_fee_notice(db, staff.system, case.id, render_letter)  # the fee is still open
    detail = case_detail(db, staff.clerk, case.id)
    return Scene(detail.case, printed.id, queued.id, tmp_path, detail.attachments[0].id)


@pytest.mark.parametrize("change", ["deactivated", "roles taken away and given back"])
def test_every_operation_refuses_a_session_whose_rights_changed(
    db: Database, staff: Staff, scene: Scene, change: str
) -> None:
    with db.write() as session:  # everyone at once, as an admin might with SQL: the triggers raise the stamps
        if change == "deactivated":
            session.execute(update(User).values(active=False))
        else:
            links = [{"user_id": u, "role": r} for u, r in session.execute(select(UserRole.user_id, UserRole.role))]
            session.execute(delete(UserRole))
            session.execute(insert(UserRole), links)
    before = _state(db, staff)
    refused = 0
    for name, (role, call, *exception) in CALLS.items():
        actor = {
            "clerk": staff.clerk,
            "registry": staff.registry,
            "supervisor": staff.supervisor,
            "admin": staff.admin,
            "data_protection": staff.data_protection,
        }[role]
        expected = PermissionDenied if exception else AccessRevoked
        with pytest.raises(expected):
            call(db, actor, scene)
        refused += expected is AccessRevoked
        assert _state(db, staff) == before, f"{name} changed something for a refused session"
    with db.read() as session:
        logged = session.scalar(select(func.count()).where(AuditRecord.action == "user.session_refused"))
    for_nobody_on_staff = sum(1 for entry in CALLS.values() if NOBODY_ON_STAFF in entry[2:])
    assert logged == refused == len(CALLS) - for_nobody_on_staff


def _state(db: Database, staff: Staff) -> tuple[object, ...]:
    """Everything the calls could change, except the audit log (which records the refusals)."""
    with db.read() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(table))
            for table in (Case, CaseEvent, FeePayment, OutgoingDocument, MailBookEntry, User, UserRole)
        )
        users = tuple(session.execute(select(User.username, User.active, User.password_hash, User.rights_version)))
        cases = tuple(session.execute(select(Case.status, Case.assignee_id, Case.version)))
    return counts, users, cases


def test_a_removed_role_ends_the_session_and_a_new_login_gets_the_rights_of_now(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    assert case_detail(db, staff.clerk, case.id).case.reference == case.reference
    set_user_roles(db, staff.admin, "anna", frozenset({Role.REGISTRY_OFFICER}))
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk, case.id)
    again: Actor = authenticate(db, "anna", PASSWORD)
    assert again.roles == frozenset({Role.REGISTRY_OFFICER})
    assert again.rights_version > staff.clerk.rights_version
    with pytest.raises(PermissionDenied):  # a registry officer does not see Bürgerbüro cases
        case_detail(db, again, case.id)


def test_a_change_made_with_sql_also_ends_the_session(db: Database, staff: Staff) -> None:
    """The database raises the stamp itself (triggers), so an admin's UPDATE in psql counts too."""
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    with db.write() as session:
        session.execute(update(User).where(User.username == "anna").values(active=False))
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk, case.id)
    with db.write() as session:
        session.execute(delete(UserRole).where(UserRole.user_id == staff.clerk2.user_id))
    with pytest.raises(AccessRevoked):
        case_detail(db, staff.clerk2, case.id)
    assert case_detail(db, staff.supervisor, case.id).case.id == case.id  # untouched accounts go on


def test_system_actors_are_not_accounts_and_are_not_checked(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    deactivate_user(db, staff.admin, "anna")
    assert case_detail(db, staff.system, case.id).case.id == case.id
