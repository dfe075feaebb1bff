"""The subscriber's HTTP client for the FIT-Connect Submission API v1 (DESIGN.md §4).

Every request has a connect and a read timeout, is retried within the bounds of a ``RetryPolicy`` and is counted
(``requests_made``), so a benchmark can show that a pass which finds nothing new costs one request once a token is
cached. TLS verification is always on; a municipal CA comes in as a PEM bundle (``ca_bundle``). One client serves one
thread at a time (it holds one ``requests`` session and one cached token).
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Final
from urllib.parse import quote, urlsplit

import requests

from models.errors import InvalidInput
from sync.fitconnect.bodies import parse_problem
from sync.fitconnect.envelopes import (
    EventPostOutcome,
    SubmissionEnvelope,
    SubmissionRef,
    parse_envelope,
    parse_event_log,
    parse_submission_page,
)
from sync.fitconnect.errors import EventRejected, UnexpectedAnswer
from sync.fitconnect.retry import RetryPolicy
from sync.fitconnect.tokens import DEFAULT_MARGIN_SECONDS, TokenSource
from sync.fitconnect.transport import Answer, Transport

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "EventPostOutcome",
    "RetryPolicy",
    "SubmissionEnvelope",
    "SubmissionRef",
    "SubscriberClient",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT: Final = (5.0, 30.0)  # seconds: connect, read (between two bytes of the answer)
DEFAULT_RETRY: Final = RetryPolicy()
MAX_PAGE_SIZE: Final = 500  # the API's maximum ``limit``
MAX_LISTED_SUBMISSIONS: Final = 100_000  # one listing reads at most this many; the rest waits for the next pass
MAX_JSON_BYTES: Final = 64 * 1024 * 1024
JOSE: Final = "application/jose"
_JSON_ACCEPT: Final = {"Accept": "application/json, application/problem+json"}
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "::1", "localhost"})


class SubscriberClient:
    """Talks to the delivery service as the subscriber of one or more destinations."""

    def __init__(
        self,
        *,
        submission_api: str,
        token_url: str,
        client_id: str,
        client_secret: str,
        ca_bundle: str | os.PathLike[str] | None = None,
        timeout: float | tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
        token_margin_seconds: float = DEFAULT_MARGIN_SECONDS,
    ) -> None:
        self._api = _checked_url("submission_api", submission_api).rstrip("/")
        checked_token_url = _checked_url("token_url", token_url)
        checked_timeout = _checked_timeout(timeout)
        verify = _checked_ca_bundle(ca_bundle)
        self._owns_session = session is None
        self._session = session if session is not None else _session_for(self._api, checked_token_url)
        self._transport = Transport(
            session=self._session,
            timeout=checked_timeout,
            verify=verify,
            retry=retry,
            sleep=sleep,
            monotonic=monotonic,
            jitter=jitter,
        )
        self._tokens = TokenSource(
            self._transport,
            checked_token_url,
            client_id,
            client_secret,
            monotonic=monotonic,
            margin_seconds=token_margin_seconds,
        )

    def __repr__(self) -> str:
        return f"SubscriberClient(submission_api={self._api!r}, tokens={self._tokens!r})"

    # --- lifecycle ----------------------------------------------------------------------------------------------

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> SubscriberClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    @property
    def requests_made(self) -> int:
        """HTTP requests sent so far (token requests and retries included)."""
        return self._transport.requests_made

    # --- the API ------------------------------------------------------------------------------------------------

    def token(self) -> str:
        """A valid access token: the cached one, or a fresh one when it is about to expire."""
        return self._tokens.token()

    def destination(self, destination_id: str) -> dict[str, Any]:
        """The destination's public information (``encryptionKid``, ``publicServices``, …)."""
        return self._get_json(f"/v1/destinations/{_segment(destination_id)}")

    def destination_key(self, destination_id: str, kid: str) -> dict[str, Any]:
        """One public JWK of the destination."""
        return self._get_json(f"/v1/destinations/{_segment(destination_id)}/keys/{_segment(kid)}")

    def submissions(self, destination_id: str, *, page_size: int = MAX_PAGE_SIZE) -> Iterator[SubmissionRef]:
        """All submissions ready for pickup, oldest first, without duplicates.

        Every page is read before the first entry is handed out: accepting submissions while iterating removes them
        from the list on the server and would shift later pages (offset pagination), skipping entries.
        """
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        path = "/v1/submissions"
        found: dict[str, SubmissionRef] = {}
        offset = 0
        for _ in range(math.ceil(MAX_LISTED_SUBMISSIONS / page_size)):
            params: dict[str, str | int] = {"destinationId": destination_id, "limit": page_size, "offset": offset}
            page = parse_submission_page(self._get_json(path, params=params), path)
            for ref in page.submissions:
                found.setdefault(ref.submission_id, ref)
            offset += len(page.submissions)
            if not page.submissions or offset >= page.total_count:
                break
        else:
            log.warning("stopped listing after %d submissions; the rest follows in the next pass", offset)
        return iter(list(found.values()))

    def submission(self, submission_id: str) -> SubmissionEnvelope:
        path = f"/v1/submissions/{_segment(submission_id)}"
        return parse_envelope(self._get_json(path), path)

    def attachment(self, submission_id: str, attachment_id: str, *, max_bytes: int) -> str:
        """One attachment as a compact JWE; ``PayloadTooLarge`` if it exceeds ``max_bytes`` (not read to its end)."""
        if max_bytes < 0:
            raise ValueError("max_bytes must not be negative")
        path = f"/v1/submissions/{_segment(submission_id)}/attachments/{_segment(attachment_id)}"
        answer = self._call(
            "GET", path, accept={200}, max_body=max_bytes, what=f"attachment {attachment_id}", headers={"Accept": JOSE}
        )
        # Not ASCII means not a compact JWE; hand it on anyway so that intake rejects it as undecryptable.
        return answer.body.decode("ascii", errors="replace").strip()

    def event_log(self, case_id: str) -> list[str]:
        """The case's event log: compact SETs, oldest first."""
        path = f"/v1/cases/{_segment(case_id)}/events"
        return parse_event_log(self._get_json(path), path)

    def post_event(self, case_id: str, set_token: str) -> EventPostOutcome:
        """Post one signed SET (accept or reject) to the case.

        204 → ``ACCEPTED_BY_SERVICE``. 409 → ``CONFLICT``, unless this very SET already is in the event log (an
        earlier attempt got through but its answer was lost), which is ``ACCEPTED_BY_SERVICE`` again. 422 →
        ``EventRejected`` with the service's problem.
        """
        path = f"/v1/cases/{_segment(case_id)}/events"
        token = set_token.strip()
        answer = self._call(
            "POST",
            path,
            accept={204, 409, 422},
            max_body=MAX_JSON_BYTES,
            what="event answer",
            headers={"Content-Type": JOSE, **_JSON_ACCEPT},
            data=token.encode("ascii"),
        )
        if answer.status == 204:
            return EventPostOutcome.ACCEPTED_BY_SERVICE
        if answer.status == 422:
            problem = parse_problem(answer.body)
            raise EventRejected(422, problem.type, problem.title, problem.detail, method="POST", path=path)
        if token in self.event_log(case_id):
            log.info("POST %s: 409, but an earlier attempt had already recorded the event", path)
            return EventPostOutcome.ACCEPTED_BY_SERVICE
        return EventPostOutcome.CONFLICT

    # --- plumbing -----------------------------------------------------------------------------------------------

    def _get_json(self, path: str, *, params: Mapping[str, str | int] | None = None) -> dict[str, Any]:
        answer = self._call("GET", path, accept={200}, max_body=MAX_JSON_BYTES, headers=_JSON_ACCEPT, params=params)
        try:
            body = json.loads(answer.body)
        except (ValueError, UnicodeDecodeError) as error:
            raise UnexpectedAnswer(path, "the answer is not JSON") from error
        if not isinstance(body, dict):
            raise UnexpectedAnswer(path, "the answer is not a JSON object")
        return body

    def _call(
        self,
        method: str,
        path: str,
        *,
        accept: set[int],
        max_body: int,
        what: str = "answer",
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str | int] | None = None,
        data: bytes | None = None,
    ) -> Answer:
        """An authorised API request; a 401 (token expired or revoked early) gets one retry with a fresh token."""
        answer = self._authorised(method, path, accept | {401}, max_body, what, headers, params, data)
        if answer.status == 401 and 401 not in accept:
            log.info("%s %s: the access token was refused; fetching a new one", method, path)
            self._tokens.invalidate()
            answer = self._authorised(method, path, accept, max_body, what, headers, params, data)
        return answer

    def _authorised(
        self,
        method: str,
        path: str,
        accept: set[int],
        max_body: int,
        what: str,
        headers: Mapping[str, str] | None,
        params: Mapping[str, str | int] | None,
        data: bytes | None,
    ) -> Answer:
        all_headers = {**(headers or {}), "Authorization": f"Bearer {self._tokens.token()}"}
        return self._transport.request(
            method,
            self._api + path,
            accept=accept,
            max_body=max_body,
            what=what,
            headers=all_headers,
            params=params,
            data=data,
        )


def _segment(value: str) -> str:
    """An id as one path segment (ids are UUIDs; quoting keeps anything else from changing the path)."""
    if not value:
        raise ValueError("an id must not be empty")
    return quote(value, safe="")


def _checked_url(field: str, url: str) -> str:
    """The URL, or ``InvalidInput(field, "not_http_url" | "plain_http_not_local")``."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidInput(field, "not_http_url")
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS:
        raise InvalidInput(field, "plain_http_not_local")  # https, or plain http to a service on this computer
    return url


def _checked_timeout(timeout: float | tuple[float, float]) -> tuple[float, float]:
    connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
    if not (connect > 0 and read > 0 and math.isfinite(connect) and math.isfinite(read)):
        raise ValueError("timeouts must be positive and finite")
    return float(connect), float(read)


def _checked_ca_bundle(ca_bundle: str | os.PathLike[str] | None) -> bool | str:
    """``verify=`` for requests: True (system trust store) or the path of a PEM bundle; never False.

    A bundle that cannot be used is ``InvalidInput("ca_bundle", "file_not_found" | "not_pem_certificates")``.
    """
    if ca_bundle is None:
        return True
    path = Path(ca_bundle)
    if not path.is_file():
        raise InvalidInput("ca_bundle", "file_not_found")
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, ValueError) as error:
        raise InvalidInput("ca_bundle", "not_pem_certificates") from error
    return str(path)


def _session_for(*urls: str) -> requests.Session:
    """A session that resolves the proxy settings (HTTPS_PROXY, NO_PROXY, …) for our two hosts once.

    With ``trust_env`` on, ``requests`` scans the whole environment on every request (a noticeable share of a sync
    pass). Town halls often need a proxy, so the environment still decides — once, per host, NO_PROXY included.
    The CA bundle never comes from the environment: it is passed explicitly.
    """
    session = requests.Session()
    session.trust_env = False
    for url in urls:
        parts = urlsplit(url)
        found = requests.utils.get_environ_proxies(url)
        proxy = found.get(parts.scheme) or found.get("all")
        if proxy:
            session.proxies[f"{parts.scheme}://{parts.hostname}"] = proxy
    return session
