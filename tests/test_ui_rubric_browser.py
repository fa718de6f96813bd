"""The main window and its item models, on real widgets (offscreen)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector import __version__, paths
from inspector.app import create_application
from inspector.rubrics import (
    FAMILY_LABELS,
    MODE_LABELS,
    Catalog,
    Condition,
    Mode,
    Node,
    load_rubric,
)
from inspector.ui import fonts, i18n
from inspector.ui.describe import format_points
from inspector.ui.placeholders import fill
from inspector.ui.rubric_browser import RubricBrowser
from inspector.ui.rubric_list_model import RUBRIC_ROLE, RubricListModel
from inspector.ui.rubric_tree_model import LEVEL_ROLE, NODE_ROLE, RubricTreeModel
from tests.factories import SAMPLE_RUBRIC

SAMPLE_TITLE = "测试用评估标准"


# --- fixtures and helpers --------------------------------------------------------------------
@pytest.fixture
def sample_rubrics(monkeypatch):
    """The sample rubric is found through $INSPECTOR_RUBRICS, next to the bundled ones."""
    monkeypatch.setenv("INSPECTOR_RUBRICS", str(SAMPLE_RUBRIC.parent))


@pytest.fixture
def app(qapp, sample_rubrics):
    """The application set up as main() sets it up: fonts, settings, language."""
    return create_application()


@pytest.fixture
def window(app, qtbot):
    win = RubricBrowser(Catalog.discover())
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    qtbot.waitExposed(win)
    return win


def find(model, column0_text: str, parent: QModelIndex | None = None) -> QModelIndex:
    """The first row, depth first, whose first column reads column0_text."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == column0_text:
            return index
        found = find(model, column0_text, index)
        if found.isValid():
            return found
    return QModelIndex()


def click(qtbot, view, index: QModelIndex) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def select_sample(qtbot, window) -> None:
    table = window.ui.rubricTable
    index = find(table.model(), SAMPLE_TITLE)
    assert index.isValid()
    click(qtbot, table, index)


# --- the window ------------------------------------------------------------------------------
def test_window_lists_every_rubric_found(window):
    catalog = Catalog.discover()
    model = window.ui.rubricTable.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles == [r.title for r in catalog.rubrics]
    assert SAMPLE_TITLE in titles
    bundled = sorted(paths.bundled_rubrics_dir().glob("*.yaml"))
    listed_paths = {r.path for r in catalog.rubrics}
    assert {str(p) for p in bundled} <= listed_paths | {e.path for e in catalog.errors}
    assert window.ui.problemsBanner.isVisible() == bool(catalog.errors)
    assert str(len(catalog.rubrics)) in window.status_label.text()


def test_the_first_rubric_is_shown_at_start(window):
    first = Catalog.discover().rubrics[0]
    assert window.ui.rubricStack.currentWidget() is window.ui.rubricPage
    assert window.ui.titleValue.text() == first.title


def test_selecting_a_rubric_shows_its_metadata_and_tree(qtbot, window):
    select_sample(qtbot, window)
    ui, rubric = window.ui, load_rubric(SAMPLE_RUBRIC)
    assert ui.titleValue.text() == SAMPLE_TITLE
    assert ui.documentNumberValue.text() == "余教督〔2024〕1号"
    assert ui.issuerValue.text() == "杭州市余杭区教育局"
    assert ui.versionValue.text() == "1.0"
    assert ui.effectiveValue.text() == "2024-09-01"
    assert ui.schoolTypesValue.text() == "小学、初中"
    assert ui.notesValue.text() == "仅供测试。"
    assert ui.contentHashValue.text() == rubric.content_hash
    tree = ui.indicatorTree.model()
    top = [tree.index(row, 1).data() for row in range(tree.rowCount())]
    assert top == ["办学条件", "教育教学", "加分项", "基本条件", "否决项"]
    assert ui.indicatorTree.isExpanded(find(tree, "B1"))
    assert "在上方选择一项指标" in ui.indicatorText.toPlainText()


def test_selecting_a_leaf_shows_its_scoring_details(qtbot, window):
    select_sample(qtbot, window)
    view = window.ui.indicatorTree
    click(qtbot, view, find(view.model(), "C3"))
    text = window.ui.indicatorText.toPlainText()
    assert "C3 学生宿舍生均面积" in text
    assert "非寄宿制学校按不适用处理。" in text  # the guidance
    assert MODE_LABELS[Mode.POINTS] in text
    assert "在 0～5 分之间评分，最小计分单位为 0.5 分。" in text
    assert "不适用时直接得满分" in text

    click(qtbot, view, find(view.model(), "C1"))
    text = window.ui.indicatorText.toPlainText()
    assert "实地察看、查阅资料" in text  # the evidence methods
    assert "达成 80% 及以上：得 3.2 分" in text  # 4 points × 0.8
    assert "★ 关键指标" in text and "须提供佐证：照片" in text

    click(qtbot, view, find(view.model(), "C2"))
    assert "缺美术教室：扣 3 分" in window.ui.indicatorText.toPlainText()

    click(qtbot, view, find(view.model(), "V1"))
    text = window.ui.indicatorText.toPlainText()
    assert "否决项" in text and "一票否决" in text


def test_selecting_a_group_shows_its_level_and_full_marks(qtbot, window):
    select_sample(qtbot, window)
    view = window.ui.indicatorTree
    click(qtbot, view, find(view.model(), "A1"))
    text = window.ui.indicatorText.toPlainText()
    assert "一级指标" in text and "满分 20 分。" in text


def test_a_broken_rubric_file_is_reported_and_the_others_still_list(qtbot, app, inspector_home):
    text = SAMPLE_RUBRIC.read_text(encoding="utf-8")
    text = text.replace("id: test-sample", "id: broken").replace(
        "family: standardized_school", "family: no-such-family")
    family_line = text.splitlines().index("family: no-such-family") + 1
    broken = inspector_home / "rubrics" / "broken.yaml"
    broken.parent.mkdir()
    broken.write_text(text, encoding="utf-8")

    catalog = Catalog.discover()
    [error] = catalog.errors
    window = RubricBrowser(catalog)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.ui.problemsBanner.isVisible()
    assert "有 1 个评估标准文件无法加载" in window.ui.problemsLabel.text()
    assert "1 个文件无法加载" in window.status_label.text()
    assert find(window.rubric_model, SAMPLE_TITLE).isValid()
    assert window.rubric_model.rowCount() == len(catalog.rubrics) >= 1

    qtbot.mouseClick(window.ui.problemsButton, Qt.MouseButton.LeftButton)
    dialog = window.problems_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    shown = dialog.text.toPlainText()
    assert len(shown.splitlines()) == len(error.lines())  # in Chinese, the app's language
    assert f"{broken}:{family_line}: -: 'family' 的值 'no-such-family' 无效；应为以下之一：" in shown
    assert f"{broken}:{family_line}: -: 'family' is 'no-such-family'" in str(error)  # commands
    dialog.copy_to_clipboard()
    assert QApplication.clipboard().text() == shown
    dialog.reject()
    assert not dialog.isVisible()


def test_no_rubrics_at_all_says_where_to_put_them(qtbot, app):
    window = RubricBrowser(Catalog())
    qtbot.addWidget(window)
    assert window.ui.rubricStack.currentWidget() is window.ui.emptyPage
    assert str(paths.user_rubrics_dir()) in window.ui.emptyLabel.text()
    assert "已加载 0 套评估标准" in window.status_label.text()


def test_menu_actions(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.ui.actionAbout.trigger()
    assert "余杭区教育督导评估工具" in shown[0] and __version__ in shown[0]
    window.ui.actionQuit.trigger()
    assert not window.isVisible()


def test_screenshot_is_not_empty(qtbot, window, tmp_path):
    select_sample(qtbot, window)
    path = tmp_path / "main_window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 0
    image = QImage(str(path))
    assert image.width() >= 800 and image.height() >= 600
    assert len({image.pixel(x, 300) for x in range(0, image.width(), 5)}) > 3  # not blank


def test_main_opens_the_window_and_returns_the_exit_code(app, monkeypatch):
    from inspector.cli import main as cli_main
    from inspector.ui.app_window import AppWindow

    seen = []

    def check_and_quit():
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets()
                    if isinstance(w, AppWindow) and w.isVisible())
        QApplication.exit(0)

    QTimer.singleShot(0, check_and_quit)
    assert cli_main([]) == 0  # no arguments: the GUI
    assert seen == ["余杭区教育督导评估工具"]


# --- language and fonts ----------------------------------------------------------------------
def test_chinese_is_the_default_language(window):
    assert i18n.chosen_language() == "zh_CN"
    assert window.windowTitle() == "余杭区教育督导评估工具"
    assert window.ui.menuFile.title() == "文件(&F)"
    assert window.ui.metadataGroup.title() == "评估标准"
    assert window.ui.indicatorTree.model().headerData(0, Qt.Orientation.Horizontal) == "编号"


def test_english_when_inspector_lang_is_en(qapp, sample_rubrics, monkeypatch, qtbot):
    monkeypatch.setenv("INSPECTOR_LANG", "en")
    create_application()
    window = RubricBrowser(Catalog.discover())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Yuhang District Education Inspection Tool"
    assert window.ui.menuFile.title() == "&File"
    count = len(Catalog.discover().rubrics)
    assert window.status_label.text() == f"{count} rubric{'s' if count != 1 else ''} loaded."


def test_language_comes_from_the_setting_and_the_environment_overrides_it(app, monkeypatch):
    settings = QSettings()
    assert str(paths.data_home()) in settings.fileName()  # never the real settings
    settings.setValue(i18n.LANGUAGE_KEY, "en")
    assert i18n.chosen_language(settings) == "en"
    monkeypatch.setenv("INSPECTOR_LANG", "zh-CN")
    assert i18n.chosen_language(settings) == "zh_CN"
    monkeypatch.setenv("INSPECTOR_LANG", "klingon")
    assert i18n.chosen_language(settings) == "en"


def test_chinese_glyphs_are_available_after_font_registration(app):
    families = fonts.register_fonts(app)
    assert families[0] == "WenQuanYi Micro Hei"
    assert QApplication.font().families()[:2] == families
    assert QFontMetrics(QApplication.font()).inFontUcs4(ord("督"))
    fallback = QFont()
    fallback.setFamilies([families[1]])
    assert QFontMetrics(fallback).inFontUcs4(ord("䶮"))  # CJK Ext-A, missing from the UI font


# --- the item models, without a window -------------------------------------------------------
@pytest.fixture
def sample():
    return load_rubric(SAMPLE_RUBRIC)


def test_rubric_list_model(qapp, sample, qtmodeltester):
    model = RubricListModel([sample])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (1, 5)
    row = [model.index(0, column).data() for column in range(5)]
    assert row == [SAMPLE_TITLE, FAMILY_LABELS[sample.meta.family], "1.0", "7", "40"]
    assert model.index(0, 0).data(RUBRIC_ROLE) is sample
    assert str(SAMPLE_RUBRIC) in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    model.set_rubrics([])
    assert model.rowCount() == 0


def test_rubric_tree_model(qapp, sample, qtmodeltester):
    model = RubricTreeModel(sample)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (5, 5)
    a1 = model.index(0, 0)
    assert (a1.data(), a1.data(LEVEL_ROLE), model.rowCount(a1)) == ("A1", "一级指标", 1)
    b1 = find(model, "B1")
    assert model.rowCount(b1) == 4 and b1.parent() == a1
    c1 = find(model, "C1")
    assert c1.parent() == b1 and c1.data(LEVEL_ROLE) == "评估要点"
    assert [model.index(c1.row(), col, b1).data() for col in range(5)] == [
        "C1", "生均用地面积达标", "4", MODE_LABELS[Mode.BANDS], "★"]
    assert isinstance(c1.data(NODE_ROLE), Node) and c1.data(NODE_ROLE).points == Decimal(4)
    c7 = find(model, "C7")
    assert model.index(c7.row(), 2, c7.parent()).data() == ""  # descriptive: no points
    bonus = model.index(2, 0)
    assert bonus.data(NODE_ROLE) is None
    assert model.index(2, 2).data() == format_points(sample.bonus.cap)
    assert [model.index(r, 0, bonus).data() for r in range(model.rowCount(bonus))] == ["J1", "J2"]
    assert isinstance(find(model, "P1").data(NODE_ROLE), Condition)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "★"
    assert not model.flags(c1) & Qt.ItemFlag.ItemIsEditable
    model.set_rubric(None)
    assert model.rowCount() == 0


def test_fill_replaces_placeholders_in_one_pass():
    assert fill("%1：扣 %2 分", "含 %2 的文字", 3) == "含 %2 的文字：扣 3 分"
    assert format_points(Decimal("20")) == "20" and format_points(Decimal("2.50")) == "2.5"


# --- start-up: a damaged database offers the way out -----------------------------------------
def _damage(home) -> None:
    from inspector.store import School, Store

    with Store.open(home) as store:
        for i in range(150):
            store.schools.add(School(f"9{i:05d}", f"测试学校{i}", "primary", "良渚街道"))
        store.backup()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_file = home / "inspector.sqlite"
    data = bytearray(db_file.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    db_file.write_bytes(bytes(data))


def _click_when_shown(qtbot, button_text: str, seen: list) -> None:
    """Click a button of the damaged-database message box as soon as it is on screen."""
    timer = QTimer()

    def click():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "corruptDatabaseBox"
                 and w.isVisible()]
        if not boxes:
            return
        timer.stop()
        seen.append(boxes[0].informativeText())
        next(b for b in boxes[0].buttons() if b.text() == button_text).click()

    timer.timeout.connect(click)
    timer.start(10)
    qtbot.addWidget  # noqa: B018 - keep qtbot in scope: the timer lives as long as the test
    _timers.append(timer)


_timers: list = []


def test_damaged_database_at_start_offers_to_restore_the_newest_backup(qtbot, inspector_home):
    from inspector.ui.startup import open_store

    create_application()
    _damage(inspector_home)
    seen: list[str] = []
    _click_when_shown(qtbot, "恢复最新备份", seen)
    store = open_store()
    assert store is not None
    with store:
        assert store.check() == "ok"
        assert store.schools.get("900001").name == "测试学校1"
    assert seen and "manual-" in seen[0]
    assert any(p.name.startswith("damaged-") for p in (inspector_home / "backups").iterdir())


def test_damaged_database_at_start_can_be_left_alone(qtbot, inspector_home):
    from inspector.ui.startup import open_store

    create_application()
    _damage(inspector_home)
    _click_when_shown(qtbot, "退出", [])
    assert open_store() is None
    assert (inspector_home / "inspector.sqlite").exists()  # left as it was, for an expert
