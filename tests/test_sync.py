"""Sync with the bureau, against the real server (uvicorn in a subprocess on loopback) on
SQLite and on PostgreSQL: pushes, receipts, reviews, refusals, conflicts, faults."""

from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from inspector.sync import outbox
from inspector.sync.canonical import canonical_bytes
from inspector.sync.client import sync_once
from inspector.sync.envelope import seal

from .sync_fixtures import OTHER, World
from .sync_support import CA_PASS, ROOT, make_inspector_key


def put(world: World, evaluation_id: str, body: bytes, token: str | None = None):
    return httpx.put(f"{world.server.url}/v1/evaluations/{evaluation_id}", content=body,
                     headers={"Authorization": f"Bearer {token or world.token}",
                              "Content-Type": "application/json"}, timeout=30)


def resealed(world: World, evaluation_id: str, change, identity=None) -> bytes:
    """The evaluation's signed submission, changed by ``change(payload)`` and signed again."""
    with world.store() as store:
        envelope = json.loads(outbox.body(store, evaluation_id))
    payload = envelope["payload"]
    change(payload)
    return canonical_bytes(seal(payload, identity or world.identity()))


# --- the normal path ---------------------------------------------------------------------
def test_push_receipts_review_and_nothing_new(world):
    with world.store() as store, world.client() as client:
        report, applied = sync_once(store, client)
        assert sorted(report.created) == sorted(world.ids) and not report.stopped, report
        assert report.files_sent >= len(world.ids)  # every signed report, plus photos
        for eid in world.ids:
            entry = outbox.entry(store, eid)
            assert entry.state == "sent" and entry.receipt["evaluation_id"] == eid
            assert entry.receipt["sha256"] == entry.sha256
            assert store.evaluations.get(eid).status == "submitted"
        assert applied is not None and not applied.problems
        assert (world.laptop / "keys" / "bureau-crl.pem").exists()  # revocations came down
    assert world.count() == len(world.ids)
    # the bureau returns one with a comment, accepts another: the laptop hears of both
    world.service.review(world.ids[0], "returned", "请补充校舍安全照片", "admin")
    world.service.review(world.ids[1], "accepted", None, "admin")
    with world.store() as store, world.client() as client:
        report, applied = sync_once(store, client)
        assert report.delivered == 0 and sorted(applied.reviews) == sorted(
            [(world.ids[0], "returned"), (world.ids[1], "accepted")])
        returned = outbox.entry(store, world.ids[0])
        assert returned.state == "returned" and returned.review_comment == "请补充校舍安全照片"
        assert outbox.entry(store, world.ids[1]).state == "accepted"
        # a second sync with nothing new changes nothing
        report, applied = sync_once(store, client)
        assert report.delivered == 0 and not applied.changed
    assert world.count() == len(world.ids)


def test_the_bureau_recomputes_and_refuses_a_wrong_score(world):
    eid = world.ids[0]

    def lie(payload):
        payload["result"]["total"] = "99"
        payload["result"]["grade"] = "优秀"

    response = put(world, eid, resealed(world, eid, lie))
    assert response.status_code == 422 and response.json()["reason"] == "score_mismatch"
    assert response.json()["recomputed"]["total"] != "99"
    assert world.count() == 0


def test_files_must_be_there_before_the_submission(world):
    eid = world.ids[0]
    with world.store() as store:
        body = outbox.body(store, eid)
    response = put(world, eid, body)
    assert response.status_code == 424 and response.json()["reason"] == "missing_files"
    assert world.count() == 0


def test_files_missing_at_submission_are_uploaded_then_submitted_again(world):
    """424 missing_files (the files went missing after the query): the laptop uploads them and
    sends the submission again, between answers written down in batches."""
    with world.store() as store, world.client() as client:
        report = outbox_report()
        client._submit_all(store, outbox.due(store), report, None)  # no files sent first
        assert sorted(report.created) == sorted(world.ids) and report.files_sent > 0
        assert all(outbox.entry(store, e).state == "sent" for e in world.ids)
    assert world.count() == len(world.ids)


def test_the_migrations_apply_once_and_postgresql_compresses_bodies_with_lz4(world):
    from inspector.bureau.schema import MIGRATIONS, migrate

    db = world.service.db
    assert migrate(db) == []  # all applied when the service opened
    with db.transaction(write=False) as tx:
        names = [r[0] for r in tx.all("SELECT name FROM bureau_migrations ORDER BY name")]
        assert names == [name for name, _ in MIGRATIONS]
        if db.dialect == "postgresql":
            has_lz4 = tx.one("SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
                             "WHERE name = 'default_toast_compression'")
            method = tx.one("SELECT attcompression FROM pg_attribute WHERE attrelid = "
                            "'submissions'::regclass AND attname = 'body'")[0]
            assert method == ("l" if has_lz4 and has_lz4[0] else "")


# --- refusals: nothing stored ------------------------------------------------------------
def test_refusals_store_nothing(world):
    with world.store() as store, world.client() as client:  # files up, nothing submitted
        client._upload_files(store, outbox.entries(store), outbox_report(), None)
        body = outbox.body(store, world.ids[0])
    eid = world.ids[0]
    # tampered: one answer changed after signing
    envelope = json.loads(body)
    code = next(iter(envelope["payload"]["answers"]))
    envelope["payload"]["answers"][code]["note"] = "改过"
    r = put(world, eid, canonical_bytes(envelope))
    assert (r.status_code, r.json()["reason"]) == (422, "bad_signature")
    # unknown token
    r = put(world, eid, body, token="tk_not-a-token")
    assert (r.status_code, r.json()["reason"]) == (401, "unknown_token")
    # another inspector's token with my signed evaluation
    r = put(world, eid, body, token=world.service.issue_token(OTHER))
    assert (r.status_code, r.json()["reason"]) == (403, "not_your_certificate")
    # an administrator cannot submit, an inspector cannot administer
    assert put(world, eid, body, token=world.admin_token).status_code == 403
    r = httpx.get(f"{world.server.url}/v1/admin/evaluations",
                  headers={"Authorization": f"Bearer {world.token}"})
    assert r.status_code == 403
    # a wrong id in the path
    r = put(world, world.ids[1], body)
    assert (r.status_code, r.json()["reason"]) == (422, "id_mismatch")
    assert world.count() == 0 and world.count("conflicts") == 0
    # a revoked certificate: refused from the moment the CA revokes it
    from inspector.signing.ca import ca_revoke

    ca_revoke(world.ca, world.identity().certificate.serial_number, CA_PASS, "key_compromise")
    r = put(world, eid, body)
    assert (r.status_code, r.json()["reason"]) == (403, "certificate_revoked")
    assert world.count() == 0 and world.count("conflicts") == 0


def test_another_inspectors_evaluation_is_refused(world, tmp_path):
    with world.store() as store, world.client() as client:
        sync_once(store, client)
    other = make_inspector_key(tmp_path / "other", world.ca, "李娜", OTHER)
    token = world.service.issue_token(OTHER)
    eid = world.ids[0]
    body = resealed(world, eid, lambda p: None, identity=other)
    r = put(world, eid, body, token=token)
    assert (r.status_code, r.json()["reason"]) == (403, "not_yours")
    r = httpx.get(f"{world.server.url}/v1/evaluations/{eid}",
                  headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403
    assert world.count("conflicts") == 0


def test_a_revision_of_another_inspectors_evaluation_is_refused(world, tmp_path):
    """The replaced revision must be one's own (403 not_yours); a missing file is still
    answered first (424)."""
    import uuid

    other = make_inspector_key(tmp_path / "other", world.ca, "李娜", OTHER)
    token = world.service.issue_token(OTHER)
    with world.store() as store, world.client() as client:
        client._upload_files(store, outbox.entries(store), outbox_report(), None)
    theirs = world.ids[0]
    assert put(world, theirs, resealed(world, theirs, lambda p: None, identity=other),
               token=token).status_code == 201
    new_id = str(uuid.uuid4())

    def revision(payload):
        payload["evaluation"].update(id=new_id, supersedes=theirs, revision=2)

    r = put(world, new_id, resealed(world, world.ids[1], revision))
    assert (r.status_code, r.json()["reason"]) == (403, "not_yours")

    def revision_missing_a_file(payload):
        revision(payload)
        payload["report"]["sha256"] = "0" * 64

    r = put(world, new_id, resealed(world, world.ids[1], revision_missing_a_file))
    assert (r.status_code, r.json()["reason"]) == (424, "missing_files")
    assert r.json()["missing"] == ["0" * 64]
    assert world.count() == 1 and world.count("conflicts") == 0


def outbox_report():
    from inspector.sync.client import PushReport

    return PushReport()


# --- idempotency and conflicts -----------------------------------------------------------
def test_the_same_submission_sixteen_times_at_once_is_created_once(world):
    eid = world.ids[0]
    with world.store() as store, world.client() as client:
        client._upload_files(store, [outbox.entry(store, eid)], outbox_report(), None)
        body = outbox.body(store, eid)
    with ThreadPoolExecutor(16) as pool:
        statuses = sorted(pool.map(lambda _: put(world, eid, body).status_code, range(16)))
    assert statuses == [200] * 15 + [201]
    assert world.count() == 1


def test_a_conflict_is_kept_and_shown_on_both_sides(world):
    eid = world.ids[0]
    # the bureau already holds other content under this id (signed by the same inspector)
    other = resealed(world, eid, lambda p: p["answers"][next(iter(p["answers"]))].update(
        note="另一版本的说明"))
    with world.store() as store, world.client() as client:
        client._upload_files(store, [outbox.entry(store, eid)], outbox_report(), None)
    assert put(world, eid, other).status_code == 201
    with world.store() as store, world.client() as client:
        report, _ = sync_once(store, client)
        assert report.conflict == [eid]
        entry = outbox.entry(store, eid)
        assert entry.state == "conflict" and "different_content" in entry.last_error
        assert store.evaluations.get(eid).status == "signed"  # not submitted
        again, _ = sync_once(store, client)  # not retried silently, not overwritten
        assert eid not in again.conflict + again.created
    shown = world.service.evaluation(eid)
    assert [c["reason"] for c in shown["conflicts"]] == ["different_content"]
    with world.service.db.transaction(write=False) as tx:
        stored = tx.one("SELECT body FROM submissions WHERE evaluation_id = ?", [eid])[0]
    assert stored.encode() == other  # the first one stays


def test_a_revision_whose_base_was_replaced_is_a_conflict(world):
    base = world.ids[0]
    with world.store() as store, world.client() as client:
        sync_once(store, client)
    identity = world.identity()
    import uuid

    def revision(payload):
        payload["evaluation"]["id"] = str(uuid.uuid4())
        payload["evaluation"]["supersedes"] = base
        payload["evaluation"]["revision"] = 2

    bodies = [resealed(world, base, revision, identity) for _ in range(6)]
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda b: put(world, json.loads(b)["payload"]["evaluation"]["id"],
                                              b), bodies))
    statuses = sorted(r.status_code for r in answers)
    assert statuses == [201] + [409] * 5
    assert {r.json()["reason"] for r in answers if r.status_code == 409} == {"base_not_current"}
    assert world.count() == len(world.ids) + 1 and world.count("conflicts") == 5
    with world.service.db.transaction(write=False) as tx:
        winner = tx.one("SELECT superseded_by FROM submissions WHERE evaluation_id = ?",
                        [base])[0]
    assert winner == next(json.loads(b)["payload"]["evaluation"]["id"]
                          for b, r in zip(bodies, answers, strict=True) if r.status_code == 201)


# --- faults --------------------------------------------------------------------------------
def test_server_killed_mid_batch_then_resumed(world):
    killed = threading.Event()

    def killer():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if world.count() >= 4:
                world.server.kill()
                killed.set()
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=killer)
    watcher.start()
    with world.store() as store, world.client() as client:
        first = client.push(store)
        watcher.join()
        assert killed.is_set() and first.stopped and "cannot be reached" in first.stopped
        assert 4 <= world.count() < len(world.ids)
        world.server.start()  # the same database, a new process
        outbox.retry_now(store)
        second = client.push(store)
        assert second.stopped is None
        assert sorted(first.created + second.created + second.duplicate) == sorted(world.ids)
        assert all(outbox.entry(store, e).state == "sent" for e in world.ids)
    assert world.count() == len(world.ids)
    with world.service.db.transaction(write=False) as tx:
        assert tx.one("SELECT count(DISTINCT evaluation_id) FROM submissions")[0] == len(
            world.ids)


def test_the_laptop_dies_before_its_answers_are_committed(world):
    """Answers are written down a few per transaction: a crash loses the uncommitted ones, the
    next push sends those submissions again and the bureau answers 200 duplicate."""
    import subprocess
    import sys

    script = f"""
import os
from inspector.store import Store
from inspector.sync import client as c
c._Answers.SECONDS = 3600  # nothing is committed before the crash
def progress(done, total, what):
    if what != "files" and done == 7:
        os._exit(3)  # the laptop dies: no goodbye, no commit
with Store.open(daily_backup=False) as store, c.SyncClient({world.server.url!r}, {world.token!r}) as client:
    client.push(store, progress=progress)
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ,
                                                       "INSPECTOR_HOME": str(world.laptop)})
    assert done.returncode == 3, done.stderr
    assert world.count() >= 7
    with world.store() as store, world.client() as client:
        assert all(e.state == "waiting" for e in outbox.entries(store))
        report = client.push(store)
        assert report.stopped is None and len(report.duplicate) >= 7
        assert sorted(report.created + report.duplicate) == sorted(world.ids)
        assert all(outbox.entry(store, e).state == "sent" for e in world.ids)
        assert all(store.evaluations.get(e).status == "submitted" for e in world.ids)
    assert world.count() == len(world.ids)


def test_no_network_keeps_everything_waiting_with_a_back_off(world):
    world.server.stop()
    with world.store() as store, world.client() as client:
        report = client.push(store)
        assert report.stopped and report.delivered == 0
        entries = outbox.entries(store)
        assert all(e.state == "waiting" for e in entries)
        assert all(e.attempts == 1 and e.next_attempt_at > e.updated_at for e in entries)
        assert outbox.due(store) == []  # nothing due before the back-off ends
        world.server.start()
        outbox.retry_now(store)
        assert len(client.push(store).created) == len(world.ids)


# --- files ---------------------------------------------------------------------------------
def test_a_file_upload_resumes_where_it_stopped(world):
    import hashlib

    data = os.urandom(300_000)
    digest = hashlib.sha256(data).hexdigest()
    url = f"{world.server.url}/v1/blobs/{digest}"
    auth = {"Authorization": f"Bearer {world.token}"}

    def patch(offset, part):
        return httpx.patch(url, content=part, headers={**auth, "Upload-Offset": str(offset),
                                                       "Upload-Length": str(len(data))})

    assert patch(0, data[:100_000]).json() == {"sha256": digest, "offset": 100_000,
                                               "complete": False}
    # the connection dropped; a new uploader asks where to go on
    missing = httpx.post(f"{world.server.url}/v1/blobs/query", json={"sha256": [digest]},
                         headers=auth).json()["missing"]
    assert missing == [{"sha256": digest, "offset": 100_000}]
    wrong = patch(50_000, data[50_000:150_000])
    assert wrong.status_code == 409 and wrong.json()["offset"] == 100_000
    assert patch(100_000, data[100_000:]).json()["complete"] is True
    assert world.service.blob(digest) == data
    # a file that does not match its name is not kept
    bad = hashlib.sha256(b"other").hexdigest()
    r = httpx.patch(f"{world.server.url}/v1/blobs/{bad}", content=b"not other",
                    headers={**auth, "Upload-Offset": "0", "Upload-Length": "9"})
    assert r.status_code == 422 and world.service.blob(bad) is None


def test_the_signed_reports_are_checked_after_receipt(world):
    with world.store() as store, world.client() as client:
        sync_once(store, client)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        checks = {e["report_check"] for e in world.service.evaluations()}
        if checks == {"valid"}:
            break
        time.sleep(0.2)
    assert checks == {"valid"}
