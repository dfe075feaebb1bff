"""Data is shown as text, never as markup: a name "<b>fett</b> <img …>" shows those characters, not a bold word."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.admin.connection_dialog import ConnectionDialog
from desktop.app.main_window import MainWindow
from desktop.core.tasks import TaskRunner
from desktop.core.workspace import Workspace
from models.actors import Actor
from models.case_status import CaseStatus
from models.db import Database
from models.operations.case_creation import AttachmentInput
from models.operations.claims import claim_case
from models.operations.outgoing_mail import reprint_document
from models.operations.transitions import transition_case
from models.operations.users import authenticate, create_user
from models.roles import Role
from models.users import User
from printing.batch import file_delivery
from tests.conftest import PASSWORD, Staff
from tests.desktop.gui_helpers import open_main_window, open_window_without_queue, show_case
from tests.desktop.literal_text import MARKUP, markup_shown_as_markup, rendered, shows_literally
from tests.desktop.mail_helpers import open_mail_book, printed_to_file, queued_fee_notices
from tests.support.factories import RecordingRenderer, bulky_waste_form, new_case
from tests.sync.sandbox.helpers import SandboxKeys


def _user_with_markup(db: Database, staff: Staff, username: str, roles: set[Role]) -> Actor:
    """A user whose display name holds markup. ``create_user`` refuses that now (DIN 91379), so the name is put
    in the way an older database or a direct import would have it: labels must show it literally all the same."""
    create_user(db, staff.system, username, "Mia", frozenset(roles), password=PASSWORD)
    with db.write() as session:
        session.execute(update(User).where(User.username == username).values(display_name=f"Mia {MARKUP}"))
    return authenticate(db, username, PASSWORD)


def _window(qtbot: QtBot, db: Database, actor: Actor, runner: TaskRunner, renderer: RecordingRenderer) -> MainWindow:
    return open_main_window(qtbot, Workspace(db, actor, runner, renderer))


def test_names_entries_and_reasons_show_literally_in_the_main_window(
    qtbot: QtBot, db: Database, staff: Staff, runner: TaskRunner, renderer: RecordingRenderer
) -> None:
    mia = _user_with_markup(db, staff, "mia", {Role.CLERK})
    form = bulky_waste_form(
        placementNote=MARKUP, items=[{"description": f"Sofa {MARKUP}", "quantity": 1, "volumeM3": 1.5}]
    )
    attachment = AttachmentInput(f"Foto {MARKUP}.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 kein echtes Foto", MARKUP)
    case = new_case(db, staff.system, form=form, attachments=(attachment,))
    claimed = claim_case(db, mia, case.id)
    transition_case(
        db,
        mia,
        case.id,
        CaseStatus.WAITING_FOR_CITIZEN,
        expected_version=claimed.version,
        comment=f"Bitte nachreichen: {MARKUP}",
        write_letter=False,
    )
    window = _window(qtbot, db, mia, runner, renderer)
    show_case(qtbot, window, case)

    user_label = window.user_label
    assert rendered(user_label.text(), user_label.textFormat()) == f"Angemeldet: Mia {MARKUP} (Sachbearbeitung)"
    assert MARKUP in rendered(window.detail_panel.assignee.text(), window.detail_panel.assignee.textFormat())
    assert markup_shown_as_markup(window) == []
    places = shows_literally(window)
    for where in ("label 'userLabel'", "label 'assignee'", "item tooltip in formFields", "item tooltip in history"):
        assert where in places


def test_the_outgoing_mail_book_shows_names_and_reasons_literally(
    qtbot: QtBot, db: Database, staff: Staff, runner: TaskRunner, renderer: RecordingRenderer, tmp_path: Path
) -> None:
    mia = _user_with_markup(db, staff, "mia", {Role.CLERK})
    documents = queued_fee_notices(db, staff.system, ["Abel"])
    printed_to_file(db, mia, documents, tmp_path)
    reprint_document(db, mia, documents[0].id, f"Zurück: {MARKUP}", file_delivery(tmp_path / "nochmal.pdf"))
    window = _window(qtbot, db, mia, runner, renderer)
    book = open_mail_book(qtbot, window)
    assert book.model.rowCount() == 2
    assert markup_shown_as_markup(book) == []
    assert "item tooltip in mailBookTable" in shows_literally(book)


def test_key_files_and_their_key_ids_show_literally_in_the_connection_dialog(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    runner: TaskRunner,
    renderer: RecordingRenderer,
    tmp_path: Path,
    sandbox_keys: SandboxKeys,
) -> None:
    window = open_window_without_queue(qtbot, Workspace(db, staff.admin, runner, renderer))
    dialog = window.extras.open_connection_settings()
    assert isinstance(dialog, ConnectionDialog)
    qtbot.waitUntil(lambda: not runner.busy)
    key = dict(sandbox_keys.encryption.private, kid=MARKUP)
    file_name = '<img src="nirgends.png"> Schlüssel.json'  # no "</b>": a "/" cannot be part of a file name
    (tmp_path / file_name).write_text("kein JSON", encoding="utf-8")
    assert not dialog.import_key(dialog.signing_key, tmp_path / file_name)
    good = tmp_path / "schluessel.json"
    good.write_text(json.dumps(key), encoding="utf-8")
    assert dialog.import_key(dialog.decryption_key, good)
    assert markup_shown_as_markup(dialog) == []
    error = dialog.errors["signing_key"]
    assert rendered(error.text(), error.textFormat()).startswith(f"{file_name}: ")
    assert "label 'decryption_kid'" in shows_literally(dialog)
