"""Export, sign and the handwritten signature, through the real dialogs, offscreen.

The demo database and a test PKI (a bureau CA that issued the inspector's certificate) in each
test's own data folder. File dialogs are replaced with monkeypatch; every wait is on a signal
of the dialog under test (never a sleep).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from inspector.app import create_application
from inspector.signing import (
    ca_certificate,
    ca_init,
    ca_issue,
    init_keys,
    install_certificate,
    read_csr,
    signature_fields,
    verify_pdf,
)
from inspector.store import Store
from inspector.store.demo import build_demo
from inspector.ui import tasks
from inspector.ui.evaluation.evaluation_page import EvaluationPage
from inspector.ui.evaluation.session import EvaluationSession
from inspector.ui.exports.export_dialog import ExportDialog, default_file_name, write_pdf
from inspector.ui.exports.sign_dialog import SignDialog
from inspector.ui.exports.signature_pad import (
    SignaturePad,
    SignaturePadDialog,
    signature_path,
)
from inspector.ui.settings_dialog import SettingsDialog

CA_PASS, KEY_PASS = "bureau-ca-secret", "inspector-secret"
SLOW = 60_000  # ms: building and signing a report takes a second or two; CI machines vary


@pytest.fixture
def store(qtbot, inspector_home, monkeypatch):
    monkeypatch.setenv("INSPECTOR_LANG", "en")  # the texts below are the English sources
    create_application()
    store = Store.open(inspector_home)
    build_demo(store)
    yield store
    tasks.wait_for_background()
    qtbot.waitUntil(lambda: not tasks._running)  # every outcome delivered before closing
    store.close()


def session_for(store, qtbot, status: str) -> EvaluationSession:
    evaluation_id = store.evaluations.list(status=status)[0]["id"]
    return EvaluationSession(store, evaluation_id)


@pytest.fixture
def finalized(store, qtbot):
    return session_for(store, qtbot, "finalized")


@pytest.fixture
def ca_cert(inspector_home, tmp_path):
    """The bureau CA, and the inspector's key (default place) with a certificate it issued."""
    ca = tmp_path / "ca"
    ca_init(ca, "杭州市余杭区教育局督导室", CA_PASS)
    init_keys("王喆", "yh-dx-001", passphrase=KEY_PASS)
    pem = ca_issue(ca, read_csr(), CA_PASS)
    install_certificate(pem + (ca / "ca.cert.pem").read_text(), KEY_PASS)
    return ca_certificate(ca)


def save_as(monkeypatch, target: Path, seen: dict | None = None) -> None:
    def fake(parent, caption, directory, filters):
        if seen is not None:
            seen["directory"] = directory
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)


def export(qtbot, dialog: ExportDialog) -> list:
    with qtbot.waitSignal(dialog.exportFinished, timeout=SLOW) as blocker:
        assert dialog.run()
        dialog.show()
        assert dialog.state == "running" and dialog.progress.isVisible()
    return blocker.args


def draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for point in points[1:]:
        qtbot.mouseMove(pad, QPoint(*point))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def a_signature(qtbot) -> Path:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(420, 180)
    pad.show()
    qtbot.waitExposed(pad)
    draw(qtbot, pad, [(40, 120), (70, 60), (100, 120), (130, 70), (170, 110), (220, 90)])
    return pad.save(signature_path())


# --- export --------------------------------------------------------------------------------
def test_export_pdf_writes_a_report_ready_to_sign(qtbot, finalized, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    seen: dict = {}
    save_as(monkeypatch, folder / "report", seen)  # no suffix typed: .pdf is added
    dialog = ExportDialog(finalized, "pdf")
    qtbot.addWidget(dialog)
    ok, path = export(qtbot, dialog)
    assert ok and path == str(target)
    ev = finalized.evaluation
    assert Path(seen["directory"]).name == (
        f"{finalized.school.name}-{finalized.rubric.title}-{ev.visit_date}.pdf")
    assert signature_fields(target) == [("Signer1", False), ("Signer2", False),
                                        ("Bureau", False)]
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]  # no .part left
    assert dialog.state == "done" and not dialog.progress.isVisible()
    assert "ready to sign" in dialog.message.text()
    assert dialog.open_folder_button.isVisible() and dialog.sign_button.isVisible()
    opened = []
    monkeypatch.setattr("inspector.ui.exports.export_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(p) for p in opened] == [folder]


def test_export_xlsx(qtbot, finalized, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "book.xlsx"
    save_as(monkeypatch, target)
    dialog = ExportDialog(finalized, "xlsx")
    qtbot.addWidget(dialog)
    assert export(qtbot, dialog) == [True, str(target)]
    assert load_workbook(target).sheetnames[:2] == ["评分明细", "得分汇总"]
    assert not dialog.sign_button.isVisible()  # only a PDF is signed


def test_an_export_error_is_shown(qtbot, finalized, tmp_path, monkeypatch):
    save_as(monkeypatch, tmp_path / "no-such-folder" / "book.xlsx")
    dialog = ExportDialog(finalized, "xlsx")
    qtbot.addWidget(dialog)
    ok, message = export(qtbot, dialog)
    assert not ok and "cannot write" in message
    assert dialog.state == "failed" and dialog.message.text() == message
    assert dialog.isVisible() and not dialog.open_folder_button.isVisible()


def test_cancelling_an_export_leaves_the_old_file_whole(qtbot, finalized, tmp_path,
                                                        monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous export")
    save_as(monkeypatch, target)
    dialog = ExportDialog(finalized, "pdf")
    qtbot.addWidget(dialog)
    finished = []
    dialog.exportFinished.connect(lambda *args: finished.append(args))
    assert dialog.run()
    dialog.show()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # Cancel
    assert not dialog.isVisible()
    assert tasks.wait_for_background(SLOW)
    qtbot.waitUntil(lambda: not tasks._running)  # the outcome was delivered (and ignored)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert finished == []


def test_default_file_names_are_safe():
    assert default_file_name("余杭/一小", "标准: 2024", "2025-05-06", "pdf") == \
        "余杭_一小-标准_ 2024-2025-05-06.pdf"


# --- signing -------------------------------------------------------------------------------
def test_sign_wrong_then_right_passphrase(qtbot, store, finalized, ca_cert, tmp_path):
    pdf = tmp_path / "report.pdf"
    write_pdf(store.data_dir, finalized.id, pdf)
    a_signature(qtbot)
    dialog = SignDialog(finalized, pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pdfLoaded, timeout=SLOW):
        pass
    # what will be signed, and by whom
    assert dialog.school_label.text() == finalized.school.name
    assert dialog.status_label.text() == "Finalized"
    assert dialog.result_label.text().startswith("Total ")
    assert dialog.chosen_field() == "Signer1"
    assert [dialog.field_combo.itemData(i) for i in range(dialog.field_combo.count())] == \
        ["Signer1", "Signer2", "Bureau"]
    assert "王喆" in dialog.signer_label.text() and "issued by" in dialog.signer_label.text()
    assert dialog.role_edit.text() == "责任督学"  # the demo's current inspector
    assert dialog.image_check.isChecked() and dialog.image_preview.pixmap() is not None
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    dialog.role_edit.setText("组长")

    # a wrong passphrase: an inline error, the dialog stays, the PDF is untouched
    before = pdf.read_bytes()
    qtbot.keyClicks(dialog.passphrase_edit, "not-the-passphrase")
    with qtbot.waitSignal(dialog.signFinished, timeout=SLOW) as blocker:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.form_box.isEnabled()
    assert blocker.args[0] is False
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "Wrong passphrase" in dialog.error_label.text()
    assert dialog.passphrase_edit.hasSelectedText() and dialog.form_box.isEnabled()
    assert pdf.read_bytes() == before
    assert store.evaluations.get(finalized.id).status == "finalized"

    # the right one: signed, verified, the evaluation marked signed
    statuses = []
    finalized.statusChanged.connect(statuses.append)
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, KEY_PASS)
    with qtbot.waitSignal(dialog.signFinished, timeout=SLOW) as blocker:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True, str(pdf)], dialog.error_label.text()
    report = verify_pdf(pdf, [ca_cert])
    assert report.ok and len(report.signatures) == 1
    assert signature_fields(pdf) == [("Signer1", True), ("Signer2", False), ("Bureau", False)]
    assert store.evaluations.get(finalized.id).status == "signed"
    assert finalized.evaluation.status == "signed" and statuses == ["signed"]
    # queued for the bureau in the same step, with the signed report kept
    from inspector.sync import outbox

    queued = outbox.entry(store, finalized.id)
    assert queued is not None and queued.state == "waiting"
    kept = outbox.signed_report_path(store, finalized.id)
    assert kept is not None and kept.read_bytes() == pdf.read_bytes()
    assert dialog.status_label.text() == "Signed"
    assert dialog.passphrase_edit.text() == ""  # not kept
    assert "Signed by 王喆 in the field Signer1" in dialog.error_label.text()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_countersignature_takes_the_next_field(qtbot, store, finalized, ca_cert, tmp_path):
    pdf = tmp_path / "report.pdf"
    write_pdf(store.data_dir, finalized.id, pdf)
    for expected in ("Signer1", "Signer2"):
        dialog = SignDialog(finalized, pdf)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.pdfLoaded, timeout=SLOW):
            pass
        assert dialog.chosen_field() == expected
        assert not dialog.image_check.isEnabled()  # no handwritten signature saved
        dialog.passphrase_edit.setText(KEY_PASS)
        with qtbot.waitSignal(dialog.signFinished, timeout=SLOW) as blocker:
            assert dialog.sign()
        assert blocker.args[0] is True, blocker.args
    assert verify_pdf(pdf, [ca_cert]).ok
    assert store.evaluations.get(finalized.id).status == "signed"


def test_a_draft_or_another_evaluations_report_cannot_be_signed(qtbot, store, finalized,
                                                               ca_cert, tmp_path):
    draft = session_for(store, qtbot, "draft")
    pdf = tmp_path / "draft.pdf"
    write_pdf(store.data_dir, draft.id, pdf)
    dialog = SignDialog(draft, pdf)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.pdfLoaded, timeout=SLOW):
        pass
    assert not dialog.sign_button.isEnabled() and "finalize" in dialog.error_label.text()
    other = SignDialog(finalized, pdf)  # the draft's report, offered for the finalized one
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.pdfLoaded, timeout=SLOW):
        pass
    assert not other.sign_button.isEnabled()
    assert "another evaluation" in other.error_label.text()


# --- the handwritten signature ---------------------------------------------------------------
def test_the_signature_pad_saves_a_transparent_cropped_png(qtbot, tmp_path):
    dialog = SignaturePadDialog(tmp_path / "profile" / "signature.png")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pad = dialog.pad
    assert pad.is_empty() and not dialog.save_button.isEnabled()
    draw(qtbot, pad, [(60, 100), (90, 50), (120, 110), (160, 60), (200, 100)])
    assert not pad.is_empty() and dialog.save_button.isEnabled()
    assert len(pad.strokes()) == 1 and len(pad.strokes()[0]) == 5
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    image = QImage(str(dialog.path))
    assert not image.isNull() and image.hasAlphaChannel()
    # cropped to the ink plus the pen and the margins (3 + 2 × 8), at twice the resolution:
    # 140 wide; at most 60 high (the smoothed curve cuts the sharp turns)
    assert image.width() == (140 + 3 + 16) * 2 and 50 < image.height() <= (60 + 3 + 16) * 2
    assert image.pixelColor(0, 0).alpha() == 0  # transparent background
    inked = sum(image.pixelColor(x, y).alpha() > 200
                for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    assert inked > 50
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and not dialog.save_button.isEnabled()


def test_the_pad_takes_pen_and_touch(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 200)
    pad.show()
    qtbot.waitExposed(pad)
    pen = QPointingDevice.primaryPointingDevice()
    for kind, x in ((QEvent.Type.TabletPress, 30), (QEvent.Type.TabletMove, 80),
                    (QEvent.Type.TabletRelease, 120)):
        event = QTabletEvent(kind, pen, QPointF(x, 60), QPointF(x, 60), 0.5, 0, 0, 0, 0, 0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton)
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()
    assert len(pad.strokes()) == 1 and len(pad.strokes()[0]) == 3
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, QPoint(40, 150)).commit()
    QTest.touchEvent(pad, finger).move(0, QPoint(90, 140)).commit()
    QTest.touchEvent(pad, finger).release(0, QPoint(150, 150)).commit()
    assert len(pad.strokes()) == 2 and len(pad.strokes()[1]) >= 3
    pad.clear()
    assert pad.is_empty() and pad.to_image().isNull()


def test_settings_show_and_change_the_signature(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.signature_preview.text() == "None yet"
    pad_dialog = dialog.edit_signature()
    qtbot.addWidget(pad_dialog)
    qtbot.waitExposed(pad_dialog)
    draw(qtbot, pad_dialog.pad, [(60, 100), (100, 60), (150, 110)])
    with qtbot.waitSignal(pad_dialog.finished):
        qtbot.mouseClick(pad_dialog.save_button, Qt.MouseButton.LeftButton)
    assert signature_path().is_file()
    assert not dialog.signature_preview.pixmap().isNull()


# --- the evaluation page ---------------------------------------------------------------------
def test_the_page_offers_export_and_sign(qtbot, store, ca_cert, tmp_path, monkeypatch):
    page = EvaluationPage(store)
    qtbot.addWidget(page)
    page.open(store.evaluations.list(status="draft")[0]["id"])
    names = {a.objectName(): a for a in page.toolbar.actions()}
    assert {"exportReportAction", "exportWorkbookAction", "signAction"} <= set(names)
    assert names["exportReportAction"].text() == "Export report…"
    assert names["exportWorkbookAction"].text() == "Export workbook…"
    assert names["signAction"].text() == "Sign…"
    assert not page.sign_action.isEnabled() and page.export_pdf_action.isEnabled()

    finalized_id = store.evaluations.list(status="finalized")[0]["id"]
    page.open(finalized_id)
    assert page.sign_action.isEnabled()
    target = tmp_path / "from-page.pdf"
    save_as(monkeypatch, target)
    page.export_pdf_action.trigger()
    dialog = page.findChild(ExportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.exportFinished, timeout=SLOW) as blocker:
        pass
    assert blocker.args == [True, str(target)]

    # "Sign…" offers the PDF just exported
    offered = {}

    def choose(parent, caption, directory, filters):
        offered["directory"] = directory
        return directory, filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    page.sign_action.trigger()
    assert offered["directory"] == str(target)
    sign = page.findChild(SignDialog)
    with qtbot.waitSignal(sign.pdfLoaded, timeout=SLOW):
        pass
    sign.passphrase_edit.setText(KEY_PASS)
    with qtbot.waitSignal(sign.signFinished, timeout=SLOW) as blocker:
        sign.sign()
    assert blocker.args[0] is True
    assert "Signed" in page.header.text()  # the page heard the status change
    assert page.sign_action.isEnabled()  # countersignatures remain possible
    page.close_session()
