"""Posting our accept/reject SETs: 204, 409 and 422, and a retry whose first attempt had got through."""

from __future__ import annotations

import pytest

from sync.fitconnect.client import EventPostOutcome, SubscriberClient
from sync.fitconnect.crypto import generate_signing_key
from sync.fitconnect.errors import EventRejected
from sync.sandbox.model import SubmissionState
from tests.sync.fitconnect.helpers import FakeTime
from tests.sync.sandbox.helpers import RunningSandbox


def _state_of(sandbox: RunningSandbox, submission_id: str) -> SubmissionState:
    [submission] = [s for s in sandbox.state.submissions() if s.submission_id == submission_id]
    return submission.state


def test_an_accept_is_recorded(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)
    accept = sandbox.accept_set(sent)

    assert client.post_event(sent.case_id, accept) is EventPostOutcome.ACCEPTED_BY_SERVICE
    assert client.event_log(sent.case_id)[-1] == accept
    assert _state_of(sandbox, sent.submission_id) is SubmissionState.ACCEPTED


def test_a_second_decision_is_a_conflict(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    [sent] = sandbox.send(1)
    client.post_event(sent.case_id, sandbox.accept_set(sent))

    assert client.post_event(sent.case_id, sandbox.reject_set(sent)) is EventPostOutcome.CONFLICT
    assert client.post_event(sent.case_id, sandbox.accept_set(sent)) is EventPostOutcome.CONFLICT
    assert _state_of(sandbox, sent.submission_id) is SubmissionState.ACCEPTED


def test_a_bad_set_is_rejected_with_the_services_problem(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    [sent] = sandbox.send(1)
    forged = sandbox.accept_set(sent, key=generate_signing_key(size=2048).private)
    client.token()

    with pytest.raises(EventRejected) as rejected:
        client.post_event(sent.case_id, forged)

    assert rejected.value.status == 422
    assert rejected.value.problem_type is not None
    assert rejected.value.detail is not None
    assert "not the signature key" in rejected.value.detail
    assert rejected.value.path == f"/v1/cases/{sent.case_id}/events"
    assert client.requests_made == 2  # not retried
    assert fake_time.sleeps == []
    assert _state_of(sandbox, sent.submission_id) is SubmissionState.SUBMITTED


def test_wrong_authentication_tags_are_rejected(client: SubscriberClient, sandbox: RunningSandbox) -> None:
    first, second = sandbox.send(2)
    wrong_tags = sandbox.accept_set(first, payload={"authenticationTags": second.content.authentication_tags()})

    with pytest.raises(EventRejected, match="authenticationTags"):
        client.post_event(first.case_id, wrong_tags)


def test_an_accept_whose_answer_was_lost_counts_as_recorded(
    client: SubscriberClient, sandbox: RunningSandbox, fake_time: FakeTime
) -> None:
    """The service recorded the accept but the connection dropped before the 204; the retry meets a 409."""
    [sent] = sandbox.send(1)
    accept = sandbox.accept_set(sent)
    client.token()
    sandbox.state.faults.update(drop_after_rate=1.0)
    fake_time.on_sleep = lambda _count: sandbox.state.faults.clear()

    assert client.post_event(sent.case_id, accept) is EventPostOutcome.ACCEPTED_BY_SERVICE
    assert client.requests_made == 1 + 3  # dropped post, post (409), event log
    assert sandbox.state.faults.counts()["drop_after"] == 1
    assert _state_of(sandbox, sent.submission_id) is SubmissionState.ACCEPTED
