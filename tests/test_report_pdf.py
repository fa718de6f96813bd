"""The PDF report: Chinese text that extracts, embedded subset fonts, page numbers, signature
boxes where the layout says, the fallback font for rare characters, and a clear refusal for a
character no bundled font has."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspector import paths
from inspector.exports import build_report, pdf_fonts
from inspector.exports.pdf_fonts import MissingGlyph, check_text
from inspector.exports.report_pdf import BUREAU_ROLE, LEADER_ROLE, MEMBER_ROLE
from inspector.rubrics import Catalog, rubric_from_text
from inspector.rubrics.numbers import format_decimal
from inspector.store import School, Store
from inspector.store.demo import build_demo
from tests.factories import full_answers, synthetic_rubric_yaml

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext, pdffonts, pdftoppm) needed")

RARE = "䶮"  # U+4DAE, CJK Extension A: in Droid Sans Fallback Full, not in WenQuanYi Micro Hei
NO_GLYPH = "\U0010fffd"  # a private-use character: in no bundled font
EMOJI = "😀"  # U+1F600: in neither bundled font either


# --- helpers ----------------------------------------------------------------------------------
def pdftotext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdffonts(pdf: Path) -> list[dict]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    fonts = []
    for line in out[2:]:
        # name type... encoding emb sub uni object-id generation
        parts = line.split()
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def render(pdf: Path, out: Path, *, page: int = 1, dpi: int = 50) -> Path:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(out.with_suffix(""))], check=True)
    return out.with_suffix(".png")


# --- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo database with the bundled rubrics only (never the developer's own)."""
    home = tmp_path_factory.mktemp("report-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSPECTOR_HOME", str(home))
        mp.delenv("INSPECTOR_RUBRICS", raising=False)
        store = Store.open(home / "home")
        build_demo(store, Catalog.discover([paths.bundled_rubrics_dir()]))
        yield store
        store.close()


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory):
    """Every finalized demo evaluation's report: (row, pdf path, layout)."""
    out = tmp_path_factory.mktemp("reports")
    built = []
    for i, row in enumerate(demo.evaluations.list(status="finalized")):
        pdf = out / f"report-{i}.pdf"
        built.append((row, pdf, build_report(demo, row["id"], pdf)))
    assert len(built) >= 3
    return built


# --- content ----------------------------------------------------------------------------------
def test_the_report_text_extracts_with_school_codes_total_and_grade(demo, reports):
    for row, pdf, _layout in reports:
        sheet = demo.evaluations.open(row["id"])
        result = sheet.result()
        text = pdftotext(pdf)
        school = demo.schools.require(row["school_code"])
        assert school.name in text
        assert school.town in text
        assert f"{sheet.rubric.title}评估报告" in text.replace("\n", "")
        assert sheet.rubric.content_hash in text
        for leaf in (*sheet.rubric.leaves(), *sheet.rubric.bonus_items()):
            assert re.search(rf"(?<![A-Za-z0-9]){re.escape(leaf.code)}(?![0-9])", text), \
                f"{leaf.code} missing from the report of {school.name}"
        for cond in (*sheet.rubric.prerequisites, *sheet.rubric.vetoes):
            assert cond.code in text
        assert f"{format_decimal(result.total)} / {format_decimal(result.max)}" in text
        assert result.grade in text
        for check in result.rule_checks:  # the sentences that decided the grade
            assert check.sentence().split("：")[0] in text
        for finding in sheet.findings:
            assert finding.text in text.replace("\n", "")
            if finding.deadline:
                assert finding.deadline in text
        for name in sheet.evaluation.team:
            assert name in text


def test_key_items_are_starred_and_groups_are_rows(demo, reports):
    row, pdf, _layout = reports[0]
    rubric = demo.evaluations.open(row["id"]).rubric
    text = pdftotext(pdf)
    for leaf in rubric.leaves():
        if leaf.key:
            assert f"★{leaf.code}" in text
    for area in rubric.areas:
        assert f"{area.code}　{area.title}" in text or f"{area.code} {area.title}" in text


def test_fonts_are_embedded_subsets(reports):
    for _row, pdf, _layout in reports:
        fonts = pdffonts(pdf)
        assert fonts, "no font listed"
        assert all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes"
                   for f in fonts), fonts
        assert any("WenQuanYiMicroHei" in f["name"] for f in fonts)
        assert all(re.match(r"[A-Z]{6}\+", f["name"]) for f in fonts)  # subset tags


def test_every_page_has_its_number_of_the_total(reports):
    for _row, pdf, layout in reports:
        pages = page_count(pdf)
        assert layout.pages == pages > 1
        assert f"{pages} / {pages}" in pdftotext(pdf, pages)
        for n in range(1, pages):
            assert f"{n} / {pages}" in pdftotext(pdf, n)


def test_signature_boxes_lie_on_the_last_pages_within_the_page(demo, reports):
    from pypdf import PdfReader

    for row, pdf, layout in reports:
        team = demo.evaluations.get(row["id"]).team
        assert [(b.name, b.role) for b in layout.signature_boxes] == \
            [(team[0], LEADER_ROLE), *[(t, MEMBER_ROLE) for t in team[1:]], ("", BUREAU_ROLE)]
        reader = PdfReader(str(pdf))
        for box in layout.signature_boxes:
            assert layout.pages - 2 <= box.page_index <= layout.pages - 1
            media = reader.pages[box.page_index].mediabox
            x1, y1, x2, y2 = box.box
            assert float(media.left) + 20 <= x1 < x2 <= float(media.right) - 20
            assert float(media.bottom) + 20 <= y1 < y2 <= float(media.top) - 20
            assert x2 - x1 > 150 and y2 - y1 > 40  # room for a visible signature
        boxes = [b.box for b in layout.signature_boxes]
        for i, a in enumerate(boxes):  # no two boxes overlap
            for b in boxes[i + 1:]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        assert layout.signature_boxes[-1].page_index == layout.pages - 1


def test_signature_box_coordinates_match_the_drawn_boxes(reports, tmp_path):
    """The dashed frame is drawn exactly on the reported rectangle and the box is empty."""
    from PIL import Image

    _row, pdf, layout = reports[0]
    last = layout.signature_boxes[-1].page_index + 1
    image = Image.open(render(pdf, tmp_path / "sig.png", page=last, dpi=72)).convert("L")
    height = image.height

    def dark(x: float, y: float) -> bool:  # PDF points (origin bottom-left) → pixels
        px, py = round(x), round(height - y)
        return min(image.getpixel((i, j)) for i in range(px - 1, px + 2)
                   for j in range(py - 1, py + 2)) < 200

    for box in (b for b in layout.signature_boxes if b.page_index == last - 1):
        x1, y1, x2, y2 = box.box
        edges = [dark(x1 + t * (x2 - x1), y1) for t in (i / 40 for i in range(1, 40))]
        edges += [dark(x1 + t * (x2 - x1), y2) for t in (i / 40 for i in range(1, 40))]
        edges += [dark(x1, y1 + t * (y2 - y1)) for t in (i / 10 for i in range(1, 10))]
        assert sum(edges) / len(edges) > 0.5, box
        inside = [image.getpixel((round(x), round(height - y)))
                  for x in range(round(x1) + 4, round(x2) - 4, 3)
                  for y in range(round(y1) + 4, round(y2) - 4, 3)]
        assert min(inside) > 240, f"the box of {box.role} {box.name} is not empty"


def test_custom_signers_get_one_box_each(demo, tmp_path):
    eid = demo.evaluations.list(status="finalized")[0]["id"]
    signers = [("王喆", "组长"), ("陈立群", "副组长"), ("李晓燕", "评估组成员"),
               ("周建国", "评估组成员"), ("沈老师", "学校负责人"), ("", "督导室审核")]
    layout = build_report(demo, eid, tmp_path / "r.pdf", signers=signers)
    assert [(b.name, b.role) for b in layout.signature_boxes] == signers
    text = pdftotext(tmp_path / "r.pdf", layout.signature_boxes[0].page_index + 1,
                     layout.pages)
    for name, role in signers:
        assert (f"{role}：{name}" if name else role) in text


# --- fonts: fallback and missing glyphs --------------------------------------------------------
def test_the_rare_character_is_only_in_the_fallback_font():
    body, fallback = pdf_fonts._cmaps()
    assert ord(RARE) not in body and ord(RARE) in fallback
    assert pdf_fonts.font_runs(f"王{RARE}山") == [
        (pdf_fonts.BODY_FONT, "王"), (pdf_fonts.FALLBACK_FONT, RARE), (pdf_fonts.BODY_FONT, "山")]
    assert f'<font face="{pdf_fonts.FALLBACK_FONT}">{RARE}</font>' in pdf_fonts.markup(RARE)
    for char in (NO_GLYPH, EMOJI):
        assert ord(char) not in body and ord(char) not in fallback


def test_a_rare_name_character_renders_with_the_fallback_font(demo, tmp_path):
    row = demo.evaluations.list(status="finalized")[0]
    school = demo.schools.require(row["school_code"])
    rare_name = f"杭州市余杭区{RARE}山实验学校"
    demo.schools.add(School(school.code, rare_name, school.type, school.town), replace=True)
    try:
        pdf = tmp_path / "rare.pdf"
        layout = build_report(demo, row["id"], pdf,
                              signers=[(f"陈{RARE}", "组长"), ("", "督导室审核")])
        text = pdftotext(pdf)
        assert rare_name in text  # title block
        assert text.count(rare_name) >= layout.pages  # and every page header
        assert f"组长：陈{RARE}" in pdftotext(pdf, layout.pages)
        fonts = pdffonts(pdf)
        assert any("DroidSansFallback" in f["name"] and f["emb"] == "yes" for f in fonts)
    finally:
        demo.schools.add(school, replace=True)


@pytest.mark.parametrize("char", [NO_GLYPH, EMOJI])
def test_a_character_in_no_bundled_font_stops_the_build(demo, tmp_path, char):
    row = demo.evaluations.list(status="finalized")[0]
    school = demo.schools.require(row["school_code"])
    demo.schools.add(School(school.code, f"余杭区{char}学校", school.type, school.town),
                     replace=True)
    pdf = tmp_path / "never.pdf"
    try:
        with pytest.raises(MissingGlyph) as caught:
            build_report(demo, row["id"], pdf)
    finally:
        demo.schools.add(school, replace=True)
    assert caught.value.char == char
    message = str(caught.value)
    assert char in message and f"U+{ord(char):04X}" in message
    assert "header" in message or "school" in message
    assert not list(tmp_path.glob("never.pdf*"))  # no file, no partial file


def test_a_missing_glyph_in_a_signer_name_is_named(demo, tmp_path):
    eid = demo.evaluations.list(status="finalized")[0]["id"]
    with pytest.raises(MissingGlyph, match=r"U\+1F600.*signature box 2"):
        build_report(demo, eid, tmp_path / "x.pdf", signers=[("王喆", "组长"),
                                                              (f"李{EMOJI}", "评估组成员")])
    assert not (tmp_path / "x.pdf").exists()


def test_check_text():
    check_text("杭州市余杭区良渚第一小学 ★ ≥ 85% ㎡ 〔2020〕1号")
    check_text(f"{RARE}")  # the fallback has it
    check_text("a\u200bb\ufe0f\n\tc")  # invisible format characters are dropped, not refused
    with pytest.raises(MissingGlyph, match=r"'\U0010fffd' \(U\+10FFFD\) in the note"):
        check_text(f"说明{NO_GLYPH}", "the note")
    assert pdf_fonts.clean("a\u200bb\r\nc\td\x07") == "ab\nc d"


def test_registering_the_fonts_is_idempotent_and_cheap():
    first = pdf_fonts.register_fonts()
    start = time.perf_counter()
    for _ in range(1000):
        assert pdf_fonts.register_fonts() == first
    assert time.perf_counter() - start < 0.05


# --- rendering and scale ----------------------------------------------------------------------
def test_page_one_renders_and_is_not_blank(reports, tmp_path):
    from PIL import Image

    _row, pdf, _layout = reports[0]
    png = render(pdf, tmp_path / "p1.png", dpi=50)
    image = Image.open(png).convert("L")
    assert abs(image.width - 413) <= 1 and abs(image.height - 585) <= 1  # A4 at 50 dpi
    histogram = image.histogram()  # pixels per grey level, 0 (black) to 255 (white)
    dark, inked = sum(histogram[:128]), sum(histogram[:250])
    assert dark > 1500 and inked / (image.width * image.height) > 0.03


def test_a_300_item_evaluation(tmp_path):
    store = Store.open(tmp_path / "home")
    store.schools.add(School("3301100999", "杭州市余杭区测试学校", "primary", "良渚街道"))
    rubric = rubric_from_text(synthetic_rubric_yaml(300), "synthetic.yaml")
    ev = store.evaluations.create("3301100999", rubric, visit_date="2025-11-01",
                                  team=["王喆", "陈立群", "李晓燕"])
    for code, value in full_answers(rubric).items():
        store.evaluations.set_answer(ev.id, code, value)
    store.evaluations.finalize(ev.id)
    pdf = tmp_path / "big.pdf"
    start = time.perf_counter()
    layout = build_report(store, ev.id, pdf)
    elapsed = time.perf_counter() - start
    text = pdftotext(pdf)
    codes = set(re.findall(r"(?<![A-Za-z0-9])C\d+(?!\d)", text))
    assert {leaf.code for leaf in rubric.leaves()} <= codes
    assert layout.pages == page_count(pdf) > 5
    assert f"{layout.pages} / {layout.pages}" in pdftotext(pdf, layout.pages)
    assert len(layout.signature_boxes) == 4
    assert elapsed < 10, f"{elapsed:.1f} s for a 300-item report"
    store.close()


def test_plain_table_cells_wrap_to_their_column():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf_fonts.register_fonts()
    text = ("扣分：缺项一（−1）；缺项二（−2）；缺项三（−1）\n说明：学校制定了较为完善的管理制度，"
            "执行情况良好，但个别班级记录不全（见附件3），建议补齐。 Attendance logs were complete; "
            "some entries lacked signatures.")
    lines = pdf_fonts.wrap_body_text(text, 8.5, 150)
    assert len(lines) > 4 and lines[0] == "扣分：缺项一（−1）；缺项二（−2）；缺项三（−1）"[:len(lines[0])]
    for line in lines:
        assert stringWidth(line, pdf_fonts.BODY_FONT, 8.5) <= 150, line
        assert line[:1] not in "，。；：）" and line[-1:] not in "（"
    assert "".join(lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert not any(line.endswith("lack") or line.startswith("ed") for line in lines)


def test_a_long_table_never_ends_a_page_on_a_group_heading():
    from inspector.exports.report_table import PagedTable, TableRow

    head = TableRow(["h"], 10, [])
    rows = [TableRow([str(i)], 10, [], keep=i in (3, 4, 7)) for i in range(10)]
    first, rest = PagedTable(head, rows, [100], []).split(100, 10 + 50)  # room for 5 rows
    assert first._nrows == 1 + 3  # header and rows 0-2: rows 3 and 4 head what follows
    assert rest.split(100, 10 + 45)[0]._nrows == 1 + 4  # rows 3-6
    assert PagedTable(head, rows[3:], [100], []).split(100, 30) == []  # headings alone: no
    assert len(PagedTable(head, rows[:2], [100], []).split(100, 30)) == 1  # all fits: one part


def test_the_report_module_imports_no_qt():
    code = ("import sys, json; import inspector.exports.report_pdf, inspector.exports.pdf_fonts; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))")
    env = {**os.environ, "PYTHONPATH": str(paths.project_root())}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=paths.project_root(), timeout=60, check=True)
    assert json.loads(out.stdout.splitlines()[-1]) == []
