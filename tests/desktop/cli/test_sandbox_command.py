"""`amtsstube sandbox`: the local delivery service as a command, with --info, --configure and --demo."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from models import settings

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))
REPO = Path(__file__).resolve().parents[3]


def _wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 90) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0:
            info: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
            return info
        if process.poll() is not None:
            raise AssertionError(f"sandbox ended early: {process.communicate()}")
        time.sleep(0.2)
    raise AssertionError("sandbox wrote no --info file in time")


def _token(info: dict[str, object], side: str) -> str:
    client = info[side]
    assert isinstance(client, dict)
    answer = requests.post(
        str(info["token_url"]),
        data={"grant_type": "client_credentials", **client},
        timeout=10,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def test_sandbox_command_serves_configures_and_submits_demos(tmp_path: Path) -> None:
    info_file = tmp_path / "sandbox.json"
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.support.memory_keyring.SeededKeyring",
        "PYTHONPATH": str(REPO),
    }
    process = subprocess.Popen(
        [AMTSSTUBE, "sandbox", "--port", "0", "--info", str(info_file), "--configure", "--demo", "3"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        info = _wait_for(info_file, process)
        assert {"submission_api", "token_url", "destination_id", "subscriber", "sender"} <= set(info)
        assert "decryption" not in json.dumps(info)
        assert '"d"' not in json.dumps(info)
        headers = {"Authorization": f"Bearer {_token(info, 'subscriber')}"}
        listed: dict[str, object] = {}
        for _ in range(100):  # the demo submissions are sent after the info file is written
            listed = requests.get(
                f"{info['submission_api']}/v1/submissions",
                params={"destinationId": str(info["destination_id"])},
                headers=headers,
                timeout=10,
            ).json()
            if listed.get("totalCount") == 3:
                break
            time.sleep(0.3)
        assert listed.get("totalCount") == 3
        destination = requests.get(
            f"{info['submission_api']}/v1/destinations/{info['destination_id']}", headers=headers, timeout=10
        ).json()
        assert any(s["identifier"].endswith("bulky_waste_pickup") for s in destination["publicServices"])

        configured = settings.load().fitconnect
        assert configured.submission_api == info["submission_api"]
        assert configured.token_url == info["token_url"]
        assert configured.destination_id == info["destination_id"]
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert str(info["destination_id"]) in out
