"""What only a demo start needs: the demo town's seed and the login hint naming its accounts.

:mod:`desktop.app.startup` loads this module for a demo start only, so a normal start imports no demo module.
"""

from __future__ import annotations

from desktop.core.labels import role_label
from desktop.core.translations import translate
from desktop.core.workstation import workstation_name
from models.db import Database
from models.demo.seed import DEMO_PASSWORD, DEMO_STAFF, seed_demo_if_empty
from models.letters import LetterRenderer
from printing.certificate_sheet import render_on_sheet


def demo_hint_text() -> str:
    users = ", ".join(f"{username} ({role_label(role)})" for username, _name, role, _phone in DEMO_STAFF)
    return translate("LoginDialog", "Demo mode – log in as {users}. The password is always {password}.").format(
        users=users, password=DEMO_PASSWORD
    )


def seed_demo(db: Database, render_letter: LetterRenderer) -> bool:
    """The demo's users, cases, letters and certificates in an empty database, and security paper for this
    workstation's certificate printer; ``False`` if it holds them already."""
    return seed_demo_if_empty(db, render_letter, render_certificate=render_on_sheet, workstation=workstation_name())
