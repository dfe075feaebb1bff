"""Token endpoint, the service's published keys, and the public information of destinations."""

from __future__ import annotations

from flask import Blueprint, Response, request

from sync.sandbox.http_support import calling_client, json_response, require_content_type, sandbox_state
from sync.sandbox.problems import ApiProblem, not_found, unauthorized

public = Blueprint("public", __name__)


@public.post("/token")
def issue_token() -> Response:
    require_content_type("application/x-www-form-urlencoded")
    grant_type = request.form.get("grant_type")
    if grant_type != "client_credentials":
        raise ApiProblem(
            400, "unsupported-grant-type", "only client_credentials is supported", error="unsupported_grant_type"
        )
    client_id = request.form.get("client_id")
    client_secret = request.form.get("client_secret")
    if request.authorization is not None and request.authorization.type == "basic":  # client_secret_basic too
        client_id = client_id or request.authorization.username
        client_secret = client_secret or request.authorization.password
    if not client_id or not client_secret:
        raise unauthorized("client_id and client_secret are required", error="invalid_client")
    token = sandbox_state().tokens.issue(client_id, client_secret)
    body = {
        "access_token": token.access_token,
        "token_type": "Bearer",
        "expires_in": token.lifetime_seconds,
        "scope": token.client.scope,
    }
    return json_response(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


@public.get("/.well-known/jwks.json")
def service_keys() -> Response:
    return json_response(sandbox_state().signer.jwks())


@public.get("/v1/destinations/<destination_id>")
def destination_info(destination_id: str) -> Response:
    calling_client()
    return json_response(sandbox_state().destination(destination_id).as_json())


@public.get("/v1/destinations/<destination_id>/keys/<kid>")
def destination_key(destination_id: str, kid: str) -> Response:
    calling_client()
    key = sandbox_state().destination(destination_id).public_keys.get(kid)
    if key is None:
        raise not_found("key-not-found", f"destination {destination_id} has no key {kid}")
    return json_response(key)
