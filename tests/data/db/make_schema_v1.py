"""How schema-v1.sqlite was made: the first released schema (m001 only), with data in it.

Kept for reference; the .sqlite file is committed and must not be regenerated with a newer
schema (the point is to upgrade a file written by the old one).

    .venv/bin/python tests/data/db/make_schema_v1.py tests/data/db/schema-v1.sqlite
"""

import json
import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from inspector.rubrics import load_rubric, rubric_to_json
from inspector.store.schema import migration_set

out = Path(sys.argv[1])
out.unlink(missing_ok=True)
conn = sqlite3.connect(out, isolation_level=None)
db = Database(conn)
migration_set().apply(db, stop_before="m002_search_and_resume")
rubric = load_rubric(Path(__file__).parents[1] / "rubrics" / "sample.yaml")
at = "2025-06-01T08:00:00+00:00"
eid = "0b5e7a4e-3d0c-4b8e-9a57-6a1f0e2f9c01"
with db.atomic():
    db.execute("INSERT INTO schools(code, name, type, town, created_at) VALUES (?,?,?,?,?)",
               ["3301109901", "杭州市余杭区旧版数据小学", "primary", "余杭街道", at])
    db.execute("INSERT INTO rubrics VALUES (?,?,?,?,?,?,?)",
               [rubric.content_hash, rubric.id, rubric.version, rubric.title,
                rubric.meta.family.value, rubric_to_json(rubric), at])
    db.execute("INSERT INTO evaluations(id, school_code, rubric_hash, visit_date, team, "
               "created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
               [eid, "3301109901", rubric.content_hash, "2025-06-01",
                json.dumps(["王喆"], ensure_ascii=False), "yh-dx-001", at, at])
    for code, value in (("C1", 85), ("C4", True), ("C5", "良")):
        db.execute("INSERT INTO answers(evaluation_id, code, value, note, updated_at, "
                   "updated_by) VALUES (?,?,?,?,?,?)",
                   [eid, code, json.dumps(value, ensure_ascii=False), "", at, "yh-dx-001"])
        db.execute("INSERT INTO events(at, actor, evaluation_id, code, field, old, new) "
                   "VALUES (?,?,?,?,?,?,?)",
                   [at, "yh-dx-001", eid, code, "answer", None,
                    json.dumps(value, ensure_ascii=False)])
conn.execute("PRAGMA journal_mode = DELETE")
conn.close()
print(out)
