"""Provisioning with real RSA-4096 keys, the catalogue's services, and ``run_sandbox`` in the foreground."""

from __future__ import annotations

import base64
import json
import threading
import time
from io import StringIO
from pathlib import Path

import requests

from sync.sandbox.main import run_sandbox
from sync.sandbox.provisioning import SandboxSetup, provision_destination, services_from_catalogue
from sync.sandbox.server import running_sandbox
from sync.sandbox.state import SandboxState
from tests.sync.sandbox.helpers import BULKY_WASTE, TIMEOUT, SandboxKeys, fetch_token

CATALOGUE = Path(__file__).parents[3] / "models" / "catalogue_data.json"


def _modulus_bits(jwk: dict[str, object]) -> int:
    n = str(jwk["n"])
    return int.from_bytes(base64.urlsafe_b64decode(n + "=" * (-len(n) % 4))).bit_length()


def test_provisioning_registers_fresh_4096_bit_keys(sandbox_keys: SandboxKeys) -> None:
    state = SandboxState(service_key=sandbox_keys.service)
    with running_sandbox(state, admin_endpoints=False) as base_url:
        setup = provision_destination(state, base_url, [BULKY_WASTE])
        token = fetch_token(setup.token_url, setup.sender.client_id, setup.sender.client_secret)
        headers = {"Authorization": f"Bearer {token}"}
        destination = requests.get(
            f"{base_url}/v1/destinations/{setup.destination_id}", headers=headers, timeout=TIMEOUT
        ).json()
        encryption = requests.get(
            f"{base_url}/v1/destinations/{setup.destination_id}/keys/{setup.encryption_kid}",
            headers=headers,
            timeout=TIMEOUT,
        ).json()
        verification = requests.get(
            f"{base_url}/v1/destinations/{setup.destination_id}/keys/{setup.signing_kid}",
            headers=headers,
            timeout=TIMEOUT,
        ).json()

    assert destination["encryptionKid"] == setup.encryption_kid
    assert destination["status"] == "active"
    assert destination["services"] == destination["publicServices"]  # v1 and v2 names of the same list
    assert destination["publicServices"][0]["submissionSchemas"] == [
        {"schemaUri": BULKY_WASTE.schema_uri, "mimeType": "application/json"}
    ]
    assert _modulus_bits(setup.decryption_key) == _modulus_bits(setup.signing_key) == 4096
    assert (encryption["alg"], encryption["key_ops"]) == ("RSA-OAEP-256", ["wrapKey"])
    assert (verification["alg"], verification["key_ops"]) == ("PS512", ["verify"])
    assert encryption["n"] == setup.decryption_key["n"]
    assert "d" not in encryption
    assert "d" not in verification
    assert setup.submission_api == base_url
    assert setup.token_url == f"{base_url}/token"
    assert "d" in setup.decryption_key
    assert "d" in setup.signing_key
    assert "***" in repr(setup)
    assert setup.subscriber.client_secret not in repr(setup)
    assert set(setup.info()) == {"submission_api", "token_url", "destination_id", "subscriber", "sender"}


def test_catalogue_services_get_their_leika_ids_and_schemas() -> None:
    entries = json.loads(CATALOGUE.read_text(encoding="utf-8"))

    services = {s.identifier: s for s in services_from_catalogue(entries)}

    bulky = services["urn:de:lindenbrueck:leistung:bulky_waste_pickup"]
    assert bulky.schema_uri == "https://schema.amtsstube.example/bulky_waste_pickup/1.0.schema.json"
    assert bulky.name == "Sperrmüllabholung anmelden"
    dogs = services["urn:de:fim:leika:leistung:99102013104000"]  # a confirmed LeiKa id
    assert dogs.schema_uri == "https://schema.amtsstube.example/dog_registration/1.0.schema.json"
    assert len(services) == len(entries)


def _wait_for(path: Path, seconds: float = 20.0) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            info: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
            return info
        time.sleep(0.02)
    raise AssertionError(f"{path} was not written within {seconds} s")


def test_run_sandbox_serves_until_stopped_and_writes_the_info_file(tmp_path: Path) -> None:
    info_file = tmp_path / "sandbox" / "info.json"
    configured: list[SandboxSetup] = []
    demos: list[int] = []
    stop = threading.Event()
    out = StringIO()
    result: list[int] = []

    def configure(setup: SandboxSetup) -> None:
        configured.append(setup)

    def demo(count: int, setup: SandboxSetup) -> None:
        demos.append(count)

    runner = threading.Thread(
        target=lambda: result.append(
            run_sandbox(
                0,
                info_file,
                True,
                3,
                services=[BULKY_WASTE],
                configure_hook=configure,
                demo_hook=demo,
                key_size=2048,
                out=out,
                stop=stop,
            )
        )
    )
    runner.start()
    try:
        info = _wait_for(info_file)
        subscriber = info["subscriber"]
        assert isinstance(subscriber, dict)
        token = fetch_token(str(info["token_url"]), subscriber["client_id"], subscriber["client_secret"])
        listed = requests.get(
            f"{info['submission_api']}/v1/submissions",
            params={"destinationId": info["destination_id"]},
            headers={"Authorization": f"Bearer {token}"},
            timeout=TIMEOUT,
        )
        assert listed.status_code == 200
        assert requests.get(f"{info['submission_api']}/sandbox/events", timeout=TIMEOUT).status_code == 404
    finally:
        stop.set()
        runner.join(timeout=10)

    assert result == [0]
    assert set(info) == {"submission_api", "token_url", "destination_id", "subscriber", "sender"}
    text = info_file.read_text(encoding="utf-8")
    assert configured[0].decryption_key["d"] not in text
    assert configured[0].signing_key["d"] not in text
    assert demos == [3]
    printed = out.getvalue()
    assert str(info["destination_id"]) in printed
    assert subscriber["client_secret"] in printed
    assert configured[0].decryption_key["d"] not in printed


def test_run_sandbox_needs_hooks_for_configure_and_demo() -> None:
    assert run_sandbox(0, None, True, 0, key_size=2048) == 2
    assert run_sandbox(0, None, False, 5, key_size=2048) == 2
