"""The main window (Arbeitsplatz): the work queue on top, the selected case below, steps on the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from desktop.app.extras_menu import ExtrasMenu
from desktop.app.live_updates import LiveUpdates
from desktop.app.overview import Overview
from desktop.app.session_lock import SessionControl
from desktop.audit.login_check import check_audit_trail
from desktop.case import operations as case_operations
from desktop.case.actions import (
    CERTIFICATE_ORDER_STEPS,
    DECISIONS,
    DUPLICATE_STEPS,
    TARGETS,
    CaseAction,
    CaseActionSet,
    action_bar,
    available_actions,
)
from desktop.case.attachment_viewer import AttachmentViewing
from desktop.case.detail_panel import CaseDetailPanel
from desktop.case.document_preview import DocumentPreviewDialog
from desktop.case.workflow import CaseWorkflow
from desktop.cash.menu import CashMenu
from desktop.civil_status.menu import CivilStatusMenu
from desktop.core.labels import roles_label, status_label
from desktop.core.plain_text import plain_label
from desktop.core.window_size import bring_up, fit_on_screen
from desktop.core.workspace import Workspace
from desktop.counter.entry import CounterEntry
from desktop.mail.menu import MailMenu
from desktop.queue import operations as queue_operations
from desktop.queue.view import QueueView
from desktop.registers.menu import RegistersMenu
from desktop.supervision.menu import SupervisionMenu
from desktop.sync.controller import SyncController, SyncSource, settings_source
from desktop.sync.status import SyncStatus
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.notice_bar import NoticeBar
from models.errors import NotFound
from models.operations.catalogue import ServiceRow
from models.operations.rows import CaseDetail, CaseRow, DocumentBlob
from models.permissions import Action
from sync.sync_pass import SyncSummary

DETAIL_DELAY_MS = 120  # arrow keys through the queue do not open (and audit-log) every case on the way
QUEUE_SHARE_PERCENT = 50  # of the height at the first show: the queue is what a clerk starts from

_DETAIL_BUTTONS = [
    CaseAction.CLAIM,
    CaseAction.APPROVE,
    CaseAction.REJECT,
    CaseAction.ASK_CITIZEN,
    CaseAction.RESUME,
    CaseAction.CLOSE,
    CaseAction.RELEASE,
    CaseAction.FEE_NOTICE,
]


class MainWindow(QMainWindow):
    detail_shown = Signal(object)  # CaseDetail, after every (re)load of the selected case
    closed = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, sync_source: SyncSource | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Amtsstube – Work queue"))
        fit_on_screen(self, 1400, 850)
        self._detail_request = 0
        self._action_running = False
        self.preview: DocumentPreviewDialog | None = None  # follows the case shown (see _follow_with_preview)
        self._preview_request = 0

        self._wanted_case_id: int | None = None  # the case the detail panel shows or is loading

        self.case_actions = CaseActionSet(self)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setObjectName("action_refresh")
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setToolTip(self.tr("Reload the work queue and the case (F5)"))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.sync_action = QAction(self.tr("&Synchronise now"), self)
        self.sync_action.setObjectName("action_sync")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.sync_action.setToolTip(self.tr("Fetch new online applications from FIT-Connect now (F9)"))
        self.addAction(self.sync_action)
        bar, self.buttons = action_bar(self.case_actions, _DETAIL_BUTTONS, DECISIONS)
        self.detail_panel = CaseDetailPanel(bar)
        self.queue = QueueView(
            workspace, [self.case_actions[CaseAction.CLAIM_NEXT], self.refresh_action, self.sync_action]
        )
        self.workflow = CaseWorkflow(workspace, self, lambda: self.detail_panel.detail)
        self.overview = Overview(self, workspace, self.queue)  # the backlog dashboard: the supervisor's start tab
        self.attachment_viewing = AttachmentViewing(self, workspace)  # the viewer of the case's attachments

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setContentsMargins(8, 6, 8, 0)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.detail_panel)
        splitter.setStretchFactor(0, 1)  # a taller window: both grow
        splitter.setStretchFactor(1, 1)
        self._splitter_placed = False  # queue and case share the height from the first show (showEvent)
        self.notice = NoticeBar()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        notice_row = QVBoxLayout()
        notice_row.setContentsMargins(8, 6, 8, 0)
        notice_row.addWidget(self.notice)
        central_layout.addLayout(notice_row)
        if workspace.actor.may(Action.VIEW_CASES):
            central_layout.addWidget(self.overview.central(splitter), 1)
        else:
            splitter.setParent(central)  # kept (hidden), so the window's references to the queue stay valid
            splitter.hide()
            self.refresh_action.setEnabled(False)
            no_access = QLabel(
                self.tr("Your role has no access to the work queue. What it may do is in the Extras menu.")
            )
            no_access.setAlignment(Qt.AlignmentFlag.AlignCenter)
            central_layout.addWidget(no_access, 1)
        self.setCentralWidget(central)

        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._load_selected_detail)

        self.sync = SyncController(workspace.runner, sync_source or settings_source(workspace.db), self)
        self._build_menus()
        self._build_status_bar()
        may_configure = workspace.actor.may(Action.CONFIGURE_CONNECTION)
        self.sync_status = SyncStatus(
            self, self.sync, self.notice, open_settings=self.extras.open_connection_settings if may_configure else None
        )
        self.live = LiveUpdates(self)  # other workstations' changes: queue, case shown, status bar
        self._connect()
        self._set_tab_order()
        self._update_actions()
        if workspace.actor.may(Action.VIEW_CASES):
            self._load_services()
            self.queue.model.reload()
        if workspace.actor.may(Action.VERIFY_AUDIT_TRAIL):
            check_audit_trail(self, workspace, self.notice)
        self.sync.start()
        self.live.start()

    # -- building ----------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        queue_menu = self.menuBar().addMenu(self.tr("&Work queue"))
        queue_menu.addAction(self.refresh_action)
        queue_menu.addAction(self.sync_action)
        search = self._menu_action(queue_menu, self.tr("&Search"), QKeySequence(QKeySequence.StandardKey.Find))
        search.triggered.connect(self.overview.queue_first(self.queue.filter_bar.focus_search))
        to_queue = self._menu_action(queue_menu, self.tr("Go to the &queue"), QKeySequence("Ctrl+1"))
        to_queue.triggered.connect(
            self.overview.queue_first(lambda: self.queue.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        )
        to_case = self._menu_action(queue_menu, self.tr("Go to the &case"), QKeySequence("Ctrl+2"))
        to_case.triggered.connect(
            self.overview.queue_first(lambda: self.detail_panel.form.setFocus(Qt.FocusReason.ShortcutFocusReason))
        )
        self.overview.add_to(queue_menu)  # Übersicht, Ctrl+Shift+R
        queue_menu.addSeparator()
        self.session = SessionControl(self, self.workspace, queue_menu, self.closed)  # lock, log out
        quit_action = self._menu_action(queue_menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        # Gebühr festsetzen is in the menu, not a button: the window has no letter left for it, and an approval
        # of a case whose fee is still to be set opens its dialog anyway.
        for kind in (CaseAction.CLAIM_NEXT, *_DETAIL_BUTTONS, CaseAction.SET_FEE, CaseAction.MOVE_PICKUP):
            case_menu.addAction(self.case_actions[kind])
            if kind in (CaseAction.CLAIM_NEXT, CaseAction.CLAIM, CaseAction.CLOSE, CaseAction.RELEASE):
                case_menu.addSeparator()
        case_menu.addSeparator()  # the supervisor's decisions on a held register information (§ 52 BMG)
        for kind in DECISIONS:
            case_menu.addAction(self.case_actions[kind])
        case_menu.addSeparator()  # the registry officer's steps on a certificate order (also in its own menu)
        for kind in CERTIFICATE_ORDER_STEPS:
            case_menu.addAction(self.case_actions[kind])
        case_menu.addSeparator()  # a likely duplicate the intake linked to a first case
        for kind in DUPLICATE_STEPS:
            case_menu.addAction(self.case_actions[kind])
        open_document = self._menu_action(case_menu, self.tr("&Open document"), QKeySequence("Ctrl+O"))
        open_document.triggered.connect(self.detail_panel.open_document.click)
        open_attachment = self._menu_action(case_menu, self.tr("Open &attachment"), QKeySequence("Ctrl+Shift+O"))
        open_attachment.triggered.connect(self.detail_panel.open_attachment.click)

        self.counter = CounterEntry(self, self.workspace, case_menu, self.notice)
        self.mail = MailMenu(self, self.workspace)
        self.cash = CashMenu(self, self.workspace, lambda: self.detail_panel.detail)
        self.registers = RegistersMenu(self, self.workspace, lambda: self.detail_panel.detail)
        self.civil_status = CivilStatusMenu(
            self, self.workspace, [self.case_actions[kind] for kind in CERTIFICATE_ORDER_STEPS]
        )
        self.supervision = SupervisionMenu(self, self.workspace, self.queue.chosen_rows, self._cases_moved)
        self.extras = ExtrasMenu(self, self.workspace, self.sync)

    def _set_tab_order(self) -> None:
        """Filters, queue-wide buttons, the queue, the steps for the case, then the case's lists."""
        bar, panel = self.queue.filter_bar, self.detail_panel
        chain: list[QWidget] = [bar.search, bar.status, bar.service, bar.assignee, *self.queue.action_buttons]
        chain += [self.queue.table, *(self.buttons[kind] for kind in _DETAIL_BUTTONS)]
        chain += [panel.form, panel.open_document, panel.documents]
        chain += [panel.open_attachment, panel.attachments, panel.payments, panel.history]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _menu_action(self, menu: QMenu, text: str, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        self.addAction(action)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        actor = self.workspace.actor
        self.user_label = plain_label(
            self.tr("Logged in: {name} ({roles})").format(name=actor.display_name, roles=roles_label(actor.roles)),
            object_name="userLabel",
        )
        self.count_label = plain_label()
        self.busy_label = plain_label()
        for label in (self.busy_label, self.count_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.user_label)
        # A method, not a lambda: the connection ends with the window (the task runner outlives it).
        self.workspace.runner.busy_changed.connect(self._show_busy)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _connect(self) -> None:
        actions, workflow = self.case_actions, self.workflow
        actions[CaseAction.CLAIM].triggered.connect(lambda: self._with_detail(workflow.claim))
        actions[CaseAction.CLAIM_NEXT].triggered.connect(workflow.claim_next)
        actions[CaseAction.RELEASE].triggered.connect(lambda: self._with_detail(workflow.release))
        actions[CaseAction.FEE_NOTICE].triggered.connect(lambda: self._with_detail(workflow.issue_fee_notice))
        actions[CaseAction.CORRECT_FORM].triggered.connect(lambda: self._with_detail(workflow.correct_form))
        actions[CaseAction.SET_FEE].triggered.connect(lambda: self._with_detail(workflow.set_fee))
        actions[CaseAction.MOVE_PICKUP].triggered.connect(lambda: self._with_detail(workflow.move_pickup))
        actions[CaseAction.CHECK_ENTITLEMENT].triggered.connect(lambda: self._with_detail(workflow.check_entitlement))
        actions[CaseAction.PRINT_CERTIFICATES].triggered.connect(lambda: self._with_detail(workflow.print_certificates))
        for kind in DUPLICATE_STEPS:
            actions[kind].triggered.connect(
                lambda _checked=False, kind=kind: self._with_detail(lambda d: workflow.duplicate(kind, d))
            )
        for kind in DECISIONS:
            actions[kind].triggered.connect(
                lambda _checked=False, kind=kind: self._with_detail(lambda d: workflow.ask_decision(kind, d))
            )
        actions[CaseAction.APPROVE].triggered.connect(lambda: self._with_detail(workflow.approve))
        for kind in (CaseAction.RESUME, CaseAction.CLOSE):
            actions[kind].triggered.connect(
                lambda _checked=False, kind=kind: self._with_detail(lambda d: workflow.transition(kind, d))
            )
        for kind in (CaseAction.REJECT, CaseAction.ASK_CITIZEN):
            actions[kind].triggered.connect(
                lambda _checked=False, kind=kind: self._with_detail(lambda d: workflow.ask_text(kind, d))
            )
        workflow.started.connect(self._action_started)
        workflow.succeeded.connect(self._action_succeeded)
        workflow.failed.connect(self._action_failed)
        workflow.refresh_needed.connect(self.load_detail)
        workflow.succeeded.connect(lambda _action, _row: self.mail.letters_changed())
        self.mail.printed.connect(self._letters_printed)
        self.cash.payments_changed.connect(self._payments_changed)
        self.counter.case_created.connect(self._counter_case_created)

        self.queue.selected_case_changed.connect(lambda _case_id: self._detail_timer.start())
        self.queue.model.total_changed.connect(self._show_count)
        self.queue.model.load_failed.connect(lambda error: show_error(self, error))
        self.queue.model.reloaded.connect(self._after_reload)
        self.queue.filter_bar.filter_changed.connect(self.queue.model.set_filter)
        self.detail_panel.document_requested.connect(self.open_document)
        self.detail_panel.attachment_requested.connect(self.attachment_viewing.open)
        self.sync_action.triggered.connect(self.sync.sync_now)
        self.sync.succeeded.connect(self._synced)

    # -- queue and detail --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.queue.model.reload()
        if self.detail_panel.detail is not None:
            self.load_detail(self.detail_panel.detail.case.id)

    def _load_services(self) -> None:
        self.workspace.runner.run(queue_operations.list_services(self.workspace, on_success=self._services_loaded))

    def _services_loaded(self, services: tuple[ServiceRow, ...]) -> None:
        self.queue.filter_bar.set_services(services)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", total))

    def _after_reload(self) -> None:
        if self._wanted_case_id is not None:
            self.queue.select_case(self._wanted_case_id)

    def _load_selected_detail(self) -> None:
        case_id = self.queue.selected_case_id()
        if case_id is None:
            return
        if case_id != self._wanted_case_id:
            self.load_detail(case_id)

    def load_detail(self, case_id: int) -> None:
        self._wanted_case_id = case_id
        self._detail_request += 1
        request = self._detail_request
        self.workspace.runner.run(
            case_operations.show_case(
                self.workspace,
                case_id,
                on_success=lambda detail: self._detail_loaded(request, detail),
                on_failure=lambda error: self._detail_failed(request, error),
            )
        )

    def _detail_loaded(self, request: int, detail: CaseDetail) -> None:
        if request != self._detail_request:
            return  # the clerk has moved on to another case
        self.detail_panel.show_detail(detail)
        self.queue.model.update_case(detail.case)
        if not self._detail_timer.isActive():  # else the clerk has just chosen another case: the queue stays there
            self.queue.select_case(detail.case.id)
        self._update_actions()
        self._follow_with_preview(detail)
        self.attachment_viewing.follow(detail.case.id)
        self.detail_shown.emit(detail)

    def _detail_failed(self, request: int, error: Exception) -> None:
        if request != self._detail_request:
            return
        if isinstance(error, NotFound):
            self._wanted_case_id = None
            self.detail_panel.clear()
            if self.preview is not None:
                self._preview_request += 1  # a letter still loading for the case is not shown any more
                self.preview.close()
            self.attachment_viewing.close_windows()
            self.queue.model.reload()
        self._update_actions()
        show_error(self, error)

    def _with_detail(self, step: Callable[[CaseDetail], object]) -> None:
        detail = self.detail_panel.detail
        if detail is not None and not self._action_running:
            step(detail)

    # -- steps -------------------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        if self._action_running:
            self.case_actions.disable_all()
            self.cash.case_shown(None)
            self.registers.case_shown(None)
        else:
            self.case_actions.enable(available_actions(self.workspace.actor, self.detail_panel.detail))
            self.cash.case_shown(self.detail_panel.detail)
            self.registers.case_shown(self.detail_panel.detail)

    def _action_started(self, _action: CaseAction) -> None:
        self._action_running = True
        self._update_actions()

    def _action_ended(self, *, case_reloading: bool) -> None:
        self._action_running = False
        if case_reloading:
            self.case_actions.disable_all()  # until the fresh detail says what is possible now
        else:
            self._update_actions()

    def _action_failed(self, _action: CaseAction, case_id: int | None, _error: Exception) -> None:
        self._action_ended(case_reloading=case_id is not None)  # the workflow asked for the reload

    def _action_succeeded(self, action: CaseAction, row: CaseRow) -> None:
        self._action_ended(case_reloading=True)
        self.queue.model.update_case(row)
        if action == CaseAction.CLAIM_NEXT:
            self.queue.model.reload()  # the case may not be loaded yet; the reload selects it
        self.load_detail(row.id)
        self.statusBar().showMessage(self._success_text(action, row), 8000)

    def _cases_moved(self, _rows: tuple[CaseRow, ...]) -> None:
        """A supervisor moved cases: the queue and the case shown read them again."""
        self.queue.model.reload()
        self._detail_timer.start()

    def _counter_case_created(self, case_id: int) -> None:
        """A walk-in case was saved: the queue shows it, selected."""
        self._wanted_case_id = case_id
        self.queue.model.reload()
        self.load_detail(case_id)

    def _payments_changed(self, case_id: int) -> None:
        """A fee was taken or a receipt cancelled: the case shown shows its payments afresh."""
        detail = self.detail_panel.detail
        if detail is not None and not self._action_running:
            self.load_detail(detail.case.id)
        self.queue.model.reload()

    def _letters_printed(self) -> None:
        """Letters of the case shown may have changed from "ready to print" to "printed"."""
        if self.detail_panel.detail is not None and not self._action_running:
            self.load_detail(self.detail_panel.detail.case.id)

    def _success_text(self, action: CaseAction, row: CaseRow) -> str:
        if action == CaseAction.FEE_NOTICE:
            return self.tr(
                "The fee notice for case {reference} has been written; it is waiting in the print queue."
            ).format(reference=row.reference)
        if action == CaseAction.SET_FEE:
            return self.tr("The fee of case {reference} has been set.").format(reference=row.reference)
        if action == CaseAction.MOVE_PICKUP:
            return self.tr(
                "The pickup of case {reference} has been moved; the new letter is waiting in the print queue."
            ).format(reference=row.reference)
        if action == CaseAction.CHECK_ENTITLEMENT:
            return self.tr(
                "The entitlement for case {reference} has been recorded; the history shows the decision and its rule."
            ).format(reference=row.reference)
        if action == CaseAction.PRINT_CERTIFICATES:
            return self.tr(
                "The certificates of case {reference} have gone to the certificate printer; approve the case for the "
                "cover letter."
            ).format(reference=row.reference)
        if action == CaseAction.CONFIRM_DUPLICATE:
            return self.tr("Case {reference} is confirmed as a duplicate: it is decided with the first case.").format(
                reference=row.reference
            )
        if action == CaseAction.UNLINK_DUPLICATE:
            return self.tr("Case {reference} is no duplicate any more: it is worked on its own.").format(
                reference=row.reference
            )
        if action == CaseAction.ALLOW_INFORMATION:
            return self.tr("The information of case {reference} may be given; the clerk answers the request.").format(
                reference=row.reference
            )
        if action == CaseAction.REFUSE_INFORMATION:
            return self.tr("The information of case {reference} is refused; the clerk rejects the request.").format(
                reference=row.reference
            )
        if action in (CaseAction.CLAIM, CaseAction.CLAIM_NEXT):
            return self.tr("You have taken over case {reference}.").format(reference=row.reference)
        if action == CaseAction.RELEASE:
            return self.tr("Case {reference} is back in the queue.").format(reference=row.reference)
        if TARGETS.get(action) is not None:
            return self.tr("Case {reference} is now “{status}”.").format(
                reference=row.reference, status=status_label(row.status)
            )
        return ""

    def open_document(self, document_id: int) -> None:
        self._load_preview(document_id, bring_to_front=True)

    def _load_preview(self, document_id: int, *, bring_to_front: bool) -> None:
        self._preview_request += 1
        request = self._preview_request
        self.workspace.runner.run(
            case_operations.open_document(
                self.workspace,
                document_id,
                on_success=lambda blob: self._show_preview(request, blob, bring_to_front),
                on_failure=lambda error: show_error(self, error),
            )
        )

    def _show_preview(self, request: int, blob: DocumentBlob, bring_to_front: bool) -> None:
        if request != self._preview_request:
            return  # another letter (or case) was chosen meanwhile
        if self.preview is None:
            if not bring_to_front:
                return  # the preview was closed while the letter loaded
            preview = DocumentPreviewDialog(self.workspace, self)
            preview.destroyed.connect(lambda: setattr(self, "preview", None))
            preview.printed.connect(self.mail.printed_elsewhere)
            self.preview = preview
        self.preview.show_document(blob)
        if bring_to_front:
            bring_up(self.preview)

    def _follow_with_preview(self, detail: CaseDetail) -> None:
        """An open preview shows a letter of the case on screen: its newest one, or that it has none."""
        preview = self.preview
        if preview is None:
            return
        case = detail.case
        if preview.case_id == case.id:
            for row in detail.documents:
                preview.update_row(row)  # e.g. printed meanwhile
            return
        document_id = self.detail_panel.current_document_id()
        if document_id is None:
            self._preview_request += 1
            preview.show_message(
                case.id,
                case.reference,
                self.tr("Case {reference} has no letters yet.").format(reference=case.reference),
            )
        else:
            preview.show_message(
                case.id,
                case.reference,
                self.tr("Loading the letter of case {reference}…").format(reference=case.reference),
            )
            self._load_preview(document_id, bring_to_front=False)

    # -- FIT-Connect ------------------------------------------------------------------------------------------

    def _synced(self, summary: SyncSummary) -> None:
        if summary.new_cases and self.workspace.actor.may(Action.VIEW_CASES):
            self.queue.model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_placed:
            # Not from the size hints: the case detail asks for more than half and left the queue a third.
            self._splitter_placed = True
            total = sum(self.splitter.sizes())
            queue = total * QUEUE_SHARE_PERCENT // 100
            self.splitter.setSizes([queue, total - queue])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._detail_timer.stop()
        self.sync.stop()
        self.live.stop()
        self.mail.close_windows()
        self.attachment_viewing.close_windows()
        self.cash.close_windows()
        self.registers.close_windows()
        self.civil_status.close_windows()
        self.supervision.close_windows()
        self.overview.close_windows()
        self.counter.close_windows()
        self.extras.close_windows()
        self.closed.emit()
        super().closeEvent(event)
