"""The resident register (Melderegister, BMG): residents, their addresses, the streets of the town, and the history.

**History and current state.** Every change of a resident is one row of :class:`~.history.ResidentChange` (who:
the user name, when, why, what), and the register's tables are never changed in any other way. We keep a
*maintained current state* (``residents``, ``resident_addresses``) next to the history rather than replaying the
history on every read: a search over 100,000 residents must answer from indexed columns in milliseconds, which a
replay cannot. The two cannot drift apart because there is one way to change the state,
:func:`~.history.apply_change`: the operations append the history row and apply the same change to the state in
the same transaction, and the same function replays a resident's whole history into a fresh, unsaved resident
(:func:`~.history.replayed`), which the tests compare with the stored state. The history table is append-only in
the database (triggers refuse UPDATE and DELETE, like the audit log).
"""
