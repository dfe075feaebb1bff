"""Small helpers shared by the sandbox's HTTP routes: the state, the calling client, bodies and problem answers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Response, current_app, request

from sync.sandbox.model import ApiClient
from sync.sandbox.problems import ApiProblem, bad_request
from sync.sandbox.protocol import PROBLEM_JSON
from sync.sandbox.state import SandboxState

EXTENSION = "fitconnect_sandbox"


def sandbox_state() -> SandboxState:
    state = current_app.extensions[EXTENSION]
    assert isinstance(state, SandboxState)
    return state


def calling_client() -> ApiClient:
    """The API client behind the request's bearer token (401 problem otherwise)."""
    return sandbox_state().tokens.authenticate(request.headers.get("Authorization"))


def require_content_type(*allowed: str) -> None:
    if request.mimetype not in allowed:
        raise ApiProblem(415, "unsupported-media-type", f"expected {' or '.join(allowed)}, got {request.mimetype!r}")


def json_object_body() -> dict[str, Any]:
    require_content_type("application/json")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    return body


def text_body() -> str:
    try:
        return request.get_data(cache=False).decode("ascii").strip()
    except UnicodeDecodeError as error:
        raise bad_request("the body must be ASCII (a compact JOSE serialisation)") from error


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False), status=status, mimetype="application/json", headers=dict(headers or {})
    )


def problem_response(problem: ApiProblem, headers: Mapping[str, str] | None = None) -> Response:
    all_headers = dict(headers or {})
    if problem.status == 401:
        all_headers.setdefault("WWW-Authenticate", 'Bearer realm="fit-connect-sandbox"')
    return Response(
        json.dumps(problem.body(instance=request.path), ensure_ascii=False),
        status=problem.status,
        mimetype=PROBLEM_JSON,
        headers=all_headers,
    )


def int_query(name: str, default: int, minimum: int, maximum: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as error:
        raise bad_request(f"{name} must be an integer") from error
    if not minimum <= value <= maximum:
        raise bad_request(f"{name} must be between {minimum} and {maximum}")
    return value
