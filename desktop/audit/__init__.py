"""The audit log for the data-protection role: the log viewer and the tamper check at login."""
