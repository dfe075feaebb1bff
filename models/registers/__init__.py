"""The town's registers (Register), one folder per register: the mappings below the operations."""
