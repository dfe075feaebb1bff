"""The things a clerk does to a case, as keyboard-first Qt actions, and when each one makes sense.

Enabling only guides the user: the operations check permissions and the state machine themselves.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.widgets.action_button import ActionButton
from models.actors import Actor
from models.case_status import FEE_NOTICE_STATES, OPEN_STATES, CaseStatus
from models.cases import DuplicateState, EventKind
from models.fees import FeeRule
from models.operations.rows import CaseDetail
from models.permissions import Action
from models.registers.civil_status.eligibility import recorded_eligibility
from models.registers.civil_status.order_matching import ORDER_SERVICES
from models.services.register_information import CONDITIONAL_BLOCK_NOTE


class CaseAction(enum.Enum):
    CLAIM = "claim"
    CLAIM_NEXT = "claim_next"
    APPROVE = "approve"
    REJECT = "reject"
    ASK_CITIZEN = "ask_citizen"
    RESUME = "resume"
    CLOSE = "close"
    RELEASE = "release"
    FEE_NOTICE = "fee_notice"
    CORRECT_FORM = "correct_form"  # Angaben berichtigen
    SET_FEE = "set_fee"  # Gebühr festsetzen (a fee by tariff)
    MOVE_PICKUP = "move_pickup"  # Abholtermin verlegen (a booked bulky-waste or e-waste pickup)
    ALLOW_INFORMATION = "allow_information"  # Amtsleitung, § 52 BMG: the held register information may be given
    REFUSE_INFORMATION = "refuse_information"  # Amtsleitung, § 52 BMG: it is not given
    CHECK_ENTITLEMENT = "check_entitlement"  # Standesamt, § 62 PStG: match the order to its entry, record the relation
    PRINT_CERTIFICATES = "print_certificates"  # Standesamt: the order's certificates onto security paper
    CONFIRM_DUPLICATE = "confirm_duplicate"  # the intake's likely duplicate is one: decided with the first case
    UNLINK_DUPLICATE = "unlink_duplicate"  # it is not: worked on its own


# Text (with mnemonic), shortcut and status tip of each action.
_SPEC: dict[CaseAction, tuple[str, str, str]] = {
    CaseAction.CLAIM: (
        QT_TRANSLATE_NOOP("CaseActions", "&Take over"),
        "Ctrl+U",
        QT_TRANSLATE_NOOP("CaseActions", "Take over the selected case and start working on it"),
    ),
    CaseAction.CLAIM_NEXT: (
        QT_TRANSLATE_NOOP("CaseActions", "Take &next"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("CaseActions", "Take over the most urgent unassigned case"),
    ),
    CaseAction.APPROVE: (
        QT_TRANSLATE_NOOP("CaseActions", "&Approve"),
        "Ctrl+G",
        QT_TRANSLATE_NOOP(
            "CaseActions", "Approve the case; a confirmation letter is created where the service has one"
        ),
    ),
    CaseAction.REJECT: (
        QT_TRANSLATE_NOOP("CaseActions", "&Reject…"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("CaseActions", "Reject the case with a reason"),
    ),
    CaseAction.ASK_CITIZEN: (
        QT_TRANSLATE_NOOP("CaseActions", "As&k citizen…"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("CaseActions", "Ask the citizen for information; the deadline pauses meanwhile"),
    ),
    CaseAction.RESUME: (
        QT_TRANSLATE_NOOP("CaseActions", "Res&ume"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("CaseActions", "Continue working on a case that waited for the citizen"),
    ),
    CaseAction.CLOSE: (
        QT_TRANSLATE_NOOP("CaseActions", "C&lose"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("CaseActions", "Close the decided case"),
    ),
    CaseAction.RELEASE: (
        QT_TRANSLATE_NOOP("CaseActions", "Rel&ease"),
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("CaseActions", "Give the case back to the queue for someone else"),
    ),
    CaseAction.FEE_NOTICE: (
        QT_TRANSLATE_NOOP("CaseActions", "Issue fee &notice"),
        "Ctrl+B",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "Write a fee notice with the payment details for the fee still to pay; it waits in the print queue",
        ),
    ),
    CaseAction.CORRECT_FORM: (
        QT_TRANSLATE_NOOP("CaseActions", "Correct &details…"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP(
            "CaseActions", "Correct the citizen's details of the case; the old values stay in the history"
        ),
    ),
    CaseAction.SET_FEE: (
        QT_TRANSLATE_NOOP("CaseActions", "Se&t fee…"),
        "Ctrl+Shift+G",
        QT_TRANSLATE_NOOP(
            "CaseActions", "Set the fee within the tariff's range; the case can be approved once it is set"
        ),
    ),
    CaseAction.MOVE_PICKUP: (
        QT_TRANSLATE_NOOP("CaseActions", "Move &pickup…"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("CaseActions", "Move the booked pickup to another pickup day; the citizen gets a new letter"),
    ),
    CaseAction.ALLOW_INFORMATION: (
        QT_TRANSLATE_NOOP("CaseActions", "Allo&w held information…"),
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "After hearing the person concerned (§ 52 BMG): the held register information may be given; the clerk "
            "answers it",
        ),
    ),
    CaseAction.REFUSE_INFORMATION: (
        QT_TRANSLATE_NOOP("CaseActions", "Refuse held informa&tion…"),
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "After hearing the person concerned (§ 52 BMG): the held register information is not given; the clerk "
            "rejects the request",
        ),
    ),
    CaseAction.CHECK_ENTITLEMENT: (
        QT_TRANSLATE_NOOP("CaseActions", "Check &entitlement…"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "Certificate order: find the register entry and record the applicant's relation to it (§ 62 PStG)",
        ),
    ),
    CaseAction.PRINT_CERTIFICATES: (
        QT_TRANSLATE_NOOP("CaseActions", "&Print certificates…"),
        "Ctrl+Shift+W",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "Certificate order: print the certificates on this workstation's security paper; then approve the case "
            "for the cover letter",
        ),
    ),
    CaseAction.CONFIRM_DUPLICATE: (
        QT_TRANSLATE_NOOP("CaseActions", "Confirm as &duplicate"),
        "Ctrl+Shift+Y",
        QT_TRANSLATE_NOOP(
            "CaseActions",
            "The case duplicates the first one it is linked to: the first case's decision decides it too, with a "
            "letter to its applicant",
        ),
    ),
    CaseAction.UNLINK_DUPLICATE: (
        QT_TRANSLATE_NOOP("CaseActions", "No duplicate: &unlink"),
        "Ctrl+Shift+X",
        QT_TRANSLATE_NOOP("CaseActions", "The case is no duplicate of the one it is linked to: work on it on its own"),
    ),
}

#: The steps on a likely duplicate the intake linked to a first case.
DUPLICATE_STEPS = (CaseAction.CONFIRM_DUPLICATE, CaseAction.UNLINK_DUPLICATE)

#: The supervisor's decisions on a register information held back by a conditional block (§ 52 BMG).
DECISIONS = (CaseAction.ALLOW_INFORMATION, CaseAction.REFUSE_INFORMATION)

# The status a transition action leads to.
TARGETS = {
    CaseAction.APPROVE: CaseStatus.APPROVED,
    CaseAction.REJECT: CaseStatus.REJECTED,
    CaseAction.ASK_CITIZEN: CaseStatus.WAITING_FOR_CITIZEN,
    CaseAction.RESUME: CaseStatus.IN_PROGRESS,
    CaseAction.CLOSE: CaseStatus.CLOSED,
}


def awaits_decision(detail: CaseDetail) -> bool:
    """The case's register information is held back for the supervisor (§ 52 BMG) and not decided yet."""
    events = detail.events
    held = any(event.kind == EventKind.COMMENT and event.comment == CONDITIONAL_BLOCK_NOTE for event in events)
    decided = any(event.kind in (EventKind.INFORMATION_ALLOWED, EventKind.INFORMATION_REFUSED) for event in events)
    return held and not decided and detail.case.status in OPEN_STATES


#: The registry officer's steps on a certificate order.
CERTIFICATE_ORDER_STEPS = (CaseAction.CHECK_ENTITLEMENT, CaseAction.PRINT_CERTIFICATES)


def certificate_order_steps(actor: Actor, detail: CaseDetail) -> frozenset[CaseAction]:
    """On the officer's own order in progress (taken over first, as every step of case work): checking the
    entitlement until the certificates are printed, printing once a decision entitles."""
    case = detail.case
    if case.service_key not in ORDER_SERVICES or case.status != CaseStatus.IN_PROGRESS:
        return frozenset()
    if case.assignee_username != actor.username:
        return frozenset()
    if any(event.kind == EventKind.CERTIFICATES_ISSUED for event in detail.events):
        return frozenset()
    steps = {CaseAction.CHECK_ENTITLEMENT} if actor.may(Action.RECORD_CIVIL_STATUS) else set()
    recorded = recorded_eligibility(detail.events)
    if recorded is not None and recorded.decision.entitled and actor.may(Action.ISSUE_CERTIFICATES):
        steps.add(CaseAction.PRINT_CERTIFICATES)
    return frozenset(steps)


def available_actions(actor: Actor, detail: CaseDetail | None) -> frozenset[CaseAction]:
    """What the user can sensibly do now: by the case's allowed transitions and who holds it."""
    decisions = frozenset(
        DECISIONS
        if detail is not None and actor.may(Action.DECIDE_HELD_INFORMATION) and awaits_decision(detail)
        else ()
    )
    if detail is not None:
        decisions |= certificate_order_steps(actor, detail)
    if not actor.may(Action.WORK_CASE):
        return decisions
    available = {CaseAction.CLAIM_NEXT}
    if detail is None:
        return frozenset(available)
    case = detail.case
    holder = case.assignee_username
    mine = holder == actor.username
    free = holder is None
    if free and case.status in OPEN_STATES:
        available.add(CaseAction.CLAIM)
    if holder is not None and (mine or actor.may(Action.ASSIGN_CASES)):
        available.add(CaseAction.RELEASE)
    # By the clerk working on the case; a fee by tariff is charged once it is set, not at its lowest amount.
    fee_open = detail.fee_cents > detail.paid_cents and not detail.tariff_fee_missing
    if mine and fee_open and case.status in FEE_NOTICE_STATES:
        available.add(CaseAction.FEE_NOTICE)
    if (mine or free) and case.status in OPEN_STATES:
        available.add(CaseAction.CORRECT_FORM)
        if detail.fee_rule is FeeRule.TARIFF:
            available.add(CaseAction.SET_FEE)
    if (mine or free) and case.status in OPEN_STATES and detail.duplicate_state is not None:
        available.add(CaseAction.UNLINK_DUPLICATE)
        if detail.duplicate_state is DuplicateState.SUSPECTED:
            available.add(CaseAction.CONFIRM_DUPLICATE)
    if (mine or free) and case.status == CaseStatus.APPROVED and detail.pickup_date is not None:
        available.add(CaseAction.MOVE_PICKUP)
    if mine or free:
        for action, target in TARGETS.items():
            if target in detail.allowed_targets:
                available.add(action)
        if case.status == CaseStatus.RECEIVED:
            available.discard(CaseAction.RESUME)  # starting work is "take over"
    return frozenset(available) | decisions


class CaseActionSet(QObject):
    """One QAction per :class:`CaseAction`, added to the window so their shortcuts work everywhere in it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.actions: dict[CaseAction, QAction] = {}
        for kind, (text, shortcut, tip) in _SPEC.items():
            action = QAction(QCoreApplication.translate("CaseActions", text), window)
            action.setObjectName(f"action_{kind.value}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(QCoreApplication.translate("CaseActions", tip))
            action.setToolTip(
                f"{QCoreApplication.translate('CaseActions', tip)} "
                f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            action.setEnabled(False)
            window.addAction(action)
            self.actions[kind] = action

    def __getitem__(self, kind: CaseAction) -> QAction:
        return self.actions[kind]

    def enable(self, available: frozenset[CaseAction]) -> None:
        for kind, action in self.actions.items():
            action.setEnabled(kind in available)

    def disable_all(self) -> None:
        for action in self.actions.values():
            action.setEnabled(False)


def action_bar(
    actions: CaseActionSet, kinds: list[CaseAction], occasional: tuple[CaseAction, ...] = ()
) -> tuple[QWidget, dict[CaseAction, ActionButton]]:
    """A row of buttons for ``kinds``, and for the ``occasional`` ones, shown only while they can be used (e.g. the
    supervisor's § 52 decisions on a held case)."""
    bar = QWidget()
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons: dict[CaseAction, ActionButton] = {}
    for kind in kinds:
        buttons[kind] = ActionButton(actions[kind])
        layout.addWidget(buttons[kind])
    for kind in occasional:
        buttons[kind] = ActionButton(actions[kind], hidden_while_disabled=True)
        layout.addWidget(buttons[kind])
    layout.addStretch(1)
    return bar, buttons
