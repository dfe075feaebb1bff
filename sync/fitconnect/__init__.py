"""A thin FIT-Connect subscriber client written with ``requests`` and ``jwcrypto`` (DESIGN.md §4)."""
