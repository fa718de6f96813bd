"""A demo database: realistic Yuhang schools, a few inspectors, evaluations in every state.

Running it again refreshes what is missing and changes nothing else: demo evaluations have
fixed ids, and schools and inspectors are upserted. Names are illustrative, not a roster.
"""

from __future__ import annotations

import random
import struct
import tempfile
import uuid
import zlib
from decimal import Decimal
from pathlib import Path

from ..rubrics import Catalog, Evidence, Family, Mode, Rubric
from .database import StoreError
from .records import Inspector, School
from .store import Store

DEMO_NAMESPACE = uuid.UUID("6f1c2a52-61d6-4c53-9f0e-3d2f7f0c1a11")

SCHOOLS = [
    School("3301100101", "杭州市余杭区良渚第一小学", "primary", "良渚街道", "良渚街道古墩路", "陈老师"),
    School("3301100102", "杭州市余杭区仓前中心小学", "primary", "仓前街道", "仓前街道文一西路", "王老师"),
    School("3301100103", "杭州市余杭区闲林第二小学", "primary", "闲林街道", "闲林街道闲兴路", "李老师"),
    School("3301100104", "杭州市余杭区五常小学", "primary", "五常街道", "五常街道五常大道", "张老师"),
    School("3301100105", "杭州市余杭区瓶窑镇中心小学", "primary", "瓶窑镇", "瓶窑镇凤都路", "周老师"),
    School("3301100201", "杭州市余杭区良渚第二中学", "junior", "良渚街道", "良渚街道玉琮路", "吴老师"),
    School("3301100202", "杭州市余杭区中泰中学", "junior", "中泰街道", "中泰街道中泰路", "郑老师"),
    School("3301100203", "杭州市余杭区径山镇中学", "junior", "径山镇", "径山镇径山路", "孙老师"),
    School("3301100301", "杭州市余杭区仁和实验学校", "nine_year", "仁和街道", "仁和街道仁和大道", "钱老师"),
    School("3301100401", "杭州市余杭区良渚中心幼儿园", "kindergarten", "良渚街道", "良渚街道良渚路", "沈老师"),
    School("3301100402", "杭州市余杭区仓前幼儿园", "kindergarten", "仓前街道", "仓前街道龙潭路", "何老师"),
    School("3301100403", "杭州市余杭区闲林中心幼儿园", "kindergarten", "闲林街道", "闲林街道闲富路", "许老师"),
    School("3301100404", "杭州市余杭区百丈镇中心幼儿园", "kindergarten", "百丈镇", "百丈镇百丈路", "韩老师"),
    School("3301100405", "杭州市余杭区鸬鸟镇中心幼儿园", "kindergarten", "鸬鸟镇", "鸬鸟镇太公堂路", "冯老师"),
]

INSPECTORS = [
    Inspector("yh-dx-001", "王喆", "责任督学"),
    Inspector("yh-dx-002", "陈立群", "专家组组长"),
    Inspector("yh-dx-003", "李晓燕", "专家组成员"),
    Inspector("yh-dx-004", "周建国", "督导室管理员"),
]

# (key, school code, rubric family, visit date, state, share of items answered); a family
# with several rubrics uses the first by id unless RUBRIC_CHOICE names one.
PLAN = [
    ("std-liangzhu-1", "3301100101", Family.STANDARDIZED_SCHOOL, "2025-10-14", "finalized", 1.0),
    ("std-cangqian", "3301100102", Family.STANDARDIZED_SCHOOL, "2025-11-05", "draft", 0.6),
    ("std-xianlin-2", "3301100103", Family.STANDARDIZED_SCHOOL, "2025-11-18", "draft", 0.15),
    ("std-zhongtai", "3301100202", Family.STANDARDIZED_SCHOOL, "2025-09-23", "reopened", 1.0),
    ("modern-wuchang", "3301100104", Family.MODERN_SCHOOL, "2025-10-28", "finalized", 1.0),
    ("modern-renhe", "3301100301", Family.MODERN_SCHOOL, "2025-11-20", "draft", 0.4),
    ("kg1-liangzhu", "3301100401", Family.KINDERGARTEN_GRADE, "2025-10-09", "finalized", 1.0),
    ("kg-cangqian", "3301100402", Family.KINDERGARTEN_GRADE, "2025-11-12", "draft", 0.8),
    ("kg-baizhang", "3301100404", Family.KINDERGARTEN_GRADE, "2025-11-25", "draft", 0.0),
]

NOTES = ["查阅近三年台账，资料齐全。", "实地察看，设施运行正常。", "座谈中教师反映情况基本属实。",
         "抽查两个班级，情况良好。", "部分记录不完整，已当场指出。"]
RUBRIC_CHOICE = {"kg-cangqian": "zj-kindergarten-grade2"}

FINDINGS = [
    ("strength", "校园文化建设有特色，师生精神面貌良好。", None),
    ("problem", "部分专用教室使用记录不完整。", None),
    ("rectification", "完善专用教室使用登记制度，建立月度检查机制。", 60),
]


def _png(color: tuple[int, int, int], size: int = 48) -> bytes:
    """A small solid-colour PNG (evidence photo stand-in), without any imaging library."""
    raw = b"".join(b"\x00" + bytes(color) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _answer(rubric: Rubric, leaf, rng: random.Random):
    if leaf.na_allowed and rng.random() < 0.15:
        return "NA"
    mode = leaf.mode
    if mode is Mode.POINTS:
        step = rubric.step_of(leaf)
        steps = int(leaf.points / step)
        return step * rng.randint(int(steps * 0.6), steps)
    if mode is Mode.DEDUCTION:
        keys = [d.key for d in leaf.deductions]
        return rng.sample(keys, k=min(len(keys), rng.choice([0, 0, 1, 1, 2])))
    if mode is Mode.COEFFICIENT:
        names = [lv.name for lv in rubric.levels_of(leaf)]
        return rng.choices(names, weights=[5, 4, 2, 1][: len(names)] + [1] * (len(names) - 4))[0]
    if mode is Mode.BANDS:
        return Decimal(rng.choice([100, 100, 96, 88, 75, 62]))
    if mode is Mode.PASS_FAIL:
        return rng.random() < 0.9
    return rng.choice(["办学理念清晰，特色项目成效明显。", "整体情况良好，个别方面有待加强。"])


def _fill(store: Store, eid: str, rubric: Rubric, share: float, rng: random.Random,
          photo_dir: Path) -> None:
    evaluations = store.evaluations
    codes = rubric.answerable_codes()
    count = round(len(codes) * share)
    photo_index = 0
    for code in codes[:count]:
        if rubric.is_prerequisite(code):
            evaluations.set_answer(eid, code, True)
            continue
        if rubric.is_veto(code):
            evaluations.set_answer(eid, code, False)
            continue
        leaf = rubric.find(code)
        value = _answer(rubric, leaf, rng)
        note = rng.choice(NOTES) if (Evidence.NOTE in leaf.requires or rng.random() < 0.2) \
            else None
        evaluations.set_answer(eid, code, value, note=note,
                               self_value=value if rng.random() < 0.5 else None)
        if Evidence.PHOTO in leaf.requires and value != "NA":
            photo_index += 1
            photo = photo_dir / f"现场照片-{code}.png"
            photo.write_bytes(_png((rng.randrange(256), rng.randrange(256), rng.randrange(256))))
            evaluations.attach(eid, code, photo)


def build_demo(store: Store, catalog: Catalog | None = None) -> str:
    catalog = catalog or Catalog.discover()
    by_family: dict[Family, list[Rubric]] = {}
    for r in catalog.rubrics:
        by_family.setdefault(r.meta.family, []).append(r)
    for school in SCHOOLS:
        store.schools.add(school, replace=True)
    for person in INSPECTORS:
        store.inspectors.add(person, replace=True)
    if store.setting("current_inspector") is None:
        store.set_setting("current_inspector", INSPECTORS[0].id)
    created = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key, school_code, family, visit, state, share in PLAN:
            school = store.schools.require(school_code)
            choices = [r for r in by_family.get(family, []) if r.applies_to(school.type)]
            if not choices:
                continue
            wanted = [r for r in choices if r.id == RUBRIC_CHOICE.get(key)]
            rubric = (wanted or sorted(choices, key=lambda r: r.id))[0]
            eid = str(uuid.uuid5(DEMO_NAMESPACE, key))
            try:
                store.evaluations.get(eid)
                continue  # already there: a refresh never rewrites an evaluation
            except StoreError:
                pass
            created += 1
            store.evaluations.create(school_code, rubric, visit_date=visit, kind="formal",
                                     team=[INSPECTORS[0].name, INSPECTORS[1].name],
                                     evaluation_id=eid)
            rng = random.Random(key)
            _fill(store, eid, rubric, share, rng, Path(tmp))
            if share == 1.0:
                for kind, text, days in FINDINGS:
                    deadline = None
                    if days:
                        from datetime import date, timedelta

                        deadline = (date.fromisoformat(visit) + timedelta(days=days)).isoformat()
                    store.evaluations.add_finding(eid, kind, text, deadline=deadline)
            if state in ("finalized", "reopened"):
                store.evaluations.finalize(eid)
            if state == "reopened":
                new = store.evaluations.reopen(eid, "学校提交整改材料后复核")
                first = next(iter(rubric.leaves()))
                value = _answer(rubric, first, rng)
                store.evaluations.set_answer(new.id, first.code, value,
                                             reason="复核时根据整改材料调整")
    total = store.db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
    return (f"demo database {store.path}: {len(SCHOOLS)} schools, {len(INSPECTORS)} inspectors, "
            f"{total} evaluations ({created} new)")
