"""The German names the user sees for the domain's enums (status, role, event, payment method, document)."""

from __future__ import annotations

import re

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from models.case_status import CaseStatus
from models.cases import Channel, EventKind, PaymentMethod
from models.documents import DocumentKind, DocumentStatus
from models.mail_book import PostageClass
from models.operations.rows import EventRow
from models.permissions import Action
from models.registers.civil_status.issued import IssuedKind
from models.roles import Role

_CONTEXT = "Labels"

_STATUS = {
    CaseStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    CaseStatus.WAITING_FOR_CITIZEN: QT_TRANSLATE_NOOP("Labels", "Waiting for citizen"),
    CaseStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    CaseStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

_ROLE = {
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
    Role.REGISTRY_OFFICER: QT_TRANSLATE_NOOP("Labels", "Registry officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "IT administration"),
    Role.DATA_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Data protection"),
}

_ACTION = {
    Action.VIEW_CASES: QT_TRANSLATE_NOOP("Labels", "view cases"),
    Action.WORK_CASE: QT_TRANSLATE_NOOP("Labels", "work on cases of this service"),
    Action.ASSIGN_CASES: QT_TRANSLATE_NOOP("Labels", "assign cases to others"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Labels", "manage users"),
    Action.EXPORT_CASES: QT_TRANSLATE_NOOP("Labels", "export cases"),
    Action.VIEW_INTAKE: QT_TRANSLATE_NOOP("Labels", "view the rejected online applications"),
    Action.CONFIGURE_CONNECTION: QT_TRANSLATE_NOOP("Labels", "change the FIT-Connect connection of this workstation"),
    Action.PRINT_MAIL: QT_TRANSLATE_NOOP("Labels", "print letters of this service"),
    Action.VIEW_MAIL_BOOK: QT_TRANSLATE_NOOP("Labels", "view the outgoing-mail book"),
    Action.EDIT_LETTER_TEMPLATES: QT_TRANSLATE_NOOP("Labels", "edit the letter templates"),
    Action.EDIT_CATALOGUE: QT_TRANSLATE_NOOP("Labels", "change the service catalogue"),
    Action.CONFIGURE_TOWN: QT_TRANSLATE_NOOP("Labels", "change the town's data on the letters"),
    Action.CONFIRM_BANK_CHANGE: QT_TRANSLATE_NOOP("Labels", "confirm a change of the town's bank account"),
    Action.VERIFY_AUDIT_TRAIL: QT_TRANSLATE_NOOP("Labels", "check the audit log for tampering"),
    Action.READ_AUDIT_LOG: QT_TRANSLATE_NOOP("Labels", "read the audit log"),
    Action.READ_DISCLOSURE_LOG: QT_TRANSLATE_NOOP("Labels", "read the log of register information answers"),
    Action.DECIDE_HELD_INFORMATION: QT_TRANSLATE_NOOP(
        "Labels", "decide on register information held back by a conditional block"
    ),
    Action.TAKE_PAYMENTS: QT_TRANSLATE_NOOP("Labels", "take fees at the counter"),
    Action.VIEW_CASH_BOOK: QT_TRANSLATE_NOOP("Labels", "read the daily cash reports"),
    Action.VIEW_RESIDENTS: QT_TRANSLATE_NOOP("Labels", "find and view residents in the resident register"),
    Action.CHANGE_RESIDENTS: QT_TRANSLATE_NOOP("Labels", "change entries of the resident register"),
    Action.VIEW_CIVIL_STATUS: QT_TRANSLATE_NOOP("Labels", "read civil-status entries"),
    Action.RECORD_CIVIL_STATUS: QT_TRANSLATE_NOOP("Labels", "record civil-status entries and annotations"),
    Action.ISSUE_CERTIFICATES: QT_TRANSLATE_NOOP("Labels", "issue certificates and keep the security paper"),
}

_POSTAGE = {
    PostageClass.STANDARD: QT_TRANSLATE_NOOP("Labels", "Standard letter"),
    PostageClass.COMPACT: QT_TRANSLATE_NOOP("Labels", "Compact letter"),
    PostageClass.LARGE: QT_TRANSLATE_NOOP("Labels", "Large letter"),
}

_PAYMENT_METHOD = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Labels", "cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Labels", "card"),
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Labels", "bank transfer"),
    PaymentMethod.ONLINE: QT_TRANSLATE_NOOP("Labels", "online payment"),
}

_DOCUMENT_KIND = {
    DocumentKind.CONFIRMATION_LETTER: QT_TRANSLATE_NOOP("Labels", "Confirmation letter"),
    DocumentKind.REJECTION_LETTER: QT_TRANSLATE_NOOP("Labels", "Rejection notice"),
    DocumentKind.DOCUMENT_REQUEST: QT_TRANSLATE_NOOP("Labels", "Request for documents"),
    DocumentKind.FEE_NOTICE: QT_TRANSLATE_NOOP("Labels", "Fee notice"),
    DocumentKind.DUPLICATE_NOTICE: QT_TRANSLATE_NOOP("Labels", "Notice of a duplicate application"),
}

_DOCUMENT_STATUS = {
    DocumentStatus.QUEUED: QT_TRANSLATE_NOOP("Labels", "Ready to print"),
    DocumentStatus.PRINTED: QT_TRANSLATE_NOOP("Labels", "Printed"),
}

_CHANNEL = {
    Channel.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    Channel.COUNTER: QT_TRANSLATE_NOOP("Labels", "Counter"),
}

# What a status change means to the clerk, by target status (the history's wording).
_TRANSITION = {
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Processing started"),
    CaseStatus.WAITING_FOR_CITIZEN: QT_TRANSLATE_NOOP("Labels", "Asked the citizen for information"),
    CaseStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    CaseStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    CaseStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn by the citizen"),
}


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def status_label(status: CaseStatus | str) -> str:
    try:
        return _tr(_STATUS[CaseStatus(status)])
    except ValueError:
        return str(status)


def role_label(role: Role) -> str:
    return _tr(_ROLE[role])


def roles_label(roles: frozenset[Role]) -> str:
    return ", ".join(role_label(role) for role in sorted(roles))


def action_label(action: Action | str) -> str:
    try:
        return _tr(_ACTION[Action(action)])
    except (ValueError, KeyError):
        return str(action)


def payment_method_label(method: PaymentMethod) -> str:
    return _tr(_PAYMENT_METHOD[method])


def document_kind_label(kind: DocumentKind) -> str:
    return _tr(_DOCUMENT_KIND[kind])


def document_status_label(status: DocumentStatus) -> str:
    return _tr(_DOCUMENT_STATUS[status])


def postage_label(postage: PostageClass) -> str:
    return _tr(_POSTAGE[postage])


def channel_label(channel: Channel) -> str:
    return _tr(_CHANNEL[channel])


_PAYMENT_COMMENT = re.compile(r"^(?P<amount>.*) \((?P<method>[a-z_]+)\)$")


def actor_label(actor_display: str) -> str:
    """Who did something: a person's name, or "System" for headless work (``system:<purpose>:<os user>``)."""
    if actor_display.startswith("system:"):
        return translate("Labels", "System")
    return actor_display


def event_text(event: EventRow) -> str:
    """One line of the case history in the user's language (the comment is shown separately)."""
    kind = event.kind
    if kind == EventKind.CREATED:
        if event.comment == Channel.COUNTER:
            return translate("Labels", "Application entered at the counter")
        return translate("Labels", "Application received online")
    if kind == EventKind.TRANSITION and event.to_status is not None:
        if event.from_status == CaseStatus.WAITING_FOR_CITIZEN and event.to_status == CaseStatus.IN_PROGRESS:
            return translate("Labels", "Processing resumed")
        return _tr(_TRANSITION.get(event.to_status, QT_TRANSLATE_NOOP("Labels", "Status changed")))
    if kind == EventKind.CLAIM:
        return translate("Labels", "Taken over")
    if kind == EventKind.RELEASE:
        return translate("Labels", "Released to the queue")
    if kind == EventKind.PAYMENT:
        return translate("Labels", "Payment recorded")
    if kind == EventKind.DOCUMENT:
        return translate("Labels", "Document created")
    if kind == EventKind.FORM_CORRECTED:
        return translate("Labels", "Details corrected")
    if kind == EventKind.FEE_SET:
        return translate("Labels", "Fee set by tariff")
    if kind == EventKind.INFORMATION_ALLOWED:
        return translate("Labels", "Head of department: information may be given (§ 52 BMG)")
    if kind == EventKind.INFORMATION_REFUSED:
        return translate("Labels", "Head of department: information refused (§ 52 BMG)")
    if kind == EventKind.ELIGIBILITY_RECORDED:
        return translate("Labels", "Entitlement checked (§ 62 PStG)")
    if kind == EventKind.CERTIFICATES_ISSUED:
        return translate("Labels", "Certificates printed")
    return translate("Labels", "Note")


def event_comment(event: EventRow) -> str:
    """The event's comment as the user should read it (technical values translated, empty if none)."""
    comment = event.comment or ""
    if event.kind == EventKind.CREATED:
        return ""  # the channel is already part of the event text
    if event.kind == EventKind.PAYMENT:
        # Payments are logged as "12,00 € (cash)"; the method key is English.
        match = _PAYMENT_COMMENT.match(comment)
        if match and match["method"] in {method.value for method in PaymentMethod}:
            return f"{match['amount']} ({payment_method_label(PaymentMethod(match['method']))})"
    return comment


_CERTIFICATE_KINDS = {
    IssuedKind.BIRTH: QT_TRANSLATE_NOOP("CertificateKinds", "Birth certificate"),
    IssuedKind.MARRIAGE: QT_TRANSLATE_NOOP("CertificateKinds", "Marriage certificate"),
    IssuedKind.PARTNERSHIP: QT_TRANSLATE_NOOP("CertificateKinds", "Civil partnership certificate"),
    IssuedKind.DEATH: QT_TRANSLATE_NOOP("CertificateKinds", "Death certificate"),
    IssuedKind.REGISTER_PRINTOUT: QT_TRANSLATE_NOOP("CertificateKinds", "Certified register printout"),
}


def certificate_kind_label(kind: IssuedKind) -> str:
    """ "Geburtsurkunde", "Beglaubigter Registerausdruck", …"""
    return translate("CertificateKinds", _CERTIFICATE_KINDS[kind])
