"""FIT-Connect: the subscriber that fetches submissions, the intake that turns them into cases, and the local
delivery service (``sync/sandbox``) that stands in for FIT-Connect offline. No Qt here."""
