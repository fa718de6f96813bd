"""Sync with the bureau (laptop side) and the protocol both sides share.

- ``canonical``: the canonical JSON that is hashed and signed;
- ``envelope``: sign a document with an inspector's key, open and check a signed one;
- ``submission``: a finalized, signed evaluation as a submission document;
- ``outbox``: the laptop's queue of submissions, filled when an evaluation is signed;
- ``client``: the HTTP client (enrol, push the outbox, pull updates);
- ``bundle``: the same exchange as a signed file, for networks without a connection.

Nothing here imports Qt. See docs/sync-protocol.md.
"""
