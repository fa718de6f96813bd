"""App values as the bureau's workbooks show them: Chinese labels (whatever the app's
language), Decimals as Excel numbers, dates, local times, answers and audit-log values in words.

Shared by the per-evaluation workbook (:mod:`.workbook`) and the roll-up (:mod:`.rollup`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..rubrics import FAMILY_LABELS, SCHOOL_TYPE_LABELS, Mode, Node
from ..rubrics.numbers import format_decimal
from ..scoring import describe_answer, parse_answer

if TYPE_CHECKING:
    from ..rubrics import Rubric
    from ..scoring import Answer

# --- labels (the bureau's workbook is Chinese whatever the app's language) ------------------
STATUS_LABELS = {"draft": "草稿", "finalized": "已定稿", "signed": "已签章", "submitted": "已报送"}
SUPERSEDED_LABEL = "已被新修订取代"
VISIT_KIND_LABELS = {"regular": "常规督导", "random": "随机督导", "special": "专项督导",
                     "complaint": "信访核查", "formal": "正式评估", "recheck": "复核",
                     "self": "自评"}
FINDING_KIND_LABELS = {"strength": "亮点", "problem": "问题", "rectification": "整改要求"}
EVENT_FIELD_LABELS = {"answer": "评分", "self": "自评", "note": "说明", "finding": "督导意见",
                      "attachment": "附件", "status": "状态", "created": "创建",
                      "reopened": "重新打开", "superseded_by": "被新修订取代"}
EVENT_KEY_LABELS = {"school": "学校", "rubric": "评估标准", "version": "版本", "hash": "内容哈希",
                    "visit_date": "访视日期", "kind": "类型", "team": "评估组", "revision": "修订",
                    "sha256": "SHA-256", "filename": "文件名", "size": "大小（字节）"}
YES, NO = "是", "否"


def num(value: Decimal | None) -> int | float | None:
    """A Decimal as an Excel number (rubric figures carry at most 4 decimals: exact)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def fraction(percent: Decimal | float | None) -> float | None:
    """The engine's percent (86.31) as the fraction Excel formats as a percentage (0.8631)."""
    if percent is None:
        return None
    if isinstance(percent, Decimal):
        return float(percent / 100)
    # a JSON number with at most 2 decimals: round() gives the double nearest the exact fraction
    return round(percent / 100, 6)


def status_label(status: str, superseded: bool = False) -> str:
    return SUPERSEDED_LABEL if superseded else STATUS_LABELS.get(status, status)


def family_label(family: str) -> str:
    return FAMILY_LABELS.get(family, family)  # StrEnum keys: "modern_school" finds them


def school_type_label(school_type: str) -> str:
    return SCHOOL_TYPE_LABELS.get(school_type, school_type)


def iso_date(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def local_time(at: str | None) -> str:
    """A stored UTC timestamp as local wall-clock time, as the app shows it."""
    if not at:
        return ""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at



def short_school(name: str) -> str:
    for prefix in ("杭州市余杭区", "余杭区", "杭州市"):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


# --- answers in words -----------------------------------------------------------------------
def answer_words(rubric: Rubric, code: str, value: Answer | None) -> str:
    """describe_answer, with a deduction checklist shown by its texts (not its keys)."""
    item = rubric.find(code)
    if isinstance(item, Node) and item.mode is Mode.DEDUCTION and isinstance(value, tuple) \
            and value:
        by_key = {d.key: d for d in item.deductions}
        parts = []
        for key in dict.fromkeys(value):
            d = by_key.get(key)
            if d is None:
                parts.append(key)
                continue
            times = value.count(key)
            taken = d.points * times
            repeat = f" ×{times}" if times > 1 else ""
            parts.append(f"{d.text}{repeat}（扣 {format_decimal(taken)} 分）")
        return "；".join(parts)
    return describe_answer(rubric, code, value)


def event_value(rubric: Rubric, code: str | None, fld: str, value: Any) -> str:
    if value is None:
        return ""
    if fld in ("answer", "self") and code:
        try:
            return answer_words(rubric, code, parse_answer(rubric, code, value))
        except Exception:  # noqa: BLE001 - an old value the rubric no longer reads: show it raw
            pass
    if fld == "created" and isinstance(value, dict) and "kind" in value:
        value = {**value, "kind": VISIT_KIND_LABELS.get(value["kind"], value["kind"])}
    if fld == "status" and isinstance(value, str):
        return STATUS_LABELS.get(value, value)
    if fld == "finding" and isinstance(value, dict):
        kind = FINDING_KIND_LABELS.get(value.get("kind"), value.get("kind", ""))
        deadline = f"（整改期限 {value['deadline']}）" if value.get("deadline") else ""
        return f"{kind}：{value.get('text', '')}{deadline}"
    return _plain(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return YES
    if value is False:
        return NO
    if value == "NA":
        return "不适用"
    if isinstance(value, int | float):
        return format_decimal(Decimal(str(value)))
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value) if value else "（无）"
    if isinstance(value, dict):
        return "；".join(f"{EVENT_KEY_LABELS.get(k, k)}：{_plain(v)}" for k, v in value.items())
    return str(value)
