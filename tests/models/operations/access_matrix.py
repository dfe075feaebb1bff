"""The access matrix: every operation of ``models/operations``, and whose cases (or data) each role reaches through
it — the Bürgerbüro's (BB), the registry office's (SA), both, or none; for an operation not about one department's
cases, whether the role may call it at all (✓); for one's own data (a counter draft, one's password), that each
account reaches its own and never another's.

One row per operation in :data:`OPERATIONS`: how to call it on a department's case, and what each role may reach.
A role not named in a row reaches nothing (least privilege: a new role, such as the data-protection role, sees no
case data until a row says so). ``tests/models/operations/test_access_matrix.py`` runs every row for every role (and for
a user with two roles, and the headless system actor) on SQLite and PostgreSQL and compares.

``python -m tests.models.operations.access_matrix`` prints the expected matrix as a Markdown table.
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

from sqlalchemy import delete, select, update

from models.actors import Actor, system_actor
from models.audit import AuditRecord
from models.case_status import CaseStatus
from models.cases import Case, Channel, DuplicateState, PaymentMethod
from models.counter_drafts import CounterDraft
from models.db import Database
from models.documents import DocumentKind
from models.german_format import today
from models.letter_templates import ALL_SERVICES, default_template
from models.migrate import head_revision
from models.operations.absences import list_absences, record_absence, remove_absence
from models.operations.attachments import attachment_content
from models.operations.audit_log import audit_records, export_audit_records
from models.operations.audit_of_reads import record_read
from models.operations.audit_verification import verify_audit_trail
from models.operations.backlog import BacklogReport, backlog_report
from models.operations.case_creation import NewCase, create_case
from models.operations.case_detail import case_detail
from models.operations.case_fees import set_tariff_fee
from models.operations.cash_day import cash_day_report, close_cash_day, export_cash_day
from models.operations.catalogue import catalogue_entry, update_service
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
    IssuedRow,
    VerificationAnswer,
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
from models.operations.counter_drafts import SavedDraft, counter_draft, discard_counter_draft, save_counter_draft
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
from models.operations.pickups import MovedPickup, move_pickup, route_list
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
from models.operations.rows import CaseRow
from models.operations.schema_upgrade import upgrade_schema
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.operations.service_choices import service_choices
from models.operations.town_settings import (
    confirm_bank_change,
    discard_bank_change,
    town_profile,
    update_town_profile,
)
from models.operations.transitions import UnpaidFee, transition_case
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
from models.pickups import BulkyWastePickup, PickupDistrict
from models.registers.civil_status.eligibility import Relation
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.dogs.register import Dog, DogSex
from models.registers.residents.resident import Sex, TransmissionBlock
from models.registers.residents.streets import Street
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinType, Interval
from models.roles import Role
from models.services.bulky_waste import has_room, is_pickup_day
from models.users import User
from printing.batch import file_delivery
from printing.letter import render_letter
from sync.portal_demo.forms_civil import birth_certificate
from tests.support.factories import GENERIC_FEE_SERVICE, applicant, bulky_waste_form, known_street


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
    made: dict[str, Any] = field(default_factory=dict)  # what a row makes once per world and its calls share

    def markers(self, department: Department) -> set[str]:
        """Texts that only a result containing this department's personal data can contain."""
        return {FAMILY_NAME[department], *self.data[department].references}

    def holder(self, department: Department, actor: Actor) -> Actor:
        """Who holds the cases :meth:`fresh_case` makes for ``actor``: the actor if it handles the department,
        else the department's handler."""
        return actor if HANDLER[department] in actor.roles and not actor.is_system else self.handlers[department]

    def fresh_case(
        self,
        department: Department,
        actor: Actor,
        *,
        claimed: bool = True,
        service_key: str | None = None,
        form: dict[str, Any] | None = None,
    ) -> int:
        """A new case of ``department`` (of its :data:`SERVICE`, or ``service_key`` with ``form``), held by
        :meth:`holder`."""
        row = create_case(self.db, self.handlers[department], _walk_in(department, service_key, form))
        self.data[department].references.add(row.reference)
        if claimed:
            claim_case(self.db, self.holder(department, actor), row.id)
        return row.id

    def fresh_letter(self, department: Department, *, printed: bool) -> int:
        """A fee notice of a new case of ``department``, queued or already printed (by the handler)."""
        handler = self.handlers[department]
        case_id = self.fresh_case(department, handler)
        document = issue_fee_notice(self.db, handler, case_id, render_letter)
        if printed:
            print_documents(self.db, handler, file_delivery(self.tmp / "printed.pdf"), [document.id])
        return document.id


def _walk_in(department: Department, service_key: str | None = None, form: dict[str, Any] | None = None) -> NewCase:
    return NewCase(
        service_key=service_key or SERVICE[department],
        applicant=applicant(family_name=FAMILY_NAME[department], given_names="Ilka"),
        form_data={"anliegen": "Matrix"} if form is None else form,
        channel=Channel.COUNTER,
    )


Call = Callable[[World, Actor, Department], Any]
#: Whether a call's result reached the department's data (it may also assert what must never be in it).
Reached = Callable[[World, Actor, Department, Any], bool]


@dataclass(frozen=True)
class OperationSpec:
    """One operation: how to call it on a department's data, and what each role reaches through it."""

    name: str  # module.function under models.operations
    kind: str  # "read" or "write"
    call: Call
    reaches: Mapping[str, frozenset[Department]]  # role value, SYSTEM → departments; missing: none
    case_bound: bool = True  # False: the result is not about one department's cases (staff list, intake book)
    note: str = ""
    #: The departments that have such cases (a pickup is the Bürgerbüro's, a certificate order the Standesamt's).
    departments: frozenset[Department] = BOTH
    #: How a call that went through counts; None: a case-bound read by the department's markers in its result,
    #: anything else by going through.
    reached: Reached | None = None

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


def _duplicate(world: World, actor: Actor, department: Department) -> int:
    """A fresh case of ``department`` linked as a likely duplicate of another fresh one (held as fresh_case does)."""
    first = world.fresh_case(department, actor, claimed=False)
    second = world.fresh_case(department, actor)
    _link(world, second, first, DuplicateState.SUSPECTED)
    return second


def _link(world: World, duplicate: int, first: int, state: DuplicateState) -> None:
    """Case ``duplicate`` linked to case ``first``, as the intake (suspected) or a clerk (confirmed) links it."""
    with world.db.write() as session:
        session.execute(update(Case).where(Case.id == duplicate).values(duplicate_of_id=first, duplicate_state=state))


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
    lines.append("A row of services only one department has (pickups, certificate orders) is called on its cases only.")
    return "\n".join(lines)


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


# -- one's own data: every account reaches its own counter draft and password, and nobody else's -------------------
#: A draft of the proposer's (an account no column acts as): no column's call may read, change or discard it.
FOREIGN_DRAFT = {"matrix": "Entwurf eines anderen Kontos"}
DRAFT_KEEPERS = {Role.CLERK.value: ROLE_ONLY, Role.REGISTRY_OFFICER.value: ROLE_ONLY}  # they work at the counter
EVERY_ACCOUNT = {role.value: ROLE_ONLY for role in Role}
EVERYONE = {**EVERY_ACCOUNT, SYSTEM: ROLE_ONLY}
OWN_PASSWORD = "Eigenes-Kennwort-im-Tresor"
_twins = (f"matrixzwilling{n}" for n in itertools.count())


def _account(actor: Actor) -> int:
    assert actor.user_id is not None, f"{actor.username} has no account"
    return actor.user_id


def _own_draft(actor: Actor, saved: bool = False) -> dict[str, Any]:
    return {"matrix": actor.username, "saved": saved}


def _keep_draft(world: World, user_id: int, data: dict[str, Any]) -> None:
    """A draft straight into the table (as a saved one would be), replacing the account's draft."""
    with world.db.write() as session:
        session.execute(delete(CounterDraft).where(CounterDraft.user_id == user_id))
        session.add(CounterDraft(user_id=user_id, data=data))


def _two_drafts(world: World, actor: Actor) -> Actor:
    """The proposer's draft and the actor's own (headless work has no account, so no draft); the actor."""
    _keep_draft(world, _account(world.proposer), FOREIGN_DRAFT)
    if actor.user_id is not None:
        _keep_draft(world, actor.user_id, _own_draft(actor))
    return actor


def _drafts_beside_the_foreign(world: World) -> dict[int, dict[str, Any]]:
    """Every account's draft, after asserting that the proposer's is as it was."""
    with world.db.read() as session:
        drafts = {row.user_id: dict(row.data) for row in session.scalars(select(CounterDraft))}
    assert drafts.get(_account(world.proposer)) == FOREIGN_DRAFT, "a call reached another account's draft"
    return drafts


def _read_own_draft(world: World, actor: Actor, department: Department, draft: SavedDraft | None) -> bool:
    assert draft is None or draft.data != FOREIGN_DRAFT, f"{actor.username} read another account's draft"
    return draft is not None and draft.data == _own_draft(actor)


def _password_hashes(world: World) -> dict[str, str | None]:
    with world.db.read() as session:
        return {
            name: password_hash for name, password_hash in session.execute(select(User.username, User.password_hash))
        }


def _change_own_password(world: World, actor: Actor, department: Department) -> Actor:
    """The call for a twin of the actor (a new account with its roles): a changed password ends the account's
    other sessions, and the actor's session is needed for the rows after this one. Asserts that no other
    account's password changed."""
    if actor.is_system:
        return change_own_password(world.db, actor, PASSWORD_SET_BY_ADMIN, OWN_PASSWORD)
    username = next(_twins)
    create_user(world.db, system_actor("matrix"), username, "Matrix Zwilling", actor.roles,
                password=PASSWORD_SET_BY_ADMIN)  # fmt: skip
    twin = authenticate(world.db, username, PASSWORD_SET_BY_ADMIN)
    before = _password_hashes(world)
    changed = change_own_password(world.db, twin, PASSWORD_SET_BY_ADMIN, OWN_PASSWORD)
    after = _password_hashes(world)
    assert after[username] != before.pop(username), "the password did not change"
    assert {name: after[name] for name in before} == before, "another account's password changed"
    return changed


def _draft_row(
    name: str, kind: str, call: Callable[[Database, Actor], Any], note: str, reached: Reached
) -> OperationSpec:
    """A row of an operation on one's own counter draft, called with the proposer's draft and the actor's own in
    place."""
    return OperationSpec(
        f"counter_drafts.{name}",
        kind,
        lambda w, a, d: call(w.db, _two_drafts(w, a)),
        DRAFT_KEEPERS,
        case_bound=False,
        note=note,
        reached=reached,
    )


OPERATIONS += (
    _draft_row(
        "save_counter_draft",
        "write",
        lambda db, a: save_counter_draft(db, a, _own_draft(a, saved=True)),
        "the counter form typed so far; replaces only one's own draft",
        lambda w, a, d, r: _drafts_beside_the_foreign(w).get(_account(a)) == _own_draft(a, saved=True),
    ),
    _draft_row("counter_draft", "read", counter_draft, "reads back one's own draft, never another's", _read_own_draft),
    _draft_row(
        "discard_counter_draft",
        "write",
        discard_counter_draft,
        "removes one's own draft only",
        lambda w, a, d, r: _account(a) not in _drafts_beside_the_foreign(w),
    ),
    OperationSpec(
        "users.change_own_password",
        "write",
        _change_own_password,
        EVERY_ACCOUNT,
        case_bound=False,
        note="every account its own (headless work has none); no other account's password changes",
    ),
)


# -- what anyone may ask, and the technical account's work ---------------------------------------------------------
_reads = itertools.count()


def _once(world: World, key: str, make: Callable[[], Any]) -> Any:
    """What ``make`` makes, made once per world for every call of a row."""
    if key not in world.made:
        world.made[key] = make()
    return world.made[key]


def _verification_code(world: World) -> str:
    return str(_once(world, "verification_code", lambda: _issued_code(world)))


def _verified(world: World, actor: Actor, department: Department, answer: VerificationAnswer) -> bool:
    assert "Zeisig-Register" not in repr(answer), "a verification names a person of the entry"
    return answer.valid and answer.verification_code == _verification_code(world)


def _record_read(world: World, actor: Actor, department: Department) -> int:
    number = next(_reads)
    record_read(world.db, actor, "matrix.read", "matrix", number, term="Matrix")
    return number


def _read_recorded_as(world: World, actor: Actor, department: Department, number: int) -> bool:
    """The record of read ``number`` names the actor (a record in another's name is never written)."""
    with world.db.read() as session:
        query = select(AuditRecord.actor).where(AuditRecord.action == "matrix.read")
        return list(session.scalars(query.where(AuditRecord.object_id == str(number)))) == [actor.username]


OPERATIONS += (
    OperationSpec(
        "certificates.verify_certificate",
        "read",
        lambda w, a, d: verify_certificate(w.db, a, _verification_code(w)),
        EVERYONE,
        case_bound=False,
        note="anyone holding a certificate's code: kind, register number, day, revocation — no person; logged",
        reached=_verified,
    ),
    OperationSpec(
        "audit_of_reads.record_read",
        "write",
        _record_read,
        EVERYONE,
        case_bound=False,
        note="the audit record of a read the calling operation made, in the caller's name only",
        reached=_read_recorded_as,
    ),
    OperationSpec(
        "schema_upgrade.upgrade_schema",
        "write",
        lambda w, a, d: upgrade_schema(w.db, a),
        {SYSTEM: ROLE_ONLY},
        case_bound=False,
        note="`amtsstube db upgrade` under its technical account; no member of staff",
        reached=lambda w, a, d, r: r.before == r.after == head_revision(),
    ),
)


# -- case data without a marker in it: counts, the services one may open, the internal step of a decision ----------


def _backlog_shows(world: World, actor: Actor, department: Department, report: BacklogReport) -> bool:
    """The report counts the department's service, or names its handler in the clerks' table (a clerk or
    registry officer sees only their own row)."""
    services = {row.service_key for row in report.ages} | {kpi.service_key for kpi in report.kpis}
    clerks = {row.username for row in report.clerks}
    return SERVICE[department] in services or world.handlers[department].username in clerks


def _confirmed_duplicate(world: World, actor: Actor, department: Department, *, decided: bool) -> int:
    """A case of ``department`` (approved by its holder when ``decided``) with a new case linked to it as its
    confirmed duplicate, held by the department's handler; the first case's id."""
    first = world.fresh_case(department, actor)
    if decided:
        holder = world.holder(department, actor)
        transition_case(world.db, holder, first, CaseStatus.APPROVED, expected_version=None,
                        unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    _link(world, world.fresh_case(department, world.handlers[department]), first, DuplicateState.CONFIRMED)
    return first


def _decided_one(world: World, actor: Actor, department: Department, rows: tuple[CaseRow, ...]) -> bool:
    return [row.status for row in rows] == [CaseStatus.APPROVED]


OPERATIONS += (
    OperationSpec(
        "backlog.backlog_report",
        "read",
        lambda w, a, d: backlog_report(w.db, a),
        VIEWERS,
        note="counts of the cases one sees; a clerk's table only their own row",
        reached=_backlog_shows,
    ),
    OperationSpec(
        "service_choices.service_choices",
        "read",
        lambda w, a, d: service_choices(w.db, a),
        CASE_WORKERS,
        note="the services one may open a counter case for: those of one's role (empty for the others)",
        reached=lambda w, a, d, r: any(choice.handling_role is HANDLER[d] for choice in r),
    ),
    OperationSpec(
        "duplicates.decide_duplicates_of",
        "write",
        lambda w, a, d: decide_duplicates_of(
            w.db, a, _confirmed_duplicate(w, a, d, decided=True), CaseStatus.APPROVED, render_letter
        ),
        CASE_WORKERS,
        note="the confirmed duplicates of a case just decided, each with its letter (whoever holds them)",
        reached=_decided_one,
    ),
    OperationSpec(
        "duplicates.decide_duplicates_of (first case still open)",
        "write",
        lambda w, a, d: decide_duplicates_of(
            w.db, a, _confirmed_duplicate(w, a, d, decided=False), CaseStatus.APPROVED, None
        ),
        {},
        note="decides nothing for a first case not decided so",
        reached=_decided_one,
    ),
)


# -- the Bürgerbüro's own services: pickups, the held register information ------------------------------------------
PICKUP_DISTRICT = "Mitte"


def _route_day(world: World) -> dt.date:
    """The day of a pickup booked with the approved case of each department (straight into the table: the
    registry office has no pickup service, its booking proves that the route list reads only visible cases)."""

    def book() -> dt.date:
        day = today() + dt.timedelta(days=60)
        with world.db.write() as session:
            for data in world.data.values():
                session.add(BulkyWastePickup(case_id=data.case_id, district=PICKUP_DISTRICT, pickup_date=day,
                                             volume_litres=500))  # fmt: skip
        return day

    day: dt.date = _once(world, "route_day", book)
    return day


def _move_pickup(world: World, actor: Actor, department: Department) -> MovedPickup:
    """A new bulky-waste pickup approved by its holder, moved to the district's next pickup day with room."""
    known_street(world.db)  # the factories' pickup address
    case_id = world.fresh_case(department, actor, service_key="bulky_waste_pickup", form=bulky_waste_form())
    transition_case(world.db, world.holder(department, actor), case_id, CaseStatus.APPROVED, expected_version=None,
                    unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    with world.db.read() as session:
        pickup = session.scalars(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case_id)).one()
        district = session.get(PickupDistrict, pickup.district)
        assert district is not None
        day = pickup.pickup_date + dt.timedelta(days=1)
        while not (is_pickup_day(district, day) and has_room(session, district, day, pickup.volume_litres)):
            day += dt.timedelta(days=1)
    return move_pickup(world.db, actor, case_id, day, "Matrix", render_letter=render_letter)


#: A resident with a conditional block (§ 52 BMG), about whom register information is held for the supervisor.
BLOCKED = NewResident("Sperber-Gesperrt", "Ilka", Sex.FEMALE, dt.date(1975, 5, 5))


def _held_information(world: World) -> int:
    """A register information about :data:`BLOCKED`, approved by the Bürgerbüro's handler and so held back for
    the supervisor's decision; its case id."""

    def blocked() -> int:
        _resident(world)  # the street
        system = system_actor("matrix")
        resident = register_resident(world.db, system, BLOCKED, MoveIn(_MATRIX_STREET, "5", today()), reason="Matrix")
        set_conditional_block(world.db, system, resident.resident_id, reason="Matrix")
        return resident.resident_id

    _once(world, "blocked_resident", blocked)
    person = {"familyName": BLOCKED.family_name, "givenNames": BLOCKED.given_names, "dateOfBirth": "1975-05-05"}
    form = {
        "applicant": {"givenNames": "Ilka", "familyName": FAMILY_NAME[BB],
                      "address": {"street": "Marktplatz", "houseNumber": "1", "postcode": "44135", "city": "Dortmund"}},
        "requestedPerson": person,
        "purpose": "debt_collection",
        "purposeDetail": "Matrix",
        "commercialUse": True,
        "advertisingOrAddressTrading": False,
    }  # fmt: skip
    handler = world.handlers[BB]
    case_id = world.fresh_case(BB, handler, service_key="register_information", form=form)
    held = transition_case(world.db, handler, case_id, CaseStatus.APPROVED, expected_version=None,
                           unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert held.case.status is not CaseStatus.APPROVED, "the information was not held for the supervisor"
    return case_id


OPERATIONS += (
    OperationSpec(
        "pickups.route_list",
        "read",
        lambda w, a, d: route_list(w.db, a, PICKUP_DISTRICT, _route_day(w)),
        VIEWERS,
        note="the crew's stops of a district and day, of the cases one sees (the Standesamt's stop put in as proof)",
    ),
    OperationSpec(
        "pickups.move_pickup",
        "write",
        _move_pickup,
        {Role.CLERK.value: frozenset({BB}), SYSTEM: frozenset({BB})},
        note="a step of case work on an approved pickup, with a new letter (the Bürgerbüro's services only)",
        departments=frozenset({BB}),
    ),
    OperationSpec(
        "held_information.decide_held_information",
        "write",
        lambda w, a, d: decide_held_information(
            w.db, a, _held_information(w), allow=True, reason="Matrix angehört", expected_version=None
        ),
        {Role.SUPERVISOR.value: frozenset({BB}), SYSTEM: frozenset({BB})},
        note="§ 52 BMG: the supervisor's decision on a held register information (a Bürgerbüro service)",
        departments=frozenset({BB}),
    ),
)


# -- the Standesamt's certificate orders --------------------------------------------------------------------------
ORDERED = dt.date(1950, 4, 2)  # the birth the orders are of
ORDER_DESK = "Matrix-Bestellung"
REGISTRY_WORKERS = {Role.REGISTRY_OFFICER.value: frozenset({SA}), SYSTEM: frozenset({SA})}


def _birth_entry(world: World) -> int:
    """The birth entry every order asks for (recorded once by the headless system)."""

    def record() -> int:
        child = NewPerson(PersonRole.CHILD, "Zeisig-Urkunde", "Ilka", sex=Sex.FEMALE, born=ORDERED,
                          birth_place="Lindenbrück")  # fmt: skip
        mother = NewPerson(PersonRole.MOTHER, "Zeisig-Urkunde", "Ilse", sex=Sex.FEMALE)
        entry = NewEntry(RegisterKind.BIRTH, ORDERED, ORDERED, "Lindenbrück", "Matrix Standesamt", (child, mother))
        return record_civil_entry(world.db, system_actor("matrix"), entry).id

    entry_id: int = _once(world, "birth_entry", record)
    return entry_id


def _order(world: World, actor: Actor, *, decided: bool) -> int:
    """A new birth certificate order held for ``actor`` (as :meth:`World.fresh_case`), with an entitling § 62
    decision recorded by the headless system when ``decided``; its case id."""
    form = {
        "personConcerned": {"familyName": "Zeisig-Urkunde", "givenNames": "Ilka", "dateOfBirth": ORDERED.isoformat(),
                            "placeOfBirth": "Lindenbrück"},
        "certificateKind": "national",
        "relationship": "self",
        "copies": 1,
        "purpose": "passport",
        "delivery": "post",
    }  # fmt: skip
    case_id = world.fresh_case(SA, actor, service_key="birth_certificate", form=form)
    if decided:
        record_eligibility(world.db, system_actor("matrix"), case_id, _birth_entry(world), Relation.PERSON_CONCERNED,
                           76, "Matrix", "Personalausweis")  # fmt: skip
    return case_id


def _decided_order(world: World) -> int:
    """One decided order for the reads."""
    case_id: int = _once(world, "decided_order", lambda: _order(world, world.handlers[SA], decided=True))
    return case_id


def _issue_ordered(world: World, actor: Actor, department: Department) -> tuple[IssuedRow, ...]:
    case_id = _order(world, actor, decided=True)
    _paper_range(world, ORDER_DESK)
    return issue_order_certificates(world.db, actor, case_id, ORDER_DESK, _matrix_render)


OPERATIONS += (
    OperationSpec(
        "certificate_orders.certificate_order_candidates",
        "read",
        lambda w, a, d: certificate_order_candidates(w.db, a, _decided_order(w)),
        REGISTRY_WORKERS,
        note="the register entries an order matches, logged (the Standesamt's services only)",
        departments=frozenset({SA}),
        reached=lambda w, a, d, r: _birth_entry(w) in {candidate.entry_id for candidate in r.candidates},
    ),
    OperationSpec(
        "certificate_orders.case_eligibility",
        "read",
        lambda w, a, d: case_eligibility(w.db, a, _decided_order(w)),
        REGISTRY_WORKERS,
        note="the recorded § 62 PStG decision, logged",
        departments=frozenset({SA}),
        reached=lambda w, a, d, r: r is not None and r.entry_id == _birth_entry(w),
    ),
    OperationSpec(
        "certificate_orders.certificate_print_plan",
        "read",
        lambda w, a, d: certificate_print_plan(w.db, a, _decided_order(w), ORDER_DESK),
        REGISTRY_WORKERS,
        note="what printing the order would use",
        departments=frozenset({SA}),
        reached=lambda w, a, d, r: r.kind is IssuedKind.BIRTH,
    ),
    OperationSpec(
        "certificate_orders.record_eligibility",
        "write",
        lambda w, a, d: record_eligibility(
            w.db, a, _order(w, a, decided=False), _birth_entry(w), Relation.PERSON_CONCERNED, 76, "Matrix", "Ausweis"
        ),
        REGISTRY_WORKERS,
        note="the § 62 decision, a step of the officer's case work",
        departments=frozenset({SA}),
    ),
    OperationSpec(
        "certificate_orders.issue_order_certificates",
        "write",
        _issue_ordered,
        REGISTRY_WORKERS,
        note="the order's certificates on the next sheets, a step of the officer's case work",
        departments=frozenset({SA}),
    ),
)


if __name__ == "__main__":
    print(render_markdown())
