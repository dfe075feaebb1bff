"""Each fault switch observably works, from Python and through the admin endpoint, and is reproducible by seed."""

from __future__ import annotations

import time

import pytest
import requests

from sync.sandbox.faults import FaultInjector, FaultKind, FaultSettings
from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, RunningSandbox, SandboxKeys, running_destination


def _jwks(sandbox: RunningSandbox, timeout: float = TIMEOUT) -> requests.Response:
    return requests.get(f"{sandbox.url}/.well-known/jwks.json", timeout=timeout)


def test_error_rate_answers_5xx_problems(sandbox: RunningSandbox) -> None:
    answer = sandbox.admin("POST", "/faults", json={"errorRate": 1.0, "seed": 3})
    assert answer.status_code == 200

    statuses = {_jwks(sandbox).status_code for _ in range(12)}
    failed = _jwks(sandbox)

    assert statuses <= {500, 502, 503}
    assert failed.headers["Content-Type"] == "application/problem+json"
    assert "RateLimit-Remaining" in failed.headers
    assert sandbox.admin("GET", "/faults").json()["injected"]["server_error"] == 13
    assert sandbox.admin("DELETE", "/faults").status_code == 204
    assert _jwks(sandbox).status_code == 200


def test_latency_delays_every_answer(sandbox: RunningSandbox) -> None:
    sandbox.state.faults.configure(FaultSettings(latency_seconds=0.3))

    started = time.monotonic()
    assert _jwks(sandbox).status_code == 200

    assert time.monotonic() - started >= 0.3


def test_slow_requests_run_into_client_timeouts(sandbox: RunningSandbox) -> None:
    sandbox.state.faults.configure(FaultSettings(slow_rate=1.0, slow_seconds=0.6))

    with pytest.raises(requests.Timeout):
        _jwks(sandbox, timeout=0.2)


def test_dropped_connections_get_no_answer_and_change_nothing(sandbox: RunningSandbox) -> None:
    headers = sandbox.headers("sender")
    sandbox.admin("POST", "/faults", json={"dropRate": 1.0})
    body = {"destinationId": sandbox.setup.destination_id, "serviceType": {"identifier": BULKY_WASTE.identifier}}

    with pytest.raises(requests.ConnectionError):
        requests.post(f"{sandbox.url}/v1/submissions", json=body, headers=headers, timeout=TIMEOUT)

    assert sandbox.state.submissions() == []


def test_dropped_answers_after_the_work_was_done(sandbox: RunningSandbox) -> None:
    headers = sandbox.headers("sender")
    sandbox.admin("POST", "/faults", json={"dropAfterRate": 1.0})
    body = {"destinationId": sandbox.setup.destination_id, "serviceType": {"identifier": BULKY_WASTE.identifier}}

    with pytest.raises(requests.ConnectionError):
        requests.post(f"{sandbox.url}/v1/submissions", json=body, headers=headers, timeout=TIMEOUT)

    assert len(sandbox.admin("GET", "/submissions").json()["submissions"]) == 1


def test_a_429_burst_then_normal_service(sandbox: RunningSandbox) -> None:
    sandbox.admin("POST", "/faults", json={"burst429": 3, "throttleResetSeconds": 2})

    answers = [_jwks(sandbox) for _ in range(4)]

    assert [a.status_code for a in answers] == [429, 429, 429, 200]
    assert answers[0].headers["RateLimit-Remaining"] == "0"
    assert answers[0].headers["RateLimit-Reset"] == answers[0].headers["Retry-After"] == "2"


def test_throttle_rate_answers_some_429(sandbox: RunningSandbox) -> None:
    sandbox.state.faults.update(throttle_rate=0.5, seed=11)

    statuses = [_jwks(sandbox).status_code for _ in range(30)]

    assert 429 in statuses
    assert 200 in statuses


def test_the_same_seed_gives_the_same_faults() -> None:
    settings = FaultSettings(error_rate=0.2, drop_rate=0.1, drop_after_rate=0.1, throttle_rate=0.2, seed=42)
    first, second, other = FaultInjector(settings), FaultInjector(settings), FaultInjector(settings)
    other.configure(FaultSettings(error_rate=0.2, drop_rate=0.1, drop_after_rate=0.1, throttle_rate=0.2, seed=43))

    run_one = [first.decide().kind for _ in range(200)]
    run_two = [second.decide().kind for _ in range(200)]

    assert run_one == run_two
    assert run_one != [other.decide().kind for _ in range(200)]
    assert 30 <= run_one.count(FaultKind.NONE) <= 170
    assert set(run_one) == set(FaultKind)


def test_invalid_fault_settings_are_refused(sandbox: RunningSandbox) -> None:
    for body in ({"errorRate": 1.5}, {"errorRate": 0.6, "dropRate": 0.6}, {"latencySeconds": -1}, {"bogus": 1}):
        answer = sandbox.admin("POST", "/faults", json=body)
        assert answer.status_code == 400, body
        assert answer.headers["Content-Type"] == "application/problem+json"


def test_admin_endpoints_exist_only_in_test_mode(sandbox_keys: SandboxKeys) -> None:
    with running_destination(sandbox_keys, admin_endpoints=False) as production_like:
        assert production_like.admin("POST", "/faults", json={"errorRate": 1.0}).status_code == 404
        assert production_like.admin("POST", "/clock", json={"advanceDays": 14}).status_code == 404
        assert production_like.admin("GET", "/events").status_code == 404
