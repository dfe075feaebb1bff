"""Test and development controls below ``/sandbox`` (registered only when the app is built with admin endpoints).

``POST /sandbox/faults`` sets the fault switches (JSON names as in ``FaultSettings.as_json``), ``DELETE`` clears them;
``POST /sandbox/clock`` moves the sandbox clock forward (``advanceSeconds`` and/or ``advanceDays``) and runs the
pickup-deadline check at once; ``GET /sandbox/events`` and ``GET /sandbox/submissions`` show everything the service
holds. No authentication: the sandbox listens on loopback only.
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, request

from sync.sandbox.clock import AdjustableClock
from sync.sandbox.faults import FaultSettings
from sync.sandbox.http_support import json_object_body, json_response, sandbox_state
from sync.sandbox.problems import ApiProblem, bad_request

admin = Blueprint("admin", __name__, url_prefix="/sandbox")


@admin.get("/faults")
def show_faults() -> Response:
    faults = sandbox_state().faults
    return json_response({"settings": faults.settings.as_json(), "injected": faults.counts()})


@admin.post("/faults")
def set_faults() -> Response:
    try:
        settings = FaultSettings.from_json(json_object_body())
    except ValueError as error:
        raise bad_request(str(error)) from error
    sandbox_state().faults.configure(settings)
    return json_response({"settings": settings.as_json()})


@admin.delete("/faults")
def clear_faults() -> Response:
    sandbox_state().faults.clear()
    return Response(status=204)


@admin.get("/clock")
def show_clock() -> Response:
    return json_response({"now": sandbox_state().clock.now().isoformat()})


@admin.post("/clock")
def advance_clock() -> Response:
    state = sandbox_state()
    if not isinstance(state.clock, AdjustableClock):
        raise ApiProblem(409, "clock-not-adjustable", "this sandbox runs on a clock that cannot be advanced")
    body = json_object_body()
    try:
        seconds = float(body.get("advanceSeconds", 0)) + 86400 * float(body.get("advanceDays", 0))
        now = state.clock.advance(dt.timedelta(seconds=seconds))
    except (TypeError, ValueError) as error:
        raise bad_request(f"advanceSeconds/advanceDays: {error}") from error
    expired = state.expire_overdue()
    return json_response({"now": now.isoformat(), "expired": expired})


@admin.get("/events")
def all_events() -> Response:
    events = sandbox_state().all_events()
    case_id = request.args.get("caseId")
    return json_response({"events": [e.as_json() for e in events if case_id in (None, e.case_id)]})


@admin.get("/submissions")
def all_submissions() -> Response:
    rows = [
        {**s.reference(), "state": s.state.value, "expired": s.expired, "serviceIdentifier": s.service_type.identifier}
        for s in sandbox_state().submissions()
    ]
    return json_response({"submissions": rows})
