"""Attachments come back as compact JWE, and one larger than the limit is refused without being read to its end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sync.fitconnect.bodies import BodyTooLarge, read_limited
from sync.fitconnect.client import SubscriberClient
from sync.fitconnect.errors import PayloadTooLarge
from tests.sync.fitconnect.helpers import FakeTime, seed_submissions
from tests.sync.sandbox.helpers import RunningSandbox


def test_an_attachment_is_its_compact_jwe(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)
    [attachment_id] = sent.attachment_ids
    jwe = sent.content.encrypted_attachments[attachment_id]

    assert client.attachment(sent.submission_id, attachment_id, max_bytes=len(jwe)) == jwe


def test_one_byte_over_the_limit_is_refused(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)
    [attachment_id] = sent.attachment_ids
    size = len(sent.content.encrypted_attachments[attachment_id])
    client.token()

    with pytest.raises(PayloadTooLarge) as too_large:
        client.attachment(sent.submission_id, attachment_id, max_bytes=size - 1)

    assert too_large.value.limit == size - 1
    assert attachment_id in too_large.value.what
    assert client.requests_made == 2  # not retried


def test_a_large_attachment_is_refused_and_the_client_stays_usable(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    big = "eyJhbGciOiJSU0EtT0FFUC0yNTYifQ." + "A" * (4 * 1024 * 1024) + ".iv.ciphertext.tag"
    [submission_id] = seed_submissions(sandbox, 1, attachment=big)
    attachment_id = client.submission(submission_id).attachment_ids[0]

    with pytest.raises(PayloadTooLarge):
        client.attachment(submission_id, attachment_id, max_bytes=100_000)

    assert client.attachment(submission_id, attachment_id, max_bytes=len(big)) == big
    assert fake_time.sleeps == []


def test_reading_stops_at_the_chunk_that_crosses_the_limit() -> None:
    """Without a Content-Length the limit is enforced while streaming: later chunks are never pulled."""
    pulled = []

    def chunks() -> Iterator[bytes]:
        for index in range(1000):
            pulled.append(index)
            yield b"x" * 1024

    with pytest.raises(BodyTooLarge):
        read_limited(chunks(), 10 * 1024 + 1)

    assert len(pulled) == 11


def test_an_announced_content_length_over_the_limit_reads_nothing() -> None:
    pulled = []

    def chunks() -> Iterator[bytes]:
        pulled.append(1)
        yield b"x"

    with pytest.raises(BodyTooLarge):
        read_limited(chunks(), 10, declared_length="11")

    assert pulled == []
    assert read_limited(iter([b"abc", b"de"]), 5, declared_length="5") == b"abcde"
