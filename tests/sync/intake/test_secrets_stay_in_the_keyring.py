"""After a full sync no secret is in any file, log, output or database column — in no encoding.

Looked for: the client secret and the HTTP Basic form of the credentials, the access tokens the delivery service
issued to us, and both private keys as JWK parameters, as PEM (PKCS#8 and PKCS#1), as the base64 inside a PEM, as
DER bytes and as base64 of the DER.
"""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from sqlalchemy import MetaData, select

from models import paths
from models.db import Database
from sync.fitconnect.crypto import load_key
from sync.portal_demo.submissions import send_demo_submissions
from tests.support.memory_keyring import MemoryKeyring
from tests.sync.intake.helpers import AMTSSTUBE, Destination, configure_workstation


def _key_forms(name: str, jwk: dict[str, str]) -> dict[str, bytes]:
    forms = {f"{name} {part}": jwk[part].encode() for part in ("d", "p", "q", "dp", "dq", "qi")}
    private = load_key(jwk).get_op_key("unwrapKey" if "unwrapKey" in jwk.get("key_ops", []) else "sign")
    for label, encoding_format in (
        ("PKCS#8", serialization.PrivateFormat.PKCS8),
        ("PKCS#1", serialization.PrivateFormat.TraditionalOpenSSL),
    ):
        pem = private.private_bytes(serialization.Encoding.PEM, encoding_format, serialization.NoEncryption())
        der = private.private_bytes(serialization.Encoding.DER, encoding_format, serialization.NoEncryption())
        # the end of the DER holds the private CRT values (its start is the public modulus)
        forms[f"{name} PEM {label}"] = pem
        forms[f"{name} PEM body {label} (a line near the end)"] = pem.splitlines()[-3]
        forms[f"{name} base64 of DER {label}"] = base64.b64encode(der)[-200:-8]
        forms[f"{name} DER {label} (tail)"] = der[-64:]
    return forms


def _secrets(destination: Destination) -> dict[str, bytes]:
    setup = destination.setup
    client = setup.subscriber
    found = {
        "client secret": client.client_secret.encode(),
        "Basic auth": base64.b64encode(f"{client.client_id}:{client.client_secret}".encode()),
    }
    tokens = destination.state.tokens.issued_to(client.client_id)
    assert tokens, "the sync fetched an access token"
    found.update({f"access token {i}": token.encode() for i, token in enumerate(tokens)})
    found.update(_key_forms("decryption key", setup.decryption_key))
    found.update(_key_forms("signing key", setup.signing_key))
    return found


def _database_contents(db: Database) -> list[bytes]:
    metadata = MetaData()
    metadata.reflect(db.engine)
    chunks = []
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    chunks.append(bytes(value) if isinstance(value, bytes | memoryview) else str(value).encode())
    return chunks


def test_no_secret_in_files_logs_output_or_database(
    db: Database, destination: Destination, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    with destination.sender() as sender:
        sent = send_demo_submissions(sender, destination.setup, 6, seed=1)
    env = configure_workstation(destination, memory_keyring)
    outputs = []
    for _ in range(2):  # the pass with the work, and an empty one, with verbose logging
        run = subprocess.run(
            [AMTSSTUBE, "-v", "--database", db.url, "sync"], env=env, capture_output=True, timeout=120, check=False
        )
        assert run.returncode == 0, run.stderr
        outputs.append(("output of the first pass" if not outputs else "output of the second pass", run))
    assert b"6 neue Vorg" in outputs[0][1].stdout
    secrets = _secrets(destination)

    roots = (paths.data_dir(), paths.config_dir(), paths.log_dir())
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files), "the sync wrote a log"
    assert any(p.name == "settings.json" for p in files)
    database = _database_contents(db)
    assert all(any(s.submission_id.encode() in chunk for chunk in database) for s in sent)  # the search sees them
    places = [(str(path), path.read_bytes()) for path in files]
    places += [(label, run.stdout + run.stderr) for label, run in outputs]
    places += [("the database", b"\n".join(database))]
    for where, content in places:
        for name, secret in secrets.items():
            assert secret not in content, f"{name} found in {where}"
