"""Who may do what. Checked by the operations themselves, whatever the GUI shows or hides."""

from __future__ import annotations

import enum

from models.roles import Role


class Action(enum.StrEnum):
    VIEW_CASES = "view_cases"
    WORK_CASE = "work_case"  # claim, decide, record payments: needs the service's handling role
    ASSIGN_CASES = "assign_cases"  # hand work to someone else
    MANAGE_USERS = "manage_users"
    EXPORT_CASES = "export_cases"
    VIEW_INTAKE = "view_intake"  # the intake book, with rejected submissions
    CONFIGURE_CONNECTION = "configure_connection"  # FIT-Connect settings and credentials of a workstation
    PRINT_MAIL = "print_mail"  # print queued letters of the services one handles, reprint with a reason
    VIEW_MAIL_BOOK = "view_mail_book"  # the outgoing-mail book and its CSV export
    EDIT_LETTER_TEMPLATES = "edit_letter_templates"
    EDIT_CATALOGUE = "edit_catalogue"  # fee, deadline, role, department and availability of a service
    CONFIGURE_TOWN = "configure_town"  # the town's master data on every letter (letterhead, bank, court)
    CONFIRM_BANK_CHANGE = "confirm_bank_change"  # put a bank account another person proposed in force
    VERIFY_AUDIT_TRAIL = "verify_audit_trail"  # check the hash chains of audit log and mail book (no content shown)
    READ_AUDIT_LOG = "read_audit_log"  # read and export the audit log (data protection only)
    READ_DISCLOSURE_LOG = "read_disclosure_log"  # read and export the §40 BMG log of register information answers
    TAKE_PAYMENTS = "take_payments"  # cash and girocard at the counter, receipts, cancellations, closing the day
    VIEW_CASH_BOOK = "view_cash_book"  # the daily cash reports (Tagesabschluss) of every workstation
    VIEW_RESIDENTS = "view_residents"  # find residents in the register and view a record (each view logged)
    CHANGE_RESIDENTS = "change_residents"  # record moves, names, blocks and deaths in the resident register
    DECIDE_HELD_INFORMATION = "decide_held_information"  # §52 BMG: may a held register information be given
    VIEW_CIVIL_STATUS = "view_civil_status"  # find and read entries of the civil-status registers (each read logged)
    RECORD_CIVIL_STATUS = "record_civil_status"  # record entries and annotations in the civil-status registers
    ISSUE_CERTIFICATES = "issue_certificates"  # print civil-status certificates and keep the security paper stock


ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.CLERK: frozenset(
        {
            Action.VIEW_CASES,
            Action.WORK_CASE,
            Action.PRINT_MAIL,
            Action.VIEW_MAIL_BOOK,
            Action.TAKE_PAYMENTS,
            Action.VIEW_CASH_BOOK,
            Action.VIEW_RESIDENTS,
            Action.CHANGE_RESIDENTS,
        }
    ),
    Role.REGISTRY_OFFICER: frozenset(
        {
            Action.VIEW_CASES,
            Action.WORK_CASE,
            Action.PRINT_MAIL,
            Action.VIEW_MAIL_BOOK,
            Action.TAKE_PAYMENTS,
            Action.VIEW_CASH_BOOK,
            Action.VIEW_CIVIL_STATUS,
            Action.RECORD_CIVIL_STATUS,
            Action.ISSUE_CERTIFICATES,
        }
    ),
    Role.SUPERVISOR: frozenset(
        {
            Action.VIEW_CASES,
            Action.ASSIGN_CASES,
            Action.EXPORT_CASES,
            Action.VIEW_INTAKE,
            Action.VIEW_MAIL_BOOK,
            Action.CONFIRM_BANK_CHANGE,
            Action.VIEW_CASH_BOOK,
            Action.VIEW_RESIDENTS,
            Action.DECIDE_HELD_INFORMATION,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Action.MANAGE_USERS,
            Action.VIEW_INTAKE,
            Action.CONFIGURE_CONNECTION,
            Action.EDIT_LETTER_TEMPLATES,
            Action.EDIT_CATALOGUE,
            Action.CONFIGURE_TOWN,
            Action.CONFIRM_BANK_CHANGE,
            Action.VERIFY_AUDIT_TRAIL,
        }
    ),
    Role.DATA_PROTECTION: frozenset({Action.READ_AUDIT_LOG, Action.READ_DISCLOSURE_LOG, Action.VERIFY_AUDIT_TRAIL}),
}

#: Roles that see every case, not only those of the services they handle.
SEE_ALL_CASES = frozenset({Role.SUPERVISOR})

#: Roles that handle cases of a public service (``PublicService.handling_role``).
CASE_HANDLING_ROLES = frozenset({Role.CLERK, Role.REGISTRY_OFFICER})
