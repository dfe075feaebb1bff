"""OAuth 2.0 client credentials: registered API clients and the bearer tokens issued to them."""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
import threading
import uuid
from dataclasses import dataclass

from sync.sandbox.clock import Clock
from sync.sandbox.model import ApiClient, ClientKind
from sync.sandbox.problems import unauthorized


@dataclass(frozen=True)
class ClientCredentials:
    client_id: str
    client_secret: str

    def as_json(self) -> dict[str, str]:
        return {"client_id": self.client_id, "client_secret": self.client_secret}

    def __repr__(self) -> str:  # the secret never shows up in logs or tracebacks
        return f"ClientCredentials(client_id={self.client_id!r}, client_secret='***')"


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    client: ApiClient
    expires_at: dt.datetime
    lifetime_seconds: int


class TokenStore:
    """Thread-safe registry of clients and their tokens; expiry follows the sandbox clock."""

    def __init__(self, clock: Clock, lifetime_seconds: int) -> None:
        self._clock = clock
        self._lifetime = lifetime_seconds
        self._clients: dict[str, ApiClient] = {}
        self._tokens: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()

    def register(self, kind: ClientKind, destination_ids: frozenset[str]) -> ClientCredentials:
        credentials = ClientCredentials(client_id=str(uuid.uuid4()), client_secret=secrets.token_urlsafe(32))
        client = ApiClient(credentials.client_id, credentials.client_secret, kind, destination_ids)
        with self._lock:
            self._clients[client.client_id] = client
        return credentials

    def client(self, client_id: str) -> ApiClient | None:
        with self._lock:
            return self._clients.get(client_id)

    def issue(self, client_id: str, client_secret: str) -> IssuedToken:
        with self._lock:
            client = self._clients.get(client_id)
        # compare_digest on both branches keeps the timing independent of whether the client id exists
        expected = client.client_secret if client else secrets.token_urlsafe(32)
        if not hmac.compare_digest(expected.encode(), client_secret.encode()) or client is None:
            raise unauthorized("invalid client credentials", error="invalid_client")
        token = IssuedToken(
            access_token=secrets.token_urlsafe(48),
            client=client,
            expires_at=self._clock.now() + dt.timedelta(seconds=self._lifetime),
            lifetime_seconds=self._lifetime,
        )
        with self._lock:
            self._forget_expired()
            self._tokens[token.access_token] = token
        return token

    def issued_to(self, client_id: str) -> list[str]:
        """The access tokens issued to a client and not yet forgotten (tests look for them where they must not be)."""
        with self._lock:
            return [token.access_token for token in self._tokens.values() if token.client.client_id == client_id]

    def peek(self, access_token: str) -> ApiClient | None:
        """The client a token belongs to, or None when unknown or expired (no exception: used for rate limiting)."""
        with self._lock:
            token = self._tokens.get(access_token)
        if token is None or token.expires_at <= self._clock.now():
            return None
        return token.client

    def authenticate(self, authorization: str | None) -> ApiClient:
        """The client behind an ``Authorization: Bearer …`` header, or a 401 problem."""
        if not authorization:
            raise unauthorized("missing bearer token")
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise unauthorized("the Authorization header must carry a bearer token")
        with self._lock:
            token = self._tokens.get(value.strip())
        if token is None:
            raise unauthorized("unknown access token")
        if token.expires_at <= self._clock.now():
            raise unauthorized("the access token has expired")
        return token.client

    def _forget_expired(self) -> None:
        now = self._clock.now()
        for key in [key for key, token in self._tokens.items() if token.expires_at <= now]:
            del self._tokens[key]
