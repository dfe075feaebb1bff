"""One HTTP request to the delivery service with a timeout, a size limit on the answer, and bounded retries.

Retried: 5xx (except 501/505), 408, 429, timeouts, refused or dropped connections, and TLS hiccups that are not
certificate errors. Not retried: other 4xx (the caller decides what they mean) and an untrusted certificate (asking
again cannot help). Redirects are not followed: the API never redirects, and a redirect must not carry our token
anywhere else. Logs show method, path, status and attempt, never headers or bodies (tokens, secrets).
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from requests.structures import CaseInsensitiveDict
from urllib3.exceptions import ReadTimeoutError

from sync.fitconnect.bodies import CHUNK_BYTES, BodyTooLarge, parse_problem, read_limited, read_truncated
from sync.fitconnect.errors import DeliveryServiceRefused, DeliveryServiceUnreachable, PayloadTooLarge
from sync.fitconnect.retry import RetryPolicy, is_retryable_status

log = logging.getLogger(__name__)

ERROR_BODY_BYTES = 64 * 1024  # enough of an error answer to read its problem+json
_DETAIL_CHARS = 300


@dataclass(frozen=True)
class Answer:
    """A fully read answer whose status the caller said it handles."""

    status: int
    headers: CaseInsensitiveDict[str]
    body: bytes


@dataclass(frozen=True)
class _NetworkFailure:
    reason: str  # "tls", "timeout" or "connection"
    detail: str


class Transport:
    """Sends requests through one ``requests`` session and counts every request it makes (retries included)."""

    def __init__(
        self,
        *,
        session: requests.Session,
        timeout: tuple[float, float],
        verify: bool | str,
        retry: RetryPolicy,
        sleep: Callable[[float], None],
        monotonic: Callable[[], float],
        jitter: Callable[[], float],
    ) -> None:
        self._session = session
        self._timeout = timeout
        self._verify = verify
        self._retry = retry
        self._sleep = sleep
        self._monotonic = monotonic
        self._jitter = jitter
        self._requests_made = 0
        self._counting = threading.Lock()  # the sync pass uses one client from several threads

    @property
    def requests_made(self) -> int:
        return self._requests_made

    def request(
        self,
        method: str,
        url: str,
        *,
        accept: Collection[int],
        max_body: int,
        what: str = "answer",
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str | int] | None = None,
        data: bytes | Mapping[str, str] | None = None,
    ) -> Answer:
        """Send until an answer with a status in ``accept`` arrives; raise a typed error otherwise.

        ``max_body`` bounds the body of accepted answers (``PayloadTooLarge`` beyond it, never retried).
        """
        path = urlsplit(url).path
        policy = self._retry
        deadline = self._monotonic() + policy.max_total_seconds
        failure: Answer | _NetworkFailure | None = None
        attempt = 0
        while attempt < policy.max_attempts:
            attempt += 1
            try:
                answer = self._attempt(method, url, accept, max_body, what, headers, params, data)
            except requests.exceptions.SSLError as error:
                if _is_certificate_error(error):
                    raise DeliveryServiceUnreachable(
                        _host(url), reason="tls", attempts=attempt, detail=_short(error)
                    ) from error
                failure = _NetworkFailure("tls", _short(error))
                delay = policy.backoff(attempt, self._jitter())
            except (
                requests.exceptions.ConnectionError,
                requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ) as error:
                failure = _NetworkFailure(_network_reason(error), _short(error))
                delay = policy.backoff(attempt, self._jitter())
            else:
                log.debug("%s %s -> %s (attempt %d)", method, path, answer.status, attempt)
                if answer.status in accept:
                    return answer
                if not is_retryable_status(answer.status):
                    raise _refused(answer, method, path)
                failure = answer
                delay = policy.wait_after_status(answer.status, answer.headers, attempt, self._jitter())
            if attempt >= policy.max_attempts or self._monotonic() + delay > deadline:
                break
            log.info(
                "%s %s failed (%s), attempt %d of %d; retrying in %.2f s",
                method,
                path,
                failure.status if isinstance(failure, Answer) else failure.reason,
                attempt,
                policy.max_attempts,
                delay,
            )
            self._sleep(delay)
        if isinstance(failure, Answer):
            raise _refused(failure, method, path)
        assert failure is not None
        raise DeliveryServiceUnreachable(_host(url), reason=failure.reason, attempts=attempt, detail=failure.detail)

    def _attempt(
        self,
        method: str,
        url: str,
        accept: Collection[int],
        max_body: int,
        what: str,
        headers: Mapping[str, str] | None,
        params: Mapping[str, str | int] | None,
        data: bytes | Mapping[str, str] | None,
    ) -> Answer:
        with self._counting:
            self._requests_made += 1
        # Straight to the session's adapter (its connection pool): what Session.request adds on top — cookies,
        # hooks, redirects, environment settings — the API does not use, and it is a noticeable share of a request's
        # CPU time, paid with the GIL held. Proxies come from the session (resolved once, see client._session_for),
        # as do its default headers; redirects are never followed.
        session = self._session
        prepared = requests.PreparedRequest()
        prepared.prepare(
            method=method,
            url=url,
            headers={**session.headers, **(headers or {})},
            params=dict(params or {}),
            data=data,
        )
        response = session.get_adapter(url).send(
            prepared,
            stream=True,
            timeout=self._timeout,
            verify=self._verify,
            proxies=session.proxies,
        )
        with response:  # closes the connection if the body was not read to its end
            chunks = response.iter_content(CHUNK_BYTES)
            if response.status_code in accept:
                try:
                    body = read_limited(chunks, max_body, declared_length=response.headers.get("Content-Length"))
                except BodyTooLarge:
                    raise PayloadTooLarge(max_body, what) from None
            else:
                body = read_truncated(chunks, ERROR_BODY_BYTES)
        return Answer(response.status_code, response.headers, body)


def _refused(answer: Answer, method: str, path: str) -> DeliveryServiceRefused:
    problem = parse_problem(answer.body)
    return DeliveryServiceRefused(
        answer.status, problem.type, problem.title, problem.detail or problem.error, method=method, path=path
    )


def _is_certificate_error(error: BaseException) -> bool:
    """True if verifying the server's certificate failed somewhere down the exception chain."""
    seen: set[int] = set()
    pending: list[object] = [error]
    while pending:
        current = pending.pop()
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        pending.extend([current.__cause__, current.__context__, getattr(current, "reason", None), *current.args])
    return False


def _network_reason(error: requests.exceptions.RequestException) -> str:
    if isinstance(error, requests.exceptions.Timeout):
        return "timeout"
    if error.args and isinstance(error.args[0], ReadTimeoutError):  # a timeout while streaming the body
        return "timeout"
    return "connection"


def _host(url: str) -> str:
    """Host and port of the URL (never user info)."""
    return urlsplit(url).netloc.rpartition("@")[2] or url


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= _DETAIL_CHARS else text[: _DETAIL_CHARS - 1] + "…"
