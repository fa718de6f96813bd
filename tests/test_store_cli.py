"""The store's headless commands: what bureau scripts, the GUI and sync rely on."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from inspector.cli import main
from tests.factories import SAMPLE_RUBRIC

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    monkeypatch.setenv("INSPECTOR_HOME", str(path))
    monkeypatch.setenv("INSPECTOR_USER", "yh-dx-001")
    return path


def run(capsys, *args, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(home: Path):
    conn = sqlite3.connect(home / "inspector.sqlite")
    try:
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall()
                for t in ("schools", "evaluations", "answers", "findings", "events")}
    finally:
        conn.close()


@pytest.fixture
def evaluation(home, capsys):
    assert run(capsys, "school", "add", "--code", "3301100101", "--name", "杭州市余杭区良渚第一小学",
               "--type", "primary", "--town", "良渚街道")[0] == 0
    code, out, err = run(capsys, "eval", "new", "--school", "3301100101", "--rubric",
                         SAMPLE_RUBRIC, "--date", "2025-11-05", "--team", "王喆,陈立群")
    assert code == 0, err
    return out.strip()


def test_new_prints_the_id_and_show_json_has_everything(capsys, evaluation):
    assert len(evaluation) == 36
    assert run(capsys, "eval", "set", evaluation, "C6", "8", "--note", "听课两节")[:2] == \
        (0, "saved C6\n")
    assert run(capsys, "eval", "set", evaluation, "C5", "良")[0] == 0
    assert run(capsys, "eval", "set", evaluation, "C2", '["science"]')[0] == 0
    assert run(capsys, "eval", "set", evaluation, "C6", "--self", "10")[0] == 0
    code, out, _ = run(capsys, "eval", "show", evaluation[:8], "--json")
    data = json.loads(out)
    assert (data["status"], data["revision"], data["team"]) == ("draft", 1, ["王喆", "陈立群"])
    assert data["answers"]["C6"] == {**data["answers"]["C6"], "value": 8, "self": 10,
                                     "note": "听课两节"}
    result = data["result"]
    # same shape as `score --json`
    for key in ("total", "max", "percent", "grade", "passed", "veto", "unanswered", "areas",
                "trace"):
        assert key in result
    assert result["total"] == 8 + 8 + 4  # C6 + C5 (10 × 0.8) + C2 (6 − 2)
    assert "C1 尚未作答" in data["finalize"]["blockers"]


def test_show_matches_the_score_command(capsys, evaluation, tmp_path):
    answers = {"C1": 85, "C4": True, "C5": "优", "C6": 9}
    for code, value in answers.items():
        run(capsys, "eval", "set", evaluation, code, json.dumps(value, ensure_ascii=False))
    shown = json.loads(run(capsys, "eval", "show", evaluation, "--json")[1])["result"]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    scored = json.loads(run(capsys, "score", SAMPLE_RUBRIC, path, "--json")[1])
    assert shown == scored


@pytest.mark.parametrize("args, message", [
    (("eval", "set", "{ev}", "C6", "11"), "out of range"),
    (("eval", "set", "{ev}", "NOPE", "1"), "no such item"),
    (("eval", "set", "no-such-evaluation", "C6", "1"), "no evaluation"),
    (("eval", "set", "{ev}", "C5", "极好"), "levels"),
    (("eval", "new", "--school", "999", "--rubric", str(SAMPLE_RUBRIC)), "no school"),
    (("eval", "new", "--school", "3301100101", "--rubric", "no-such-rubric"), "no rubric"),
    (("eval", "new", "--school", "3301100101", "--rubric", str(SAMPLE_RUBRIC), "--date",
      "2025-13-01"), "not a date"),
    (("eval", "finding", "{ev}", "problem", "x", "--deadline", "明天"), "not a date"),
    (("eval", "finalize", "{ev}"), "cannot finalize"),
    (("eval", "reopen", "{ev}"), "still a draft"),
    (("school", "add", "--code", "3301100101", "--name", "重复", "--type", "primary"),
     "already exists"),
])
def test_bad_input_exits_1_with_a_message_and_writes_nothing(capsys, home, evaluation, args,
                                                             message):
    before = snapshot(home)
    code, out, err = run(capsys, *[a.replace("{ev}", evaluation) for a in args])
    assert code == 1
    assert message in err and "Traceback" not in err
    assert out == ""
    assert snapshot(home) == before


def test_finalize_reopen_and_history(capsys, home, evaluation, tmp_path, monkeypatch):
    from inspector.rubrics import load_rubric
    from tests.factories import full_answers

    lines = [json.dumps({"code": c, "value": v, "note": "已核实"}, ensure_ascii=False,
                        default=float)
             for c, v in full_answers(load_rubric(SAMPLE_RUBRIC)).items()]
    photo = tmp_path / "校门.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\nimage")
    assert run(capsys, "eval", "attach", evaluation, photo, "--code", "C1")[0] == 0
    assert run(capsys, "eval", "finding", evaluation, "rectification", "补齐音乐教室",
               "--deadline", "2026-03-01")[0] == 0
    code, out, _ = run(capsys, "eval", "apply", evaluation, stdin="\n".join(lines) + "\n",
                       monkeypatch=monkeypatch)
    assert code == 0 and out.count("saved ") == len(lines)
    code, out, err = run(capsys, "eval", "finalize", evaluation)
    assert code == 0, err
    assert out.startswith(f"finalized {evaluation}")
    before = snapshot(home)
    code, _, err = run(capsys, "eval", "set", evaluation, "C6", "1")
    assert code == 1 and "finalized" in err and snapshot(home) == before
    code, out, _ = run(capsys, "eval", "reopen", evaluation, "--reason", "复核", "--json")
    new = json.loads(out)
    assert (new["revision"], new["supersedes"], new["status"]) == (2, evaluation, "draft")
    rows = json.loads(run(capsys, "eval", "list", "--json")[1])
    assert {(r["revision"], r["status"]) for r in rows} == {(1, "finalized"), (2, "draft")}
    history = json.loads(run(capsys, "eval", "history", evaluation, "--json")[1])
    fields = [e["field"] for e in history]
    assert fields[0] == "created" and "status" in fields and fields[-1] == "superseded_by"
    assert all(e["actor"] == "yh-dx-001" for e in history)


def test_apply_stops_at_a_bad_line_keeping_the_saved_ones(capsys, home, evaluation,
                                                         monkeypatch):
    stdin = '{"code": "C6", "value": 5}\n{"code": "C6", "value": 50}\n{"code": "C5", "value": "优"}\n'
    code, out, err = run(capsys, "eval", "apply", evaluation, stdin=stdin,
                         monkeypatch=monkeypatch)
    assert code == 1 and out == "saved C6\n"
    assert "line 2" in err and "out of range" in err
    data = json.loads(run(capsys, "eval", "show", evaluation, "--json")[1])
    assert set(data["answers"]) == {"C6"}


def test_school_list_search_and_demo(capsys, home):
    assert run(capsys, "demo")[0] == 0
    first = snapshot(home)
    assert run(capsys, "demo")[0] == 0  # a refresh adds nothing twice
    assert snapshot(home)["evaluations"] == first["evaluations"]
    schools = json.loads(run(capsys, "school", "list", "--search", "良渚", "--json")[1])
    assert schools and all("良渚" in s["name"] + s["town"] for s in schools)
    rows = json.loads(run(capsys, "eval", "list", "--json")[1])
    assert {"draft", "finalized"} <= {r["status"] for r in rows}
    assert any(r["revision"] == 2 for r in rows)
    assert {r["family"] for r in rows} >= {"standardized_school", "kindergarten_grade"}


def test_db_check_backup_restore(capsys, home, evaluation, tmp_path):
    assert run(capsys, "db", "check")[0] == 0
    target = tmp_path / "copy.sqlite"
    assert run(capsys, "db", "backup", target)[0] == 0
    run(capsys, "eval", "set", evaluation, "C6", "3")
    code, out, _ = run(capsys, "db", "restore", target)
    assert code == 0 and "restored" in out
    data = json.loads(run(capsys, "eval", "show", evaluation, "--json")[1])
    assert "C6" not in data["answers"]
    code, _, err = run(capsys, "db", "restore", tmp_path / "nothing.sqlite")
    assert code == 1 and "cannot be restored" in err


def test_damaged_database_gives_a_clear_message_not_a_traceback(home, evaluation):
    db_file = home / "inspector.sqlite"
    data = bytearray(db_file.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # wipe the schema page
    db_file.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, "main.py", "db", "check"], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")
    assert proc.returncode == 1
    assert "damaged" in proc.stderr and "db restore" in proc.stderr
    assert "Traceback" not in proc.stderr
