"""The offline store: records, lifecycle, protections enforced by the database itself."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from inspector.rubrics import load_rubric, rubric_from_text
from inspector.store import (
    CorruptDatabase,
    FinalizeBlocked,
    School,
    Store,
    StoreError,
    restore,
)
from inspector.store.backup import list_backups, rolling_backup
from tests.factories import SAMPLE_RUBRIC, full_answers, synthetic_rubric_yaml

PRIMARY = School("3301100101", "杭州市余杭区良渚第一小学", "primary", "良渚街道", "古墩路")
KINDERGARTEN = School("3301100401", "杭州市余杭区良渚中心幼儿园", "kindergarten", "良渚街道")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def store(data_dir: Path):
    with Store.open(data_dir) as s:
        s.use_actor("yh-dx-001")
        s.schools.add(PRIMARY)
        s.schools.add(KINDERGARTEN)
        yield s


@pytest.fixture
def rubric():
    return load_rubric(SAMPLE_RUBRIC)


@pytest.fixture
def draft(store, rubric):
    return store.evaluations.create(PRIMARY.code, rubric, visit_date="2025-11-05")


def raw(store: Store, sql: str, params=()):
    return store.db.execute(sql, params).fetchall()


def event_count(store: Store) -> int:
    return raw(store, "SELECT count(*) FROM events")[0][0]


def fill_completely(store: Store, eid: str, rubric, tmp_path: Path) -> None:
    for code, value in full_answers(rubric).items():
        store.evaluations.set_answer(eid, code, value, note="已核实")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n fake image for the test")
    for leaf in rubric.leaves():
        if any(r.value == "photo" for r in leaf.requires):
            store.evaluations.attach(eid, leaf.code, photo)


# --- opening -------------------------------------------------------------------------------


def test_database_uses_wal_and_foreign_keys(store):
    assert raw(store, "PRAGMA journal_mode")[0][0] == "wal"
    assert raw(store, "PRAGMA foreign_keys")[0][0] == 1
    assert raw(store, "PRAGMA synchronous")[0][0] == 1  # NORMAL
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO evaluations(id, school_code, rubric_hash, visit_date, "
                         "created_at, updated_at) VALUES ('x', 'no-school', 'no-rubric', "
                         "'2025-01-01', 'now', 'now')")


def test_data_folder_comes_from_inspector_home(tmp_path, monkeypatch):
    monkeypatch.setenv("INSPECTOR_HOME", str(tmp_path / "elsewhere"))
    with Store.open() as s:
        assert s.path == tmp_path / "elsewhere" / "inspector.sqlite"


# --- answers -------------------------------------------------------------------------------


def test_answer_is_saved_with_its_event(store, draft):
    assert store.evaluations.set_answer(draft.id, "C1", 85, note="实测生均 13.2㎡")
    sheet = store.evaluations.open(draft.id)
    assert sheet.answers["C1"].value == 85
    assert sheet.answers["C1"].note == "实测生均 13.2㎡"
    events = store.evaluations.history(draft.id)
    assert [(e["field"], e["code"], e["old"], e["new"]) for e in events[1:]] == [
        ("answer", "C1", None, 85), ("note", "C1", None, "实测生均 13.2㎡")]
    assert events[1]["actor"] == "yh-dx-001"


def test_changing_an_answer_logs_old_and_new_value_and_reason(store, draft):
    store.evaluations.set_answer(draft.id, "C5", "良")
    store.evaluations.set_answer(draft.id, "C5", "优", reason="补充材料后复核")
    last = store.evaluations.history(draft.id)[-1]
    assert (last["old"], last["new"], last["reason"]) == ("良", "优", "补充材料后复核")


def test_unchanged_answer_writes_nothing(store, draft):
    store.evaluations.set_answer(draft.id, "C6", 8)
    before = event_count(store)
    assert store.evaluations.set_answer(draft.id, "C6", 8) is False
    assert event_count(store) == before


def test_self_evaluation_is_kept_apart(store, draft):
    store.evaluations.set_answer(draft.id, "C6", self_value=10)
    store.evaluations.set_answer(draft.id, "C6", 7)
    record = store.evaluations.open(draft.id).answers["C6"]
    assert (record.value, record.self_value) == (7, 10)
    fields = [e["field"] for e in store.evaluations.history(draft.id)]
    assert fields.count("self") == 1 and fields.count("answer") == 1


@pytest.mark.parametrize("code, value, message", [
    ("C6", 11, "out of range"),
    ("C3", 2.3, "multiple of the step"),
    ("C5", "极好", "levels"),
    ("C2", ["nonexistent"], "unknown deduction key"),
    ("C4", "yes", r"true \(达标\) or false"),
    ("C4", "NA", "cannot be marked not applicable"),
    ("ZZ9", 1, "no such item"),
    ("B1", 1, "group indicator"),
])
def test_bad_answer_is_refused_before_anything_is_written(store, draft, code, value, message):
    store.evaluations.set_answer(draft.id, "C6", 8)
    before_events = event_count(store)
    before_answers = raw(store, "SELECT * FROM answers")
    with pytest.raises(StoreError, match=message):
        store.evaluations.set_answer(draft.id, code, value)
    assert event_count(store) == before_events
    assert raw(store, "SELECT * FROM answers") == before_answers


def test_clearing_an_answer(store, draft):
    store.evaluations.set_answer(draft.id, "C6", 8)
    store.evaluations.set_answer(draft.id, "C6", None)
    assert store.evaluations.open(draft.id).answers["C6"].value is None
    assert "C6" in store.evaluations.open(draft.id).result().unanswered


def test_rubric_must_apply_to_the_school_type(store, rubric):
    with pytest.raises(StoreError, match="does not apply"):
        store.evaluations.create(KINDERGARTEN.code, rubric)


def test_evaluation_keeps_its_rubric_after_the_file_changes(store, tmp_path):
    text = SAMPLE_RUBRIC.read_text(encoding="utf-8")
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    original = load_rubric(path)
    ev = store.evaluations.create(PRIMARY.code, original)
    store.evaluations.set_answer(ev.id, "C6", 9)
    # The bureau publishes a new version with different points; then the file is deleted.
    path.write_text(text.replace('version: "1.0"', 'version: "2.0"'), encoding="utf-8")
    path.unlink()
    sheet = store.evaluations.open(ev.id)
    assert sheet.rubric.content_hash == original.content_hash
    assert sheet.rubric.version == "1.0"
    assert sheet.result().nodes["C6"].score == 9


# --- lifecycle ---------------------------------------------------------------------------


def test_finalize_is_blocked_until_complete_with_evidence(store, draft, rubric, tmp_path):
    with pytest.raises(FinalizeBlocked) as blocked:
        store.evaluations.finalize(draft.id)
    assert "C1 尚未作答" in blocked.value.blockers
    for code, value in full_answers(rubric).items():
        store.evaluations.set_answer(draft.id, code, value)
    with pytest.raises(FinalizeBlocked) as blocked:
        store.evaluations.finalize(draft.id)
    # sample.yaml: C1 requires a photo, C7 requires a note
    assert blocked.value.blockers == ["C1 缺少必需的照片", "C7 缺少必需的文字说明"]
    fill_completely(store, draft.id, rubric, tmp_path)
    result = store.evaluations.finalize(draft.id)
    ev = store.evaluations.get(draft.id)
    assert ev.status == "finalized" and ev.finalized_by == "yh-dx-001"
    stored = json.loads(raw(store, "SELECT result FROM evaluations WHERE id = ?", [ev.id])[0][0])
    assert stored["total"] == float(result.total) and stored["grade"] == result.grade


@pytest.fixture
def finalized(store, draft, rubric, tmp_path):
    fill_completely(store, draft.id, rubric, tmp_path)
    store.evaluations.add_finding(draft.id, "rectification", "完善实验室管理制度",
                                  deadline="2026-01-31")
    store.evaluations.finalize(draft.id)
    return store.evaluations.get(draft.id)


def test_finalized_evaluation_refuses_edits_through_the_store(store, finalized):
    with pytest.raises(StoreError, match="finalized and cannot change"):
        store.evaluations.set_answer(finalized.id, "C6", 1)
    with pytest.raises(StoreError, match="finalized"):
        store.evaluations.add_finding(finalized.id, "problem", "x")


@pytest.mark.parametrize("sql", [
    "UPDATE answers SET value = '0' WHERE evaluation_id = :id",
    "DELETE FROM answers WHERE evaluation_id = :id",
    "INSERT INTO answers(evaluation_id, code, value, updated_at) VALUES (:id, 'C9', '1', 'x')",
    "UPDATE findings SET text = 'rewritten' WHERE evaluation_id = :id",
    "DELETE FROM findings WHERE evaluation_id = :id",
    "DELETE FROM attachments WHERE evaluation_id = :id",
    "UPDATE evaluations SET visit_date = '2020-01-01' WHERE id = :id",
    "UPDATE evaluations SET result = '{}' WHERE id = :id",
    "UPDATE evaluations SET status = 'draft' WHERE id = :id",
    "DELETE FROM evaluations WHERE id = :id",
])
def test_finalized_evaluation_cannot_change_even_with_direct_sql(store, finalized, sql):
    conn = sqlite3.connect(store.path)  # a separate, plain connection: no app code involved
    before = conn.execute("SELECT * FROM answers ORDER BY code").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="finalized"):
        conn.execute(sql, {"id": finalized.id})
    conn.rollback()
    assert conn.execute("SELECT * FROM answers ORDER BY code").fetchall() == before
    conn.close()


def test_finalized_evaluation_may_only_move_forward(store, finalized):
    store.db.execute("UPDATE evaluations SET status = 'signed' WHERE id = ?", [finalized.id])
    store.db.execute("UPDATE evaluations SET status = 'submitted' WHERE id = ?", [finalized.id])
    assert store.evaluations.get(finalized.id).status == "submitted"


@pytest.mark.parametrize("sql", ["UPDATE events SET new = '0'", "DELETE FROM events",
                                 "UPDATE events SET actor = 'someone else' WHERE seq = 1"])
def test_event_log_is_append_only_even_with_direct_sql(store, draft, sql):
    store.evaluations.set_answer(draft.id, "C6", 8)
    conn = sqlite3.connect(store.path)
    before = conn.execute("SELECT * FROM events").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    assert conn.execute("SELECT * FROM events").fetchall() == before
    conn.close()


def test_reopen_creates_a_new_revision_and_keeps_both(store, finalized):
    new = store.evaluations.reopen(finalized.id, "学校申请复核")
    old = store.evaluations.get(finalized.id)
    assert (new.revision, new.supersedes, new.status) == (2, old.id, "draft")
    assert old.superseded_by == new.id and old.status == "finalized"
    old_sheet, new_sheet = store.evaluations.open(old.id), store.evaluations.open(new.id)
    assert {c: a.value for c, a in new_sheet.answers.items()} == \
        {c: a.value for c, a in old_sheet.answers.items()}
    assert [f.text for f in new_sheet.findings] == [f.text for f in old_sheet.findings]
    assert len(new_sheet.attachments) == len(old_sheet.attachments) == 1
    store.evaluations.set_answer(new.id, "C6", 5, reason="复核调整")
    assert store.evaluations.open(old.id).answers["C6"].value == 10
    assert store.evaluations.history(old.id)[-1]["field"] == "superseded_by"
    assert [e["field"] for e in store.evaluations.history(new.id)] == ["reopened", "answer"]
    with pytest.raises(StoreError, match="already reopened"):
        store.evaluations.reopen(old.id)
    with pytest.raises(StoreError, match="still a draft"):
        store.evaluations.reopen(new.id)


# --- attachments, findings, search ---------------------------------------------------------


def test_attachments_are_content_addressed(store, draft, tmp_path):
    photo = tmp_path / "校门.jpg"
    photo.write_bytes(b"\xff\xd8\xff jpeg bytes")
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    a = store.evaluations.attach(draft.id, "C1", photo)
    b = store.evaluations.attach(draft.id, "C4", copy)
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert a.sha256 == b.sha256 == digest
    assert a.path == store.data_dir / "attachments" / digest[:2] / digest
    assert a.path.read_bytes() == photo.read_bytes() and a.mime == "image/jpeg"
    assert len(list((store.data_dir / "attachments").rglob("*"))) == 2  # one folder, one file
    with pytest.raises(StoreError, match="already attached"):
        store.evaluations.attach(draft.id, "C1", photo)


def test_findings_with_deadline(store, draft):
    fid = store.evaluations.add_finding(draft.id, "rectification", "更新消防器材",
                                        code="C4", deadline="2026-03-01")
    with pytest.raises(StoreError, match="not a date"):
        store.evaluations.add_finding(draft.id, "problem", "x", deadline="下个月")
    with pytest.raises(StoreError, match="unknown"):
        store.evaluations.add_finding(draft.id, "praise", "x")
    sheet = store.evaluations.open(draft.id)
    assert [(f.id, f.code, f.kind, f.deadline) for f in sheet.findings] == [
        (fid, "C4", "rectification", "2026-03-01")]
    store.evaluations.remove_finding(draft.id, fid, "重复录入")
    assert store.evaluations.open(draft.id).findings == []
    assert store.evaluations.history(draft.id)[-1]["old"]["text"] == "更新消防器材"


@pytest.mark.parametrize("query, expected", [
    ("良渚", {PRIMARY.code, KINDERGARTEN.code}),  # two characters: most Chinese words
    ("幼儿园", {KINDERGARTEN.code}),                # three or more: the trigram index
    ("良渚第一小学", {PRIMARY.code}),
    ("古墩", {PRIMARY.code}),                       # address
    ("仓前", set()),
    ("%", set()),
])
def test_chinese_search_finds_two_character_words(store, query, expected):
    assert set(store.schools.search_codes(query)) == expected


def test_evaluation_list_filters_and_search(store, rubric, finalized):
    kg = rubric_from_text(synthetic_rubric_yaml(12, areas=2, groups_per_area=1), "syn.yaml")
    store.evaluations.create(KINDERGARTEN.code, kg)
    rows = store.evaluations.list(with_scores=True)
    assert len(rows) == 2
    assert {r["status"] for r in rows} == {"finalized", "draft"}
    assert [r["school"] for r in store.evaluations.list(search="幼儿")] == [KINDERGARTEN.name]
    assert [r["status"] for r in store.evaluations.list(status="finalized")] == ["finalized"]
    done = store.evaluations.list(status="finalized")[0]
    assert done["answered"] == done["answerable"] == len(rubric.answerable_codes())


def test_the_list_gives_each_team_in_its_order(store, rubric):
    """The list reads the team's JSON in SQLite (the start-up does not import json): the
    names come back as written, in order, whatever they contain."""
    team = ["组长 王喆", "Zhao, Li", '李"专家"', "张三[1]", "A\\B"]
    made = store.evaluations.create(PRIMARY.code, rubric, team=team)
    alone = store.evaluations.create(PRIMARY.code, rubric, visit_date="2025-01-02",
                                     team=["李娜"])
    teams = {row["id"]: row["team"] for row in store.evaluations.list()}
    assert teams == {made.id: team, alone.id: ["李娜"]}
    assert store.evaluations.get(made.id).team == team


# --- health: integrity, backups, restore, migrations --------------------------------------


def test_corrupted_file_is_detected_with_a_clear_message(data_dir):
    with Store.open(data_dir) as s:
        s.schools.add(PRIMARY)
        for i in range(200):
            s.schools.add(School(f"9{i:05d}", f"测试学校{i}", "primary", "良渚街道"))
        s.backup()
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_file = data_dir / "inspector.sqlite"
    data = bytearray(db_file.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    db_file.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase) as damaged:
        Store.open(data_dir)
    message = str(damaged.value)
    assert "damaged" in message and "inspector db restore" in message
    assert damaged.value.backups and "manual-" in message
    # The way out: restore the backup; the damaged file is kept aside, not deleted.
    aside = restore(data_dir, damaged.value.backups[0])
    assert aside is not None and aside.name.startswith("damaged-") and aside.exists()
    with Store.open(data_dir) as s:
        assert s.check() == "ok"
        assert s.schools.get(PRIMARY.code).name == PRIMARY.name


def test_a_file_that_is_not_a_database_is_reported(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "inspector.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabase, match="not a database"):
        Store.open(data_dir)


def test_rolling_backups_one_a_day_keep_the_last_n(data_dir):
    start = datetime(2025, 11, 1, 8, 0, tzinfo=UTC)
    with Store.open(data_dir, daily_backup=False) as s:
        for day in range(10):
            for hour in (0, 5):  # the second call of a day makes no new backup
                rolling_backup(s.db, data_dir, keep=4,
                               when=start + timedelta(days=day, hours=hour))
    daily = sorted(p.name for p in list_backups(data_dir))
    assert daily == [f"daily-202511{d:02d}-080000.sqlite" for d in (7, 8, 9, 10)]


def test_backup_and_restore_round_trip(store, draft, data_dir, tmp_path):
    store.evaluations.set_answer(draft.id, "C6", 9)
    target = store.backup(tmp_path / "b.sqlite")
    store.evaluations.set_answer(draft.id, "C6", 3)
    store.close()
    aside = restore(data_dir, target)
    assert aside.name.startswith("replaced-")
    with Store.open(data_dir) as s:
        assert s.evaluations.open(draft.id).answers["C6"].value == 9
    with pytest.raises(StoreError, match="cannot be restored"):
        restore(data_dir, tmp_path / "missing.sqlite")


def test_database_of_an_earlier_schema_upgrades_with_a_backup_first(data_dir):
    old = Path(__file__).parent / "data" / "db" / "schema-v1.sqlite"
    data_dir.mkdir(parents=True)
    (data_dir / "inspector.sqlite").write_bytes(old.read_bytes())
    with Store.open(data_dir, daily_backup=False) as s:
        assert s.migrated == ["m002_search_and_resume", "m003_summaries", "m004_certificates",
                              "m005_sync", "m006_team", "m007_frozen_figures",
                              "m008_team_findings", "m009_list_order"]
        backup = s.pre_migration_backup
        assert backup is not None and backup.exists()
        # the backup is the old schema, untouched
        conn = sqlite3.connect(backup)
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        conn.close()
        assert names == ["m001_initial"]
        # the data survived and works with the new schema
        eid = "0b5e7a4e-3d0c-4b8e-9a57-6a1f0e2f9c01"
        sheet = s.evaluations.open(eid)
        assert sheet.answers["C5"].value == "良"
        assert s.schools.search_codes("旧版") == ["3301109901"]  # the new search works
        s.evaluations.set_answer(eid, "C6", 7)
        s.evaluations.set_cursor(eid, "C6")
        assert s.evaluations.cursor(eid) == "C6"
        assert s.check() == "ok"
    with Store.open(data_dir, daily_backup=False) as s:  # opening again migrates nothing
        assert s.migrated == [] and s.pre_migration_backup is None


def test_list_reads_figures_from_the_summary_cache(store, rubric, draft, tmp_path):
    assert store.evaluations.list()[0]["stale"] is True  # never computed yet
    store.evaluations.set_answer(draft.id, "C6", 8)
    row = store.evaluations.list(with_scores=True)[0]
    assert (row["stale"], row["total"], row["answered"]) == (False, 8, 1)
    assert store.evaluations.list()[0]["total"] == 8  # now cached
    store.evaluations.set_answer(draft.id, "C6", 9)
    assert store.evaluations.list()[0]["stale"] is True  # an edit makes it stale
    fill_completely(store, draft.id, rubric, tmp_path)
    result = store.evaluations.finalize(draft.id)
    row = store.evaluations.list()[0]
    assert row["stale"] is False and row["grade"] == result.grade
    assert row["answered"] == row["answerable"] == len(rubric.answerable_codes())
