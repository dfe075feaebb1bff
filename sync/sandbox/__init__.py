"""The local FIT-Connect delivery service ("sandbox"): a faithful double of the Submission API v1 with real crypto.

It serves the token endpoint, the sender and subscriber endpoints, destinations and their keys, and
``/.well-known/jwks.json`` over real HTTP on loopback, keeps everything in memory, signs its own events, verifies the
events a subscriber posts, rejects submissions left unfetched for 14 days, and can misbehave on purpose (faults).
What was taken from the public FIT-Connect documentation and what was decided here is listed in
``sync.sandbox.protocol``.

Typical use in a test::

    state = SandboxState(clock=AdjustableClock(start))
    with running_sandbox(state) as base_url:
        setup = provision_destination(state, base_url, services)
        with SenderClient(setup.submission_api, setup.token_url, *sender credentials) as portal:
            portal.send(setup.destination_id, identifier, form_data, attachments)
"""
