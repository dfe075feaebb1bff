"""TLS is always verified: a server certificate from a municipal CA needs that CA's bundle, and then it works."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import InvalidInput
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.errors import DeliveryServiceUnreachable
from tests.sync.fitconnect.helpers import FakeTime, ThrowawayPki, TlsSandbox, make_pki, tls_sandbox
from tests.sync.sandbox.helpers import SandboxKeys


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> ThrowawayPki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _client(sandbox: TlsSandbox, fake_time: FakeTime, ca_bundle: Path | None) -> SubscriberClient:
    return SubscriberClient(
        submission_api=sandbox.setup.submission_api,
        token_url=sandbox.setup.token_url,
        client_id=sandbox.setup.subscriber.client_id,
        client_secret=sandbox.setup.subscriber.client_secret,
        ca_bundle=ca_bundle,
        timeout=(2.0, 5.0),
        sleep=fake_time.sleep,
        monotonic=fake_time.monotonic,
    )


def test_an_untrusted_certificate_is_a_tls_failure_without_retries(
    client_keys: SandboxKeys, pki: ThrowawayPki, fake_time: FakeTime
) -> None:
    with tls_sandbox(client_keys, pki) as sandbox, _client(sandbox, fake_time, ca_bundle=None) as client:
        with pytest.raises(DeliveryServiceUnreachable) as unreachable:
            client.destination(sandbox.setup.destination_id)

        assert unreachable.value.tls
        assert unreachable.value.reason == "tls"
        assert unreachable.value.attempts == 1
        assert "certificate verify failed" in unreachable.value.detail
        assert client.requests_made == 1
        assert fake_time.sleeps == []


def test_the_municipal_ca_bundle_makes_it_work(
    client_keys: SandboxKeys, pki: ThrowawayPki, fake_time: FakeTime
) -> None:
    with tls_sandbox(client_keys, pki) as sandbox, _client(sandbox, fake_time, ca_bundle=pki.ca_file) as client:
        assert sandbox.base_url.startswith("https://")
        assert client.destination(sandbox.setup.destination_id)["destinationId"] == sandbox.setup.destination_id
        assert list(client.submissions(sandbox.setup.destination_id)) == []
        assert client.requests_made == 3


def test_a_ca_bundle_that_is_not_there_or_not_pem_is_invalid_input(tmp_path: Path) -> None:
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("this is not a certificate")
    for bundle, problem in ((tmp_path / "missing.pem", "file_not_found"), (not_pem, "not_pem_certificates")):
        with pytest.raises(InvalidInput) as invalid:
            SubscriberClient(
                submission_api="https://zustelldienst.example/",
                token_url="https://auth.example/token",
                client_id="c",
                client_secret="s",
                ca_bundle=bundle,
            )
        assert invalid.value.field == "ca_bundle"
        assert invalid.value.problem == problem


@pytest.mark.parametrize(
    ("field", "url"),
    [
        ("submission_api", "http://zustelldienst.example"),
        ("token_url", "http://auth.example/token"),
        ("submission_api", "ftp://zustelldienst.example"),
        ("submission_api", "zustelldienst.example"),
    ],
)
def test_plain_http_only_on_this_computer(field: str, url: str) -> None:
    urls = {"submission_api": "https://zustelldienst.example", "token_url": "https://auth.example/token", field: url}

    with pytest.raises(InvalidInput) as invalid:
        SubscriberClient(
            submission_api=urls["submission_api"], token_url=urls["token_url"], client_id="c", client_secret="s"
        )

    assert invalid.value.field == field
