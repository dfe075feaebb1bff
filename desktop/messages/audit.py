"""What a broken link of the audit trail means, in the user's language (GUI notice and ``amtsstube audit verify``)."""

from __future__ import annotations

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.operations.audit_verification import BrokenLink

PROBLEMS = {
    "changed": QT_TRANSLATE_NOOP("AuditMessages", "the record was changed afterwards"),
    "missing": QT_TRANSLATE_NOOP("AuditMessages", "records before it are missing (deleted)"),
    "inserted": QT_TRANSLATE_NOOP("AuditMessages", "a record was inserted before it"),
    "back_dated": QT_TRANSLATE_NOOP("AuditMessages", "the record is older than the one before it (back-dated)"),
    "newest_deleted": QT_TRANSLATE_NOOP("AuditMessages", "the newest records from here on were deleted"),
    "head_mismatch": QT_TRANSLATE_NOOP("AuditMessages", "records were added around the application"),
    "guard_missing": QT_TRANSLATE_NOOP("AuditMessages", "a protecting trigger of the database is missing"),
    "guard_changed": QT_TRANSLATE_NOOP("AuditMessages", "a protecting trigger of the database was altered"),
    "guard_disabled": QT_TRANSLATE_NOOP("AuditMessages", "a protecting trigger of the database is switched off"),
}

TABLES = {
    "audit_log": QT_TRANSLATE_NOOP("AuditMessages", "Audit log"),
    "mail_book": QT_TRANSLATE_NOOP("AuditMessages", "Outgoing-mail book"),
}


#: The recorded actions, for the audit log's readers; an action not listed here is shown by its code.
ACTIONS = {
    "case.created": QT_TRANSLATE_NOOP("AuditMessages", "case created"),
    "case.transition": QT_TRANSLATE_NOOP("AuditMessages", "case status changed"),
    "case.claim": QT_TRANSLATE_NOOP("AuditMessages", "case taken on"),
    "case.release": QT_TRANSLATE_NOOP("AuditMessages", "case released"),
    "case.payment": QT_TRANSLATE_NOOP("AuditMessages", "payment recorded"),
    "case.document": QT_TRANSLATE_NOOP("AuditMessages", "letter written or printed"),
    "case.comment": QT_TRANSLATE_NOOP("AuditMessages", "comment added"),
    "case.form_corrected": QT_TRANSLATE_NOOP("AuditMessages", "form data corrected"),
    "case.information_allowed": QT_TRANSLATE_NOOP("AuditMessages", "held register information allowed"),
    "case.information_refused": QT_TRANSLATE_NOOP("AuditMessages", "held register information refused"),
    "access.refused": QT_TRANSLATE_NOOP("AuditMessages", "refused: no permission"),
    "attachment.opened": QT_TRANSLATE_NOOP("AuditMessages", "attachment opened"),
    "audit.exported": QT_TRANSLATE_NOOP("AuditMessages", "audit log exported"),
    "audit.read": QT_TRANSLATE_NOOP("AuditMessages", "audit log read"),
    "disclosures.exported": QT_TRANSLATE_NOOP("AuditMessages", "disclosure log exported"),
    "disclosures.read": QT_TRANSLATE_NOOP("AuditMessages", "disclosure log read"),
    "audit.verified": QT_TRANSLATE_NOOP("AuditMessages", "audit log checked"),
    "case.viewed": QT_TRANSLATE_NOOP("AuditMessages", "case viewed"),
    "cases.exported": QT_TRANSLATE_NOOP("AuditMessages", "cases exported"),
    "database.upgraded": QT_TRANSLATE_NOOP("AuditMessages", "database upgraded"),
    "civil_entry.viewed": QT_TRANSLATE_NOOP("AuditMessages", "civil-status entry viewed"),
    "civil_entries.searched": QT_TRANSLATE_NOOP("AuditMessages", "civil-status registers searched"),
    "civil_entries.past_retention": QT_TRANSLATE_NOOP("AuditMessages", "entries past retention listed"),
    "civil_entry.recorded": QT_TRANSLATE_NOOP("AuditMessages", "civil-status entry recorded"),
    "civil_entry.annotated": QT_TRANSLATE_NOOP("AuditMessages", "annotation added to a civil-status entry"),
    "civil_entry.eligibility_checked": QT_TRANSLATE_NOOP("AuditMessages", "entitlement to a certificate checked"),
    "civil_eligibility.viewed": QT_TRANSLATE_NOOP("AuditMessages", "entitlement decision viewed"),
    "certificate.issued": QT_TRANSLATE_NOOP("AuditMessages", "certificate issued"),
    "certificate.read": QT_TRANSLATE_NOOP("AuditMessages", "issued certificate opened"),
    "certificate.verified": QT_TRANSLATE_NOOP("AuditMessages", "certificate verified by its code"),
    "certificates.listed": QT_TRANSLATE_NOOP("AuditMessages", "issued certificates listed"),
    "certificate_paper.loaded": QT_TRANSLATE_NOOP("AuditMessages", "security paper loaded"),
    "certificate_sheet.spoiled": QT_TRANSLATE_NOOP("AuditMessages", "spoiled sheet of security paper logged"),
    "dog.viewed": QT_TRANSLATE_NOOP("AuditMessages", "dog's record viewed"),
    "dogs.listed": QT_TRANSLATE_NOOP("AuditMessages", "dog register listed"),
    "dogs.searched": QT_TRANSLATE_NOOP("AuditMessages", "dog register searched"),
    "property.viewed": QT_TRANSLATE_NOOP("AuditMessages", "property's record viewed"),
    "properties.searched": QT_TRANSLATE_NOOP("AuditMessages", "waste-bin register searched"),
    "document.read": QT_TRANSLATE_NOOP("AuditMessages", "letter opened"),
    "document.reprinted": QT_TRANSLATE_NOOP("AuditMessages", "letter reprinted"),
    "fitconnect.settings_changed": QT_TRANSLATE_NOOP("AuditMessages", "FIT-Connect connection changed"),
    "intake.held_viewed": QT_TRANSLATE_NOOP("AuditMessages", "deferred applications viewed"),
    "intake.rejected_viewed": QT_TRANSLATE_NOOP("AuditMessages", "rejected applications viewed"),
    "letter_template.reset": QT_TRANSLATE_NOOP("AuditMessages", "letter template reset"),
    "letter_template.saved": QT_TRANSLATE_NOOP("AuditMessages", "letter template saved"),
    "mail.printed": QT_TRANSLATE_NOOP("AuditMessages", "letters printed"),
    "mail_book.exported": QT_TRANSLATE_NOOP("AuditMessages", "outgoing-mail book exported"),
    "mail_book.viewed": QT_TRANSLATE_NOOP("AuditMessages", "outgoing-mail book viewed"),
    "print_queue.viewed": QT_TRANSLATE_NOOP("AuditMessages", "print queue viewed"),
    "queue.searched": QT_TRANSLATE_NOOP("AuditMessages", "work queue searched"),
    "resident.changed": QT_TRANSLATE_NOOP("AuditMessages", "resident register changed"),
    "resident.viewed": QT_TRANSLATE_NOOP("AuditMessages", "resident's record viewed"),
    "residents.searched": QT_TRANSLATE_NOOP("AuditMessages", "resident register searched"),
    "submission.accepted": QT_TRANSLATE_NOOP("AuditMessages", "online application accepted"),
    "submission.rejected": QT_TRANSLATE_NOOP("AuditMessages", "online application rejected"),
    "town.bank_change_confirmed": QT_TRANSLATE_NOOP("AuditMessages", "bank account change confirmed"),
    "town.bank_change_discarded": QT_TRANSLATE_NOOP("AuditMessages", "bank account change discarded"),
    "town.bank_change_proposed": QT_TRANSLATE_NOOP("AuditMessages", "bank account change proposed"),
    "town.updated": QT_TRANSLATE_NOOP("AuditMessages", "town data changed"),
    "user.created": QT_TRANSLATE_NOOP("AuditMessages", "user created"),
    "user.locked": QT_TRANSLATE_NOOP("AuditMessages", "user locked"),
    "user.login": QT_TRANSLATE_NOOP("AuditMessages", "logged in"),
    "user.login_failed": QT_TRANSLATE_NOOP("AuditMessages", "login failed"),
    "user.login_locked": QT_TRANSLATE_NOOP("AuditMessages", "login while locked"),
    "user.password_change_failed": QT_TRANSLATE_NOOP("AuditMessages", "password change failed"),
    "user.password_changed": QT_TRANSLATE_NOOP("AuditMessages", "password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditMessages", "password reset"),
    "user.roles_changed": QT_TRANSLATE_NOOP("AuditMessages", "roles changed"),
    "user.session_refused": QT_TRANSLATE_NOOP("AuditMessages", "refused: rights changed"),
    "user.unlocked": QT_TRANSLATE_NOOP("AuditMessages", "user unlocked"),
}


def action_label(action: str) -> str:
    return translate("AuditMessages", ACTIONS[action]) if action in ACTIONS else action


def table_label(table: str) -> str:
    return translate("AuditMessages", TABLES[table]) if table in TABLES else table


def describe_broken(broken: BrokenLink) -> str:
    """Where the trail broke and what that means, e.g. "Protokoll, Eintrag Nr. 17 (id 17): … geändert"."""
    where = table_label(broken.table)
    if broken.seq is not None:
        where += translate("AuditMessages", ", record no. {seq}").format(seq=broken.seq)
    if broken.record_id is not None:
        where += f" (id {broken.record_id})"
    if broken.name is not None:
        where += f", {broken.name}"
    problem = translate("AuditMessages", PROBLEMS[broken.problem]) if broken.problem in PROBLEMS else broken.problem
    return f"{where}: {problem}"


def tampering_message(broken: BrokenLink) -> UserMessage:
    return UserMessage(
        translate("AuditMessages", "The audit trail has been tampered with"),
        translate(
            "AuditMessages",
            "Tampering found: {where}. Please inform the data protection officer and change nothing in the database; "
            "a backup from before shows what was there.",
        ).format(where=describe_broken(broken)),
    )
