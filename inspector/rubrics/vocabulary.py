"""The closed sets of values a rubric uses (families, school types, scoring modes …) and the
Chinese names the app shows for them.

Only :mod:`enum` here: the home page needs the family names at start-up, before anything has
asked for the rubric model (dataclasses, decimals) or the loader (YAML, the validator).
:mod:`inspector.rubrics.model` and :mod:`inspector.rubrics` export the same objects.
"""

from __future__ import annotations

from enum import StrEnum


class Family(StrEnum):
    STANDARDIZED_SCHOOL = "standardized_school"  # 义务教育规范化/标准化学校
    MODERN_SCHOOL = "modern_school"  # 现代化学校
    KINDERGARTEN_GRADE = "kindergarten_grade"  # 浙江省幼儿园等级评定
    SUPERVISION_VISIT = "supervision_visit"  # 责任督学挂牌督导
    OTHER = "other"


FAMILY_LABELS = {
    Family.STANDARDIZED_SCHOOL: "义务教育规范化学校",
    Family.MODERN_SCHOOL: "现代化学校",
    Family.KINDERGARTEN_GRADE: "幼儿园等级评定",
    Family.SUPERVISION_VISIT: "责任督学挂牌督导",
    Family.OTHER: "其他",
}


class SchoolType(StrEnum):
    KINDERGARTEN = "kindergarten"  # 幼儿园
    PRIMARY = "primary"  # 小学
    JUNIOR = "junior"  # 初中
    NINE_YEAR = "nine_year"  # 九年一贯制
    HIGH = "high"  # 普通高中


SCHOOL_TYPE_LABELS = {
    SchoolType.KINDERGARTEN: "幼儿园",
    SchoolType.PRIMARY: "小学",
    SchoolType.JUNIOR: "初中",
    SchoolType.NINE_YEAR: "九年一贯制学校",
    SchoolType.HIGH: "普通高中",
}


class Mode(StrEnum):
    """How a leaf is scored."""

    POINTS = "points"  # a number in [0, points] on a step
    DEDUCTION = "deduction"  # a checklist of shortfalls, each deducting its points (扣完为止)
    COEFFICIENT = "coefficient"  # a level (优/良/合格/不合格) × points
    BANDS = "bands"  # percent of the standard met → fraction of points
    PASS_FAIL = "pass_fail"  # 达标 → full points, 不达标 → 0
    DESCRIPTIVE = "descriptive"  # a written finding, no points


MODE_LABELS = {
    Mode.POINTS: "赋分",
    Mode.DEDUCTION: "扣分",
    Mode.COEFFICIENT: "等级系数",
    Mode.BANDS: "达成度",
    Mode.PASS_FAIL: "达标判定",
    Mode.DESCRIPTIVE: "描述性评价",
}


class NotApplicablePolicy(StrEnum):
    FULL_MARKS = "full_marks"  # 不适用项直接得满分
    EXCLUDE = "exclude"  # 不适用项不计入满分，按比例折算


class Evidence(StrEnum):
    NOTE = "note"
    PHOTO = "photo"
