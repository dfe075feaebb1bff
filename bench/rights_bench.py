"""What re-checking the actor's rights costs each operation (``models/operations/rights.py``), on SQLite.

Ours: a read transaction opened for a member of staff, whose ``after_begin`` hook compares the account's rights
stamp (one primary-key query). Baseline in the same run: the same transaction for headless work, which is not
checked. Both run one trivial statement, so the difference is the check. Run alone with
``python -m bench.rights_bench``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import text

from bench.timing import median_seconds, report
from models.actors import system_actor
from models.db import Database
from models.migrate import upgrade
from models.operations import rights
from models.operations.users import authenticate, create_user
from models.roles import Role

TRANSACTIONS = 2_000
PASSWORD = "Akten-Regal-4711"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(db)
        create_user(db, system_actor("bench"), "anna", "Anna Schmitz", frozenset({Role.CLERK}), password=PASSWORD)
        clerk = authenticate(db, "anna", PASSWORD)

        def transactions() -> None:
            for _ in range(TRANSACTIONS):
                with db.read() as session:
                    session.execute(text("SELECT 1"))

        def checked() -> None:
            token = rights._acting.set(clerk)  # what @operation sets for a member of staff
            try:
                transactions()
            finally:
                rights._acting.reset(token)

        ours = median_seconds(checked, runs=5)
        baseline = median_seconds(transactions, runs=5)
        report(
            f"read transaction with the rights check (x{TRANSACTIONS})", ours / TRANSACTIONS, baseline / TRANSACTIONS
        )
        print(f"{'':<48} the check costs {(ours - baseline) / TRANSACTIONS * 1000:.3f} ms per transaction")
        db.dispose()


if __name__ == "__main__":
    main()
