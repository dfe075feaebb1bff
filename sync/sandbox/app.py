"""The Flask application of the local delivery service: routes plus the cross-cutting behaviour of the real one.

Every answer carries ``RateLimit-*`` headers, every error is ``application/problem+json``, the pickup deadline is
enforced on each request, and the switchable faults strike here, before (or, for dropped answers, after) the work.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time

from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from sync.sandbox.faults import FaultKind
from sync.sandbox.http_support import EXTENSION, problem_response, sandbox_state
from sync.sandbox.problems import ApiProblem
from sync.sandbox.rate_limit import RateLimitStatus
from sync.sandbox.routes_admin import admin
from sync.sandbox.routes_public import public
from sync.sandbox.routes_sender import sender
from sync.sandbox.routes_subscriber import subscriber
from sync.sandbox.state import SandboxState

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024 * 1024
_SERVER_ERROR_SLUGS = {500: "internal-server-error", 502: "bad-gateway", 503: "service-unavailable"}


def create_app(state: SandboxState, *, admin_endpoints: bool = False) -> Flask:
    app = Flask("sync.sandbox")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.extensions[EXTENSION] = state
    for blueprint in (public, sender, subscriber):
        app.register_blueprint(blueprint)
    if admin_endpoints:
        app.register_blueprint(admin)
    app.before_request(_before_request)
    app.after_request(_after_request)
    app.register_error_handler(ApiProblem, _api_problem)
    app.register_error_handler(HTTPException, _http_exception)
    app.register_error_handler(Exception, _unexpected)
    return app


def _before_request() -> Response | None:
    state = sandbox_state()
    if request.path.startswith("/sandbox/"):  # admin views: no limits, no faults, but an up-to-date state
        state.expire_overdue()
        return None
    status = state.rate_limiter.hit(_rate_limit_key(state))
    g.rate_limit = status
    decision = state.faults.decide()
    if decision.delay_seconds:
        time.sleep(decision.delay_seconds)
    if status.exceeded:
        return _too_many_requests(status.reset_seconds)
    if decision.kind is FaultKind.DROP:
        _drop_connection()
        return Response(status=500)  # never reaches the client
    if decision.kind is FaultKind.SERVER_ERROR:
        slug = _SERVER_ERROR_SLUGS.get(decision.status, "internal-server-error")
        return problem_response(ApiProblem(decision.status, slug, "injected fault"))
    if decision.kind is FaultKind.THROTTLE:
        g.rate_limit = RateLimitStatus(status.limit, 0, decision.reset_seconds, exceeded=True)
        return _too_many_requests(decision.reset_seconds)
    g.drop_after = decision.kind is FaultKind.DROP_AFTER
    state.expire_overdue()
    return None


def _after_request(response: Response) -> Response:
    status: RateLimitStatus | None = g.get("rate_limit")
    if status is not None:
        response.headers.update(status.headers())
    if g.get("drop_after"):
        _drop_connection()
    return response


def _too_many_requests(reset_seconds: int) -> Response:
    problem = ApiProblem(429, "too-many-requests", "rate limit exceeded")
    return problem_response(problem, headers={"Retry-After": str(reset_seconds)})


def _rate_limit_key(state: SandboxState) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        client = state.tokens.peek(token.strip())
        if client is not None:
            return f"client:{client.client_id}"
    if request.path == "/token" and request.form.get("client_id"):
        return f"client:{request.form['client_id']}"
    return f"address:{request.remote_addr}"


def _drop_connection() -> None:
    """Close the TCP connection under the running request, so the client gets no answer at all."""
    connection = request.environ.get("werkzeug.socket")
    if connection is None:  # not served by werkzeug's server (e.g. Flask's test client): nothing to drop
        raise RuntimeError("dropping connections needs the werkzeug server")
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)


def _api_problem(problem: ApiProblem) -> Response:
    return problem_response(problem)


def _http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    slug = (error.name or "error").lower().replace(" ", "-")
    return problem_response(ApiProblem(status, slug, error.description or ""))


def _unexpected(error: Exception) -> Response:
    log.exception("sandbox bug while answering %s %s", request.method, request.path, exc_info=error)
    return problem_response(ApiProblem(500, "internal-server-error", f"{type(error).__name__}: {error}"))
