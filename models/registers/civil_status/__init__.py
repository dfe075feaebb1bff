"""The civil-status registers (Personenstandsregister, PStG): births, marriages, life partnerships and deaths.

An entry (Beurkundung) is recorded once, with its register number (``G 123/2026``: the register's letter, the number
counted per register and year of recording), the persons with their roles, dates, places and the certifying officer,
and is never changed afterwards. Every later change is an annotation (Folgebeurkundung) appended to the entry: a
name change, a marriage or death noted on the birth entry, a correction. What a certificate shows is the entry *as
it stands*, every annotation applied in order (:func:`~.entries.entry_as_it_stands`); the stored persons stay as
recorded. The database refuses UPDATE and DELETE of annotations (append-only, like the audit log) and UPDATE of the
recorded content of entries and their persons.

:mod:`~.entries` holds the tables and the pure rules (register numbers, the entry as it stands, retention);
:mod:`~.recording` records entries and annotations inside the caller's transaction.
"""
