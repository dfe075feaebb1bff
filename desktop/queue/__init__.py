"""The work queue: its table model, filter bar and view."""
