"""Render the screenshots of the user guides: ``make screenshots`` (offscreen, on demo data in a temporary database).

Writes into ``docs/screenshots/`` (the list is :data:`SCREENSHOTS`): the login, Anna's work queue after the first
sync with the demo's local delivery service, a Rückfrage, the letter preview, the print queue and the outgoing-mail
book, the counter and the cash desk, the registers, the lock screen; Clara's registry office (register search, an
entry, Berechtigung prüfen, Urkunden drucken, a certificate as printed, rendered with ``pdftoppm``); Dieter's
Übersicht, cases chosen and reassigned, absences and claims left untouched; Eva's users, letter templates,
catalogue, FIT-Connect connection and rejected applications; Frank's audit log.
The keyring is an in-memory one: nothing of the real user's keyring is read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "screenshots"
WINDOW_SIZE = (1400, 850)
SANDBOX_PORT = 8088  # as ``amtsstube sandbox`` uses by default, so the URLs match the admin guide
SCREENSHOTS = (
    "login.png",
    "main_window.png",
    "letter_preview.png",
    "print_queue.png",
    "mail_book.png",
    "letter_templates.png",
    "fitconnect_settings.png",
    "rejected_submissions.png",
    "audit_log.png",
    "counter_dialog.png",
    "payment_dialog.png",
    "cash_day.png",
    "catalogue.png",
    "resident_register.png",
    "dog_register.png",
    "property_register.png",
    "ask_citizen.png",
    "lock_screen.png",
    "civil_search.png",
    "civil_entry.png",
    "registry_window.png",
    "entitlement.png",
    "certificate_print.png",
    "certificate.png",
    "dashboard.png",
    "supervisor_queue.png",
    "reassign.png",
    "absences.png",
    "stale_claims.png",
    "users.png",
)
DEMO_PRINTER = "Buergerbuero-Laser"
COUNTER_DESK = "Schalter 2"  # the workstation's name in the cash book
REGISTRY_DESK = "Standesamt 1"
BY_ASSIGNEE = 4
PAID_AT_THE_COUNTER = (
    "residence_certificate",
    "dog_registration",
    "residents_parking_permit",
)  # the work queue's column Bearbeiter/in
CERTIFICATE_PRINTER = "Standesamt-Urkunden"


def _isolate(home: Path) -> None:
    """Own user directories and database, so nothing of the real user shows up (or is touched)."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ.pop("AMTSSTUBE_DATABASE_URL", None)
    os.environ.pop("AMTSSTUBE_LANG", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def _wait(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QTimer  # noqa: PLC0415 - after _isolate()

    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() or deadline.hasExpired() else None)
    timer.start(20)
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the window did not reach the expected state")


def _settle(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: PLC0415

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _memory_keyring() -> None:
    """The tests' in-memory keyring backend (the repository root is on sys.path after _isolate())."""
    import keyring  # noqa: PLC0415

    from tests.support.memory_keyring import MemoryKeyring  # noqa: PLC0415

    keyring.set_keyring(MemoryKeyring())


def _port_free(port: int) -> bool:
    import socket  # noqa: PLC0415

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no obstacle
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _pretend_printer() -> Callable[..., object]:
    """Stands in for the town hall's printer: the book shows a printer name and job ids as a real one gives."""
    from models.print_jobs import PrintReceipt  # noqa: PLC0415

    jobs = iter(range(41, 100))
    return lambda _items: PrintReceipt(printer=DEMO_PRINTER, job_id=f"{DEMO_PRINTER}-{next(jobs)}", duplex=True)


def _mail_screenshots(window: Any, db: Any, actor: Any) -> None:
    """The print queue with a letter in the preview; then some letters printed, one reprinted, in the book."""
    from models.operations.outgoing_mail import print_documents, print_queue, reprint_document  # noqa: PLC0415

    queue = window.mail.open_print_queue()
    queue.resize(1300, 760)
    _wait(lambda: queue.model.rowCount() > 0 and queue.preview.page_count > 0 and not window.workspace.runner.busy)
    _settle(1500)  # QPdfView renders in the background
    queue.grab().save(str(OUTPUT / "print_queue.png"))
    queue.close()

    waiting = print_queue(db, actor)
    deliver = _pretend_printer()
    print_documents(db, actor, deliver, [document.id for document in waiting[: max(1, len(waiting) // 2)]])  # type: ignore[arg-type]
    result = print_documents(db, actor, deliver, [waiting[-1].id])  # type: ignore[arg-type]
    reason = "Als unzustellbar zurückgekommen, Hausnummer ergänzt"
    reprint_document(db, actor, result.entries[0].document_id, reason, deliver)  # type: ignore[arg-type]
    book = window.mail.open_mail_book()
    book.resize(1360, 680)
    _wait(lambda: book.model.rowCount() > 0 and not window.workspace.runner.busy)
    _settle(300)
    book.grab().save(str(OUTPUT / "mail_book.png"))
    book.close()


def _template_editor_screenshot(workspace: Any) -> None:
    from desktop.admin.letter_template_editor import LetterTemplateEditor  # noqa: PLC0415
    from models.documents import DocumentKind  # noqa: PLC0415

    editor = LetterTemplateEditor(workspace)
    editor.resize(1300, 760)
    editor.show()
    _wait(lambda: editor.templates.count() > 0 and not workspace.runner.busy)
    editor.select_template(DocumentKind.FEE_NOTICE)
    _settle(300)
    editor.grab().save(str(OUTPUT / "letter_templates.png"))
    editor.close()


def _audit_log_screenshot(workspace: Any) -> None:
    from desktop.audit.log_dialog import AuditLogDialog  # noqa: PLC0415

    dialog = AuditLogDialog(workspace)
    dialog.resize(1200, 700)
    dialog.show()
    _wait(lambda: dialog.model.rowCount() > 0 and not workspace.runner.busy)
    _settle(300)
    dialog.grab().save(str(OUTPUT / "audit_log.png"))
    dialog.close()


def _rejected_screenshot(workspace: Any, destination_id: str) -> None:
    """Extras → Abgelehnte Anträge with one application kept aside and two rejected ones, as a hostile day leaves it."""
    from desktop.sync.rejected_submissions import RejectedSubmissionsDialog  # noqa: PLC0415
    from models.actors import system_actor  # noqa: PLC0415
    from models.operations.intake_book import Rejection, SubmissionKey, book_submissions, record_fault  # noqa: PLC0415
    from sync.fitconnect.problems import Problem, ProblemKind  # noqa: PLC0415

    def key(number: int, service: str) -> SubmissionKey:
        return SubmissionKey(
            f"7c1e5b2a-3d4f-4a6b-9c8d-00000000000{number}",
            f"2b9f4e1c-8a7d-4c3b-b6e5-00000000000{number}",
            destination_id,
            None,
            service,
        )

    record_fault(workspace.db, key(1, "Hund anmelden"), "TypeError: unsupported operand type(s) (at intake.py:212)")
    problems = [
        (key(2, "Wohnsitz anmelden"), ProblemKind.DATA_SCHEMA_VIOLATION,
         "applicant/familyName: character U+202E is not permitted in a name (DIN 91379 data type A)", "data"),
        (key(3, "Sperrmüllabholung anmelden"), ProblemKind.ENCRYPTION_ISSUE,
         "unknown_key: kid=kid-of-nobody", "data"),
    ]  # fmt: skip
    book_submissions(
        workspace.db,
        system_actor("sync"),
        [Rejection(k, [Problem(kind, detail, instance).as_json()]) for k, kind, detail, instance in problems],
    )
    dialog = RejectedSubmissionsDialog(workspace)
    dialog.resize(1100, 620)
    dialog.show()
    _wait(lambda: dialog.model.rowCount() > 0 and dialog.held_model.rowCount() > 0 and not workspace.runner.busy)
    _settle(300)
    dialog.grab().save(str(OUTPUT / "rejected_submissions.png"))
    dialog.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="amtsstube-screenshots-") as temp:
        _isolate(Path(temp))
        return _render(Path(temp))


def _grab(widget: Any, name: str, ready: Callable[[], bool], workspace: Any) -> None:
    widget.show()
    _wait(lambda: ready() and not workspace.runner.busy)
    _settle(300)
    widget.grab().save(str(OUTPUT / name))
    widget.close()


def _counter_screenshots(workspace: Any) -> None:
    """A walk-in tree-felling permit (a fee by tariff) half typed, then the cash desk's payment and day report."""
    from desktop.cash.day_dialog import CashDayDialog  # noqa: PLC0415
    from desktop.cash.payment_dialog import PaymentDialog  # noqa: PLC0415
    from desktop.counter.dialog import CounterCaseDialog  # noqa: PLC0415
    from models.operations.queue import QueueFilter, list_queue  # noqa: PLC0415

    counter = CounterCaseDialog(workspace)
    counter.resize(1200, 820)
    counter.show()
    _wait(lambda: len(counter.service_picker.index.find("baum")) > 0)
    counter.service_picker.search.setText("baumf")
    counter.choose_service(counter.service_picker.index.find("baumf")[0])
    for field, text in (("given_names", "Karl"), ("family_name", "Linde"), ("date_of_birth", "03.07.1962"),
                        ("street", "Am Lindenhof"), ("house_number", "7"), ("postcode", "59999"),
                        ("city", "Lindenbrück")):  # fmt: skip
        counter.person.edits[field].setText(text)
    counter.tariff.amount.setValue(75)
    _grab(counter, "counter_dialog.png", lambda: counter.form is not None, workspace)
    counter.done(0)

    rows = list_queue(workspace.db, workspace.actor, QueueFilter()).rows
    unpaid = next(row for row in rows if row.service_key == "residence_certificate")
    payment = PaymentDialog(workspace, unpaid.id)
    _grab(payment, "payment_dialog.png", lambda: bool(payment.rows), workspace)
    _book_the_morning(workspace, [row.id for row in rows if row.service_key in PAID_AT_THE_COUNTER])
    day = CashDayDialog(workspace)
    day.resize(1100, 640)
    _grab(day, "cash_day.png", lambda: True, workspace)


def _book_the_morning(workspace: Any, case_ids: list[int]) -> None:
    """Fees taken at this counter today, in cash and by girocard, so the day report has its receipts."""
    from models.operations.counter_payments import PaymentLine, fees_of_the_visit, take_payment  # noqa: PLC0415
    from models.payment_methods import PaymentMethod  # noqa: PLC0415

    methods = iter((PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.CASH))
    for case_id in case_ids:
        fees = [fee for fee in fees_of_the_visit(workspace.db, workspace.actor, case_id) if fee.case_id == case_id]
        if not fees or fees[0].open_cents <= 0 or fees[0].fee_to_set:
            continue
        line = PaymentLine(case_id, fees[0].open_cents, fees[0].version)
        method = next(methods, None)
        if method is None:
            return
        take_payment(workspace.db, workspace.actor, [line], method, workstation=COUNTER_DESK)


def _resident_screenshot(workspace: Any) -> None:
    """The demo town's register: a search as typed and the record of the first match."""
    from desktop.registers.resident_dialog import ResidentDialog  # noqa: PLC0415

    dialog = ResidentDialog(workspace)
    dialog.resize(1300, 780)
    dialog.show()
    dialog.look_for("schmi")
    _wait(lambda: dialog.matches.rowCount() > 0 and not workspace.runner.busy)
    dialog.open_current()
    _grab(dialog, "resident_register.png", lambda: dialog.record is not None, workspace)


def _dog_and_property_screenshots(workspace: Any) -> None:
    """The dog register at the demo's tax tag 1, and a managed house of the waste-bin register with its bins."""
    from desktop.registers.dog_dialog import DogDialog  # noqa: PLC0415
    from desktop.registers.property_dialog import PropertyDialog  # noqa: PLC0415

    dogs = DogDialog(workspace)
    dogs.resize(1200, 780)
    dogs.show()
    dogs.look_for("1")
    _wait(lambda: dogs.matches.rowCount() > 0 and not workspace.runner.busy)
    dogs.open_current()
    _grab(dogs, "dog_register.png", lambda: dogs.record is not None, workspace)
    properties = PropertyDialog(workspace)
    properties.resize(1200, 780)
    properties.show()
    properties.look_for("Hausverwaltung Brandt")
    _wait(lambda: properties.matches.rowCount() > 0 and not workspace.runner.busy)
    properties.open_current()
    _grab(properties, "property_register.png", lambda: properties.record is not None, workspace)


def _catalogue_screenshot(workspace: Any) -> None:
    from desktop.admin.catalogue_dialog import CatalogueDialog  # noqa: PLC0415

    dialog = CatalogueDialog(workspace)
    dialog.resize(1300, 760)
    _grab(dialog, "catalogue.png", lambda: True, workspace)


def _ask_citizen_screenshot(window: Any) -> None:
    """Rückfrage an Bürger/in on the case shown: the missing items, one a line, and the reply date."""
    from desktop.case.actions import CaseAction  # noqa: PLC0415

    detail = window.detail_panel.detail
    dialog = window.workflow.ask_text(
        CaseAction.ASK_CITIZEN, detail, "Foto der Gegenstände\nMaße des Kleiderschranks (Höhe × Breite × Tiefe)"
    )
    dialog.resize(640, 330)
    _settle(300)
    dialog.grab().save(str(OUTPUT / "ask_citizen.png"))
    dialog.reject()


def _lock_screenshot(workspace: Any) -> None:
    from desktop.app.lock_dialog import LockDialog  # noqa: PLC0415

    dialog = LockDialog(workspace)
    _grab(dialog, "lock_screen.png", dialog.isVisible, workspace)


def _users_screenshot(workspace: Any) -> None:
    from desktop.admin.users_dialog import UsersDialog  # noqa: PLC0415

    dialog = UsersDialog(workspace)
    dialog.resize(1100, 460)
    dialog.show()
    _wait(lambda: dialog.table.rowCount() > 0 and not workspace.runner.busy)
    dialog.table.selectRow(1)  # Ben, a clerk: his name, contact and roles in the form
    _grab(dialog, "users.png", lambda: True, workspace)


def _open_window(workspace: Any) -> Any:
    """Another member of staff's main window, on the same database (its sync does nothing: none is configured)."""
    from desktop.app.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(workspace)
    window.resize(*WINDOW_SIZE)
    window.show()
    _wait(lambda: window.queue.model.rowCount() > 0 and not workspace.runner.busy)
    return window


def _registry_screenshots(workspace: Any) -> None:
    """Clara's Standesamt: the register search, an entry with its certificates, then a birth certificate order:
    Berechtigung prüfen and Urkunden drucken; and one issued certificate as printed, rendered to PNG."""
    import subprocess  # noqa: PLC0415

    from desktop.case.actions import CaseAction  # noqa: PLC0415
    from models.case_status import CaseStatus  # noqa: PLC0415
    from models.operations.certificates import certificate_pdf, issued_certificates  # noqa: PLC0415

    db, actor = workspace.db, workspace.actor
    window = _open_window(workspace)
    entry_id, family_name = _entry_with_certificates(db)
    search = window.civil_status.open_search()
    search.resize(1100, 620)
    search.family_name.setText(family_name)
    search.run_search()
    _wait(lambda: search.matches.rowCount() > 0 and not workspace.runner.busy)
    rows = [search.matches.row_at(n) for n in range(search.matches.rowCount())]
    search.table.selectRow(next(n for n, row in enumerate(rows) if row is not None and row.id == entry_id))
    _settle(300)
    search.grab().save(str(OUTPUT / "civil_search.png"))
    view = window.civil_status.open_entry(entry_id)
    view.resize(1150, 760)
    _grab(view, "civil_entry.png", lambda: view.record is not None and view.certificates.rowCount() > 0, workspace)
    search.close()

    model = window.queue.model
    order = next(
        row
        for n in range(model.rowCount())
        if (row := model.row_at(n))
        and row.service_key == "birth_certificate"
        and row.status == CaseStatus.IN_PROGRESS
        and row.assignee_username == actor.username
    )
    window.queue.select_case(order.id)
    _wait(lambda: window.detail_panel.detail is not None and window.detail_panel.detail.case.id == order.id)
    _wait(lambda: not workspace.runner.busy)
    window.grab().save(str(OUTPUT / "registry_window.png"))
    window.workflow.check_entitlement(window.detail_panel.detail)
    _wait(lambda: window.workflow.entitlement_dialog is not None and not workspace.runner.busy)
    entitlement = window.workflow.entitlement_dialog
    entitlement.evidence.setText("Personalausweis vorgelegt")
    _settle(300)
    entitlement.grab().save(str(OUTPUT / "entitlement.png"))
    entitlement.save.click()
    _wait(lambda: window.case_actions[CaseAction.PRINT_CERTIFICATES].isEnabled())
    window.workflow.print_certificates(window.detail_panel.detail)
    _wait(lambda: window.workflow.print_dialog is not None and not workspace.runner.busy)
    _settle(300)
    window.workflow.print_dialog.grab().save(str(OUTPUT / "certificate_print.png"))
    window.workflow.print_dialog.reject()
    window.close()

    birth = next(row for row in issued_certificates(db, actor) if row.kind.value == "birth")
    _row, pdf = certificate_pdf(db, actor, birth.verification_code)
    target = OUTPUT / "certificate"
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", "-", str(target)],
                   input=pdf, check=True)  # fmt: skip


def _entry_with_certificates(db: Any) -> tuple[int, str]:
    """The birth entry the demo issued most certificates from, and its child's family name (to search for)."""
    from sqlalchemy import func, select  # noqa: PLC0415

    from models.registers.civil_status.entries import EntryPerson, PersonRole  # noqa: PLC0415
    from models.registers.civil_status.issued import IssuedCertificate  # noqa: PLC0415

    with db.read() as session:
        entry_id = session.scalars(
            select(IssuedCertificate.entry_id)
            .where(IssuedCertificate.kind == "birth")
            .group_by(IssuedCertificate.entry_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        name = session.scalars(
            select(EntryPerson.family_name).where(
                EntryPerson.entry_id == entry_id, EntryPerson.role == PersonRole.CHILD
            )
        ).one()
    return entry_id, name


def _supervision_data(db: Any, supervisor: Any) -> None:
    """Ben on a course this week (he took two more pickups before), Anna's holiday planned; two old claims
    untouched since the day they came in."""
    import datetime as dt  # noqa: PLC0415

    from sqlalchemy import select, update  # noqa: PLC0415

    from models.case_status import CaseStatus  # noqa: PLC0415
    from models.cases import Case, CaseEvent  # noqa: PLC0415
    from models.catalogue import PublicService  # noqa: PLC0415
    from models.demo.seed import DEMO_PASSWORD  # noqa: PLC0415
    from models.german_format import today  # noqa: PLC0415
    from models.operations.absences import record_absence  # noqa: PLC0415
    from models.operations.claims import claim_case  # noqa: PLC0415
    from models.operations.users import authenticate  # noqa: PLC0415
    from models.users import User  # noqa: PLC0415
    from models.working_days import working_days_before  # noqa: PLC0415

    with db.read() as session:
        waiting = session.scalars(
            select(Case.id).join(PublicService, PublicService.id == Case.service_id)
            .where(Case.status == CaseStatus.RECEIVED, PublicService.key == "bulky_waste_pickup")
            .order_by(Case.id).limit(2)
        ).all()  # fmt: skip
    ben = authenticate(db, "ben", DEMO_PASSWORD)
    for case_id in waiting:
        claim_case(db, ben, case_id)
    day = today()
    record_absence(db, supervisor, "ben", day, day + dt.timedelta(days=4), "Fortbildung")
    record_absence(db, supervisor, "anna", day + dt.timedelta(days=14), day + dt.timedelta(days=25), "Urlaub")
    quiet_since = dt.datetime.combine(working_days_before(day, 6), dt.time(), dt.UTC)
    with db.write() as session:
        held = session.execute(
            select(Case.id, Case.received_at)
            .join(User, User.id == Case.assignee_id)
            .where(Case.status == CaseStatus.IN_PROGRESS, User.username.in_(("anna", "ben")))
            .where(Case.received_at < quiet_since)
            .order_by(Case.received_at)
            .limit(2)
        ).all()
        for case_id, received_at in held:  # taken over two hours after it came in, and not touched since
            taken = received_at + dt.timedelta(hours=2)
            session.execute(
                update(CaseEvent).where(CaseEvent.case_id == case_id, CaseEvent.at > taken).values(at=taken)
            )


def _supervisor_screenshots(workspace: Any) -> None:
    """Dieter's start screen, the Übersicht; then Ben's cases chosen in the work queue and given to Anna; the
    absences and the claims left untouched."""
    from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: PLC0415

    _supervision_data(workspace.db, workspace.actor)
    window = _open_window(workspace)
    dashboard = window.overview.dashboard
    _wait(lambda: dashboard.report is not None and not dashboard.loading and not workspace.runner.busy)
    _settle(800)  # QtCharts animates nothing here, but lays out its axes after the first paint
    window.grab().save(str(OUTPUT / "dashboard.png"))

    window.overview.show_queue()
    model, table = window.queue.model, window.queue.table
    table.sortByColumn(BY_ASSIGNEE, Qt.SortOrder.DescendingOrder)  # Ben's cases one below the other
    _wait(lambda: not workspace.runner.busy and model.rowCount() > 0)
    bens = [n for n in range(model.rowCount()) if (row := model.row_at(n)) and row.assignee_username == "ben"]
    table.setFocus()
    table.selectRow(bens[0])
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for n in bens[1:]:
        table.selectionModel().select(model.index(n, 0), rows)
    table.scrollTo(model.index(bens[0], 0))
    _wait(lambda: window.detail_panel.detail is not None and not workspace.runner.busy)
    _settle(300)
    window.grab().save(str(OUTPUT / "supervisor_queue.png"))
    dialog = window.supervision.open_assign()
    _wait(lambda: dialog.assign_button.isEnabled())
    dialog.reason.setText("Vertretung während der Fortbildung")
    dialog.resize(640, dialog.sizeHint().height())
    _settle(300)
    dialog.grab().save(str(OUTPUT / "reassign.png"))
    dialog.reject()

    absences = window.supervision.open_absences()
    _wait(lambda: absences.rows.rowCount() > 0 and not workspace.runner.busy)
    _settle(300)
    absences.grab().save(str(OUTPUT / "absences.png"))
    absences.close()
    stale = window.supervision.open_stale()
    stale.resize(1000, 360)
    _wait(lambda: stale.rows.rowCount() > 0 and not workspace.runner.busy)
    stale.table.selectRow(0)
    _settle(300)
    stale.grab().save(str(OUTPUT / "stale_claims.png"))
    stale.close()
    window.close()


def _render(temp: Path) -> int:
    # Imported only now: the user directories must be set before the application modules look at them.
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from desktop.admin.connection_dialog import ConnectionDialog  # noqa: PLC0415
    from desktop.app.demo_start import demo_hint_text  # noqa: PLC0415
    from desktop.app.login_dialog import LoginDialog  # noqa: PLC0415
    from desktop.app.main_window import MainWindow  # noqa: PLC0415
    from desktop.core.tasks import TaskRunner  # noqa: PLC0415
    from desktop.core.translations import install_translations  # noqa: PLC0415
    from desktop.core.workspace import Workspace  # noqa: PLC0415
    from desktop.sync.demo_delivery import DemoDeliveryService  # noqa: PLC0415
    from desktop.widgets.error_dialogs import show_error_on_active_window  # noqa: PLC0415
    from models import settings  # noqa: PLC0415
    from models.case_status import CaseStatus  # noqa: PLC0415
    from models.db import Database  # noqa: PLC0415
    from models.demo.certificates import load_local_paper  # noqa: PLC0415
    from models.demo.seed import DEMO_PASSWORD, seed_demo_if_empty  # noqa: PLC0415
    from models.migrate import upgrade  # noqa: PLC0415
    from models.operations.catalogue import ensure_catalogue  # noqa: PLC0415
    from models.operations.users import authenticate  # noqa: PLC0415
    from printing.certificate_sheet import render_on_sheet  # noqa: PLC0415
    from printing.letter import render_letter  # noqa: PLC0415
    from sync import credentials  # noqa: PLC0415
    from sync.sandbox.local_setup import credentials_of  # noqa: PLC0415

    app = QApplication(["amtsstube"])
    app.setApplicationName("Amtsstube")
    app.setOrganizationName("Stadtverwaltung")
    install_translations(app)
    OUTPUT.mkdir(parents=True, exist_ok=True)

    settings.save(settings.Settings(workstation=COUNTER_DESK))
    db = Database(f"sqlite:///{temp / 'demo.sqlite3'}")
    upgrade(db)
    ensure_catalogue(db)
    seed_demo_if_empty(db, render_letter, render_on_sheet)  # with the certificates issued from the registers
    _memory_keyring()
    # The demo's local delivery service with its twelve applications (2048-bit keys: quicker, and not visible).
    port = SANDBOX_PORT if _port_free(SANDBOX_PORT) else 0
    delivery = DemoDeliveryService(seed=2026, port=port, key_size=2048)
    setup = delivery.start()
    runner = TaskRunner(show_error_on_active_window)
    try:
        login = LoginDialog(db, runner, demo_hint=demo_hint_text())
        login.username.setText("anna")
        login.password.setText(DEMO_PASSWORD)
        login.show()
        _wait(login.isVisible)
        login.grab().save(str(OUTPUT / "login.png"))
        login.close()

        actor = authenticate(db, "anna", DEMO_PASSWORD)
        window = MainWindow(Workspace(db, actor, runner, render_letter), sync_source=delivery.source(db))
        window.resize(*WINDOW_SIZE)
        window.show()
        model = window.queue.model
        # The first sync brings the demo applications; the status bar says so.
        _wait(lambda: window.sync_status.last_summary is not None and model.rowCount() > 0 and not runner.busy)

        # A bulky-waste pickup Anna is working on: form data, history and the steps she can take next.
        rows = [model.row_at(n) for n in range(model.rowCount())]
        chosen = next(
            row
            for row in rows
            if row is not None
            and row.service_key == "bulky_waste_pickup"
            and row.status == CaseStatus.IN_PROGRESS
            and row.assignee_username == "anna"
        )
        window.queue.select_case(chosen.id)
        window.queue.table.setFocus()
        _wait(lambda: window.detail_panel.detail is not None and window.detail_panel.detail.case.id == chosen.id)
        _wait(lambda: not runner.busy)
        window.grab().save(str(OUTPUT / "main_window.png"))
        _ask_citizen_screenshot(window)

        # The confirmation letter of an approved pickup in the preview.
        approved_filter = window.queue.filter_bar
        approved_filter.status.setCurrentIndex(approved_filter.status.findText("Genehmigt"))
        _wait(lambda: not runner.busy and model.rowCount() > 0)
        approved = next(
            row for n in range(model.rowCount()) if (row := model.row_at(n)) and row.service_key == "bulky_waste_pickup"
        )
        window.queue.select_case(approved.id)
        _wait(lambda: window.detail_panel.detail is not None and window.detail_panel.detail.case.id == approved.id)
        document_id = window.detail_panel.current_document_id()
        assert document_id is not None
        window.open_document(document_id)
        _wait(lambda: window.preview is not None and window.preview.page_count > 0)
        assert window.preview is not None
        window.preview.resize(820, 900)
        _settle(1500)  # QPdfView renders its pages in the background and has no signal for "done"
        window.preview.grab().save(str(OUTPUT / "letter_preview.png"))
        window.preview.close()
        _mail_screenshots(window, db, actor)
        _counter_screenshots(Workspace(db, actor, runner, render_letter))
        _resident_screenshot(Workspace(db, actor, runner, render_letter))
        _dog_and_property_screenshots(Workspace(db, actor, runner, render_letter))
        _lock_screenshot(window.workspace)
        window.close()

        # The registry office at its own desk, with security paper in its certificate printer.
        officer_desk = settings.Settings(
            workstation=REGISTRY_DESK, printers=settings.PrinterSettings(certificates=CERTIFICATE_PRINTER)
        )
        settings.save(officer_desk)
        clara = authenticate(db, "clara", DEMO_PASSWORD)
        load_local_paper(db, clara, REGISTRY_DESK)
        _registry_screenshots(Workspace(db, clara, runner, render_letter))
        _supervisor_screenshots(Workspace(db, authenticate(db, "dieter", DEMO_PASSWORD), runner, render_letter))
        _users_screenshot(Workspace(db, authenticate(db, "eva", DEMO_PASSWORD), runner, render_letter))
        _template_editor_screenshot(Workspace(db, authenticate(db, "eva", DEMO_PASSWORD), runner, render_letter))
        _catalogue_screenshot(Workspace(db, authenticate(db, "eva", DEMO_PASSWORD), runner, render_letter))

        # The administrator's connection settings, pointed at the local delivery service, after a successful test.
        fitconnect = delivery.fitconnect_settings()
        settings.save(settings.Settings(fitconnect=fitconnect, workstation=COUNTER_DESK))
        credentials.store(credentials_of(setup))
        admin = authenticate(db, "eva", DEMO_PASSWORD)
        dialog = ConnectionDialog(Workspace(db, admin, runner, render_letter))
        dialog.show()
        _wait(lambda: dialog.save_button.isEnabled())
        dialog.test_button.click()
        _wait(lambda: dialog.result_label.property("kind") in ("ok", "warning", "error"))
        _settle(200)
        dialog.grab().save(str(OUTPUT / "fitconnect_settings.png"))
        dialog.close()
        _rejected_screenshot(Workspace(db, admin, runner, render_letter), setup.destination_id)
        officer = authenticate(db, "frank", DEMO_PASSWORD)
        _audit_log_screenshot(Workspace(db, officer, runner, render_letter))
    finally:
        runner.shutdown()
        delivery.stop()
        db.dispose()
    for name in SCREENSHOTS:
        print(OUTPUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
