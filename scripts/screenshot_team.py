"""The expert team's merge view in Chinese (offscreen) → docs/screenshots/team-merge.png.

    .venv/bin/python scripts/screenshot_team.py [OUT.png]

Three members score on data folders of their own (with the helpers the tests use), hand in
signed scoresheets, and the lead imports them; one disagreement is settled, two are open.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
work = Path(tempfile.mkdtemp(prefix="team-shot-"))
os.environ["INSPECTOR_HOME"] = str(work / "home")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["INSPECTOR_LANG"] = "zh_CN"

from inspector.app import create_application  # noqa: E402
from inspector.rubrics import Mode  # noqa: E402
from inspector.store import Store  # noqa: E402
from inspector.team import Policy  # noqa: E402
from inspector.team import workflow as tw  # noqa: E402
from tests.sync_support import bundled_rubric, home, make_ca, make_inspector_key  # noqa: E402
from tests.test_team import PEOPLE, SCHOOL, first_points_leaf, hand_in, score  # noqa: E402


class Laptop:
    def __init__(self, folder: Path, identity):
        self.folder, self.identity = folder, identity
        self.store = Store.open(folder, daily_backup=False)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs/screenshots/team-merge.png"
    app = create_application()
    from inspector.ui.team.merge_dialog import TeamMergeDialog

    ca = make_ca(work / "ca")
    with home(work / "keys"):
        ids = {pid: make_inspector_key(work / "keys" / pid, ca, name, pid)
               for pid, name in PEOPLE}
    laptops = {pid: Laptop(work / pid, ids[pid]) for pid, _ in PEOPLE}
    lead = laptops[PEOPLE[0][0]]
    lead.store.schools.add(SCHOOL)
    rubric = bundled_rubric()
    members = [tw.Member(pid, name) for pid, name in PEOPLE]
    team = tw.create_team(lead.store, SCHOOL.code, rubric, lead=members[0], members=members,
                          policy=Policy.MEDIAN, visit_date="2026-11-25")
    invitation = tw.invitation(lead.store, team.evaluation_id, lead.identity)
    points = first_points_leaf(rubric)
    level = next(leaf for leaf in rubric.leaves() if leaf.mode is Mode.COEFFICIENT)
    verdict = next(leaf for leaf in rubric.leaves() if leaf.mode is Mode.PASS_FAIL)
    names = [lv.name for lv in rubric.levels_of(level)]
    files = []
    for n, (pid, laptop) in enumerate(laptops.items()):
        odd = n == 2
        sheet = tw.join(laptop.store, invitation, pid)
        score(laptop, sheet, rubric, {points.code: 0 if odd else points.points,
                                      level.code: names[2 if odd else 0],
                                      verdict.code: not odd})
        laptop.store.evaluations.set_answer(
            sheet, points.code, 0 if odd else points.points,
            note="校园安全台账齐全，但消防演练记录缺少照片" if odd else "现场查看各项记录齐全")
        files.append(hand_in(laptop, sheet, work / f"评分表-{laptop.identity.name}.zip"))
    dialog = TeamMergeDialog(lead.store, team.evaluation_id)
    dialog.show()
    dialog.import_files(files)
    tw.settle(lead.store, team.evaluation_id, verdict.code, True, "复核现场记录后组内一致认定达标")
    dialog.refresh()
    dialog.select(points.code)
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out))
    print(out)
    dialog.close()
    for laptop in laptops.values():
        laptop.store.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
