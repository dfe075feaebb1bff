"""One case: its detail panel, the actions on it and their workflow, the preview of its documents."""
