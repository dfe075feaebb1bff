"""The use cases of Amtsstube.

Plain functions that take the :class:`models.db.Database` (one transaction per call), the acting
:class:`~models.actors.Actor` and plain arguments. They enforce permissions and the case state machine,
write the audit log and return frozen dataclasses from :mod:`models.operations.rows`, never ORM objects.
"""
