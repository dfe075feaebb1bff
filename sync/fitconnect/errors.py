"""Expected failures of talking to the FIT-Connect delivery service (Zustelldienst), with fields for the GUI.

``str(error)`` is an English sentence for logs; it never contains a client secret or an access token. The desktop
turns the fields into German messages.
"""

from __future__ import annotations

from models.errors import AmtsstubeError


class DeliveryServiceUnreachable(AmtsstubeError):
    """No answer from the delivery service: network down, timeouts, dropped connections or a TLS failure.

    ``reason`` is ``"tls"``, ``"timeout"`` or ``"connection"``; ``tls`` is true when TLS failed (e.g. the server
    certificate is not trusted: a municipal CA needs its CA bundle configured). ``attempts`` counts the requests
    made before giving up.
    """

    def __init__(self, host: str, *, reason: str, attempts: int, detail: str = "") -> None:
        super().__init__(
            f"the delivery service at {host} cannot be reached ({reason}) after {attempts} attempt(s)"
            + (f": {detail}" if detail else "")
        )
        self.host = host
        self.reason = reason
        self.tls = reason == "tls"
        self.attempts = attempts
        self.detail = detail


class CredentialsRejected(AmtsstubeError):
    """The token endpoint refused our client id or secret (HTTP 401, or 400 ``invalid_client``)."""

    def __init__(self, status: int, error: str | None = None, detail: str | None = None) -> None:
        super().__init__(
            f"the delivery service rejected the client credentials (HTTP {status}"
            + (f", {error}" if error else "")
            + ")"
        )
        self.status = status
        self.error = error
        self.detail = detail


class DeliveryServiceRefused(AmtsstubeError):
    """The delivery service answered with an error status (4xx, or 5xx/429 that persisted through the retries).

    ``problem_type``, ``title`` and ``detail`` come from its RFC 7807 ``problem+json`` body when it sent one.
    """

    def __init__(
        self,
        status: int,
        problem_type: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        *,
        method: str = "",
        path: str = "",
    ) -> None:
        where = f"{method} {path} " if method or path else ""
        super().__init__(
            f"the delivery service refused {where}with HTTP {status}"
            + (f" ({problem_type})" if problem_type else "")
            + (f": {detail}" if detail else "")
        )
        self.status = status
        self.problem_type = problem_type
        self.title = title
        self.detail = detail
        self.method = method
        self.path = path


class EventRejected(DeliveryServiceRefused):
    """The delivery service refused a posted event (SET) as invalid: HTTP 422 with the problem that says why."""


class PayloadTooLarge(AmtsstubeError):
    """An answer (e.g. an attachment) is larger than we accept; it was not read to the end."""

    def __init__(self, limit: int, what: str = "answer") -> None:
        super().__init__(f"the {what} is larger than the limit of {limit} bytes")
        self.limit = limit
        self.what = what


class UnexpectedAnswer(AmtsstubeError):
    """A successful status with a body that does not have the documented shape (not JSON, missing fields, …)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"the delivery service answered {path} with something unexpected: {detail}")
        self.path = path
        self.detail = detail
