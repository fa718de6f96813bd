"""The document viewer on real widgets (offscreen): PDF pages rendered and printed, report
signatures and certificates checked. No mocks: a real PKI signs a real report, a real key signs
a real certificate, and the printed PDF is read back with pypdf."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from inspector.app import create_application
from inspector.exports import qr_payload
from inspector.exports.certificate import CertificateRecord, certificate_pdf
from inspector.signing import (
    add_signature_fields,
    ca_certificate,
    ca_init,
    init_keys,
    install_certificate,
    sign_pdf,
)
from inspector.signing.ca import ca_crl, ca_issue, ca_revoke
from inspector.signing.keys import bureau_crl_path, read_csr
from inspector.ui.pdf_view import DocumentWindow, PdfPreview, VerifyPanel
from inspector.ui.pdf_view.pdf_preview import PdfPages
from inspector.ui.tasks import wait_for_background

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
CA_PASS = "bureau-ca-secret"
PASS = "inspector-secret"
TAMPER_MARK = b"yuhang-report-under-test"
SCHOOL = "杭州市余杭区良渚第一小学"
WAIT = 20_000  # ms: signature checks import pyHanko on first use


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def app(qapp, monkeypatch):
    """As main() sets it up, in English; settings go to the test's own INSPECTOR_HOME."""
    monkeypatch.setenv("INSPECTOR_LANG", "en")
    yield create_application()
    wait_for_background()  # no late result lands in the next test


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "viewer.ini"), QSettings.Format.IniFormat)


def make_pdf(path: Path, pages: int = 3, subject: str = "") -> Path:
    """A Chinese report of ``pages`` pages, the way the app makes them (reportlab, bundled
    font); each page has a heading and some dark shapes, so a rendering cannot be blank."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY-viewer" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY-viewer", str(FONT), subfontIndex=0))
    c = canvas.Canvas(str(path))
    if subject:
        c.setSubject(subject)  # ASCII in the signed revision: something to tamper with
    for number in range(1, pages + 1):
        c.setFont("WQY-viewer", 22)
        c.drawString(72, 760, f"余杭区督导评估报告 第{number}页")
        c.setFont("WQY-viewer", 12)
        c.drawString(72, 730, "评估结论：优秀。总分 92.5 分。督导组：王喆（组长）、李四")
        c.rect(72, 420, 450, 260, stroke=1, fill=0)
        c.rect(72, 360, 120 * number, 30, stroke=0, fill=1)
        c.showPage()
    c.save()
    return path


@pytest.fixture
def three_pages(tmp_path) -> Path:
    return make_pdf(tmp_path / "三页报告.pdf")


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    """The bureau CA, one enrolled inspector, and a report signed by them (certifying)."""
    base = tmp_path_factory.mktemp("viewer-pki")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSPECTOR_HOME", str(base / "home"))  # the stamp-font cache goes here
        ca_dir = base / "ca"
        ca_init(ca_dir, "杭州市余杭区教育局督导室根证书", CA_PASS)
        ident = init_keys("王喆", "YH-001", passphrase=PASS, path=base / "people" / "a.p12")
        chain = ca_issue(ca_dir, read_csr(ident.path), CA_PASS) + (
            ca_dir / "ca.cert.pem").read_text()
        ident = install_certificate(chain, PASS, path=ident.path,
                                    ca_path=base / "people" / "bureau-ca.pem")
        report = make_pdf(base / "report.pdf", pages=1, subject=TAMPER_MARK.decode())
        fields = base / "fields.pdf"
        add_signature_fields(report, fields, [("InspectorA", 0, (72, 150, 292, 230), "组长")])
        signed = base / "signed.pdf"
        sign_pdf(fields, signed, ident, role="督导组长", certify=True)
        assert ca_certificate(ca_dir) is not None
        yield {"ca_pem": ca_dir / "ca.cert.pem", "signed": signed, "ca_dir": ca_dir,
               "serial": ident.certificate.serial_number}


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A certificate signed with the issuer's key, printed as a PDF; a forged one (another
    school, the genuine signature); a photo-like PNG of the genuine code; the public key."""
    base = tmp_path_factory.mktemp("viewer-certificates")
    key = qr_payload.generate_private_key()
    public = base / "issuer.pub.pem"
    public.write_bytes(qr_payload.public_pem(key))
    fields = {"number": "余教督证〔2025〕第0007号", "school_code": "3301100101",
              "school": SCHOOL, "grade": "合格", "title": "余杭区义务教育规范化学校",
              "issued_on": "2025-11-30", "recheck_on": None, "issuer": "杭州市余杭区教育局",
              "evaluation_id": "3f2c0d2e-0000-4000-8000-000000000007",
              "digest": qr_payload.digest_of('{"passed": true}')}

    def record(values: dict, signature: str | None = None) -> CertificateRecord:
        payload = qr_payload.canonical(values)
        return CertificateRecord(
            values["number"], values["evaluation_id"], values["issuer"], 2025, 7,
            values["school_code"], values["school"], values["grade"], values["title"],
            values["issued_on"], values["recheck_on"], payload,
            signature or qr_payload.sign(payload, key))

    genuine = record(fields)
    forged = record({**fields, "school": "杭州市余杭区仓前中学"}, genuine.signature)
    png, _version = qr_payload.qr_png(genuine.qr_text, scale=6)
    photo = base / "证书照片.png"
    photo.write_bytes(png)
    yield {"pdf": certificate_pdf(genuine, base / "证书.pdf"),
           "forged": certificate_pdf(forged, base / "伪造证书.pdf"),
           "photo": photo, "public_key": public}


def show(qtbot, widget, width=900, height=1000):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ink(pixmap) -> int:
    """How many of a sample of the pixels are not white."""
    image = pixmap.toImage()
    step = 4
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y).lightness() < 200)


def checked(qtbot, panel: VerifyPanel, path: Path):
    with qtbot.waitSignal(panel.checked, timeout=WAIT) as blocker:
        panel.check(path)
    return blocker.args[0]


# --- the preview --------------------------------------------------------------------------------


def test_a_pdf_shows_one_widget_per_page_and_renders_them(qtbot, three_pages):
    preview = show(qtbot, PdfPreview())
    with qtbot.waitSignal(preview.loaded, timeout=WAIT) as opened:
        preview.load(three_pages)
    assert opened.args == [3]
    pages = preview.page_widgets()
    assert len(pages) == 3 and preview.page_count() == 3
    qtbot.waitUntil(lambda: pages[0].pixmap() is not None, timeout=WAIT)
    first = pages[0].pixmap()
    assert ink(first) > 50  # Chinese text and shapes, not a blank page
    # rendered for the screen: page size × zoom × device pixel ratio
    ratio = preview.devicePixelRatioF()
    assert abs(first.width() - pages[0].width() * ratio) <= 2
    assert preview.page_count_label.text() == "of 3" and preview.page_box.value() == 1


def test_zoom_renders_the_pages_larger(qtbot, three_pages):
    preview = show(qtbot, PdfPreview())
    preview.load(three_pages)
    qtbot.waitUntil(lambda: bool(preview.page_widgets()) and
                    preview.page_widgets()[0].pixmap() is not None, timeout=WAIT)
    page = preview.page_widgets()[0]
    before_widget, before_pixmap = page.width(), page.pixmap().width()
    zoom = preview.zoom()
    preview.zoom_in()
    assert preview.zoom() > zoom and page.width() > before_widget
    assert not preview.fit_width_action.isChecked()
    ratio = preview.devicePixelRatioF()
    # the rendering at the new zoom replaces the old one (shown scaled meanwhile)
    qtbot.waitUntil(lambda: page.pixmap().width() > before_pixmap, timeout=WAIT)
    assert abs(page.pixmap().width() - page.width() * ratio) <= 2
    preview.set_zoom(2.0)
    qtbot.waitUntil(lambda: page.pixmap().width() > before_pixmap * 1.5, timeout=WAIT)
    assert abs(page.pixmap().width() - page.width() * ratio) <= 2
    assert preview.zoom_label.text() == f"{round(preview.zoom() * 100)}%"
    # zooming out below the first zoom renders smaller ones; fit width comes back to the start
    preview.set_zoom(0.5)
    qtbot.waitUntil(lambda: page.pixmap().width() < before_pixmap * 0.8, timeout=WAIT)
    preview.fit_width()
    assert preview.zoom() == pytest.approx(zoom, rel=0.01)
    assert preview.fit_width_action.isChecked()


def test_keyboard_pages_and_zooms(qtbot, three_pages):
    preview = show(qtbot, PdfPreview(), height=700)
    preview.load(three_pages)
    qtbot.waitUntil(lambda: preview.page_count() == 3, timeout=WAIT)
    preview.scroll.setFocus()
    qtbot.waitUntil(preview.scroll.hasFocus)
    assert preview.current_page() == 0
    qtbot.keyClick(preview.scroll, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    top = preview.page_widgets()[1].y()
    assert abs(preview.scroll.verticalScrollBar().value() - top) <= 16
    qtbot.keyClick(preview.scroll, Qt.Key.Key_PageDown)
    assert preview.current_page() == 2
    qtbot.keyClick(preview.scroll, Qt.Key.Key_PageUp)
    assert preview.current_page() == 1
    zoom = preview.zoom()
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() > zoom
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() == pytest.approx(zoom, rel=0.35)
    qtbot.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < zoom
    # the page box goes where it is told; the pages it shows stay rendered
    preview.page_box.setValue(3)
    assert preview.current_page() == 2
    last = preview.page_widgets()[2]
    qtbot.waitUntil(lambda: last.pixmap() is not None and
                    last.render_scale() == preview.render_scale(2), timeout=WAIT)


def test_print_to_a_pdf_file_prints_every_page(qtbot, three_pages, tmp_path):
    from pypdf import PdfReader

    preview = show(qtbot, PdfPreview())
    preview.load(three_pages)
    qtbot.waitUntil(lambda: preview.page_count() == 3, timeout=WAIT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer) == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    for page in reader.pages:  # A4 portrait, one rendered image per page
        assert float(page.mediabox.width) == pytest.approx(595, abs=2)
        assert float(page.mediabox.height) == pytest.approx(842, abs=2)
        assert len(page.images) == 1
        assert page.images[0].image.width >= 1500  # at print resolution, not screen


def test_print_document_prints_off_the_gui_thread_after_the_dialog(qtbot, three_pages,
                                                                   tmp_path, monkeypatch):
    """The Print… path: the dialog (here accepted at once, printing to a PDF file), then the
    pages painted on a pool thread behind the progress dialog."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog

    from inspector.ui.pdf_view import printing

    out = tmp_path / "from-dialog.pdf"
    asked = []

    class AcceptingDialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            asked.append(parent)

        def setMinMax(self, low, high):
            asked.append((low, high))

        def exec(self):
            return QPrintDialog.DialogCode.Accepted

        def deleteLater(self):
            pass

    monkeypatch.setattr(printing, "QPrintDialog", AcceptingDialog)
    preview = show(qtbot, PdfPreview())
    preview.load(three_pages)
    qtbot.waitUntil(lambda: preview.page_count() == 3, timeout=WAIT)
    preview.print_document()
    assert asked == [preview, (1, 3)]
    assert wait_for_background(WAIT)
    qtbot.waitUntil(lambda: not preview.findChildren(printing.QProgressDialog),
                    timeout=WAIT)  # closed once done
    assert len(PdfReader(out).pages) == 3


def test_a_landscape_page_is_printed_landscape_and_a_page_range_is_kept(tmp_path, certificates):
    from pypdf import PdfReader

    from inspector.ui.pdf_view.pdf_preview import print_pages

    pages = PdfPages(certificates["pdf"])  # A4 landscape
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "cert-print.pdf"))
    try:
        assert print_pages(pages, printer) == 1
    finally:
        pages.close()
    box = PdfReader(tmp_path / "cert-print.pdf").pages[0].mediabox
    assert float(box.width) > float(box.height)

    three = PdfPages(make_pdf(tmp_path / "three.pdf"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    try:
        assert print_pages(three, printer) == 2
    finally:
        three.close()
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_a_file_that_is_not_a_pdf_says_so(qtbot, tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 this is not really a PDF")
    preview = show(qtbot, PdfPreview())
    with qtbot.waitSignal(preview.failed, timeout=WAIT):
        preview.load(junk)
    assert preview.page_count() == 0 and not preview.zoom_in_action.isEnabled()


# --- verification -------------------------------------------------------------------------------


def test_a_signed_report_shows_one_valid_trusted_signature(qtbot, pki, settings):
    panel = show(qtbot, VerifyPanel(ca_certificate=pki["ca_pem"], settings=settings), 420, 700)
    outcome = checked(qtbot, panel, pki["signed"])
    assert outcome.kind == "signatures" and outcome.ok
    assert len(outcome.report.signatures) == 1
    assert panel.verdict_text().startswith("Valid")
    [card] = panel.cards
    assert card.signature.signer == "王喆" and card.signature.field == "InspectorA"
    assert card.meta.text().splitlines()[0] == "Signs as: 组长"  # the box's role in the report
    assert [row.ok for row in card.checks] == [True, True, True, True]
    texts = " | ".join(row.text for row in card.checks)
    assert "Intact" in texts and "Trusted" in texts and "Not changed after signing" in texts
    assert "杭州市余杭区教育局督导室根证书" in texts
    assert panel.choose_ca_button.isVisible() and not panel.choose_key_button.isVisible()


def test_the_revocation_list_the_last_sync_brought_is_checked(qtbot, pki, settings, tmp_path):
    panel = show(qtbot, VerifyPanel(ca_certificate=pki["ca_pem"], settings=settings), 420, 700)
    # none installed yet: said so
    assert checked(qtbot, panel, pki["signed"]).ok
    assert panel.cards[0].checks[-1].text == "Not known to be revoked (no revocation list loaded)"
    # the bureau's list as sync writes it into the keys folder: a clean one …
    bureau_crl_path().parent.mkdir(parents=True, exist_ok=True)
    bureau_crl_path().write_text(ca_crl(pki["ca_dir"], CA_PASS), "ascii")
    assert checked(qtbot, panel, pki["signed"]).ok
    assert panel.cards[0].checks[-1].text == "Not revoked"
    # … then one that revokes the signer (revoked in a copy: the shared CA stays clean)
    ca_dir = tmp_path / "ca"
    shutil.copytree(pki["ca_dir"], ca_dir)
    ca_revoke(ca_dir, pki["serial"], CA_PASS, reason="key_compromise")
    bureau_crl_path().write_text(ca_crl(ca_dir, CA_PASS), "ascii")
    outcome = checked(qtbot, panel, pki["signed"])
    assert not outcome.ok and outcome.report.signatures[0].revoked
    assert panel.cards[0].checks[-1].text == "Revoked (key_compromise)"


def test_a_tampered_report_is_not_valid(qtbot, pki, settings, tmp_path):
    data = bytearray(pki["signed"].read_bytes())
    data[data.index(TAMPER_MARK)] ^= 0x01  # one byte inside the signed range
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    panel = show(qtbot, VerifyPanel(ca_certificate=pki["ca_pem"], settings=settings), 420, 700)
    outcome = checked(qtbot, panel, tampered)
    assert outcome.kind == "signatures" and not outcome.ok
    assert panel.verdict_text().startswith("Not valid")
    [card] = panel.cards
    assert card.checks[0].ok is False and "Not intact" in card.checks[0].text


def test_without_the_bureau_ca_trust_cannot_be_checked_until_one_is_chosen(
        qtbot, pki, settings, inspector_home):
    panel = show(qtbot, VerifyPanel(settings=settings), 420, 700)
    assert panel.ca_files() == []  # nothing installed in this fresh INSPECTOR_HOME
    outcome = checked(qtbot, panel, pki["signed"])
    assert outcome.kind == "signatures" and not outcome.ok
    assert panel.verdict_text().startswith("Intact, but not checked")
    assert "not installed" in panel.source_label.text()
    with qtbot.waitSignal(panel.checked, timeout=WAIT) as again:
        panel.set_ca_certificate(pki["ca_pem"])  # what "Choose CA certificate…" does
    assert again.args[0].ok
    # remembered, and used next time when no bureau CA is installed
    assert VerifyPanel(settings=settings).ca_files() == [pki["ca_pem"]]


def test_an_unsigned_pdf_says_it_is_not_signed(qtbot, three_pages, settings):
    panel = show(qtbot, VerifyPanel(settings=settings), 420, 700)
    outcome = checked(qtbot, panel, three_pages)
    assert outcome.kind == "unsigned"
    assert "not signed" in panel.verdict_text()


def test_a_certificate_pdf_verifies_and_shows_the_school(qtbot, certificates, settings):
    panel = show(qtbot, VerifyPanel(public_key=certificates["public_key"], settings=settings),
                 420, 700)
    outcome = checked(qtbot, panel, certificates["pdf"])
    assert outcome.kind == "certificate" and outcome.ok
    assert outcome.check.valid and outcome.check.source == "pdf"
    assert panel.verdict_text().startswith("Genuine certificate")
    assert SCHOOL in panel.field_labels["school"].text()
    assert panel.field_labels["number"].text() == "余教督证〔2025〕第0007号"
    assert panel.field_labels["issuer"].text() == "杭州市余杭区教育局"
    assert panel.choose_key_button.isVisible()


def test_a_forged_certificate_is_not_genuine(qtbot, certificates, settings):
    panel = show(qtbot, VerifyPanel(public_key=certificates["public_key"], settings=settings),
                 420, 700)
    outcome = checked(qtbot, panel, certificates["forged"])
    assert outcome.kind == "certificate" and not outcome.ok
    assert panel.verdict_text().startswith("Not genuine")
    assert "signature does not match" in panel.verdict_text()
    assert "仓前中学" in panel.field_labels["school"].text()  # shown, as not verified
    assert "not verified" in panel.cards[0].title_label.text()


def test_a_photo_of_the_code_needs_the_key_which_is_then_remembered(
        qtbot, certificates, settings):
    panel = show(qtbot, VerifyPanel(settings=settings), 420, 700)
    outcome = checked(qtbot, panel, certificates["photo"])
    assert outcome.kind == "certificate" and outcome.check is None
    assert "cannot be checked without" in panel.verdict_text()
    assert SCHOOL in panel.field_labels["school"].text()  # what the code says, unverified
    with qtbot.waitSignal(panel.checked, timeout=WAIT) as again:
        panel.set_public_key(certificates["public_key"])  # what "Choose public key…" does
    assert again.args[0].ok and again.args[0].check.source == "image"
    assert VerifyPanel(settings=settings).public_key_file() == certificates["public_key"]


def test_an_image_without_a_code_says_so(qtbot, certificates, settings, tmp_path):
    from PIL import Image

    blank = tmp_path / "blank.jpg"
    Image.new("RGB", (400, 300), "white").save(blank)
    panel = show(qtbot, VerifyPanel(public_key=certificates["public_key"], settings=settings),
                 420, 700)
    outcome = checked(qtbot, panel, blank)
    assert outcome.kind == "no_code" and not outcome.ok
    assert "No certificate code" in panel.verdict_text()


# --- the window -------------------------------------------------------------------------------


def test_the_document_window_shows_a_signed_report_and_its_verdict(qtbot, pki, settings):
    window = DocumentWindow(pki["signed"], ca_certificate=pki["ca_pem"], settings=settings)
    show(qtbot, window, 1200, 820)
    with qtbot.waitSignal(window.verify_panel.checked, timeout=WAIT):
        pass
    assert window.verify_panel.outcome.ok
    qtbot.waitUntil(lambda: window.preview.page_count() == 1 and
                    window.preview.page_widgets()[0].pixmap() is not None, timeout=WAIT)
    assert window.print_action.isEnabled()
    assert window.views.currentWidget() is window.preview
    assert window.windowTitle().startswith("signed.pdf")
    toolbar = [a.text() for a in window.toolbar.actions() if a.text()]
    assert toolbar == ["Open…", "Print…", "Zoom out", "Zoom in", "Fit width"]


def test_the_document_window_shows_a_photo_and_prints_it(qtbot, certificates, settings,
                                                        tmp_path):
    from pypdf import PdfReader

    window = DocumentWindow(certificates["photo"], public_key=certificates["public_key"],
                            settings=settings)
    show(qtbot, window, 1000, 700)
    qtbot.waitUntil(lambda: window.image_view.image() is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.verify_panel.outcome is not None, timeout=WAIT)
    assert window.verify_panel.outcome.ok
    assert window.views.currentWidget() is window.image_view
    assert not window.preview.zoom_in_action.isEnabled()  # no zoom for a photo
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "photo.pdf"))
    assert window.image_view.print_to(printer) == 1
    assert len(PdfReader(tmp_path / "photo.pdf").pages) == 1


def test_the_file_menu_opens_a_document_window(qtbot, pki, inspector_home):
    from inspector.rubrics import Catalog
    from inspector.store import Store
    from inspector.ui.app_window import AppWindow

    with Store.open(inspector_home) as store:
        main = AppWindow(store, Catalog.discover())
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.firstPainted, timeout=WAIT):  # the menus' entries then
            main.show()
        file_menu = main.menuBar().actions()[0].menu()
        texts = [a.text().replace("&", "") for a in file_menu.actions()]
        assert "Open PDF or certificate…" in texts
        window = main.open_document(pki["signed"])
        assert isinstance(window, DocumentWindow) and window.parent() is main
        assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        qtbot.waitUntil(lambda: window.verify_panel.outcome is not None, timeout=WAIT)
        window.close()
        main.close()
        wait_for_background()


def test_results_arriving_after_the_preview_is_gone_are_dropped(qtbot, three_pages, pki,
                                                               settings):
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    preview = PdfPreview()
    preview.resize(600, 800)
    preview.show()
    preview.load(three_pages)
    panel = VerifyPanel(ca_certificate=pki["ca_pem"], settings=settings)
    panel.check(pki["signed"])
    shiboken6.delete(preview)  # the window closed while the work was still running
    shiboken6.delete(panel)
    assert wait_for_background()
    QCoreApplication.processEvents()  # the results arrive: nothing may raise
