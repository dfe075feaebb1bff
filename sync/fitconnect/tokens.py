"""OAuth 2.0 client-credentials access tokens for the subscriber, reused until shortly before they expire."""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from sync.fitconnect.bodies import parse_problem
from sync.fitconnect.errors import CredentialsRejected, DeliveryServiceRefused, UnexpectedAnswer
from sync.fitconnect.transport import Transport

log = logging.getLogger(__name__)

DEFAULT_MARGIN_SECONDS = 60.0  # fetch a new token this long before the old one expires
DEFAULT_LIFETIME_SECONDS = 300.0  # assumed when the answer has no usable expires_in (it is only RECOMMENDED)
_MAX_TOKEN_ANSWER_BYTES = 64 * 1024
_CREDENTIAL_ERRORS = frozenset({"invalid_client", "unauthorized_client"})


class TokenSource:
    """Fetches a token from ``token_url`` (form body, client_secret_post) and caches it.

    A cached token counts as valid until ``expires_in`` minus a margin (60 s, or half the lifetime for short-lived
    tokens) has passed on the injected monotonic clock, measured from when the request was sent.
    """

    def __init__(
        self,
        transport: Transport,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        monotonic: Callable[[], float],
        margin_seconds: float = DEFAULT_MARGIN_SECONDS,
    ) -> None:
        self._transport = transport
        self._token_url = token_url
        self._path = urlsplit(token_url).path
        self._client_id = client_id
        self._client_secret = client_secret
        self._monotonic = monotonic
        self._margin = margin_seconds
        self._token: str | None = None
        self._valid_until = -math.inf
        self._lock = threading.RLock()  # sync workers share one token; only one of them fetches a new one

    def __repr__(self) -> str:  # neither the secret nor the token ever shows up in logs or tracebacks
        return f"TokenSource(token_url={self._token_url!r}, client_id={self._client_id!r}, client_secret='***')"

    @property
    def is_cached(self) -> bool:
        return self._token is not None and self._monotonic() < self._valid_until

    def token(self) -> str:
        with self._lock:
            if self._token is not None and self._monotonic() < self._valid_until:
                return self._token
            return self._fetch()

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
            self._valid_until = -math.inf

    def _fetch(self) -> str:
        self.invalidate()
        requested_at = self._monotonic()
        answer = self._transport.request(
            "POST",
            self._token_url,
            accept={200, 400, 401},
            max_body=_MAX_TOKEN_ANSWER_BYTES,
            what="token answer",
            headers={"Accept": "application/json"},
            data={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
        )
        if answer.status != 200:
            problem = parse_problem(answer.body)
            if answer.status == 401 or problem.error in _CREDENTIAL_ERRORS:
                raise CredentialsRejected(answer.status, problem.error, problem.detail)
            raise DeliveryServiceRefused(
                answer.status,
                problem.type,
                problem.title,
                problem.detail or problem.error,
                method="POST",
                path=self._path,
            )
        token, lifetime = _parse_token_answer(answer.body, self._path)
        self._token = token
        self._valid_until = requested_at + lifetime - min(self._margin, lifetime / 2)
        log.debug("fetched an access token valid for %.0f s", lifetime)
        return token


def _parse_token_answer(body: bytes, path: str) -> tuple[str, float]:
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise UnexpectedAnswer(path, "the token answer is not JSON") from error
    if not isinstance(data, dict):
        raise UnexpectedAnswer(path, "the token answer is not a JSON object")
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        raise UnexpectedAnswer(path, "the token answer has no access_token")
    expires_in = data.get("expires_in")
    if isinstance(expires_in, str):
        try:
            expires_in = float(expires_in)
        except ValueError:
            expires_in = None
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or not math.isfinite(expires_in):
        return token, DEFAULT_LIFETIME_SECONDS
    return token, max(0.0, float(expires_in))
