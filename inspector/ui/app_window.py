"""The application window: the home page and the evaluation page, and the menus.

It only composes: every page and dialog does its own work. After a crash the window reopens
the evaluation that was open, at the item the inspector was on (both are committed to the
store the moment they change).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from .. import __version__
from ..rubrics import Catalog
from ..store import Store, StoreError
from .home.home_panel import HomePanel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

GEOMETRY_KEY = "ui/window_geometry"


class AppWindow(QMainWindow):
    # The first frame (menus, the home list with its rows) is on screen: start-up holds the
    # background tasks back until then, and the start-up benchmark stops its clock here.
    firstPainted = Signal()

    def __init__(self, store: Store, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("appWindow")
        self._painted = False
        self.first_frame_at: float | None = None  # perf_counter() when the first frame was over
        self.store = store
        self.catalog = catalog
        self.setWindowTitle(QCoreApplication.translate("AppWindow", "Yuhang education inspection"))
        self.pages = QStackedWidget(self)
        self.home = HomePanel(store, catalog, self)
        self.pages.addWidget(self.home)
        self._evaluation = None  # built the first time an evaluation is opened
        self.setCentralWidget(self.pages)
        self._menus()
        self.home.openRequested.connect(self.open_evaluation)
        self.home.evaluationCreated.connect(self.open_evaluation)
        self.rubric_browser = None
        self._restore_geometry()
        self.resume()
        self._start_housekeeping()
        self.sync = None  # the sync controller and its status line: after the first frame
        self._quitting = False
        QCoreApplication.instance().aboutToQuit.connect(self._about_to_quit)
        self.firstPainted.connect(self._start_sync)
        self.firstPainted.connect(self._fill_menus)

    def _menus(self) -> None:
        """The menu bar's titles; their entries are added once the first frame is on screen
        (:meth:`_fill_menus`), which then does not wait for some twenty actions and their
        standard shortcuts."""
        bar = self.menuBar()
        translate = QCoreApplication.translate
        self._file_menu = bar.addMenu(translate("AppWindow", "&File"))
        self._view_menu = bar.addMenu(translate("AppWindow", "&View"))
        self._sync_menu = bar.addMenu(translate("AppWindow", "S&ync"))
        self._team_menu = bar.addMenu(translate("AppWindow", "&Team"))
        self._team_menu.setObjectName("teamMenu")
        self._help_menu = bar.addMenu(translate("AppWindow", "&Help"))
        self._menus_filled = False

    def _fill_menus(self) -> None:
        """The menus' entries, and the platform's standard keys for New, Open and Quit.
        (Naming a QKeySequence.StandardKey builds PySide6's Qt namespace, ~16 ms: see
        ui/item_roles.py.) Called after the first frame, or by whoever needs them before."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QKeySequence

        translate = QCoreApplication.translate
        file_menu = self._file_menu
        new = self._action(file_menu, translate("AppWindow", "&New evaluation…"), self._new_evaluation)
        open_document = self._action(file_menu, translate("AppWindow", "&Open PDF or certificate…"),
                                     self._open_document)
        self._action(file_menu, translate("AppWindow", "&Settings…"), self._settings)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, translate("AppWindow", "&Quit"), self.close)
        for action, key in ((new, QKeySequence.StandardKey.New),
                            (open_document, QKeySequence.StandardKey.Open),
                            (quit_action, QKeySequence.StandardKey.Quit)):
            action.setShortcut(key)
        self._action(self._view_menu, translate("AppWindow", "&Home"), self.show_home)
        self._action(self._view_menu, translate("AppWindow", "&Rubrics…"), self._show_rubrics)
        self._action(self._sync_menu, translate("AppWindow", "Sync &now"), self.sync_now)
        self._action(self._sync_menu, translate("AppWindow", "&Outbox and sync…"), self.show_sync)
        self._fill_team_menu(self._team_menu)
        self._action(self._help_menu, translate("AppWindow", "&About"), self._about)

    def _action(self, menu, text: str, slot) -> QAction:
        """A menu entry. (Made as a QAction: QMenu.addAction(text, slot) makes PySide6 try
        overloads with icons and key sequences, building those classes.)"""
        from PySide6.QtGui import QAction  # after the first frame, with the menus' entries

        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- pages -----------------------------------------------------------------------------
    @property
    def evaluation(self):
        """The evaluation page, built on first use: starting on the home page does not pay
        for the scoring panels (about a tenth of a second of imports and widgets)."""
        if self._evaluation is None:
            from .evaluation.evaluation_page import EvaluationPage

            page = EvaluationPage(self.store, self)
            page.homeRequested.connect(self.show_home)
            page.finalized.connect(self._refresh_home)
            page.reopened.connect(self._refresh_home)
            self.pages.addWidget(page)
            self._evaluation = page
        return self._evaluation

    def _refresh_home(self, _evaluation_id: str = "") -> None:
        self.home.refresh()

    def resume(self) -> None:
        """Reopen the evaluation that was open when the app last stopped (crash included)."""
        evaluation_id = self.store.state("open_evaluation")
        if evaluation_id:
            try:
                self.open_evaluation(evaluation_id)
                return
            except StoreError:
                self.store.set_state("open_evaluation", None)
        self.pages.setCurrentWidget(self.home)  # the home panel has loaded its rows already

    def open_evaluation(self, evaluation_id: str) -> None:
        self.evaluation.open(evaluation_id)
        self.pages.setCurrentWidget(self.evaluation)

    def show_home(self) -> None:
        if self._evaluation is not None and self.pages.currentWidget() is self._evaluation:
            self._evaluation.close_session()
            self.store.set_state("open_evaluation", None)
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)

    def _start_housekeeping(self) -> None:
        """The daily backup, off the GUI thread, after the window is up (a copy of a large
        database takes a while; it uses its own connection, as the backup API allows)."""
        from ..store.backup import rolling_backup
        from ..store.database import DB_NAME, connect
        from .tasks import run_in_background

        data_dir = self.store.data_dir

        def backup():
            db = connect(data_dir / DB_NAME)
            try:
                return rolling_backup(db, data_dir)
            finally:
                db.conn.close()

        run_in_background(backup, lambda _made: None)

    # --- sync with the bureau ----------------------------------------------------------------
    def _start_sync(self) -> None:
        """The sync line in the status bar, and rounds in the background from now on."""
        if self.sync is not None or self._quitting or not self.isVisible():
            return  # already running, or the app ended before its first frame
        from .sync.controller import SyncController
        from .sync.status_widget import SyncStatusWidget

        self.sync = SyncController(self.store, self)
        self.sync_status = SyncStatusWidget(self.sync, self)
        self.sync_status.openRequested.connect(self.show_sync)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync.finished.connect(self._synced)
        if self.sync.enrolled():
            self.sync.start()

    def _about_to_quit(self) -> None:
        self._quitting = True
        if self.sync is not None:
            self.sync.close()

    def _synced(self, summary: dict) -> None:
        if summary.get("changed"):
            self.home.refresh()

    def sync_now(self) -> None:
        self._start_sync()
        if not self.sync.enrolled():
            self.show_sync()
            return
        self.sync.sync_now(retry_waiting=True)

    def show_sync(self):
        from .sync.sync_dialog import SyncDialog

        self._start_sync()
        dialog = SyncDialog(self.store, self.sync, self)
        dialog.open()
        return dialog

    # --- expert teams (专家组): the work is in ui/team, imported on first use --------------
    def _fill_team_menu(self, menu) -> None:
        translate = QCoreApplication.translate
        # lambdas: triggered(bool) must not reach the optional arguments
        self._action(menu, translate("AppWindow", "&New team evaluation…"), lambda: self.new_team())
        self._action(menu, translate("AppWindow", "&Merge scoresheets…"),
                     lambda: self.show_team_merge())
        menu.addSeparator()
        self._action(menu, translate("AppWindow", "&Join a team…"), lambda: self.join_team())
        self._action(menu, translate("AppWindow", "&Hand in my scoresheet…"),
                     lambda: self.hand_in_scoresheet())
        menu.addSeparator()
        self._action(menu, translate("AppWindow", "&Send through the bureau…"),
                     lambda: self.send_team_file())

    def send_team_file(self, passphrase: str | None = None, wait: bool = False) -> bool:
        from .team.window_actions import send_through_bureau

        return send_through_bureau(self, passphrase, wait)

    def new_team(self):
        from .team.window_actions import new_team

        return new_team(self)

    def show_team_merge(self, evaluation_id: str | None = None):
        from .team.window_actions import show_merge

        return show_merge(self, evaluation_id)

    def join_team(self, path=None):
        from .team.window_actions import join

        return join(self, path)

    def hand_in_scoresheet(self, path=None, passphrase: str | None = None):
        from .team.window_actions import hand_in

        return hand_in(self, path, passphrase)

    def _new_evaluation(self) -> None:
        self.show_home()
        self.home.new_evaluation()

    def _open_document(self) -> None:
        from .pdf_view.document_window import choose_document

        path = choose_document(self)
        if path is not None:
            self.open_document(path)

    def open_document(self, path):
        """A report PDF or a certificate (PDF or photo) in its own window, with its check."""
        from PySide6.QtCore import Qt

        from .pdf_view.document_window import DocumentWindow

        window = DocumentWindow(path, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def _show_rubrics(self) -> None:
        from .rubric_browser import RubricBrowser

        if self.rubric_browser is None:
            self.rubric_browser = RubricBrowser(self.catalog, self)
        self.rubric_browser.show()
        self.rubric_browser.raise_()

    def _settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.store, self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, QCoreApplication.translate("AppWindow", "About"),
                          QCoreApplication.translate("AppWindow", "Yuhang education inspection, version %1.\nData folder: %2")
                          .replace("%1", __version__).replace("%2", str(self.store.data_dir)))

    # --- window state ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The pages paint after the window, in the same pass; the timer fires once the
            # whole frame, the list's rows included, has been painted and flushed.
            QTimer.singleShot(0, self, self._first_frame_over)

    def _first_frame_over(self) -> None:
        # Read the clock before the slots run: they start what waits for the first frame
        # (background tasks, sync), which the start-up benchmark must not count as the frame.
        self.first_frame_at = time.perf_counter()
        self.firstPainted.emit()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.sync is not None:
            self.sync.close()
        if self._evaluation is not None and self._evaluation.session is not None:
            self._evaluation.close_session()  # keeps "open_evaluation": resume here next time
        super().closeEvent(event)
