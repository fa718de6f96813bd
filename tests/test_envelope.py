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


def test_the_payload_bytes_are_taken_only_when_each_marker_occurs_once(identity):
    from inspector.sync.envelope import _payload_bytes

    body = canonical_bytes(seal(PAYLOAD, identity))
    assert _payload_bytes(body) == canonical_bytes(PAYLOAD)
    for marker in (b',"payload":', b',"signature":"'):
        assert _payload_bytes(body + marker) is None
        assert _payload_bytes(marker + body) is None
    assert _payload_bytes(b'{"signature":"x"}') is None


def test_the_certificate_is_checked_against_the_ca_every_time(tmp_path):
    """Remembered certificate checks never let another certificate through: one the CA did not
    issue, a revoked one, one outside its validity."""
    import datetime as dt

    from inspector.signing.ca import ca_certificate

    from .sync_support import make_ca, make_inspector_key

    ca = ca_certificate(make_ca(tmp_path / "ca"))
    other_ca = ca_certificate(make_ca(tmp_path / "other-ca"))
    ours = make_inspector_key(tmp_path / "a", tmp_path / "ca", "王喆", "yh-dx-001")
    theirs = make_inspector_key(tmp_path / "b", tmp_path / "other-ca", "王喆", "yh-dx-001")
    good = canonical_bytes(seal(PAYLOAD, ours))
    forged = canonical_bytes(seal(PAYLOAD, theirs))
    for _ in range(2):  # the second time from what was remembered
        assert open_envelope(json.loads(good), ca=ca, raw=good).signer_id == "yh-dx-001"
        with pytest.raises(EnvelopeError) as caught:
            open_envelope(json.loads(forged), ca=ca, raw=forged)
        assert caught.value.reason == "untrusted_certificate"
        assert open_envelope(json.loads(forged), ca=other_ca, raw=forged).digest == \
            document_digest(PAYLOAD)
        with pytest.raises(EnvelopeError) as caught:
            open_envelope(json.loads(good), ca=other_ca, raw=good)
        assert caught.value.reason == "untrusted_certificate"
        with pytest.raises(EnvelopeError) as caught:
            open_envelope(json.loads(good), ca=ca, raw=good,
                          revoked_serials=frozenset({ours.certificate.serial_number}))
        assert caught.value.reason == "certificate_revoked"
        with pytest.raises(EnvelopeError) as caught:
            open_envelope(json.loads(good), ca=ca, raw=good,
                          revoked_serials=[ours.certificate.serial_number])
        assert caught.value.reason == "certificate_revoked"
        with pytest.raises(EnvelopeError) as caught:
            open_envelope(json.loads(good), ca=ca, raw=good,
                          at=dt.datetime.now(dt.UTC) + dt.timedelta(days=365 * 30))
        assert caught.value.reason == "certificate_expired"
