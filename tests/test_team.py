"""Expert-team evaluations end to end, each member on a data folder of their own: invitation,
joining, scoring, signed scoresheets, the lead's imports (any order, twice), settling
disagreements, finalizing, every member's signature on the report, and the bureau's check."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from inspector.store import Store, StoreError
from inspector.store.evaluations import FinalizeBlocked
from inspector.store.records import School
from inspector.sync.canonical import canonical_bytes
from inspector.team import Policy
from inspector.team import workflow as tw

from .factories import full_answers
from .sync_support import bundled_rubric, make_ca, make_inspector_key

SCHOOL = School("3301109905", "杭州市余杭区未来科技城第一小学", "primary", "五常街道")
PEOPLE = [("yh-zj-001", "张组长"), ("yh-zj-002", "李专家"), ("yh-zj-003", "王专家")]


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return make_ca(tmp_path_factory.mktemp("team-ca") / "ca")


@pytest.fixture(scope="module")
def identities(ca, tmp_path_factory):
    root = tmp_path_factory.mktemp("team-keys")
    return {pid: make_inspector_key(root / pid, ca, name, pid) for pid, name in PEOPLE}


class Laptop:
    def __init__(self, folder: Path, identity):
        self.folder = folder
        self.identity = identity
        self.store = Store.open(folder, daily_backup=False)

    def close(self):
        self.store.close()


@pytest.fixture
def team_of_three(tmp_path, identities):
    """The lead's laptop with a team evaluation (parallel, median) and each member's laptop
    (the lead's included) with the member's scoresheet joined from the invitation."""
    rubric = bundled_rubric()
    laptops = {pid: Laptop(tmp_path / pid, identities[pid]) for pid, _ in PEOPLE}
    lead = laptops["yh-zj-001"]
    lead.store.schools.add(SCHOOL)
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                          policy=Policy.MEDIAN, visit_date="2026-11-25")
    invitation = tw.write_file(tw.invitation(lead.store, team.evaluation_id, lead.identity),
                               tmp_path / "邀请.json")
    sheets = {pid: tw.join(laptop.store, tw.read_file(invitation), pid)
              for pid, laptop in laptops.items()}
    yield rubric, team, laptops, sheets
    for laptop in laptops.values():
        laptop.close()


def first_points_leaf(rubric):
    """The points item with the most points (2.5 in the bundled modern-school rubric)."""
    return max((leaf for leaf in rubric.leaves() if leaf.mode.value == "points"),
               key=lambda leaf: leaf.points)


def score(laptop, sheet_id, rubric, overrides=None, only_areas=None):
    """Every item (or those of ``only_areas``), with a note, and a photo where required."""
    from inspector.rubrics import Evidence
    from inspector.store.demo import _png

    answers = full_answers(rubric)
    answers.update(overrides or {})
    allowed = None
    if only_areas is not None:
        allowed = {leaf.code for a in only_areas for leaf in rubric.area_leaves[a]}
    for code, value in answers.items():
        if allowed is not None and code not in allowed:
            continue
        laptop.store.evaluations.set_answer(sheet_id, code, value,
                                            note=f"{laptop.identity.name}的说明")
        leaf = rubric.find(code)
        if Evidence.PHOTO in (getattr(leaf, "requires", ()) or ()):
            photo = laptop.folder / f"现场照片-{code}.png"
            photo.write_bytes(_png((len(laptop.identity.name) * 40 % 256, 90, 30)))
            laptop.store.evaluations.attach(sheet_id, code, photo)


def hand_in(laptop, sheet_id, path: Path) -> Path:
    return tw.write_scoresheet(laptop.store, sheet_id, laptop.identity, path)


def take_in(store, team, path: Path, **kwargs):
    envelope, files = tw.read_scoresheet(path)
    return tw.import_scoresheet(store, team.evaluation_id, envelope, files=files, **kwargs)


def test_the_lead_merges_in_any_order_and_twice_to_the_same_result(team_of_three, tmp_path):
    rubric, team, laptops, sheets = team_of_three
    leaf = first_points_leaf(rubric)
    top = leaf.points
    # a spread of 0.5 on a 2.5-point item is within 20 %: merged, not a disagreement
    values = {"yh-zj-001": top, "yh-zj-002": top - Decimal("0.5"),
              "yh-zj-003": top - Decimal("0.5")}
    files = {}
    for pid, laptop in laptops.items():
        score(laptop, sheets[pid], rubric, {leaf.code: values[pid]})
        files[pid] = hand_in(laptop, sheets[pid], tmp_path / f"{pid}.json")
    lead = laptops["yh-zj-001"]
    lead.store.close()
    results = []
    for n, order in enumerate((["yh-zj-001", "yh-zj-002", "yh-zj-003"],
                               ["yh-zj-003", "yh-zj-001", "yh-zj-002"])):
        copy = tmp_path / f"lead-copy-{n}"
        shutil.copytree(lead.folder, copy)
        with Store.open(copy, daily_backup=False) as store:
            statuses = [take_in(store, team, files[p]).status for p in order]
            assert statuses == ["new"] * 3
            events = len(store.evaluations.history(team.evaluation_id))
            again = [take_in(store, team, files[p]).status for p in order]
            assert again == ["same"] * 3  # nothing changed the second time
            assert len(store.evaluations.history(team.evaluation_id)) == events
            result = store.evaluations.open(team.evaluation_id).result()
            merged = tw.merged(store, team.evaluation_id)
            results.append((json.dumps({c: str(a) for c, a in merged.answers.items()}),
                            result.total, result.grade))
            # the median of top, top − 0.5, top − 0.5 is top − 0.5
            assert merged.item(leaf.code).answer == top - Decimal("0.5")
            answer = store.evaluations.open(team.evaluation_id).answers[leaf.code]
            assert answer.value == top - Decimal("0.5")
            assert "李专家" in answer.note and "王专家" in answer.note
    assert results[0] == results[1]
    lead.store = Store.open(lead.folder, daily_backup=False)


def test_a_newer_scoresheet_replaces_the_older_with_history(team_of_three, tmp_path):
    rubric, team, laptops, sheets = team_of_three
    leaf = first_points_leaf(rubric)
    member = laptops["yh-zj-002"]
    score(member, sheets["yh-zj-002"], rubric, {leaf.code: Decimal("0.5")})
    first = hand_in(member, sheets["yh-zj-002"], tmp_path / "v1.json")
    member.store.evaluations.set_answer(sheets["yh-zj-002"], leaf.code, 1)
    second = hand_in(member, sheets["yh-zj-002"], tmp_path / "v2.json")
    lead = laptops["yh-zj-001"].store
    assert take_in(lead, team, second).status == "new"
    # the older one arriving late is kept in the history, not used
    assert take_in(lead, team, first).status == "older"
    assert tw.scoresheets(lead, team.evaluation_id)[0].answers[leaf.code] == 1
    member.store.evaluations.set_answer(sheets["yh-zj-002"], leaf.code, 2)
    third = hand_in(member, sheets["yh-zj-002"], tmp_path / "v3.json")
    assert take_in(lead, team, third).status == "newer"
    assert tw.scoresheets(lead, team.evaluation_id)[0].answers[leaf.code] == 2
    history = tw.sheet_history(lead, team.evaluation_id)
    assert len(history) == 3 and [h["current"] for h in history].count(True) == 1


def test_tampered_or_foreign_scoresheets_are_refused(team_of_three, tmp_path, identities, ca):
    rubric, team, laptops, sheets = team_of_three
    member = laptops["yh-zj-003"]
    score(member, sheets["yh-zj-003"], rubric)
    envelope, files = tw.read_scoresheet(hand_in(member, sheets["yh-zj-003"],
                                                 tmp_path / "sheet.zip"))
    lead = laptops["yh-zj-001"].store
    tampered = json.loads(canonical_bytes(envelope))
    code = next(iter(tampered["payload"]["answers"]))
    tampered["payload"]["answers"][code]["note"] = "改过"
    with pytest.raises(StoreError, match="signature does not match"):
        tw.import_scoresheet(lead, team.evaluation_id, tampered)
    # signed by a member, claiming to be another
    from inspector.sync.envelope import seal

    claimed = json.loads(canonical_bytes(envelope))["payload"]
    claimed["member"] = {"id": "yh-zj-002", "name": "李专家"}
    with pytest.raises(StoreError, match="signed by yh-zj-003"):
        tw.import_scoresheet(lead, team.evaluation_id, seal(claimed, member.identity))
    # an outsider with a certificate from the same CA
    outsider = make_inspector_key(tmp_path / "outsider", ca, "赵某", "yh-xx-009")
    foreign = dict(claimed, member={"id": "yh-xx-009", "name": "赵某"})
    with pytest.raises(StoreError, match="not a member"):
        tw.import_scoresheet(lead, team.evaluation_id, seal(foreign, outsider))
    # with the bureau's CA given, a self-signed key is refused too
    from inspector.signing import keys
    from inspector.signing.ca import ca_certificate

    selfish = keys.init_keys("王专家", "yh-zj-003", passphrase="x", path=tmp_path / "s.p12")
    with pytest.raises(StoreError, match="not issued by the bureau CA"):
        tw.import_scoresheet(lead, team.evaluation_id, seal(claimed | {
            "member": {"id": "yh-zj-003", "name": "王专家"}}, selfish),
            ca=ca_certificate(ca))
    # a photo changed after signing, or left out
    if files:
        digest = next(iter(files))
        with pytest.raises(StoreError, match="changed after signing"):
            tw.import_scoresheet(lead, team.evaluation_id, envelope,
                                 files={**files, digest: b"another picture"})
        with pytest.raises(StoreError, match="is missing"):
            tw.import_scoresheet(lead, team.evaluation_id, envelope, files={})
    assert tw.scoresheets(lead, team.evaluation_id) == []
    # the genuine one is fine
    assert tw.import_scoresheet(lead, team.evaluation_id, envelope, files=files,
                                ca=ca_certificate(ca)).status == "new"


def test_a_disagreement_must_be_settled_before_finalizing(team_of_three, tmp_path):
    rubric, team, laptops, sheets = team_of_three
    leaf = first_points_leaf(rubric)
    far = {"yh-zj-001": leaf.points, "yh-zj-002": leaf.points, "yh-zj-003": 0}
    lead = laptops["yh-zj-001"].store
    for pid, laptop in laptops.items():
        score(laptop, sheets[pid], rubric, {leaf.code: far[pid]})
        take_in(lead, team, hand_in(laptop, sheets[pid], tmp_path / f"{pid}.zip"))
    result = tw.merged(lead, team.evaluation_id)
    assert leaf.code in result.unsettled
    disagreement = next(d for d in result.disagreements if d.code == leaf.code)
    assert [v.member_id for v in disagreement.values] == [p for p, _ in PEOPLE]
    assert disagreement.values[2].note == "王专家的说明"
    with pytest.raises(FinalizeBlocked, match=f"{leaf.code} 组员评分分歧"):
        tw.finalize_team(lead, team.evaluation_id)
    with pytest.raises(StoreError, match="say why"):
        tw.settle(lead, team.evaluation_id, leaf.code, leaf.points, "  ")
    after = tw.settle(lead, team.evaluation_id, leaf.code, leaf.points - Decimal("0.5"),
                      "现场复核后组内商定")
    assert after.unsettled == ()
    final = tw.finalize_team(lead, team.evaluation_id)
    assert lead.evaluations.get(team.evaluation_id).status == "finalized"
    assert final.total == lead.evaluations.open(team.evaluation_id).result().total
    trail = [e for e in lead.evaluations.history(team.evaluation_id)
             if e["field"] == "settlement"]
    assert trail and trail[0]["reason"] == "现场复核后组内商定" and trail[0]["code"] == leaf.code
    with pytest.raises(StoreError):  # frozen once finalized
        tw.settle(lead, team.evaluation_id, leaf.code, 0, "改主意")
    # the report says how the team's scores were merged, and how the lead settled
    from inspector.exports.report_pdf import build_report

    pdf = tmp_path / "team.pdf"
    build_report(lead, team.evaluation_id, pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True).stdout.replace("\n", "")
        for phrase in ("专家组评分与合并", "中位数", "现场复核后组内商定", "王专家", "合并结果"):
            assert phrase in text, phrase


def test_work_split_by_area(tmp_path, identities):
    rubric = bundled_rubric()
    laptops = {pid: Laptop(tmp_path / pid, identities[pid]) for pid, _ in PEOPLE}
    lead = laptops["yh-zj-001"]
    lead.store.schools.add(SCHOOL)
    areas = [a.code for a in rubric.areas]
    owners = {a: PEOPLE[n % 3][0] for n, a in enumerate(areas)}
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    with pytest.raises(StoreError, match="owner for every area"):
        tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                       mode="split", ownership={areas[0]: "yh-zj-001"})
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                          mode="split", ownership=owners)
    assert team.policy is Policy.OWNER
    invitation = tw.invitation(lead.store, team.evaluation_id, lead.identity)
    leaf = next(leaf for a, o in owners.items() if o == "yh-zj-002"
                for leaf in rubric.area_leaves[a] if leaf.mode.value == "points")
    for pid, laptop in laptops.items():
        sheet = tw.join(laptop.store, invitation, pid)
        mine = tw.membership(laptop.store, sheet)["owned_areas"]
        assert mine == sorted(a for a, o in owners.items() if o == pid)
        score(laptop, sheet, rubric, only_areas=mine)
        if pid == "yh-zj-003":  # scores outside their areas too: ignored, not merged
            laptop.store.evaluations.set_answer(sheet, leaf.code, 0)
        take_in(lead.store, team, hand_in(laptop, sheet, tmp_path / f"{pid}.zip"))
    result = tw.merged(lead.store, team.evaluation_id)
    item = result.item(leaf.code)
    assert item.used == ("yh-zj-002",) and "yh-zj-003" in item.ignored
    assert item.answer == full_answers(rubric)[leaf.code]
    for laptop in laptops.values():
        laptop.close()


def test_the_report_carries_every_members_signature_and_the_bureau_checks_the_merge(
        team_of_three, tmp_path, ca):
    from inspector.bureau.database import Database
    from inspector.bureau.service import Bureau
    from inspector.exports.signable_report import write_signable_report
    from inspector.signing.ca import ca_certificate
    from inspector.signing.pdf import sign_pdf, verify_pdf
    from inspector.sync import outbox
    from inspector.sync.envelope import seal

    rubric, team, laptops, sheets = team_of_three
    lead = laptops["yh-zj-001"]
    for pid, laptop in laptops.items():
        score(laptop, sheets[pid], rubric)
        take_in(lead.store, team, hand_in(laptop, sheets[pid], tmp_path / f"{pid}.zip"))
    tw.finalize_team(lead.store, team.evaluation_id)
    pdf = tmp_path / "team-report.pdf"
    _layout, fields = write_signable_report(lead.store, team.evaluation_id, pdf)
    assert fields[:3] == ["Signer1", "Signer2", "Signer3"]
    sign_pdf(pdf, pdf, lead.identity, field="Signer1", role="评估组组长", certify=True)
    for n, pid in enumerate(("yh-zj-002", "yh-zj-003"), start=2):  # the file goes round
        sign_pdf(pdf, pdf, laptops[pid].identity, field=f"Signer{n}", role="评估组成员")
    report = verify_pdf(pdf, [ca_certificate(ca)])
    assert report.ok, report.to_json()
    assert [s.signer for s in report.signatures] == ["张组长", "李专家", "王专家"]
    # each signature says what its box was for, as the report laid it out
    assert [s.role for s in report.signatures] == ["组长", "评估组成员", "评估组成员"]
    assert report.unsigned_fields == ["Bureau"]
    # the bureau receives it with the scoresheets and recomputes the merge
    outbox.record_signed(lead.store, team.evaluation_id, pdf, lead.identity)
    body = outbox.body(lead.store, team.evaluation_id)
    payload = json.loads(body)["payload"]
    assert len(payload["team"]["scoresheets"]) == 3
    bureau = Bureau(Database.open(tmp_path / "bureau.db"), ca)
    bureau.publish_rubric(rubric)
    user = bureau.add_user("yh-zj-001", "张组长")
    for blob in outbox.entry(lead.store, team.evaluation_id).blobs:
        bureau.put_blob((lead.folder / "attachments" / blob["sha256"][:2] / blob["sha256"])
                        .read_bytes())
    # a lead who changes a merged answer afterwards (keeping the total consistent) is caught
    forged = json.loads(body)["payload"]
    code = next(c for c, r in forged["answers"].items() if r["value"] == "true")
    forged["answers"][code]["value"] = "false"
    from inspector.sync.submission import recompute

    forged["result"] = recompute(rubric, forged)
    decision = bureau.submit(user, team.evaluation_id, canonical_bytes(seal(forged,
                                                                           lead.identity)))
    assert (decision.status, decision.body["reason"]) == (422, "team_mismatch")
    decision = bureau.submit(user, team.evaluation_id, body)
    assert decision.status == 201, decision.body


def test_a_reopened_team_evaluation_is_still_the_teams(team_of_three, tmp_path):
    rubric, team, laptops, sheets = team_of_three
    lead = laptops["yh-zj-001"].store
    leaf = first_points_leaf(rubric)
    for pid, laptop in laptops.items():
        score(laptop, sheets[pid], rubric, {leaf.code: 0 if pid == "yh-zj-003" else leaf.points})
        take_in(lead, team, hand_in(laptop, sheets[pid], tmp_path / f"{pid}.zip"))
    tw.settle(lead, team.evaluation_id, leaf.code, leaf.points, "组内商定")
    first = tw.finalize_team(lead, team.evaluation_id)
    new = lead.evaluations.reopen(team.evaluation_id, "学校申诉后复核")
    again = tw.team(lead, new.id)
    assert again is not None and again.team_id == team.team_id
    assert tw.merged(lead, new.id).answers == tw.merged(lead, team.evaluation_id).answers
    assert lead.evaluations.open(new.id).result().total == first.total
    # a member's newer scoresheet (made for the same team) goes into the new revision
    member = laptops["yh-zj-002"]
    member.store.evaluations.set_answer(sheets["yh-zj-002"], leaf.code, 0)
    assert take_in(lead, type("T", (), {"evaluation_id": new.id})(),
                   hand_in(member, sheets["yh-zj-002"], tmp_path / "v2.zip")).status == "newer"
    assert tw.merged(lead, new.id).item(leaf.code).answer == leaf.points  # still settled


def test_members_findings_come_with_their_scoresheets_under_their_names(team_of_three,
                                                                         tmp_path):
    rubric, team, laptops, sheets = team_of_three
    leaf = first_points_leaf(rubric)
    lead, member = laptops["yh-zj-001"], laptops["yh-zj-002"]
    mine = sheets["yh-zj-002"]
    score(member, mine, rubric)
    member.store.evaluations.add_finding(mine, "problem", "功能室台账不全", code=leaf.code,
                                         deadline="2026-12-31")
    member.store.evaluations.add_finding(mine, "strength", "课后服务有特色")
    first = hand_in(member, mine, tmp_path / "v1.zip")
    lead.store.evaluations.add_finding(team.evaluation_id, "rectification", "组长的整改要求")

    def findings():
        return sorted((f.created_by, f.kind, f.code, f.text, f.deadline)
                      for f in lead.store.evaluations.open(team.evaluation_id).findings)

    assert take_in(lead.store, team, first).status == "new"
    assert findings() == sorted([
        (lead.store.actor, "rectification", None, "组长的整改要求", None),
        ("yh-zj-002", "problem", leaf.code, "功能室台账不全", "2026-12-31"),
        ("yh-zj-002", "strength", None, "课后服务有特色", None)])
    events = len(lead.store.evaluations.history(team.evaluation_id))
    assert take_in(lead.store, team, first).status == "same"  # no second copy
    assert len(lead.store.evaluations.history(team.evaluation_id)) == events
    # the member corrects one finding: the newer scoresheet replaces that member's findings
    fid = next(f.id for f in member.store.evaluations.open(mine).findings
               if f.kind == "strength")
    member.store.evaluations.remove_finding(mine, fid)
    member.store.evaluations.add_finding(mine, "strength", "课后服务内容丰富、有特色")
    assert take_in(lead.store, team, hand_in(member, mine, tmp_path / "v2.zip")).status \
        == "newer"
    assert findings() == sorted([
        (lead.store.actor, "rectification", None, "组长的整改要求", None),
        ("yh-zj-002", "problem", leaf.code, "功能室台账不全", "2026-12-31"),
        ("yh-zj-002", "strength", None, "课后服务内容丰富、有特色", None)])
    changes = lead.store.evaluations.history(team.evaluation_id)[-2:]
    assert [(e["old"] is None, e["reason"]) for e in changes] == [(False, tw.MERGE_REASON),
                                                                   (True, tw.MERGE_REASON)]
    # a reopened team evaluation keeps them as the members', not as copies to add again
    for pid, laptop in laptops.items():
        if pid != "yh-zj-002":
            score(laptop, sheets[pid], rubric)
            take_in(lead.store, team, hand_in(laptop, sheets[pid], tmp_path / f"{pid}.zip"))
    tw.finalize_team(lead.store, team.evaluation_id)
    reopened = lead.store.evaluations.reopen(team.evaluation_id, reason="补充材料").id
    tw.apply_merge(lead.store, reopened)
    assert len(lead.store.evaluations.open(reopened).findings) == 3
    # the report names the member who wrote each of them
    from inspector.exports.report_pdf import render_report

    from .test_report_pdf import pdftotext

    report = tmp_path / "report.pdf"
    report.write_bytes(render_report(lead.store, reopened)[0])
    text = pdftotext(report)
    assert "功能室台账不全（整改期限：2026-12-31）（李专家）" in text.replace("\n", "")
