"""Administration: letter templates and the FIT-Connect connection settings."""
