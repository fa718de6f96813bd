"""Signed envelopes: the signature over the canonical payload, checked on the bytes received
when they are canonical, else on the payload serialised again — the same answer either way."""

from __future__ import annotations

import json

import pytest

from inspector.signing import keys
from inspector.sync.canonical import canonical_bytes, document_digest
from inspector.sync.envelope import EnvelopeError, open_envelope, seal


@pytest.fixture(scope="module")
def identity(tmp_path_factory):
    return keys.init_keys("王喆", "yh-dx-001", passphrase="x",
                          path=tmp_path_factory.mktemp("k") / "k.p12")


PAYLOAD = {"format": "test/1", "text": "学校“名称”,\"payload\":", "n": 3, "list": [1, "二"]}


def test_the_bytes_received_or_the_payload_again_give_one_answer(identity):
    envelope = seal(PAYLOAD, identity)
    body = canonical_bytes(envelope)
    fast = open_envelope(json.loads(body), ca=None, raw=body)
    slow = open_envelope(json.loads(body), ca=None)
    assert fast.digest == slow.digest == document_digest(PAYLOAD)
    assert fast.payload == PAYLOAD and fast.signer_id == "yh-dx-001"
    pretty = json.dumps(envelope, ensure_ascii=True, indent=2).encode()  # not canonical
    assert open_envelope(json.loads(pretty), ca=None, raw=pretty).digest == slow.digest


def test_changed_bytes_fail_whichever_way(identity):
    body = canonical_bytes(seal(PAYLOAD, identity))
    tampered = body.replace(b'"n":3', b'"n":4')
    with pytest.raises(EnvelopeError) as caught:
        open_envelope(json.loads(tampered), ca=None, raw=tampered)
    assert caught.value.reason == "bad_signature"
    # a second "payload" key: the parser keeps the last one, which the signature never covered
    doubled = body.replace(b',"signature":"', b',"payload":{"n":5},"signature":"', 1)
    with pytest.raises(EnvelopeError, match="signature"):
        open_envelope(json.loads(doubled), ca=None, raw=doubled)
