"""The quick check of the audit trail when an admin or the data-protection officer logs in.

It walks the newest records of audit log and mail book, their heads and the protecting triggers in the background;
if something was tampered with, a notice across the main window says where and what to do. A check that cannot run
(the database is gone) stays in the log: the work queue says so anyway.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from desktop.audit.operations import check_audit_trail_quickly
from desktop.core.workspace import Workspace
from desktop.messages.audit import tampering_message
from desktop.widgets.notice_bar import NoticeBar
from models.operations.audit_verification import AuditVerification

log = logging.getLogger(__name__)


def check_audit_trail(owner: QWidget, workspace: Workspace, notice: NoticeBar) -> None:
    def show(verification: AuditVerification) -> None:
        broken = verification.first_broken
        if broken is not None:
            log.warning("audit trail broken: %s at %s (%s)", broken.table, broken.seq, broken.problem)
            notice.show_notice(tampering_message(broken))

    workspace.runner.run(
        check_audit_trail_quickly(
            workspace,
            parent=owner,
            on_success=show,
            on_failure=lambda error: log.warning("the audit trail could not be checked: %s", error),
        )
    )
