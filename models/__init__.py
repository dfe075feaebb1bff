"""The domain of Amtsstube and its persistence: mappings, migrations and the operations (use cases).

Nothing in this package imports Qt or talks HTTP. Callers use :mod:`models.operations`; the mappings are an
implementation detail of those operations.
"""
