"""The dog register's domain rules (Hunderegister, Hundesteuer): pure functions over plain data, no database.

``transponder`` checks chip numbers, ``breeds`` classifies a dog by LHundG NRW, ``tax_statute`` and ``dog_tax``
compute the dog tax of a household, ``sepa_mandate`` captures the direct-debit mandate the tax is collected by.
"""
