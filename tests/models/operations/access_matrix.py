"""The access matrix: every operation of ``models/operations`` that returns personal data or changes a case, and whose
cases each role reaches through it — the Bürgerbüro's (BB), the registry office's (SA), both, or none.

One row per operation in :data:`OPERATIONS`: how to call it on a department's case, and what each role may reach.
A role not named in a row reaches nothing (least privilege: a new role, such as the data-protection role, sees no
case data until a row says so). ``tests/models/operations/test_access_matrix.py`` runs every row for every role (and for
a user with two roles, and the headless system actor) on SQLite and PostgreSQL and compares.

``python -m tests.models.access_matrix`` prints the expected matrix as a Markdown table.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from models.actors import Actor, system_actor
from models.case_status import CaseStatus
from models.cases import Case, Channel, DuplicateState, PaymentMethod
from models.db import Database
from models.documents import DocumentKind
from models.german_format import today
from models.letter_templates import ALL_SERVICES, default_template
from models.operations.absences import list_absences, record_absence, remove_absence
from models.operations.attachments import attachment_content
from models.operations.audit_log import audit_records, export_audit_records
from models.operations.audit_verification import verify_audit_trail
from models.operations.case_creation import NewCase, create_case
from models.operations.case_detail import case_detail
from models.operations.case_fees import set_tariff_fee
from models.operations.cash_day import cash_day_report, close_cash_day, export_cash_day
from models.operations.catalogue import catalogue_entry, update_service
from models.operations.certificate_reissue import reissue_certificate
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    certificate_pdf,
    issue_certificates,
    issued_certificates,
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
from models.operations.duplicates import confirm_duplicate, unlink_duplicate
from models.operations.export import all_cases
from models.operations.form_corrections import correct_form_data, form_for_correction
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
from models.operations.queue import QueueFilter, list_queue
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
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.operations.town_settings import (
    confirm_bank_change,
    discard_bank_change,
    town_profile,
    update_town_profile,
)
from models.operations.transitions import transition_case
from models.operations.users import (
    activate_user,
    create_user,
    deactivate_user,
    list_users,
    reset_password,
    set_user_roles,
    unlock_user,
    update_user,
)
from models.operations.waste_bins import find_properties, property_record
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.dogs.register import Dog, DogSex
from models.registers.residents.resident import Sex, TransmissionBlock
from models.registers.residents.streets import Street
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinType, Interval
from models.roles import Role
from printing.batch import file_delivery
from printing.letter import render_letter
from sync.portal_demo.forms_civil import birth_certificate
from tests.support.factories import GENERIC_FEE_SERVICE, applicant


class Department(enum.Enum):
    CIVIC = "BB"  # Bürgerbüro: services handled by clerks
    REGISTRY = "SA"  # Standesamt: services handled by registry officers


BB, SA = Department.CIVIC, Department.REGISTRY
BOTH = frozenset({BB, SA})
#: The role that handles each department's services, the service used, and the applicants' family name.
HANDLER = {BB: Role.CLERK, SA: Role.REGISTRY_OFFICER}
SERVICE = {BB: GENERIC_FEE_SERVICE, SA: "marriage_notice"}
#: A service of each department whose fee the clerk sets by tariff, and an amount within both ranges.
TARIFF_SERVICE = {BB: "tree_felling_permit", SA: "wedding_outside_venue"}
TARIFF_AMOUNT_CENTS = 12_000
FAMILY_NAME = {BB: "Amsel", SA: "Zeisig"}

SYSTEM = "system"  # the headless actor (sync, demo, the command line today)
COMBINED = "clerk+registry_officer"  # one person with both case roles


@dataclass
class DepartmentData:
    """What exists for one department before the matrix runs (built through the real operations)."""

    case_id: int
    reference: str
    printed_document_id: int  # a confirmation letter, printed and in the outgoing-mail book
    queued_document_id: int  # a fee notice waiting in the print queue
    attachment_id: int  # the case's attachment "Nachweis.pdf"
    references: set[str] = field(default_factory=set)  # every case of the department, also those made later


@dataclass
class World:
    db: Database
    data: dict[Department, DepartmentData]
    handlers: dict[Department, Actor]  # the member of staff who works each department's cases
    tmp: Path
    proposer: Actor  # an admin who is no column's actor: proposes the bank accounts the columns confirm

    def markers(self, department: Department) -> set[str]:
        """Texts that only a result containing this department's personal data can contain."""
        return {FAMILY_NAME[department], *self.data[department].references}

    def fresh_case(
        self, department: Department, actor: Actor, *, claimed: bool = True, service_key: str | None = None
    ) -> int:
        """A new case of ``department`` (of its :data:`SERVICE`, or ``service_key``), held by ``actor`` if it
        handles the department, else by its handler."""
        handler = self.handlers[department]
        row = create_case(self.db, handler, _walk_in(department, service_key))
        self.data[department].references.add(row.reference)
        if claimed:
            holder = actor if HANDLER[department] in actor.roles and not actor.is_system else handler
            claim_case(self.db, holder, row.id)
        return row.id

    def fresh_letter(self, department: Department, *, printed: bool) -> int:
        """A fee notice of a new case of ``department``, queued or already printed (by the handler)."""
        handler = self.handlers[department]
        case_id = self.fresh_case(department, handler)
        document = issue_fee_notice(self.db, handler, case_id, render_letter)
        if printed:
            print_documents(self.db, handler, file_delivery(self.tmp / "printed.pdf"), [document.id])
        return document.id


def _walk_in(department: Department, service_key: str | None = None) -> NewCase:
    return NewCase(
        service_key=service_key or SERVICE[department],
        applicant=applicant(family_name=FAMILY_NAME[department], given_names="Ilka"),
        form_data={"anliegen": "Matrix"},
        channel=Channel.COUNTER,
    )


Call = Callable[[World, Actor, Department], Any]


@dataclass(frozen=True)
class OperationSpec:
    """One operation: how to call it on a department's data, and what each role reaches through it."""

    name: str  # module.function under models.operations
    kind: str  # "read" or "write"
    call: Call
    reaches: Mapping[str, frozenset[Department]]  # role value, SYSTEM → departments; missing: none
    case_bound: bool = True  # False: the result is not about one department's cases (staff list, intake book)
    note: str = ""

    def expected(self, column: str) -> frozenset[Department]:
        if column == COMBINED:
            return self.expected(Role.CLERK.value) | self.expected(Role.REGISTRY_OFFICER.value)
        return self.reaches.get(column, frozenset())


CASE_VIEWERS = {Role.CLERK.value: frozenset({BB}), Role.REGISTRY_OFFICER.value: frozenset({SA})}
CASE_WORKERS = {**CASE_VIEWERS, SYSTEM: BOTH}  # the holder and state rules bind staff, not headless work
VIEWERS = {**CASE_VIEWERS, Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH}
ROLE_ONLY = frozenset({BB})  # how a permitted call of an operation that is not about one department is counted
ADMINS = {Role.ADMIN.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}
TARGET = "matrixziel"  # the account the admins' operations change (made with the world)
PASSWORD_SET_BY_ADMIN = "Neue-Akte-im-Keller"
_new_usernames = (f"matrixneu{n}" for n in itertools.count())


def _template() -> Any:
    return default_template(DocumentKind.CONFIRMATION_LETTER, ALL_SERVICES)


#: Two accounts the town's bank details alternate between, so that every confirmation has something to confirm.
MATRIX_IBANS = ("DE89370400440532013000", "DE75512108001245126199")


def _proposed_iban(world: World) -> str:
    """A new account proposed by someone else than any column's actor (four eyes), waiting for confirmation."""
    new = next(iban for iban in MATRIX_IBANS if iban != town_profile(world.db).iban)
    update_town_profile(world.db, world.proposer, {"iban": new})
    return new


BANK_CONFIRMERS = {Role.SUPERVISOR.value: ROLE_ONLY, Role.ADMIN.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}


def _read(world: World, actor: Actor, department: Department) -> DepartmentData:
    return world.data[department]


OPERATIONS: tuple[OperationSpec, ...] = (
    # -- reads ---------------------------------------------------------------------------------------------------
    OperationSpec(
        "case_detail.case_detail",
        "read",
        lambda w, a, d: case_detail(w.db, a, _read(w, a, d).case_id),
        VIEWERS,
        note="applicant, form data, attachments, history, payments, letters",
    ),
    OperationSpec(
        "attachments.attachment_content",
        "read",
        lambda w, a, d: attachment_content(w.db, a, _read(w, a, d).attachment_id),
        VIEWERS,
        note="the file's content, logged",
    ),
    OperationSpec("queue.list_queue", "read", lambda w, a, d: list_queue(w.db, a), VIEWERS, note="work queue"),
    OperationSpec(
        "queue.list_queue (name search)",
        "read",
        lambda w, a, d: list_queue(w.db, a, QueueFilter(text=FAMILY_NAME[d])),
        VIEWERS,
    ),
    OperationSpec(
        "people_search.find_people",
        "read",
        lambda w, a, d: find_people(w.db, a, FAMILY_NAME[d]),
        VIEWERS,
        note="earlier applicants at the counter",
    ),
    OperationSpec(
        "documents.document_pdf",
        "read",
        lambda w, a, d: document_pdf(w.db, a, _read(w, a, d).printed_document_id),
        VIEWERS,
        note="by document id",
    ),
    OperationSpec(
        "documents.latest_letter",
        "read",
        lambda w, a, d: latest_letter(w.db, a, _read(w, a, d).reference),
        VIEWERS,
        note="by reference (`amtsstube letter`)",
    ),
    OperationSpec(
        "export.all_cases",
        "read",
        lambda w, a, d: all_cases(w.db, a),
        {Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
        note="`amtsstube cases --json`",
    ),
    OperationSpec(
        "mail_book.mail_book",
        "read",
        lambda w, a, d: mail_book(w.db, a),
        {**CASE_VIEWERS, Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
    ),
    OperationSpec(
        "mail_book.export_mail_book",
        "read",
        lambda w, a, d: export_mail_book(w.db, a),
        {**CASE_VIEWERS, Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
        note="CSV",
    ),
    OperationSpec("outgoing_mail.print_queue", "read", lambda w, a, d: print_queue(w.db, a), CASE_WORKERS),
    OperationSpec(
        "users.list_users",
        "read",
        lambda w, a, d: list_users(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, Role.ADMIN.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="staff names and roles",
    ),
    OperationSpec(
        "intake_book.rejected_submissions",
        "read",
        lambda w, a, d: rejected_submissions(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, Role.ADMIN.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="intake book: no case yet",
    ),
    OperationSpec(
        "intake_book.held_submissions",
        "read",
        lambda w, a, d: held_submissions(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, Role.ADMIN.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="intake book: kept aside",
    ),
    # -- writes (each cell on a case of its own) ---------------------------------------------------------------
    OperationSpec(
        "intake_book.book_submissions",
        "write",
        lambda w, a, d: book_submissions(
            w.db, a, [Rejection(SubmissionKey(next(_new_usernames), "c", "d", None, None), [])]
        ),
        {SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="the sync pass only",
    ),
    OperationSpec(
        "case_creation.create_case",
        "write",
        lambda w, a, d: create_case(w.db, a, _walk_in(d)),
        CASE_WORKERS,
        note="counter case",
    ),
    OperationSpec(
        "claims.claim_case",
        "write",
        lambda w, a, d: claim_case(w.db, a, w.fresh_case(d, a, claimed=False)),
        CASE_VIEWERS,
    ),
    OperationSpec(
        "claims.claim_next",
        "write",
        lambda w, a, d: (
            w.fresh_case(d, a, claimed=False),
            claim_next(w.db, a, service_keys=frozenset({SERVICE[d]})),
        )[1],
        CASE_VIEWERS,
    ),
    OperationSpec(
        "claims.release_case",
        "write",
        lambda w, a, d: release_case(w.db, a, w.fresh_case(d, a)),
        {**CASE_VIEWERS, Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
        note="own case; supervisors anyone's",
    ),
    OperationSpec(
        "claims.assign_case",
        "write",
        lambda w, a, d: assign_case(w.db, a, w.fresh_case(d, a, claimed=False), w.handlers[d].username),
        {Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
    ),
    OperationSpec(
        "duplicates.confirm_duplicate",
        "write",
        lambda w, a, d: confirm_duplicate(w.db, a, _duplicate(w, a, d)),
        CASE_WORKERS,
        note="a likely duplicate the intake linked",
    ),
    OperationSpec(
        "duplicates.unlink_duplicate",
        "write",
        lambda w, a, d: unlink_duplicate(w.db, a, _duplicate(w, a, d)),
        CASE_WORKERS,
    ),
    OperationSpec(
        "reassignment.reassign_cases",
        "write",
        lambda w, a, d: reassign_cases(
            w.db, a, [ChosenCase(w.fresh_case(d, a, claimed=False))], w.handlers[d].username, "Urlaubsvertretung"
        ),
        {Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
    ),
    OperationSpec(
        "reassignment.reassign_all_of",
        "write",
        lambda w, a, d: _release_all_of(w, a, d),
        {Role.SUPERVISOR.value: BOTH, SYSTEM: BOTH},
        note="every open case the clerk holds, back to the pool",
    ),
    OperationSpec(
        "reassignment.assignable_clerks",
        "read",
        lambda w, a, d: assignable_clerks(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
    ),
    OperationSpec(
        "reassignment.stale_claims",
        "read",
        lambda w, a, d: stale_claims(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
    ),
    OperationSpec(
        "absences.record_absence",
        "write",
        lambda w, a, d: record_absence(w.db, a, w.handlers[d].username, *_far_absence()),
        {Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="a planned absence, months ahead",
    ),
    OperationSpec(
        "absences.remove_absence",
        "write",
        lambda w, a, d: remove_absence(
            w.db, a, record_absence(w.db, system_actor("matrix"), w.handlers[d].username, *_far_absence()).id
        ),
        {Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
    ),
    OperationSpec(
        "absences.list_absences",
        "read",
        lambda w, a, d: list_absences(w.db, a),
        {Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
    ),
    OperationSpec(
        "transitions.transition_case",
        "write",
        lambda w, a, d: transition_case(
            w.db, a, w.fresh_case(d, a), CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
        ),
        CASE_WORKERS,
        note="decisions, with the letter",
    ),
    OperationSpec(
        "payments.record_payment",
        "write",
        lambda w, a, d: record_payment(w.db, a, w.fresh_case(d, a), 100, PaymentMethod.CASH),
        CASE_WORKERS,
    ),
    OperationSpec(
        "correspondence.issue_fee_notice",
        "write",
        lambda w, a, d: issue_fee_notice(w.db, a, w.fresh_case(d, a), render_letter),
        CASE_WORKERS,
    ),
    OperationSpec(
        "outgoing_mail.print_documents",
        "write",
        lambda w, a, d: print_documents(
            w.db, a, file_delivery(w.tmp / "batch.pdf"), [w.fresh_letter(d, printed=False)]
        ),
        CASE_WORKERS,
    ),
    OperationSpec(
        "outgoing_mail.reprint_document",
        "write",
        lambda w, a, d: reprint_document(
            w.db, a, w.fresh_letter(d, printed=True), "Brief kam zurück", file_delivery(w.tmp / "again.pdf")
        ),
        CASE_WORKERS,
    ),
    # -- administration (no case data; staff accounts, texts, the town's master data) ----------------------------
    OperationSpec(
        "users.create_user",
        "write",
        lambda w, a, d: create_user(
            w.db, a, next(_new_usernames), "Neu", frozenset({Role.CLERK}), password=PASSWORD_SET_BY_ADMIN
        ),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "users.deactivate_user", "write", lambda w, a, d: deactivate_user(w.db, a, TARGET), ADMINS, case_bound=False
    ),
    OperationSpec(
        "users.activate_user", "write", lambda w, a, d: activate_user(w.db, a, TARGET), ADMINS, case_bound=False
    ),
    OperationSpec(
        "users.set_user_roles",
        "write",
        lambda w, a, d: set_user_roles(w.db, a, TARGET, frozenset({Role.CLERK})),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "users.reset_password",
        "write",
        lambda w, a, d: reset_password(w.db, a, TARGET, PASSWORD_SET_BY_ADMIN),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec("users.unlock_user", "write", lambda w, a, d: unlock_user(w.db, a, TARGET), ADMINS, case_bound=False),
    OperationSpec(
        "users.update_user",
        "write",
        lambda w, a, d: update_user(w.db, a, TARGET, display_name="Matrix Ziel", phone="02999 123-99"),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "letter_templates.list_letter_templates",
        "read",
        lambda w, a, d: list_letter_templates(w.db, a),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "letter_templates.preview_letter_template",
        "read",
        lambda w, a, d: preview_letter_template(w.db, a, _template(), render_letter),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "letter_templates.save_letter_template",
        "write",
        lambda w, a, d: save_letter_template(w.db, a, _template()),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "letter_templates.reset_letter_template",
        "write",
        lambda w, a, d: reset_letter_template(w.db, a, DocumentKind.CONFIRMATION_LETTER, ALL_SERVICES),
        ADMINS,
        case_bound=False,
    ),
    OperationSpec(
        "catalogue.update_service",
        "write",
        lambda w, a, d: update_service(
            w.db, a, "postal_vote", expected_version=catalogue_entry(w.db, "postal_vote").version, processing_days=2
        ),
        ADMINS,
        case_bound=False,
        note="fee, deadline, role, department of a service",
    ),
    OperationSpec(
        "town_settings.update_town_profile",
        "write",
        lambda w, a, d: update_town_profile(w.db, a, {"phone": "02999 123-0"}),
        ADMINS,
        case_bound=False,
        note="town data on every letter",
    ),
    OperationSpec(
        "town_settings.confirm_bank_change",
        "write",
        lambda w, a, d: confirm_bank_change(w.db, a, _proposed_iban(w)),
        BANK_CONFIRMERS,
        case_bound=False,
        note="the second person of a new bank account",
    ),
    OperationSpec(
        "town_settings.discard_bank_change",
        "write",
        lambda w, a, d: (_proposed_iban(w), discard_bank_change(w.db, a)),
        BANK_CONFIRMERS,
        case_bound=False,
    ),
)

AUDIT_READERS = {Role.DATA_PROTECTION.value: BOTH, SYSTEM: BOTH}
AUDIT_CHECKERS = {Role.ADMIN.value: ROLE_ONLY, Role.DATA_PROTECTION.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}

OPERATIONS += (
    OperationSpec(
        "audit_log.audit_records",
        "read",
        lambda w, a, d: audit_records(w.db, a),
        AUDIT_READERS,
        note="who did what with which case, searches included",
    ),
    OperationSpec(
        "audit_log.export_audit_records", "read", lambda w, a, d: export_audit_records(w.db, a), AUDIT_READERS
    ),
    OperationSpec(
        "disclosure_log.disclosure_log",
        "read",
        lambda w, a, d: disclosure_log(w.db, a),
        {Role.DATA_PROTECTION.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="§40 BMG: recipients and the register data given to them",
    ),
    OperationSpec(
        "disclosure_log.export_disclosure_log",
        "read",
        lambda w, a, d: export_disclosure_log(w.db, a),
        {Role.DATA_PROTECTION.value: ROLE_ONLY, SYSTEM: ROLE_ONLY},
        case_bound=False,
    ),
    OperationSpec(
        "audit_verification.verify_audit_trail",
        "read",
        lambda w, a, d: verify_audit_trail(w.db, a),
        AUDIT_CHECKERS,
        case_bound=False,
        note="names the first broken link by place and id, never a record's content",
    ),
    OperationSpec(
        "connection_settings.change_connection_settings",
        "write",
        lambda w, a, d: change_connection_settings(w.db, a, {}, credentials_replaced=False, apply=lambda: None),
        ADMINS,
        case_bound=False,
        note="recorded with old and new values; secrets only as 'replaced'",
    ),
)

_desks = (f"Matrix-Schalter {n}" for n in itertools.count())


def _corrected_form(department: Department) -> dict[str, Any]:
    """Form data that passes the department's service check (the registry office's service has a schema)."""
    if department is BB:
        return {"anliegen": "Matrix, berichtigt"}
    return birth_certificate(random.Random(7), today()).form


def _correct(world: World, actor: Actor, department: Department) -> object:
    case_id = world.fresh_case(department, actor)
    return correct_form_data(
        world.db, actor, case_id, _corrected_form(department), "Tippfehler berichtigt.", expected_version=None
    )


def _receipt(world: World, department: Department) -> str:
    """A receipt the department's handler issued today for a new case of the department."""
    handler = world.handlers[department]
    case_id = world.fresh_case(department, handler, claimed=False)
    line = PaymentLine(case_id, 100)
    return take_payment(world.db, handler, [line], PaymentMethod.CASH, workstation="Matrix-Kasse").number


def _day_report(world: World, actor: Actor, department: Department) -> object:
    _receipt(world, department)  # the day has a booking of the department
    return cash_day_report(world.db, actor, None)


def _day_export(world: World, actor: Actor, department: Department) -> object:
    _receipt(world, department)
    return export_cash_day(world.db, actor, None)


CASH_DESKS = {Role.CLERK.value: ROLE_ONLY, Role.REGISTRY_OFFICER.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}

OPERATIONS += (
    OperationSpec(
        "counter_payments.take_payment",
        "write",
        lambda w, a, d: take_payment(
            w.db, a, [PaymentLine(w.fresh_case(d, a, claimed=False), 100)], PaymentMethod.CARD, workstation="M"
        ),
        CASE_WORKERS,
        note="also on a case another clerk holds: the citizen pays at the counter",
    ),
    OperationSpec(
        "counter_cases.complete_at_counter",
        "write",
        lambda w, a, d: complete_at_counter(
            w.db, a, _walk_in(d), PaymentMethod.CASH, workstation="M", render_letter=render_letter
        ),
        CASE_VIEWERS,
        note="Sofort erledigen: open, take over, pay, approve (staff only: headless work takes over no case)",
    ),
    OperationSpec(
        "counter_payments.cancel_receipt",
        "write",
        lambda w, a, d: cancel_receipt(w.db, a, _receipt(w, d), "Falsch gebucht.", workstation="M"),
        CASE_WORKERS,
    ),
    OperationSpec(
        "counter_payments.fees_of_the_visit",
        "read",
        lambda w, a, d: fees_of_the_visit(w.db, a, _read(w, a, d).case_id),
        CASE_WORKERS,
        note="the citizen's cases with an open fee",
    ),
    OperationSpec(
        "counter_payments.receipt_by_number",
        "read",
        lambda w, a, d: receipt_by_number(w.db, a, _receipt(w, d)),
        CASE_WORKERS,
        note="names the payer and the cases",
    ),
    OperationSpec(
        "cash_day.cash_day_report",
        "read",
        _day_report,
        VIEWERS,
        note="every booking's amount; payer and cases only of the services one sees",
    ),
    OperationSpec(
        "form_corrections.form_for_correction",
        "read",
        lambda w, a, d: form_for_correction(w.db, a, _read(w, a, d).case_id),
        CASE_WORKERS,
        note="the form data, for Angaben berichtigen",
    ),
    OperationSpec(
        "form_corrections.correct_form_data", "write", _correct, CASE_WORKERS, note="old → new in the history"
    ),
    OperationSpec(
        "case_fees.set_tariff_fee",
        "write",
        lambda w, a, d: set_tariff_fee(
            w.db,
            a,
            w.fresh_case(d, a, service_key=TARIFF_SERVICE[d]),
            TARIFF_AMOUNT_CENTS,
            expected_version=None,
        ),
        CASE_WORKERS,
        note="Gebühr nach Tarif: old → new in the history",
    ),
    OperationSpec("cash_day.export_cash_day", "read", _day_export, VIEWERS, note="CSV, logged"),
    OperationSpec(
        "cash_day.close_cash_day",
        "write",
        lambda w, a, d: close_cash_day(w.db, a, next(_desks)),
        CASH_DESKS,
        case_bound=False,
    ),
)

#: Operations that are not rows of the matrix, and why.


# -- the resident register (not case data: reached by the role alone) ---------------------------------------------
RESIDENT_VIEWERS = {Role.CLERK.value: ROLE_ONLY, Role.SUPERVISOR.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}
RESIDENT_CHANGERS = {Role.CLERK.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}
_MATRIX_STREET = "Matrixweg"


def _resident(world: World, *blocks: str) -> int:
    """A new resident for one call (made by the headless system), with an information or conditional block."""
    system = system_actor("matrix")
    with world.db.write() as session:
        if session.scalar(select(Street.id).where(Street.name == _MATRIX_STREET)) is None:
            session.add(Street(name=_MATRIX_STREET, postcode="59821", town="Lindenbrück", district="Mitte"))
    person = NewResident("Amsel-Register", "Ilka", Sex.FEMALE, dt.date(1980, 1, 1))
    resident_id = register_resident(
        world.db, system, person, MoveIn(_MATRIX_STREET, "1", today()), reason="Matrix"
    ).resident_id
    if "information" in blocks:
        set_information_block(world.db, system, resident_id, today() + dt.timedelta(days=30), reason="Matrix")
    if "conditional" in blocks:
        set_conditional_block(world.db, system, resident_id, reason="Matrix")
    return resident_id


def _dog(world: World) -> int:
    """A dog of a new resident (straight into the register: the approval that registers one is a case's step)."""
    keeper = _resident(world)
    with world.db.write() as session:
        dog = Dog(keeper_id=keeper, name="Matrix", breed="Dackel", cross=False, sex=DogSex.MALE, colour="braun",
                  born=dt.date(2020, 1, 1), acquired_on=dt.date(2020, 3, 1), insurer="Matrix-Versicherung",
                  policy_number="M-1", category="none")  # fmt: skip
        session.add(dog)
        session.flush()
        return dog.id


def _property(world: World) -> int:
    """A property at the matrix street with one residual-waste bin (straight into the register, as the take-over
    from an old register would be: the approval that changes one is a case's step)."""
    _resident(world)  # the street, and someone living there
    with world.db.write() as session:
        street = session.scalar(select(Street.id).where(Street.name == _MATRIX_STREET))
        assert street is not None
        prop = session.scalar(select(WasteProperty).where(WasteProperty.street_id == street))
        if prop is None:
            prop = WasteProperty(street_id=street, house_number="1", house_key="1", owner_name="Matrix Eigentum",
                                 registered_on=dt.date(2020, 1, 1))  # fmt: skip
            session.add(prop)
            session.flush()
            session.add(WasteBin(property_id=prop.id, bin_type=BinType.RESIDUAL, size_litres=120, count=1,
                                 interval=Interval.BIWEEKLY, valid_from=dt.date(2020, 1, 1)))  # fmt: skip
        return prop.id


def _resident_write(name: str, call: Callable[[World, Actor, int], Any], *blocks: str) -> OperationSpec:
    return OperationSpec(
        f"resident_changes.{name}",
        "write",
        lambda w, a, d: call(w, a, _resident(w, *blocks)),
        RESIDENT_CHANGERS,
        case_bound=False,
    )


OPERATIONS += (
    OperationSpec(
        "residents.find_residents",
        "read",
        lambda w, a, d: find_residents(w.db, a, "amsel register"),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="the resident register, logged",
    ),
    OperationSpec(
        "residents.resident_record",
        "read",
        lambda w, a, d: resident_record(w.db, a, _resident(w)),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="one resident with the history, logged",
    ),
    OperationSpec(
        "dogs.list_dogs",
        "read",
        lambda w, a, d: list_dogs(w.db, a),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="the dog register, logged",
    ),
    OperationSpec(
        "dogs.dog_record",
        "read",
        lambda w, a, d: dog_record(w.db, a, _dog(w)),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="one dog with its keeper's name and mandate, logged",
    ),
    OperationSpec(
        "dogs.find_dogs",
        "read",
        lambda w, a, d: (_dog(w), find_dogs(w.db, a, "Matrix")),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="dogs by tax tag, chip or keeper's name, logged",
    ),
    OperationSpec(
        "dogs.dog_of_case",
        "read",
        lambda w, a, d: dog_of_case(w.db, a, 1),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="the dog a registration case entered (its id only)",
    ),
    OperationSpec(
        "waste_bins.find_properties",
        "read",
        lambda w, a, d: (_property(w), find_properties(w.db, a, f"{_MATRIX_STREET} 1")),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="properties by address or owner, logged",
    ),
    OperationSpec(
        "waste_bins.property_record",
        "read",
        lambda w, a, d: property_record(w.db, a, _property(w)),
        RESIDENT_VIEWERS,
        case_bound=False,
        note="one property with its owner, bins and residents counted, logged",
    ),
    OperationSpec(
        "resident_changes.register_resident",
        "write",
        lambda w, a, d: (
            _resident(w),  # the street
            register_resident(
                w.db,
                a,
                NewResident("Zeisig", "Ilka", Sex.FEMALE, None),
                MoveIn(_MATRIX_STREET, "2", today()),
                reason="Matrix",
            ),
        ),
        RESIDENT_CHANGERS,
        case_bound=False,
    ),
    _resident_write(
        "move_resident",
        lambda w, a, r: move_resident(w.db, a, r, MoveIn(_MATRIX_STREET, "3", today()), reason="Matrix"),
    ),
    _resident_write("move_out_resident", lambda w, a, r: move_out_resident(w.db, a, r, today(), reason="Matrix")),
    _resident_write(
        "change_resident_name",
        lambda w, a, r: change_resident_name(w.db, a, r, {"family_name": "Fink"}, reason="Matrix"),
    ),
    _resident_write(
        "set_information_block",
        lambda w, a, r: set_information_block(w.db, a, r, today() + dt.timedelta(days=30), reason="Matrix"),
    ),
    _resident_write(
        "lift_information_block", lambda w, a, r: lift_information_block(w.db, a, r, reason="Matrix"), "information"
    ),
    _resident_write("set_conditional_block", lambda w, a, r: set_conditional_block(w.db, a, r, reason="Matrix")),
    _resident_write(
        "lift_conditional_block", lambda w, a, r: lift_conditional_block(w.db, a, r, reason="Matrix"), "conditional"
    ),
    _resident_write(
        "set_transmission_blocks",
        lambda w, a, r: set_transmission_blocks(w.db, a, r, [TransmissionBlock.JUBILEES], reason="Matrix"),
    ),
    _resident_write("record_death", lambda w, a, r: record_death(w.db, a, r, today(), reason="Matrix")),
)


# -- the civil-status registers (not case data: reached by the registry officer's role alone) ---------------------
CIVIL_STATUS_OFFICERS = {Role.REGISTRY_OFFICER.value: ROLE_ONLY, SYSTEM: ROLE_ONLY}


def _new_civil_entry() -> NewEntry:
    deceased = NewPerson(PersonRole.DECEASED, "Zeisig-Register", "Ilka", sex=Sex.FEMALE, born=dt.date(1940, 1, 1))
    return NewEntry(RegisterKind.DEATH, today(), today(), "Lindenbrück", "Matrix Standesamt", (deceased,))


def _civil_entry(world: World) -> int:
    """A new death entry for one call (recorded by the headless system)."""
    return record_civil_entry(world.db, system_actor("matrix"), _new_civil_entry()).id


OPERATIONS += (
    OperationSpec(
        "civil_status.record_civil_entry",
        "write",
        lambda w, a, d: record_civil_entry(w.db, a, _new_civil_entry()),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="a Beurkundung with the next register number",
    ),
    OperationSpec(
        "civil_status.annotate_civil_entry",
        "write",
        lambda w, a, d: annotate_civil_entry(w.db, a, _civil_entry(w), AnnotationKind.OTHER, today(), "Matrix"),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="a Folgebeurkundung, appended",
    ),
    OperationSpec(
        "civil_status.find_civil_entries",
        "read",
        lambda w, a, d: (_civil_entry(w), find_civil_entries(w.db, a, "Zeisig-Register")),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="the civil-status registers by name, logged",
    ),
    OperationSpec(
        "civil_status.civil_entry_record",
        "read",
        lambda w, a, d: civil_entry_record(w.db, a, _civil_entry(w)),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="one entry as it stands, with its annotations, logged",
    ),
    OperationSpec(
        "civil_status.entries_past_retention",
        "read",
        lambda w, a, d: entries_past_retention(w.db, a),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="entries to offer to the archive, logged",
    ),
)


NOT_IN_THE_MATRIX = {
    "duplicates.decide_duplicates_of": "the second half of transition_case's decision (which the matrix proves): "
    "the confirmed duplicates of the case just decided, needs the role that handles their service "
    "(test_duplicates.py)",
    "backlog.backlog_report": "counts only, no personal data; its figures are those of visible_cases and a clerk's "
    "table is their own row (test_backlog.py)",
    "certificates.verify_certificate": "answers anyone holding a certificate's code (kind, register number, day of "
    "issue, revocation: nothing about the persons), logged (test_certificate_issuing.py)",
    "counter_drafts.save_counter_draft": "a clerk's own unsaved counter form; no other account reaches it",
    "counter_drafts.counter_draft": "reads back the calling clerk's own draft only (test_counter_drafts.py)",
    "counter_drafts.discard_counter_draft": "removes only the calling clerk's own draft",
    "audit_of_reads.record_read": "writes the audit record of a read its calling operation has made; returns nothing",
    "users.change_own_password": "every account, for its own password only (tests/models/operations/test_accounts.py)",
    "schema_upgrade.upgrade_schema": "`amtsstube db upgrade` under its technical account; no member of staff",
    "service_choices.service_choices": "the public catalogue, narrowed to the services the actor works on",
    "pickups.route_list": "pickups are Bürgerbüro services only (no registry-office case has one); the list reads "
    "through visible_cases: a registry officer's is empty, a role without case access is refused (test_pickups.py)",
    "held_information.decide_held_information": "the supervisor's decision on a held register information, a "
    "Bürgerbüro service only; every other role is refused (test_register_information.py)",
    "pickups.move_pickup": "a step of case work through case_for_work on an approved pickup, which only the "
    "Bürgerbüro's services have; other roles are refused (test_pickups.py)",
    "certificate_orders.certificate_order_candidates": "registry-office certificate orders only (a Bürgerbüro case "
    "orders no certificate): needs VIEW_CIVIL_STATUS and a visible case (test_certificate_orders.py)",
    "certificate_orders.record_eligibility": "a step of the registry officer's case work on a certificate order "
    "(case_for_work), needs RECORD_CIVIL_STATUS; the Bürgerbüro has no such case (test_certificate_orders.py)",
    "certificate_orders.case_eligibility": "the recorded § 62 decision of a certificate order, needs "
    "VIEW_CIVIL_STATUS and a visible case (test_certificate_orders.py)",
    "certificate_orders.certificate_print_plan": "what printing a certificate order would use, needs "
    "ISSUE_CERTIFICATES and a visible case; the Bürgerbüro has no such case (test_certificate_order_service.py)",
    "certificate_orders.issue_order_certificates": "a step of the registry officer's case work on a certificate "
    "order (case_for_work), needs ISSUE_CERTIFICATES; the Bürgerbüro has no such case "
    "(test_certificate_order_service.py)",
}


def _duplicate(world: World, actor: Actor, department: Department) -> int:
    """A fresh case of ``department`` linked as a likely duplicate of another fresh one (held as fresh_case does)."""
    first = world.fresh_case(department, actor, claimed=False)
    second = world.fresh_case(department, actor)
    with world.db.write() as session:
        session.execute(
            update(Case)
            .where(Case.id == second)
            .values(duplicate_of_id=first, duplicate_state=DuplicateState.SUSPECTED)
        )
    return second


def _release_all_of(world: World, actor: Actor, department: Department) -> Any:
    handler = world.handlers[department]
    world.fresh_case(department, handler)  # the handler holds at least one
    return reassign_all_of(world.db, actor, handler.username, None, "Urlaubsvertretung")


def _far_absence() -> tuple[dt.date, dt.date]:
    """An absence far enough ahead not to change what the other operations find today."""
    start = today() + dt.timedelta(days=200)
    return start, start + dt.timedelta(days=4)


def columns(roles: Iterable[Role] = Role) -> list[str]:
    """Every role (also roles added later), one person with both case roles, and the headless system actor."""
    return [*(role.value for role in roles), COMBINED, SYSTEM]


def cell(departments: frozenset[Department], *, case_bound: bool = True) -> str:
    if not departments:
        return "—"
    if not case_bound:
        return "✓"
    return "+".join(d.value for d in Department if d in departments)


def render_markdown(observed: Mapping[tuple[str, str], frozenset[Department]] | None = None) -> str:
    """The matrix as a Markdown table: the expected one, or ``observed`` (operation name, column) → departments."""
    cols = columns()
    lines = [
        "| operation | kind | " + " | ".join(cols) + " | note |",
        "|---|---|" + "---|" * len(cols) + "---|",
    ]
    for spec in OPERATIONS:
        cells = [
            cell(observed[(spec.name, c)] if observed is not None else spec.expected(c), case_bound=spec.case_bound)
            for c in cols
        ]
        lines.append(f"| `{spec.name}` | {spec.kind} | " + " | ".join(cells) + f" | {spec.note} |")
    lines.append("")
    lines.append("BB: cases of the Bürgerbüro (clerks' services), SA: of the Standesamt (registry officers'); ✓: the")
    lines.append("operation is permitted (its data is not about one department); —: refused or nothing visible.")
    for name, why in NOT_IN_THE_MATRIX.items():
        lines.append(f"`{name}`: {why}.")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_markdown())


_PAPER = itertools.count(1)


def _paper_range(world: World, workstation: str) -> int:
    """A fresh range of ten sheets for one call (loaded by the headless system); its first serial."""
    first = next(_PAPER) * 10
    load_paper(world.db, system_actor("matrix"), workstation, first, first + 9)
    return first


OPERATIONS += (
    OperationSpec(
        "security_paper.load_paper",
        "write",
        lambda w, a, d: load_paper(w.db, a, "Matrix", next(_PAPER) * 10, next(_PAPER) * 10 - 1),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="serials loaded into a certificate printer",
    ),
    OperationSpec(
        "security_paper.spoil_sheet",
        "write",
        lambda w, a, d: spoil_sheet(w.db, a, "Matrix", _paper_range(w, "Matrix"), "Papierstau"),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="a spoiled sheet, logged with the reason",
    ),
    OperationSpec(
        "security_paper.paper_stock",
        "read",
        lambda w, a, d: paper_stock(w.db, a),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="used, spoiled and remaining sheets per range",
    ),
)


def _matrix_render(sheet: object, entry: object, town: object) -> tuple[dict[str, object], bytes]:
    return {"matrix": True}, b"%PDF-1.4 matrix"


def _issue_one(world: World, actor: Actor) -> tuple[Any, ...]:
    """A certificate of a new death entry, on a fresh range of paper."""
    entry_id = _civil_entry(world)
    _paper_range(world, "Matrix-Ausgabe")
    request = CertificateRequest(IssuedKind.DEATH, entry_id)
    return issue_certificates(world.db, actor, [request], "Matrix-Ausgabe", _matrix_render)


def _issued_code(world: World) -> str:
    """The code of a certificate issued for one call (by the headless system)."""
    (issued,) = _issue_one(world, system_actor("matrix"))
    return str(issued.verification_code)


OPERATIONS += (
    OperationSpec(
        "certificates.issue_certificates",
        "write",
        lambda w, a, d: _issue_one(w, a),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="a certificate on the next sheet of security paper",
    ),
    OperationSpec(
        "certificate_reissue.reissue_certificate",
        "write",
        lambda w, a, d: reissue_certificate(w.db, a, _issued_code(w), "Matrix-Ausgabe", _matrix_render, reason="Stau"),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="a certificate printed again on the next sheet, the old one revoked",
    ),
    OperationSpec(
        "certificates.issued_certificates",
        "read",
        lambda w, a, d: issued_certificates(w.db, a),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="the certificates issued, logged",
    ),
    OperationSpec(
        "certificates.certificate_pdf",
        "read",
        lambda w, a, d: certificate_pdf(w.db, a, _issued_code(w)),
        CIVIL_STATUS_OFFICERS,
        case_bound=False,
        note="one certificate as issued, logged",
    ),
)
