"""Writing the audit log. Called inside the operation's transaction, so the record commits with the change.

The records of a transaction are held back until it commits and then chained in one go (:mod:`models.log_chain`):
the lock on the chain's head is taken last and held only for the commit. The writer lives with the mapping
(:func:`models.audit.record`) so that domain rules run inside an operation's transaction (a case's approval
changing a register) can record too.
"""

from __future__ import annotations

from models.audit import record

__all__ = ["record"]
