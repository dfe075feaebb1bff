"""The log names cases and staff by reference, never a citizen (issue 9, finding 8).

A verbose sync of demo submissions (``amtsstube --verbose sync``: every SQL statement is logged) and a name search in
the work queue, logged just as verbosely: neither the citizens' names, addresses, e-mail addresses and attachment
file names nor the search term reach the log file or the console. The sync books under its technical account.
"""

from __future__ import annotations

import getpass
import random
import subprocess

from sqlalchemy import select

from desktop.core.logging_setup import configure_logging, log_file_path, shutdown_logging
from models.audit import AuditRecord
from models.cases import Case
from models.db import Database
from models.operations.queue import QueueFilter, list_queue
from models.search_form import search_form
from sync.portal_demo.submissions import DemoSubmission, demo_submission
from tests.conftest import Staff
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import AMTSSTUBE, Destination, configure_workstation
from tests.sync.sandbox.helpers import START

#: What a citizen typed where the form's schema wants a list: the schema error quotes it.
REFUSED_VALUE = "Sofa und Schrank von Familie Kowalczyk-Brzęczyszczykiewicz"
SERVICES = (
    "bulky_waste_pickup",
    "dog_registration",
    "residence_registration",
    "register_information",
    "birth_certificate",
)


def _personal_values(demo: DemoSubmission) -> set[str]:
    person = demo.applicant
    values = {
        person.given_names,
        person.family_name,
        f"{person.address.street} {person.address.house_number}",
        *(a.filename for a in demo.attachments),
    }
    if person.email:
        values.add(person.email)
    return {value for value in values if len(value) >= 4}  # "Li" may stand in any word; names this short are rare


def test_a_verbose_sync_and_a_name_search_leave_no_citizen_in_the_log(
    db: Database, staff: Staff, destination: Destination, memory_keyring: MemoryKeyring
) -> None:
    env = configure_workstation(destination, memory_keyring)
    demos = [destination.send_demo(key, seed=number)[0] for number, key in enumerate(SERVICES, start=7)]
    form = demo_submission(random.Random(3), "bulky_waste_pickup", today=START.date()).form_data
    destination.send_demo("bulky_waste_pickup", seed=3, form_data={**form, "items": REFUSED_VALUE})
    synced = subprocess.run(
        [AMTSSTUBE, "--verbose", "--database", db.url, "sync"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert synced.returncode == 0, synced.stderr
    with db.read() as session:
        assert len(session.scalars(select(Case.id)).all()) == len(SERVICES)

    term = demos[0].applicant.family_name
    configure_logging(verbose=True)
    try:
        found = list_queue(db, staff.supervisor, QueueFilter(text=term))
    finally:
        shutdown_logging()
    assert found.total >= 1
    assert term in {row.applicant_name.rsplit(" ", 1)[-1] for row in found.rows}

    log = log_file_path().read_text(encoding="utf-8")
    leaked = {
        value
        for demo in demos
        for value in _personal_values(demo)
        if value in log or value in synced.stderr or search_form(value) in log
    }
    assert leaked == set()
    assert search_form(term) not in log
    assert REFUSED_VALUE not in log  # the schema error quoting it went into the reject event only
    assert "rejecting submission" in log
    assert "SELECT" in log  # verbose indeed: the statements are there, their values are not
    assert "[SQL parameters hidden due to hide_parameters=True]" in log
    assert "sync pass" in log

    with db.read() as session:
        bookers = set(session.scalars(select(AuditRecord.actor).where(AuditRecord.action == "submission.accepted")))
    assert bookers == {f"system:sync:{getpass.getuser()}"}
