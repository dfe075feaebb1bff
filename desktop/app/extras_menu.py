"""The main window's "Extras" menu: the FIT-Connect connection (admins), the rejected applications (admins and
supervisors), the letter templates and the service catalogue (admins), the audit log and the register information
log (data protection), checking a certificate's verification code (everyone), each a window of its own that does
not block the work queue."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from desktop.admin.catalogue_dialog import CatalogueDialog
from desktop.admin.connection_dialog import ConnectionDialog
from desktop.admin.letter_template_editor import LetterTemplateEditor
from desktop.admin.users_dialog import UsersDialog
from desktop.audit.disclosure_dialog import DisclosureLogDialog
from desktop.audit.log_dialog import AuditLogDialog
from desktop.certificates.paper_dialog import PaperDialog
from desktop.certificates.verify_dialog import VerifyCertificateDialog
from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from desktop.sync.controller import SyncController
from desktop.sync.rejected_submissions import RejectedSubmissionsDialog
from models.permissions import Action
from sync.sync_pass import SyncSummary


class ExtrasMenu(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, sync: SyncController) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._sync = sync
        self.connection_dialog: ConnectionDialog | None = None
        self.rejected_dialog: RejectedSubmissionsDialog | None = None
        self.template_editor: LetterTemplateEditor | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.disclosure_dialog: DisclosureLogDialog | None = None
        self.catalogue_dialog: CatalogueDialog | None = None
        self.verify_dialog: VerifyCertificateDialog | None = None
        self.paper_dialog: PaperDialog | None = None
        self.users_dialog: UsersDialog | None = None
        actor = workspace.actor
        self.menu = window.menuBar().addMenu(self.tr("E&xtras"))
        self.connection_action = self.menu.addAction(self.tr("FIT-Connect &connection…"))
        self.connection_action.setObjectName("action_connection_settings")
        self.connection_action.setEnabled(actor.may(Action.CONFIGURE_CONNECTION))
        self.connection_action.triggered.connect(self.open_connection_settings)
        self.rejected_action = self.menu.addAction(self.tr("&Rejected applications…"))
        self.rejected_action.setObjectName("action_rejected_submissions")
        self.rejected_action.setEnabled(actor.may(Action.VIEW_INTAKE))
        self.rejected_action.triggered.connect(self.open_rejected_submissions)
        self.templates_action = self.menu.addAction(self.tr("&Letter templates…"))
        self.templates_action.setObjectName("action_letter_templates")
        self.templates_action.setEnabled(actor.may(Action.EDIT_LETTER_TEMPLATES))
        self.templates_action.triggered.connect(self.open_template_editor)
        self.catalogue_action = self.menu.addAction(self.tr("Service &catalogue…"))
        self.catalogue_action.setObjectName("action_service_catalogue")
        self.catalogue_action.setEnabled(actor.may(Action.EDIT_CATALOGUE))
        self.catalogue_action.triggered.connect(self.open_catalogue)
        self.users_action = self.menu.addAction(self.tr("&Users…"))
        self.users_action.setObjectName("action_users")
        self.users_action.setVisible(actor.may(Action.MANAGE_USERS))  # the IT administration's
        self.users_action.setEnabled(actor.may(Action.MANAGE_USERS))
        self.users_action.triggered.connect(self.open_users)
        self.audit_action = self.menu.addAction(self.tr("&Audit log…"))
        self.audit_action.setObjectName("action_audit_log")
        self.audit_action.setEnabled(actor.may(Action.READ_AUDIT_LOG))
        self.audit_action.triggered.connect(self.open_audit_log)
        self.disclosure_action = self.menu.addAction(self.tr("Register &information log (§ 40 BMG)…"))
        self.disclosure_action.setObjectName("action_disclosure_log")
        self.disclosure_action.setEnabled(actor.may(Action.READ_DISCLOSURE_LOG))
        self.disclosure_action.triggered.connect(self.open_disclosure_log)
        self.menu.addSeparator()
        self.verify_action = self.menu.addAction(self.tr("&Verify a certificate…"))  # anyone: a caller reads the code
        self.verify_action.setObjectName("action_verify_certificate")
        self.verify_action.triggered.connect(self.open_verify_dialog)
        self.paper_action = self.menu.addAction(self.tr("Security &paper…"))
        self.paper_action.setObjectName("action_security_paper")
        self.paper_action.setVisible(actor.may(Action.ISSUE_CERTIFICATES))  # the registry office's
        self.paper_action.setEnabled(actor.may(Action.ISSUE_CERTIFICATES))
        self.paper_action.triggered.connect(self.open_paper_dialog)
        sync.succeeded.connect(self._synced)

    def open_connection_settings(self) -> ConnectionDialog:
        if self.connection_dialog is None:
            dialog = ConnectionDialog(self._workspace, self._window, note=self._sync.source.description)
            dialog.saved.connect(self._connection_saved)
            dialog.finished.connect(lambda _result: setattr(self, "connection_dialog", None))
            self.connection_dialog = dialog
        bring_up(self.connection_dialog)
        return self.connection_dialog

    def _connection_saved(self, _settings: object) -> None:
        self._sync.reschedule()
        self._window.statusBar().showMessage(self.tr("The FIT-Connect connection has been saved."), 8000)

    def open_rejected_submissions(self) -> RejectedSubmissionsDialog:
        if self.rejected_dialog is None:
            dialog = RejectedSubmissionsDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "rejected_dialog", None))
            self.rejected_dialog = dialog
        bring_up(self.rejected_dialog)
        return self.rejected_dialog

    def open_template_editor(self) -> LetterTemplateEditor:
        if self.template_editor is None:
            dialog = LetterTemplateEditor(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "template_editor", None))
            self.template_editor = dialog
        bring_up(self.template_editor)
        return self.template_editor

    def open_catalogue(self) -> CatalogueDialog:
        if self.catalogue_dialog is None:
            dialog = CatalogueDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "catalogue_dialog", None))
            self.catalogue_dialog = dialog
        bring_up(self.catalogue_dialog)
        return self.catalogue_dialog

    def open_users(self) -> UsersDialog:
        if self.users_dialog is None:
            dialog = UsersDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "users_dialog", None))
            self.users_dialog = dialog
        bring_up(self.users_dialog)
        return self.users_dialog

    def open_audit_log(self) -> AuditLogDialog:
        if self.audit_dialog is None:
            dialog = AuditLogDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "audit_dialog", None))
            self.audit_dialog = dialog
        bring_up(self.audit_dialog)
        return self.audit_dialog

    def open_disclosure_log(self) -> DisclosureLogDialog:
        if self.disclosure_dialog is None:
            dialog = DisclosureLogDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "disclosure_dialog", None))
            self.disclosure_dialog = dialog
        bring_up(self.disclosure_dialog)
        return self.disclosure_dialog

    def open_verify_dialog(self) -> VerifyCertificateDialog:
        if self.verify_dialog is None:
            dialog = VerifyCertificateDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "verify_dialog", None))
            self.verify_dialog = dialog
        bring_up(self.verify_dialog)
        return self.verify_dialog

    def open_paper_dialog(self) -> PaperDialog:
        if self.paper_dialog is None:
            dialog = PaperDialog(self._workspace, self._window)
            dialog.finished.connect(lambda _result: setattr(self, "paper_dialog", None))
            self.paper_dialog = dialog
        bring_up(self.paper_dialog)
        return self.paper_dialog

    def _synced(self, summary: SyncSummary) -> None:
        if (summary.rejected or summary.held) and self.rejected_dialog is not None:
            self.rejected_dialog.reload()

    def close_windows(self) -> None:
        dialogs = (self.connection_dialog, self.rejected_dialog, self.template_editor, self.catalogue_dialog)
        for dialog in (
            *dialogs,
            self.users_dialog,
            self.audit_dialog,
            self.disclosure_dialog,
            self.verify_dialog,
            self.paper_dialog,
        ):
            if dialog is not None:
                dialog.close()
