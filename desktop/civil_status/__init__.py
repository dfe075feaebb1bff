"""The registry officer's screens for the civil-status registers (Standesamt): search the registers, one entry as
it stands with its annotations, record an entry, annotate one, and the entries past retention."""
