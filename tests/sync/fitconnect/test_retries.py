"""Retries against injected faults: 5xx, slow answers, dropped connections, 429 bursts; none for other 4xx."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.errors import DeliveryServiceRefused, DeliveryServiceUnreachable
from sync.fitconnect.retry import RetryPolicy
from sync.sandbox.provisioning import provision_destination
from sync.sandbox.rate_limit import RateLimitSettings
from tests.sync.fitconnect.helpers import FakeTime, unused_port
from tests.sync.sandbox.helpers import SERVICES, RunningSandbox, SandboxKeys

ALMOST_ONE = 0.999999


def _recover_after(sandbox: RunningSandbox, sleeps: int) -> Callable[[int], None]:
    def on_sleep(count: int) -> None:
        if count == sleeps:
            sandbox.state.faults.clear()

    return on_sleep


def test_server_errors_are_retried_until_the_service_recovers(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client.token()
    sandbox.state.faults.update(error_rate=1.0)
    fake_time.on_sleep = _recover_after(sandbox, 3)

    assert client.destination(sandbox.setup.destination_id)["destinationId"] == sandbox.setup.destination_id
    assert client.requests_made == 1 + 4
    assert len(fake_time.sleeps) == 3
    for attempt, slept in enumerate(fake_time.sleeps, start=1):
        assert 0 <= slept <= 0.5 * 2 ** (attempt - 1)  # full jitter below the exponential ceiling


def test_backoff_doubles_up_to_its_cap_and_attempts_are_bounded(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client = make_client(jitter=lambda: ALMOST_ONE)
    client.token()
    sandbox.state.faults.update(error_rate=1.0)

    with pytest.raises(DeliveryServiceRefused) as refused:
        client.destination(sandbox.setup.destination_id)

    assert refused.value.status in (500, 502, 503)
    assert refused.value.detail == "injected fault"
    assert client.requests_made == 1 + 6  # FAST_RETRY: 6 attempts
    assert fake_time.sleeps == pytest.approx([0.5, 1.0, 2.0, 4.0, 4.0], rel=1e-5)


def test_the_total_time_spent_retrying_is_bounded(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    policy = RetryPolicy(max_attempts=100, base_delay=1.0, max_delay=8.0, max_total_seconds=20.0)
    client = make_client(retry=policy, jitter=lambda: ALMOST_ONE)
    client.token()
    sandbox.state.faults.update(error_rate=1.0)

    with pytest.raises(DeliveryServiceRefused):
        client.submissions(sandbox.setup.destination_id)

    assert sum(fake_time.sleeps) <= 20.0
    assert fake_time.sleeps == pytest.approx([1.0, 2.0, 4.0, 8.0], rel=1e-5)  # the next 8 s would cross 20 s
    assert client.requests_made == 1 + 5


def test_answers_slower_than_the_read_timeout_are_retried(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client = make_client(timeout=(2.0, 0.2))
    client.token()
    sandbox.state.faults.update(slow_rate=1.0, slow_seconds=0.6)
    fake_time.on_sleep = _recover_after(sandbox, 1)

    assert client.destination(sandbox.setup.destination_id)["destinationId"] == sandbox.setup.destination_id
    assert client.requests_made == 1 + 2


def test_a_service_that_stays_too_slow_is_unreachable_by_timeout(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox
) -> None:
    client = make_client(timeout=(2.0, 0.2), retry=RetryPolicy(max_attempts=2))
    client.token()
    sandbox.state.faults.update(slow_rate=1.0, slow_seconds=0.6)

    with pytest.raises(DeliveryServiceUnreachable) as unreachable:
        client.destination(sandbox.setup.destination_id)

    assert unreachable.value.reason == "timeout"
    assert not unreachable.value.tls
    assert unreachable.value.attempts == 2
    assert unreachable.value.host == sandbox.url.removeprefix("http://")


@pytest.mark.parametrize("fault", ["drop_rate", "drop_after_rate"])
def test_dropped_connections_are_retried(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime, fault: str
) -> None:
    [sent] = sandbox.send(1)
    submission_id = sent.submission_id
    client.token()
    sandbox.state.faults.update(**{fault: 1.0})
    fake_time.on_sleep = _recover_after(sandbox, 2)

    assert client.submission(submission_id).submission_id == submission_id
    assert client.requests_made == 1 + 3
    assert sandbox.state.faults.counts()[fault.removesuffix("_rate")] == 2


def test_a_429_burst_is_waited_out_as_rate_limit_reset_says(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client.token()
    sandbox.state.faults.update(burst_429=3, throttle_reset_seconds=2)

    assert list(client.submissions(sandbox.setup.destination_id)) == []
    assert fake_time.sleeps == [2.0, 2.0, 2.0]
    assert client.requests_made == 1 + 4


def test_the_rate_limit_window_is_waited_out(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    limit = RateLimitSettings(limit=2, window_seconds=30)
    sandbox.state.rate_limiter.configure(limit)
    fake_time.on_sleep = lambda _count: sandbox.state.rate_limiter.configure(limit)  # the window passes as we wait

    for _ in range(2):  # the token request and the first call use up the window
        client.destination(sandbox.setup.destination_id)

    assert len(fake_time.sleeps) == 1
    assert 29 <= fake_time.sleeps[0] <= 30
    assert client.requests_made == 4


def test_announced_waits_are_capped(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client = make_client(retry=RetryPolicy(max_rate_limit_wait=30.0, max_total_seconds=100.0))
    client.token()
    sandbox.state.faults.update(burst_429=1, throttle_reset_seconds=3600)

    client.destination(sandbox.setup.destination_id)

    assert fake_time.sleeps == [30.0]


def test_a_wait_beyond_the_time_budget_gives_up_at_once(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client = make_client(retry=RetryPolicy(max_rate_limit_wait=60.0, max_total_seconds=10.0))
    client.token()
    sandbox.state.faults.update(burst_429=1, throttle_reset_seconds=30)

    with pytest.raises(DeliveryServiceRefused) as refused:
        client.destination(sandbox.setup.destination_id)

    assert refused.value.status == 429
    assert fake_time.sleeps == []


def test_no_retry_on_404(client: SubscriberClient, fake_time: FakeTime) -> None:
    client.token()

    with pytest.raises(DeliveryServiceRefused) as refused:
        client.destination("4b0c3f0e-9d1a-4c55-8a7e-2f1e0d9c8b7a")

    assert refused.value.status == 404
    assert refused.value.problem_type is not None
    assert refused.value.problem_type.endswith("/destination-not-found")
    assert client.requests_made == 2
    assert fake_time.sleeps == []


def test_no_retry_on_403(
    client: SubscriberClient, sandbox: RunningSandbox, client_keys: SandboxKeys, fake_time: FakeTime
) -> None:
    other = provision_destination(
        sandbox.state, sandbox.url, SERVICES, encryption_key=client_keys.encryption, signing_key=client_keys.signing
    )
    client.token()

    with pytest.raises(DeliveryServiceRefused) as refused:
        client.submissions(other.destination_id)

    assert refused.value.status == 403
    assert refused.value.title == "Forbidden"
    assert client.requests_made == 2
    assert fake_time.sleeps == []


def test_a_closed_port_is_unreachable_after_the_attempts(fake_time: FakeTime) -> None:
    url = f"http://127.0.0.1:{unused_port()}"
    with SubscriberClient(
        submission_api=url,
        token_url=f"{url}/token",
        client_id="c",
        client_secret="s",
        retry=RetryPolicy(max_attempts=3),
        sleep=fake_time.sleep,
        monotonic=fake_time.monotonic,
    ) as client:
        with pytest.raises(DeliveryServiceUnreachable) as unreachable:
            client.token()

        assert unreachable.value.reason == "connection"
        assert not unreachable.value.tls
        assert unreachable.value.attempts == 3
        assert client.requests_made == 3
        assert len(fake_time.sleeps) == 2


def test_a_flaky_service_answers_every_call_in_the_end(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    refs = sandbox.send(3)
    client = make_client(retry=RetryPolicy(max_attempts=10))
    sandbox.state.faults.update(
        error_rate=0.15, drop_rate=0.05, drop_after_rate=0.05, throttle_rate=0.1, throttle_reset_seconds=1, seed=7
    )

    for _ in range(15):
        assert [ref.submission_id for ref in client.submissions(sandbox.setup.destination_id)] == [
            ref.submission_id for ref in refs
        ]
        for ref in refs:
            assert client.submission(ref.submission_id).case_id == ref.case_id

    injected = sandbox.state.faults.counts()
    assert min(injected.values()) > 0
    assert client.requests_made == 1 + 15 * 4 + sum(injected.values())
