"""Access tokens: fetched once, reused, renewed shortly before expiry or after a 401; bad credentials are typed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

import pytest

from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.errors import CredentialsRejected, DeliveryServiceRefused
from tests.sync.fitconnect.helpers import FakeTime, sandbox_with, subscriber_client
from tests.sync.sandbox.helpers import RunningSandbox, SandboxKeys


def test_the_token_is_reused_across_calls(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    first = client.token()
    client.destination(sandbox.setup.destination_id)
    list(client.submissions(sandbox.setup.destination_id))
    client.destination_key(sandbox.setup.destination_id, sandbox.setup.encryption_kid)

    assert client.token() == first
    assert client.requests_made == 4  # one token request, three API calls


def test_the_token_is_renewed_a_minute_before_it_expires(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    first = client.token()
    fake_time.advance(1800 - 61)
    assert client.token() == first

    fake_time.advance(2)  # now within the last 60 s of the 1800 s lifetime
    client.destination(sandbox.setup.destination_id)

    assert client.token() != first
    assert client.requests_made == 3  # token, token, destination


def test_a_token_the_service_considers_expired_is_replaced_once(
    client: SubscriberClient, sandbox: RunningSandbox
) -> None:
    first = client.token()
    sandbox.clock.advance(dt.timedelta(minutes=31))  # expired on the server, while our clock says it is fine

    destination = client.destination(sandbox.setup.destination_id)

    assert destination["destinationId"] == sandbox.setup.destination_id
    assert client.token() != first
    assert client.requests_made == 4  # token, destination (401), token, destination


def test_a_401_that_persists_with_a_fresh_token_is_refused(client_keys: SandboxKeys, fake_time: FakeTime) -> None:
    with (
        sandbox_with(client_keys, token_lifetime_seconds=0) as sandbox,
        subscriber_client(sandbox, fake_time) as client,
    ):
        with pytest.raises(DeliveryServiceRefused) as refused:
            client.destination(sandbox.setup.destination_id)

        assert refused.value.status == 401
        assert client.requests_made == 4  # token, call, one fresh token, call: no loop
        assert fake_time.sleeps == []


def test_a_wrong_client_secret_is_credentials_rejected(
    make_client: Callable[..., SubscriberClient], sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    client = make_client(client_secret="not-the-secret")

    with pytest.raises(CredentialsRejected) as rejected:
        client.destination(sandbox.setup.destination_id)

    assert rejected.value.status == 401
    assert rejected.value.error == "invalid_client"
    assert client.requests_made == 1
    assert fake_time.sleeps == []
    assert "not-the-secret" not in str(rejected.value)


def test_an_unknown_client_id_is_credentials_rejected(make_client: Callable[..., SubscriberClient]) -> None:
    client = make_client(client_id="00000000-0000-4000-8000-000000000000")

    with pytest.raises(CredentialsRejected):
        client.token()


def test_secrets_and_tokens_never_reach_the_log(
    client: SubscriberClient, sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        token = client.token()
        sandbox.clock.advance(dt.timedelta(hours=1))  # forces the 401 → new token path, which logs
        client.destination(sandbox.setup.destination_id)
        new_token = client.token()

    assert caplog.records, "the client logs its requests"
    assert "/v1/destinations/" in caplog.text
    for secret in (sandbox.setup.subscriber.client_secret, token, new_token):
        assert secret not in caplog.text
    assert sandbox.setup.subscriber.client_secret not in repr(client)
