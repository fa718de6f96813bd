"""Enrolment, what the bureau hands out, USB bundles both ways, the bureau's commands, and the
server's OpenAPI schema fuzzed (schemathesis) without a single server error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import httpx
import pytest

from inspector.cli import main
from inspector.store import Store
from inspector.sync import apply, outbox
from inspector.sync.bundle import BundleError, export_outbox, import_from_bureau, import_to_bureau
from inspector.sync.canonical import canonical_bytes
from inspector.sync.client import SyncClient, sync_once

from .sync_fixtures import ME
from .sync_support import CA_PASS, KEY_PASS, bundled_rubric


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# --- enrolment -----------------------------------------------------------------------------
def test_enrolment_with_a_one_time_code(world, tmp_path, capsys, monkeypatch):
    from inspector.signing import keys

    laptop = tmp_path / "new-laptop"
    monkeypatch.setenv("INSPECTOR_HOME", str(laptop))
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", KEY_PASS)
    assert run(capsys, "keys", "init", "--name", "李娜", "--id", "yh-dx-002")[0] == 0
    code = world.service.enroll_code("yh-dx-002")
    # someone else's code cannot certify this key
    wrong = world.service.enroll_code(ME)
    status, _, err = run(capsys, "sync", "enroll", world.server.url, wrong)
    assert status == 1 and "not for inspector" in err
    status, out, err = run(capsys, "sync", "enroll", world.server.url, code)
    assert status == 0, err
    assert "enrolled as 李娜 (yh-dx-002)" in out
    from inspector.signing.ca import ca_certificate

    keys.read_certificate().verify_directly_issued_by(ca_certificate(world.ca))
    assert (laptop / "keys" / "bureau-ca.pem").exists()
    config = json.loads((laptop / "sync.json").read_text())
    assert config["inspector_id"] == "yh-dx-002" and config["token"].startswith("tk_")
    assert oct((laptop / "sync.json").stat().st_mode & 0o777) == "0o600"
    # the code is used up
    status, _, err = run(capsys, "sync", "enroll", world.server.url, code)
    assert status == 1 and "used or expired" in err
    # the token works
    r = httpx.get(world.server.url + "/v1/me",
                  headers={"Authorization": f"Bearer {config['token']}"})
    assert r.json() == {"id": "yh-dx-002", "name": "李娜", "role": "inspector"}


# --- pull ----------------------------------------------------------------------------------
def test_rubric_updates_roster_and_assignments_arrive(world):
    from inspector.rubrics.catalog import Catalog, rubric_dirs
    from inspector.rubrics.io import rubric_from_text, rubric_to_yaml

    base = bundled_rubric()
    newer_text = rubric_to_yaml(base).replace(f"version: {base.version}", "version: 2099.1", 1)
    if "version: 2099.1" not in newer_text:
        newer_text = rubric_to_yaml(base).replace(f"version: '{base.version}'",
                                                  "version: '2099.1'", 1)
    newer = rubric_from_text(newer_text, "newer.yaml")
    assert newer.version == "2099.1"
    with world.store() as store:
        draft = store.evaluations.create("3301100104", base, visit_date="2026-12-01")
        store.evaluations.set_answer(draft.id, base.answerable_codes()[0],
                                     _any_answer(base))
    world.service.publish_rubric(newer)
    world.service.upsert_school({"code": "3301109901", "name": "杭州市余杭区新湖小学",
                                 "type": "primary", "town": "仁和街道"})
    aid = world.service.assign(ME, "3301109901", newer.content_hash, "2026-12-15",
                               kind="formal", note="规范化学校复评")
    with world.store() as store, world.client() as client:
        applied = client.pull(store)
        assert applied.rubrics == [f"{newer.id} 2099.1"]  # the bundled ones are known
        assert applied.schools >= 1 and applied.assignments == 1
        assert store.schools.get("3301109901").name == "杭州市余杭区新湖小学"
        assert [a["id"] for a in apply.assignments(store)] == [aid]
        # the evaluation in progress keeps the version it started with
        assert store.evaluations.get(draft.id).rubric_hash == base.content_hash
        # nothing new the second time
        assert not client.pull(store).changed
    catalog = Catalog.discover(rubric_dirs())
    assert catalog.find(newer.id).version == "2099.1"


def _any_answer(rubric):
    from .factories import full_answers

    return next(iter(full_answers(rubric).values()))


# --- bundles -------------------------------------------------------------------------------
def test_a_bundle_to_the_bureau_twice_changes_nothing_the_second_time(world, tmp_path):
    bundle = tmp_path / "to-bureau.zip"
    with world.store() as store:
        payload = export_outbox(store, bundle, world.identity())
    assert len(payload["submissions"]) == len(world.ids)
    first = import_to_bureau(world.service, bundle)
    assert {s["status"] for s in first.submissions} == {"created"}
    assert world.count() == len(world.ids)
    with world.service.db.transaction(write=False) as tx:
        before = tx.all("SELECT evaluation_id, sha256, received_at, via FROM submissions "
                        "ORDER BY evaluation_id")
    second = import_to_bureau(world.service, bundle)
    assert {s["status"] for s in second.submissions} == {"duplicate"}
    with world.service.db.transaction(write=False) as tx:
        after = tx.all("SELECT evaluation_id, sha256, received_at, via FROM submissions "
                       "ORDER BY evaluation_id")
    assert after == before and {r[3] for r in after} == {"bundle"}
    assert world.count("conflicts") == 0
    # and the network path afterwards sees them as already there
    with world.store() as store, world.client() as client:
        report, _ = sync_once(store, client)
        assert sorted(report.duplicate) == sorted(world.ids) and not report.created


def test_a_tampered_bundle_is_refused_whole(world, tmp_path):
    bundle = tmp_path / "to-bureau.zip"
    with world.store() as store:
        export_outbox(store, bundle, world.identity())
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("submissions/"):
                data = data.replace("现场核实".encode(), "改过了哦".encode(), 1)
            dst.writestr(info, data)
    with pytest.raises(BundleError, match="changed after the bundle was signed"):
        import_to_bureau(world.service, tampered)
    assert world.count() == 0


def test_a_bundle_from_the_bureau_applies_once_and_must_be_the_bureaus(world, tmp_path):
    from inspector.signing.ca import ca_certificate
    from inspector.sync.bundle import export_for_inspector

    world.service.upsert_school({"code": "3301109902", "name": "杭州市余杭区良渚幼儿园",
                                 "type": "kindergarten", "town": "良渚街道"})
    bundle = tmp_path / "from-bureau.zip"
    export_for_inspector(world.service, ME, bundle)
    ca = ca_certificate(world.ca)
    with world.store() as store:
        first = import_from_bureau(store, bundle, ca=ca, inspector_id=ME)
        assert first.changed and store.schools.get("3301109902") is not None
        second = import_from_bureau(store, bundle, ca=ca, inspector_id=ME)
        assert not second.changed
        with pytest.raises(BundleError, match="meant for inspector"):
            import_from_bureau(store, bundle, ca=ca, inspector_id="yh-dx-002")
        # an inspector (certified by the same CA) cannot pass a bundle off as the bureau's
        forged = tmp_path / "forged.zip"
        from inspector.sync.bundle import FORMAT, _write
        from inspector.sync.envelope import seal

        payload = {"format": FORMAT, "direction": "to_laptop", "inspector_id": ME,
                   "created_at": "2026-11-29T00:00:00+00:00", "submissions": [], "files": [],
                   "pull": {"schools": [{"code": "3301109903", "name": "假学校",
                                         "type": "primary"}]}}
        _write(forged, seal(payload, world.identity()), {})
        with pytest.raises(BundleError, match="not signed by the bureau itself"):
            import_from_bureau(store, forged, ca=ca, inspector_id=ME)
        assert store.schools.get("3301109903") is None


# --- the bureau's commands -----------------------------------------------------------------
def test_bureau_commands_list_show_review_rollup(world, tmp_path, capsys, monkeypatch):
    with world.store() as store, world.client() as client:
        sync_once(store, client)
    monkeypatch.setenv("BUREAU_CA_PASSPHRASE", CA_PASS)
    db = ["bureau", "--db", world.server.db_url, "--ca", world.ca]
    status, out, err = run(capsys, *db, "list")
    assert status == 0, err
    assert f"{len(world.ids)} evaluation(s)" in out and "杭州市余杭区五常小学" in out
    eid = world.ids[2]
    status, out, _ = run(capsys, *db, "review", eid[:8], "--return", "--comment",
                         "整改意见未写期限")
    assert status == 0 and "returned" in out
    status, out, _ = run(capsys, *db, "show", eid[:8], "--json")
    shown = json.loads(out)
    assert shown["review"] == "returned" and shown["review_comment"] == "整改意见未写期限"
    assert run(capsys, *db, "review", eid, "--return")[0] == 1  # a comment is required
    out_xlsx = tmp_path / "rollup.xlsx"
    status, out, err = run(capsys, *db, "rollup", out_xlsx)
    assert status == 0, err
    from openpyxl import load_workbook

    wb = load_workbook(out_xlsx, read_only=True)
    texts = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None}
    assert "杭州市余杭区五常小学" in texts
    with world.store() as store, world.client() as client:
        sync_once(store, client)
        assert outbox.entry(store, eid).state == "returned"


# --- the API under fuzzing -----------------------------------------------------------------
@pytest.mark.slow
def test_openapi_fuzzed_without_server_errors(world, tmp_path):
    schemathesis = shutil.which("schemathesis") or os.path.join(os.path.dirname(sys.executable),
                                                               "schemathesis")
    for token in (world.token, world.admin_token, None):
        args = [schemathesis, "run", f"{world.server.url}/openapi.json", "-c",
                "not_a_server_error", "-n", "25", "--seed", "7", "-w", "1",
                "--generation-database", "none"]
        if token:
            args += ["-H", f"Authorization: Bearer {token}"]
        done = subprocess.run(args, capture_output=True, text=True, cwd=tmp_path, timeout=600)
        tail = done.stdout[-3000:]
        assert done.returncode == 0, tail
        assert " passed" in tail and "failure" not in tail.split("Test cases:")[-1]
    # and the server is still up and sound
    assert httpx.get(world.server.url + "/healthz").status_code == 200
    with world.store() as store, SyncClient(world.server.url, world.token) as client:
        assert len(client.push(store).created) == len(world.ids)


# --- expert-team files through the bureau --------------------------------------------------
def test_team_files_travel_through_the_bureau(world, tmp_path, monkeypatch):
    from types import SimpleNamespace

    from inspector.signing._util import cert_pem
    from inspector.signing.ca import ca_certificate
    from inspector.team import workflow as tw

    from .sync_fixtures import OTHER
    from .sync_support import make_inspector_key
    from .test_team import score

    rubric = bundled_rubric()
    # the member's laptop: its own data folder, key from the bureau CA, token
    member_home = tmp_path / "member"
    member_id = make_inspector_key(member_home, world.ca, "李娜", OTHER)
    (member_home / "keys" / "bureau-ca.pem").write_text(cert_pem(ca_certificate(world.ca)))
    member_token = world.service.issue_token(OTHER)
    with world.store() as lead:
        team = tw.create_team(lead, "3301100104", rubric, lead=tw.Member(ME, "王喆"),
                              members=[tw.Member(OTHER, "李娜")], policy="mean")
        with world.client() as client:
            assert client.send_team_file(lead, tw.invitation(lead, team.evaluation_id,
                                                             world.identity()))["kind"] \
                == "invitation"
    monkeypatch.setenv("INSPECTOR_HOME", str(member_home))
    with Store.open(member_home, daily_backup=False) as store, \
            SyncClient(world.server.url, member_token) as client:
        applied = client.pull(store)
        assert len(applied.teams_joined) == 1, applied.problems
        sheet = applied.teams_joined[0]
        assert tw.membership(store, sheet)["team_id"] == team.team_id
        score(SimpleNamespace(store=store, identity=member_id, folder=member_home), sheet, rubric)
        envelope = tw.scoresheet(store, sheet, member_id)
        assert client.send_team_file(store, envelope)["status"] == "relayed"
        assert client.send_team_file(store, envelope)["status"] == "duplicate"
        assert not client.pull(store).changed  # joining again changes nothing
    monkeypatch.setenv("INSPECTOR_HOME", str(world.laptop))
    with world.store() as lead, world.client() as client:
        applied = client.pull(lead)
        assert applied.scoresheets == [OTHER], applied.problems
        sheets = tw.scoresheets(lead, team.evaluation_id)
        assert [s.member_id for s in sheets] == [OTHER]
        photos = [a for a in envelope["payload"]["attachments"]]
        assert all((world.laptop / "attachments" / p["sha256"][:2] / p["sha256"]).exists()
                   for p in photos)
    # only the lead sends the invitation, only members send scoresheets
    r = httpx.post(world.server.url + "/v1/team-files",
                   content=canonical_bytes(envelope),
                   headers={"Authorization": f"Bearer {world.token}"})
    assert r.status_code == 403


# --- the register of certificates ------------------------------------------------------------
def test_certificates_registered_at_the_bureau_and_revoked_there(world, tmp_path, capsys):
    from inspector.exports import qr_payload
    from inspector.exports.certificate import CertificateError, issue_certificate

    key = qr_payload.generate_private_key()
    world.server.stop()  # the bureau keeps a register once it knows the certificates' key
    (world.server.home / "certificate-key.pub.pem").parent.mkdir(parents=True, exist_ok=True)
    (world.server.home / "certificate-key.pub.pem").write_bytes(
        qr_payload.public_pem(key.public_key()))
    world.server.start()
    with world.store() as store, world.client() as client:
        sync_once(store, client)
        record = None
        for eid in world.ids:
            try:
                record = issue_certificate(store, eid, key)
                break
            except CertificateError:
                continue
        assert record is not None, "no evaluation passed"
        assert client.register_certificates(store) == 1
        assert client.register_certificates(store) == 0  # once
    public = tmp_path / "cert.pub.pem"
    public.write_bytes(qr_payload.public_pem(key.public_key()))
    code, out, err = run(capsys, "verify-certificate", record.qr_text, "--public-key", public,
                         "--bureau", world.server.url)
    assert code == 0 and out.startswith("valid"), err
    world.service.revoke_certificate(record.number, "学校被撤销等级")
    code, out, err = run(capsys, "verify-certificate", record.qr_text, "--public-key", public,
                         "--bureau", world.server.url)
    assert code == 1 and "revoked by the bureau" in err and "学校被撤销等级" in err
