"""A team evaluation through the commands alone: three laptops (data folders), invitation,
hand-in, import, a disagreement settled, finalize."""

from __future__ import annotations

import json

from inspector.cli import main
from inspector.rubrics import Evidence
from inspector.store.demo import _png

from .sync_support import KEY_PASS, bundled_rubric, make_ca, make_inspector_key


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out.strip(), err


def test_team_commands(tmp_path, capsys, monkeypatch):
    ca = make_ca(tmp_path / "ca")
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", KEY_PASS)
    people = {"yh-zj-001": "张组长", "yh-zj-002": "李专家", "yh-zj-003": "王专家"}
    homes = {pid: tmp_path / pid for pid in people}
    for pid, name in people.items():
        make_inspector_key(homes[pid], ca, name, pid)
    rubric = bundled_rubric()
    leaf = max((leaf for leaf in rubric.leaves() if leaf.mode.value == "points"),
               key=lambda leaf: leaf.points)
    monkeypatch.setenv("INSPECTOR_HOME", str(homes["yh-zj-001"]))
    assert run(capsys, "school", "add", "--code", "3301109905", "--name", "未来科技城第一小学",
               "--type", "primary")[0] == 0
    code, team_id, err = run(capsys, "team", "new", "--school", "3301109905", "--rubric",
                             rubric.id, "--lead", "yh-zj-001:张组长", "--member",
                             "yh-zj-002:李专家", "--member", "yh-zj-003:王专家",
                             "--policy", "median")
    assert code == 0, err
    invitation = tmp_path / "invitation.json"
    assert run(capsys, "team", "invite", team_id, invitation)[0] == 0
    sheets = []
    from .factories import full_answers

    for pid in people:
        monkeypatch.setenv("INSPECTOR_HOME", str(homes[pid]))
        code, sheet, err = run(capsys, "team", "join", invitation)
        assert code == 0, err
        edits = tmp_path / f"{pid}.jsonl"
        answers = full_answers(rubric)
        answers[leaf.code] = 0 if pid == "yh-zj-003" else float(leaf.points)
        edits.write_text("\n".join(json.dumps({"code": c, "value": v, "note": "现场核实"},
                                              ensure_ascii=False, default=float)
                                   for c, v in answers.items()), encoding="utf-8")
        with open(edits, encoding="utf-8") as stdin:
            monkeypatch.setattr("sys.stdin", stdin)
            code, _, err = run(capsys, "eval", "apply", sheet)
        assert code == 0, err
        for item in rubric.leaves():
            if Evidence.PHOTO in item.requires:
                photo = tmp_path / f"{pid}-{item.code}.png"
                photo.write_bytes(_png((len(pid), 100, 50)))
                assert run(capsys, "eval", "attach", sheet, photo, "--code", item.code)[0] == 0
        out = tmp_path / f"{pid}.zip"
        assert run(capsys, "team", "hand-in", sheet, out)[0] == 0
        sheets.append(out)
    monkeypatch.setenv("INSPECTOR_HOME", str(homes["yh-zj-001"]))
    code, out, err = run(capsys, "team", "import", team_id, *reversed(sheets))
    assert code == 0, err
    assert out.count(": new") == 3
    assert run(capsys, "team", "import", team_id, sheets[0])[1].endswith(": same")
    code, out, _ = run(capsys, "team", "status", team_id)
    assert f"TO SETTLE  {leaf.code}" in out and "1 item(s) to settle" in out
    code, _, err = run(capsys, "team", "finalize", team_id)
    assert code == 1 and "组员评分分歧" in err
    # The merged answers are the team's: the commands for a single inspector cannot change
    # them, nor their notes (the store refuses, nothing is written); settling can.
    code, before, _ = run(capsys, "eval", "show", team_id, "--json")
    for edit in (["eval", "set", team_id, leaf.code, "1"],
                 ["eval", "set", team_id, leaf.code, "--note", "改一下"]):
        code, _, err = run(capsys, *edit)
        assert code == 1 and "expert team's evaluation" in err and "team settle" in err
    assert run(capsys, "eval", "show", team_id, "--json")[1] == before
    assert run(capsys, "team", "settle", team_id, leaf.code, "2", "--reason",
               "复核台账后商定")[0] == 0
    code, out, err = run(capsys, "team", "finalize", team_id)
    assert code == 0 and out.startswith("finalized"), err
