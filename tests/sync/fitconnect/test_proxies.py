"""The subscriber honours the proxy environment of a town hall, resolved once per host."""

from __future__ import annotations

import pytest

from sync.fitconnect.client import SubscriberClient


def _client() -> SubscriberClient:
    return SubscriberClient(
        submission_api="https://submission.example.org",
        token_url="https://auth.example.org/token",
        client_id="id",
        client_secret="secret",
    )


def test_proxy_from_the_environment_is_used_for_both_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.rathaus.local:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with _client() as client:
        proxies = client._session.proxies
    assert proxies == {
        "https://submission.example.org": "http://proxy.rathaus.local:3128",
        "https://auth.example.org": "http://proxy.rathaus.local:3128",
    }


def test_no_proxy_exempts_a_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.rathaus.local:3128")
    monkeypatch.setenv("NO_PROXY", "auth.example.org")
    with _client() as client:
        proxies = client._session.proxies
    assert proxies == {"https://submission.example.org": "http://proxy.rathaus.local:3128"}
