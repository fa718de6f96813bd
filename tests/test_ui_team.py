"""Expert-team evaluations in the app (offscreen, real widgets, real data folders): the lead's
merge view imports three members' signed scoresheet files (in any order, twice), shows the
disagreement side by side, settles it through the settle dialog, refuses to finalize before
and finalizes after; a tampered file is refused with its reason; the new-team dialog creates a
split team and exports the invitation; a member joins and hands in from the window.

The scoresheets are made with the core API exactly as tests/test_team.py does."""

from __future__ import annotations

import json
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.app import create_application
from inspector.rubrics import Catalog
from inspector.rubrics.numbers import format_decimal
from inspector.signing._util import cert_pem
from inspector.signing.ca import ca_certificate
from inspector.store import Store
from inspector.team import Policy
from inspector.team import workflow as tw
from inspector.ui.app_window import AppWindow
from inspector.ui.evaluation.tree_model import TITLE
from inspector.ui.team.merge_dialog import TeamMergeDialog
from inspector.ui.team.new_team_dialog import NewTeamDialog
from inspector.ui.team.settle_dialog import SettleDialog

from .factories import full_answers
from .sync_support import KEY_PASS, bundled_rubric, home, make_ca, make_inspector_key
from .test_team import PEOPLE, SCHOOL, first_points_leaf, hand_in, score

LEAD, SECOND, THIRD = (pid for pid, _name in PEOPLE)
REASON = "现场复核后组内商定"


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return make_ca(tmp_path_factory.mktemp("ui-team-ca") / "ca")


@pytest.fixture(scope="module")
def key_folders(ca, tmp_path_factory):
    """Each member's keys folder (key, certificate, the bureau's CA), made once."""
    root = tmp_path_factory.mktemp("ui-team-keys")
    with home(root):  # the bureau's CA lands in root/keys, never in a real data folder
        for pid, name in PEOPLE:
            make_inspector_key(root / pid, ca, name, pid)
    return {pid: root / pid / "keys" for pid, _ in PEOPLE}


class Laptop:
    """A member's data folder with their key in it (as an enrolled laptop has)."""

    def __init__(self, folder: Path, keys: Path):
        from inspector.signing.keys import load_identity

        self.folder = folder
        shutil.copytree(keys, folder / "keys")
        self.identity = load_identity(folder / "keys" / "inspector.p12", KEY_PASS)
        self.store = Store.open(folder, daily_backup=False)

    def close(self):
        self.store.close()


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("INSPECTOR_LANG", "en")  # the texts below are the English sources
    return create_application()


@pytest.fixture
def laptops(tmp_path, key_folders, ca):
    made = {pid: Laptop(tmp_path / pid, key_folders[pid]) for pid, _ in PEOPLE}
    (made[LEAD].folder / "keys" / "bureau-ca.pem").write_text(cert_pem(ca_certificate(ca)))
    yield made
    for laptop in made.values():
        laptop.close()


@pytest.fixture
def handed_in(tmp_path, laptops):
    """A parallel team (median) led from the lead's laptop, and the three scoresheet files:
    the lead and 李专家 give the points item full marks, 王专家 gives it 0 — a disagreement."""
    rubric = bundled_rubric()
    lead = laptops[LEAD]
    lead.store.schools.add(SCHOOL)
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                          policy=Policy.MEDIAN, visit_date="2026-11-25")
    invitation = tw.invitation(lead.store, team.evaluation_id, lead.identity)
    leaf = first_points_leaf(rubric)
    far = {LEAD: leaf.points, SECOND: leaf.points, THIRD: 0}
    files = {}
    for pid, laptop in laptops.items():
        sheet = tw.join(laptop.store, invitation, pid)
        score(laptop, sheet, rubric, {leaf.code: far[pid]})
        files[pid] = hand_in(laptop, sheet, tmp_path / f"评分表-{pid}.zip")
    return team, leaf, files


def type_chinese(widget, text):
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def yes_to_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def merge_view(qtbot, store, evaluation_id) -> TeamMergeDialog:
    dialog = TeamMergeDialog(store, evaluation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def member_states(dialog) -> list[str]:
    return [dialog.members_model.item(r, 3).text() for r in range(dialog.members_model.rowCount())]


def test_the_lead_imports_settles_and_finalizes(qtbot, app, laptops, handed_in, monkeypatch):
    team, leaf, files = handed_in
    store = laptops[LEAD].store
    dialog = merge_view(qtbot, store, team.evaluation_id)
    assert "Median" in dialog.team_label.text() and "张组长" in dialog.team_label.text()
    assert member_states(dialog) == ["Not handed in"] * 3
    assert dialog.model.rowCount() == 0

    outcome = dialog.import_files([files[LEAD], files[SECOND], files[THIRD]])
    assert [status for _name, status, _text in outcome] == ["new"] * 3
    assert "王专家's scoresheet imported and merged" in dialog.import_log.text()
    assert all(state.startswith("Handed in 20") for state in member_states(dialog))

    # the disagreement, side by side: each member's answer and note
    row = dialog.row_of(leaf.code)
    assert row >= 0
    texts = dialog.row_texts(row)
    assert texts[0] == f"{leaf.code} {leaf.title}"
    assert texts[2:5] == [f"{leaf.points} points\n张组长的说明", f"{leaf.points} points\n李专家的说明",
                          "0 points\n王专家的说明"]
    assert texts[5] == "To settle"
    assert "1 to settle" in dialog.disagreements_label.text()
    before = store.evaluations.open(team.evaluation_id).result().total
    assert dialog.totals.text().startswith(f"Merged total {format_decimal(before)} / ")

    # finalizing is refused while the disagreement is open: the blockers say why
    yes_to_questions(monkeypatch)
    qtbot.mouseClick(dialog.finalize_button, Qt.MouseButton.LeftButton)
    assert dialog.blockers.isVisible()
    blockers = [dialog.blockers.item(i).text() for i in range(dialog.blockers.count())]
    assert any(f"{leaf.code} 组员评分分歧" in b for b in blockers)
    assert store.evaluations.get(team.evaluation_id).status == "draft"

    # settle it: the agreed answer in the item's own input, and a reason (required)
    assert not dialog.settle_button.isEnabled()
    dialog.select(leaf.code)
    assert dialog.settle_button.isEnabled()
    qtbot.mouseClick(dialog.settle_button, Qt.MouseButton.LeftButton)
    settle = dialog.findChild(SettleDialog)
    assert settle is not None and settle.isVisible()
    assert "王专家：0 points" in settle.said.text()
    box = settle.input.box
    box.setFocus()
    qtbot.keyClicks(box, "2")
    assert not settle.ok_button.isEnabled()  # no reason yet
    settle.reason_edit.setFocus()
    type_chinese(settle.reason_edit, REASON)
    assert settle.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.mouseClick(settle.ok_button, Qt.MouseButton.LeftButton)
    texts = dialog.row_texts(dialog.row_of(leaf.code))
    assert texts[5] == f"✓ 2 points\n{REASON}"
    after = store.evaluations.open(team.evaluation_id).result().total
    assert after == before + 2
    assert dialog.totals.text().startswith(f"Merged total {format_decimal(after)} / ")
    assert "0 to settle" in dialog.open_label.text()
    trail = [e for e in store.evaluations.history(team.evaluation_id)
             if e["field"] == "settlement"]
    assert trail[0]["reason"] == REASON and trail[0]["new"] == 2

    # now it may be finalized
    with qtbot.waitSignal(dialog.finalized, timeout=5000):
        qtbot.mouseClick(dialog.finalize_button, Qt.MouseButton.LeftButton)
    assert store.evaluations.get(team.evaluation_id).status == "finalized"
    assert not dialog.blockers.isVisible()
    assert f"Finalized: {format_decimal(after)} / " in dialog.message.text()
    assert not dialog.import_button.isEnabled() and not dialog.settle_button.isEnabled()


def test_another_order_and_twice_through_the_window(qtbot, app, laptops, handed_in):
    """From the window: the merge view acts on the team evaluation open in the page, and the
    page follows what the merge view changes. Imports in another order, then again: same."""
    team, leaf, files = handed_in
    store = laptops[LEAD].store
    window = AppWindow(store, Catalog.discover())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_evaluation(team.evaluation_id)
    dialog = window.show_team_merge()
    qtbot.addWidget(dialog)
    assert dialog.evaluation_id == team.evaluation_id
    order = [files[THIRD], files[LEAD], files[SECOND]]
    assert [s for _n, s, _t in dialog.import_files(order)] == ["new"] * 3
    first = dialog.row_texts(dialog.row_of(leaf.code))
    total = dialog.totals.text()
    events = len(store.evaluations.history(team.evaluation_id))
    again = dialog.import_files(order)
    assert [s for _n, s, _t in again] == ["same"] * 3
    assert "nothing changed" in dialog.import_log.text()
    assert dialog.row_texts(dialog.row_of(leaf.code)) == first and dialog.totals.text() == total
    assert len(store.evaluations.history(team.evaluation_id)) == events
    # the page shows the merged answers (a member's note included) without reopening by hand
    session = window.evaluation.session
    assert session.id == team.evaluation_id
    other = next(c for c in session.codes if c != leaf.code and session.value(c) is not None)
    assert "李专家" in session.record(other).note
    assert session.value(leaf.code) is None  # the disagreement waits for the lead
    window.close()


def test_a_tampered_scoresheet_is_refused_with_its_reason(qtbot, app, laptops, handed_in,
                                                          tmp_path):
    team, _leaf, files = handed_in
    tampered = tmp_path / "改过的评分表.zip"
    with zipfile.ZipFile(files[THIRD]) as src, zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "scoresheet.json":
                envelope = json.loads(data)
                code = next(iter(envelope["payload"]["answers"]))
                envelope["payload"]["answers"][code]["note"] = "改过"
                data = json.dumps(envelope, ensure_ascii=False).encode("utf-8")
            dst.writestr(name, data)
    not_a_sheet = tmp_path / "照片.zip"
    not_a_sheet.write_bytes(b"\x89PNG not a zip")
    dialog = merge_view(qtbot, laptops[LEAD].store, team.evaluation_id)
    outcome = dialog.import_files([tampered, not_a_sheet, files[SECOND]])
    assert [s for _n, s, _t in outcome] == ["refused", "refused", "new"]
    log = dialog.import_log.text()
    assert "✗ 改过的评分表.zip：not imported: refused:" in log
    assert "signature does not match" in log
    assert "✗ 照片.zip：not imported:" in log and "not a scoresheet file" in log
    assert "✓ 评分表-yh-zj-002.zip" in log
    assert member_states(dialog)[2] == "Not handed in"  # 王专家's tampered sheet is not in
    assert [s.member_id for s in tw.scoresheets(laptops[LEAD].store, team.evaluation_id)] == \
        [SECOND]


def test_the_new_team_dialog_creates_a_split_team_and_the_invitation(qtbot, app, laptops,
                                                                      tmp_path):
    lead = laptops[LEAD]
    lead.store.schools.add(SCHOOL)
    catalog = Catalog.discover()
    dialog = NewTeamDialog(lead.store, catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "张组长 (yh-zj-001)" in dialog.lead_label.text()  # from the key's certificate
    assert not dialog.create_button.isEnabled()
    assert dialog.select_school(SCHOOL.code)
    offered = dialog.offered_rubrics()
    assert offered and all(r.applies_to("primary") for r in offered)
    rubric = bundled_rubric()
    assert dialog.select_rubric(next(r for r in offered if r.id == rubric.id))
    assert dialog.create_button.isEnabled()
    dialog.add_member(SECOND, "李专家")
    dialog.add_member(THIRD, "王专家")
    dialog.split_radio.setChecked(True)
    assert dialog.owners_table.isVisible() and not dialog.policy_combo.isEnabled()
    assert dialog.policy() == "owner"  # split work: each area's owner decides
    areas = [a.code for a in rubric.areas]
    assert dialog.owners_table.rowCount() == len(areas)
    owners = {a: PEOPLE[n % 3][0] for n, a in enumerate(areas)}
    # an area without an owner is refused, with the core's reason
    for area, owner in list(owners.items())[1:]:
        assert dialog.set_owner(area, owner)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.team is None and "owner for every area" in dialog.message.text()
    assert dialog.set_owner(areas[0], owners[areas[0]])
    with qtbot.waitSignal(dialog.created, timeout=5000) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    team = tw.team(lead.store, created.args[0])
    assert team.mode == "split" and team.policy is Policy.OWNER
    assert team.ownership == owners and team.lead_id == LEAD
    assert [m.id for m in team.members] == [LEAD, SECOND, THIRD]
    assert dialog.export_button.isVisible() and not dialog.create_button.isVisible()

    out = tmp_path / "专家组邀请.json"
    assert dialog.export_invitation(out, "wrong passphrase") is None
    assert "passphrase" in dialog.message.text()
    with qtbot.waitSignal(dialog.joined, timeout=5000):
        assert dialog.export_invitation(out, KEY_PASS) == out
    assert "Your own scoresheet is ready" in dialog.message.text()
    assert tw.membership(lead.store, dialog.own_sheet_id)["owned_areas"] == \
        sorted(a for a, o in owners.items() if o == LEAD)
    # a member joins from the file
    sheet = tw.join(laptops[THIRD].store, tw.read_file(out), THIRD)
    assert tw.membership(laptops[THIRD].store, sheet)["owned_areas"] == \
        sorted(a for a, o in owners.items() if o == THIRD)


def test_a_member_joins_and_hands_in_from_the_window(qtbot, app, laptops, tmp_path):
    lead = laptops[LEAD]
    lead.store.schools.add(SCHOOL)
    rubric = bundled_rubric()
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members)
    invitation = tw.write_file(tw.invitation(lead.store, team.evaluation_id, lead.identity),
                               tmp_path / "邀请.json")
    member = laptops[SECOND]
    window = AppWindow(member.store, Catalog.discover())
    qtbot.addWidget(window)
    window.show()
    assert window.hand_in_scoresheet(tmp_path / "x.zip", KEY_PASS) is None  # not joined yet
    sheet = window.join_team(invitation)
    assert sheet is not None
    assert window.pages.currentWidget() is window.evaluation
    assert window.evaluation.session.id == sheet
    assert window.join_team(invitation) == sheet  # joining twice finds the same scoresheet
    code = first_points_leaf(rubric).code
    window.evaluation.session.set_value(code, 1)
    out = window.hand_in_scoresheet(tmp_path / "李专家.zip", KEY_PASS)
    assert out == tmp_path / "李专家.zip"
    envelope, files = tw.read_scoresheet(out)
    done = tw.import_scoresheet(lead.store, team.evaluation_id, envelope, files=files)
    assert (done.status, done.member_id) == ("new", SECOND)
    assert tw.scoresheets(lead.store, team.evaluation_id)[0].answers[code] == Decimal(1)
    window.close()


def test_the_evaluation_page_keeps_the_merge_intact(qtbot, app, laptops, handed_in):
    """Opened in the evaluation page, a team evaluation's scores cannot be typed over (they
    are the merge), and finalizing there is refused while a disagreement is open."""
    from inspector.ui.evaluation.session import EvaluationSession

    team, leaf, files = handed_in
    store = laptops[LEAD].store
    for path in files.values():
        envelope, blobs = tw.read_scoresheet(path)
        tw.import_scoresheet(store, team.evaluation_id, envelope, files=blobs)
    session = EvaluationSession(store, team.evaluation_id)
    assert session.is_team
    refusals = []
    session.refused.connect(refusals.append)
    other = next(c for c in session.codes if c != leaf.code)
    before = session.value(other)
    session.set_note(other, "组长自己改的说明")
    assert refusals and "merge of the members' scoresheets" in refusals[0]
    assert session.value(other) == before
    blockers, _warnings = session.finalize_report()
    assert f"{leaf.code} 组员评分分歧，需组长裁定" in blockers
    assert session.finalize() is None and store.evaluations.get(team.evaluation_id).is_draft
    tw.settle(store, team.evaluation_id, leaf.code, leaf.points, REASON)
    assert session.finalize() is not None
    assert not store.evaluations.get(team.evaluation_id).is_draft


def test_in_split_work_a_member_sees_which_areas_are_others(qtbot, app, laptops, tmp_path):
    lead = laptops[LEAD]
    lead.store.schools.add(SCHOOL)
    rubric = bundled_rubric()
    areas = [a.code for a in rubric.areas]
    owners = {a: PEOPLE[n % 3][0] for n, a in enumerate(areas)}
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                          mode="split", ownership=owners)
    invitation = tw.write_file(tw.invitation(lead.store, team.evaluation_id, lead.identity),
                               tmp_path / "邀请.json")
    member = laptops[SECOND]
    window = AppWindow(member.store, Catalog.discover())
    qtbot.addWidget(window)
    window.show()
    window.join_team(invitation)
    page = window.evaluation
    session, model = page.session, page.tree.model
    tooltip, foreground = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole
    mine = {leaf.code for a, o in owners.items() if o == SECOND for leaf in rubric.area_leaves[a]}
    theirs = {leaf.code: dict(PEOPLE)[o] for a, o in owners.items() if o != SECOND
              for leaf in rubric.area_leaves[a]}
    assert set(session.others_items) == set(theirs) and not set(theirs) & mine
    # the tree says whose the others' rows are, and greys them
    for code, owner in list(theirs.items())[:3]:
        index = model.index_for_code(code).siblingAtColumn(TITLE)
        assert f"Split work: {owner} scores this" in model.data(index, tooltip)
        assert model.data(index, foreground) == model._grey
    own = model.index_for_code(next(iter(mine))).siblingAtColumn(TITLE)
    assert "Split work" not in model.data(own, tooltip)
    # "next unanswered" goes through this member's items only, and says when they are done
    seen = set()
    while (code := session.next_unanswered()) is not None:
        assert code not in theirs
        seen.add(code)
        session.set_value(code, full_answers(rubric)[code])
    assert mine <= seen | set(session.answers)
    window.close()
